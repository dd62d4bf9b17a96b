// Metric names several rules share, as cue data (syntax: server/engine/text/phrases.ts):
// offline-metrics and model-monitoring agree on what an offline metric is; business-metric,
// online-metrics and metric-without-target on what a product metric is.
import type { CueSet } from '../../server/engine/judge/concept.js';

/** Offline metrics whose names mean nothing else. */
export const OFFLINE_METRIC_NAMES: CueSet = {
  en: [
    'auc', 'roc auc', 'pr auc', 'auroc', 'auprc', 'aupr', 'gauc', 'log loss', 'logloss', 'logarithmic loss', 'cross entropy', 'normalized entropy', 'normalised entropy',
    'f1', 'f1 score', 'f score', 'f beta', 'fbeta', 'f2', 'ndcg', 'dcg', 'mean average precision', '!MAP', '!mAP', 'mrr', 'mean reciprocal rank', 'hit rate', 'hitrate',
    '{precision|recall|ndcg|hit rate|hits|mrr} @ #', '{precision|recall|ndcg|hits} at #', '{precision|recall|ndcg|hit} @ k', '{precision|recall|ndcg} at k', 'recall@k', 'precision@k',
    'rmse', 'mse', 'mae', 'mape', 'smape', 'wape', 'wmape', 'rmsle', 'msle', 'r2', 'r squared', 'mean absolute error', 'mean squared error', 'root mean squared error', 'mean absolute percentage error',
    'quantile loss', 'pinball loss', 'brier', 'brier score', 'calibration error', 'ece', 'c index', 'concordance', 'auqc', 'qini', 'uplift curve', 'lift curve', 'ks statistic',
    'precision recall curve', 'pr curve', 'roc curve', 'false positive rate', 'true positive rate', 'fpr', 'tpr', 'confusion matrix', 'iou', 'miou', 'bleu', 'rouge*', 'meteor', 'bertscore',
    'perplexity', 'exact match {score|accuracy|rate|metric}', 'em score', '{validation|test|offline|evaluation|holdout} {score|accuracy|loss}', 'faithfulness', 'groundedness', 'answer relevan*', 'context precision', 'context recall', 'hallucination rate', 'wer', 'word error rate', 'cer', 'character error rate',
    'mos', 'mean opinion score', 'top 1 accuracy', 'top k accuracy', 'top # accuracy', 'pass @ #', 'pass at #', 'serendipity', 'novelty', 'intra list diversity',
  ],
  ru: [
    'f мера', 'f1 мера', 'средн* абсолютн* ошибк*', 'среднеквадратичн* ошибк*', 'средн* квадратичн* ошибк*', 'логарифмическ* потер*', 'площад* под', 'полнот* и точност*', 'точност* и полнот*',
    'доля правильн* ответ*', 'коэффициент детерминац*',
  ],
  zh: ['准确率', '召回率', '精确率', '精准率', '查准率', '查全率', 'f1值', 'f1分数', '均方误差', '均方根误差', '平均绝对误差', '命中率', '交叉熵', '对数损失', '曲线下面积', '离线指标', '离线评估指标', '归一化折损累计增益'],
};

/** Words that name an offline metric only in an evaluation context ("precision" is also a float's). */
export const OFFLINE_METRIC_WORDS: CueSet = {
  en: ['precision', 'recall', 'accuracy', 'exact match', 'loss', 'coverage', 'diversity', 'calibration', 'correlation', 'win rate', 'pass rate', 'success rate', 'relevance score*', 'lift'],
  ru: ['точност*', 'полнот*', 'ошибк*', 'качеств* модел*', 'покрыти*'],
  zh: ['准确度', '精度', '错误率', '覆盖率'],
};

/** Systems and product senses of metric words: a cache's hit rate is not a model's. */
export const NOT_MODEL_METRICS: CueSet = {
  en: ['cache hit*', 'cache miss*', 'hit ratio', 'error rate* of the {service|api|endpoint}', 'http error*', 'loss of', 'loss prevention', 'revenue loss', 'fraud loss*', 'data loss', 'weight loss', 'exact match {lookup*|search*|query|queries|filter*}'],
  ru: ['попадани* в кэш', 'потер* данн*'],
  zh: ['缓存命中率'],
};

/** What makes a metric an offline one: a held-out set, a backtest, an offline evaluation. */
export const OFFLINE_CONTEXT: CueSet = {
  en: ['offline', 'validation set', 'validation data', 'test set', 'test data', 'holdout', 'hold out', 'held out', 'backtest*', 'cross validation', 'golden set', 'gold set', 'eval set', 'evaluation set', 'benchmark*', 'labeled set', 'labelled set', 'evaluat*', 'measure*', 'optimi*', 'metric*', 'track*'],
  ru: ['оффлайн', 'офлайн', 'отложенн*', 'тестов* выборк*', 'валидацион*', 'кросс валидац*', 'бэктест*', 'оцен*', 'метрик*', 'измер*'],
  zh: ['离线', '测试集', '验证集', '评估', '评测', '指标', '回测'],
};

/** Section headings of evaluation and metrics, where a bare metric name is a complete answer. */
export const EVALUATION_HEADINGS: CueSet = {
  en: ['metric*', 'evaluat*', 'offline', 'validation', 'quality', 'measur*', 'success', 'kpi*', 'performance', 'results', 'experiment*', 'benchmark*', 'testing'],
  ru: ['метрик*', 'оценк*', 'оценива*', 'качеств*', 'валидац*', 'результат*', 'эксперимент*', 'тестирован*'],
  zh: ['评估', '评测', '指标', '效果', '度量', '实验', '验证'],
};
