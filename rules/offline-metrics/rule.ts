import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { EVALUATION_HEADINGS, joinCues, NOT_MODEL_METRICS, OFFLINE_WORD_HEADINGS, OFFLINE_CONTEXT, OFFLINE_METRIC_NAMES, OFFLINE_METRIC_WORDS } from '../shared/metric-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'offline-metrics',
    step: 'evaluation',
    severity: 'error',
    appliesTo: 'always',
    description: 'Names offline metrics (AUC, log loss, precision/recall, nDCG, RMSE …).',
  },
  message: 'No offline metric: name the metric used to compare models before launch (AUC, log loss, nDCG@k, RMSE …), or model iterations cannot be judged.',
  fix: {
    title: 'Add offline metrics',
    snippet: '- **Offline metrics:** ${1:ROC-AUC and log loss} on the held-out week; ${2:nDCG@10} for the ranked list',
  },
  variants: {
    regression: {
      message: 'No offline metric: name the error measure used to compare models before launch (MAE, RMSE, MAPE, a quantile loss), or model iterations cannot be judged.',
      fix: { title: 'Add offline metrics', snippet: '- **Offline metrics:** ${1:MAE and p90 absolute error} on the held-out ${2:last two weeks}' },
    },
    forecasting: {
      message: 'No offline metric: name the forecast error used in backtests (MAPE, WAPE, RMSE, a quantile loss), or model iterations cannot be judged.',
      fix: { title: 'Add offline metrics', snippet: '- **Offline metrics:** ${1:WAPE and pinball loss at P90} in a rolling backtest over ${2:the last 8 weeks}' },
    },
    generative: {
      message: 'No offline metric: say how answers are scored before launch (retrieval recall@k, faithfulness or groundedness, exact match or a graded rubric on a golden set), or prompt and model changes cannot be judged.',
      fix: { title: 'Add offline metrics', snippet: '- **Offline metrics:** ${1:recall@5 of retrieval} and ${2:faithfulness judged on a 300-question golden set}' },
    },
  },
  // A named offline metric: under a metrics or evaluation heading a bare name
  // ("- nDCG@10") is a complete answer; elsewhere a name that means nothing else
  // in a statement, or a common word ("precision") in an evaluation context.
  concept: {
    parts: {
      name: { cues: OFFLINE_METRIC_NAMES },
      // Generated output judged right or well-formed is an LLM system's offline measure ("SQL semantic correctness",
      // "JSON validity" on a golden set); only under an evaluation heading or beside an evaluation word, as every word here.
      word: { cues: joinCues(OFFLINE_METRIC_WORDS, { en: ['=correctness', '{sql|json|schema|output|format|query|code|syntax|syntactic} validity', 'validity rate'], zh: ['正确率'] }) },
      context: { cues: OFFLINE_CONTEXT },
      // A model-quality word a target or a result is stated for: "Extraction accuracy: 95%+ on key fields",
      // "точность не ниже 90 %". Words that are as often a product's figure ("lift", "success rate", "coverage") are not here.
      accuracyWord: {
        cues: {
          en: ['precision', 'recall', 'accuracy', 'exact match'],
          ru: ['точност*', 'полнот*'],
          zh: ['准确率', '准确度', '精确率', '召回率', '精度'],
        },
      },
      percentage: { cues: {}, quantity: ['percent'] },
    },
    settledBy: [
      { parts: ['name'], weight: 0.9, underHeading: EVALUATION_HEADINGS, minOtherWords: 0 },
      { parts: ['name'], weight: 0.8, minOtherWords: 1 },
      { parts: ['word'], weight: 0.8, underHeading: OFFLINE_WORD_HEADINGS, minOtherWords: 0 },
      { parts: ['word', 'context'], weight: 0.75 },
      { parts: ['accuracyWord', 'percentage'], weight: 0.75, minOtherWords: 0 },
      { parts: ['name'], weight: 0.6, minOtherWords: 0 },
    ],
    // "Качество модели проверяем на отложенной выборке, метрики выберем позже": the model's quality
    // names no metric (model-monitoring and retraining-trigger still read it as a quality that drops).
    exclude: joinCues(NOT_MODEL_METRICS, { ru: ['качеств* модел*'] }),
  },
});
