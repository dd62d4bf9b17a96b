import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { ESTIMATE_VERBS, GENERATED_OUTPUTS, GENERATE_VERBS, ML_TASK_TYPES, NOT_ML_TASKS, PREDICTED_QUANTITIES, PREDICTION_TARGETS, PREDICT_VERBS, PREDICTOR } from '../shared/ml-objective-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'ml-objective',
    step: 'framing',
    severity: 'error',
    appliesTo: 'always',
    description: 'Says what the model predicts or optimises and the task type.',
  },
  message: 'No ML objective: say what the model predicts (e.g. P(apply | user, job)) and the task type (classification, ranking, regression), since every later step depends on it.',
  fix: {
    title: 'Add the ML objective',
    snippet: '- **ML objective:** predict ${1:P(apply | user, job)}; task type: ${2:binary classification used for pointwise ranking}',
  },
  // The ML problem is framed: a task type named as such ("binary
  // classification", "a learning-to-rank problem", "regression on delivery
  // time"), a model predicting a stated target ("the model predicts the
  // probability that …", "P(click | user, ad)"), or, for a generative system,
  // the model producing a stated output ("the LLM generates an answer from the
  // retrieved passages"). "We will use ML", regression tests and a data
  // classification policy are not.
  concept: {
    parts: {
      objective: {
        cues: {
          en: [
            'ml objective*', 'ml task*', 'ml problem', 'ml formulation', 'ml framing', 'machine learning objective*', 'machine learning task*', 'machine learning problem',
            'learning objective', 'training objective', 'optimi* objective', 'objective function', 'target variable*', 'prediction target', 'predicted variable', 'dependent variable',
            'model output*', 'output of the model', 'the model outputs', 'task type', 'type of task', 'problem type', 'problem formulation', 'framed as', 'frame* … as an? … {problem|task}', 'formulat* … as',
          ],
          ru: [
            'ml задач*', 'ml подзадач*', 'тип задачи', 'тип ml задачи', 'задач* машинного обучения', 'задач* ml', 'целев* переменн*', 'целев* функци*', 'таргет*', 'выход* модел*', 'модел* {выдает|возвращает|предсказывает}',
            'постановк* ml', 'формализац* задач*', 'сформулир* … как', 'свод* … к задач*',
          ],
          zh: ['机器学习任务', '任务类型', '建模目标', '优化目标', '学习目标', '目标变量', '预测目标', '模型输出', '建模为', '转化为…问题', '看作…问题'],
        },
      },
      taskType: { cues: ML_TASK_TYPES },
      predict: { cues: PREDICT_VERBS },
      estimate: { cues: ESTIMATE_VERBS },
      target: { cues: PREDICTION_TARGETS },
      quantity: { cues: PREDICTED_QUANTITIES },
      predictor: { cues: PREDICTOR },
      generate: { cues: GENERATE_VERBS },
      output: { cues: GENERATED_OUTPUTS },
    },
    settledBy: [
      { parts: ['taskType'], weight: 0.85 },
      { parts: ['objective', 'predict'], weight: 0.85 },
      { parts: ['objective', 'target'], weight: 0.8 },
      { parts: ['predict', 'target'], weight: 0.8 },
      { parts: ['predict', 'quantity'], weight: 0.8 },
      { parts: ['estimate', 'target'], weight: 0.75 },
      { parts: ['predictor', 'predict'], weight: 0.75 },
      { parts: ['generate', 'output'], weight: 0.75 },
      { parts: ['objective'], weight: 0.6 },
    ],
    headings: {
      en: ['ml objective*', 'ml task*', 'ml problem*', 'ml formulation', 'ml framing', 'machine learning objective*', 'machine learning task*', 'machine learning problem*', 'problem formulation', 'framing … as … ml', 'frame … as … ml'],
      ru: ['ml задач*', 'постановк* ml задач*', 'постановк* задач* машинного обучения', 'задач* машинного обучения', 'формализац* задач*'],
      zh: ['机器学习任务', '任务类型', '建模目标', '问题建模', '任务定义'],
    },
    exclude: NOT_ML_TASKS,
    minOtherWords: 1,
  },
});
