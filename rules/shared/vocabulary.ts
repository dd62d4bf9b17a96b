// Words several rules share. Kept here so that, say, the business-metric and
// online-metrics rules agree on what a product metric is.
import { anyOf, pattern, terms, textPattern } from '../../server/engine/rule-kit.js';

/** Metrics of product success: what a business or an online experiment measures. */
export const PRODUCT_METRIC = anyOf(
  terms(
    'ctr', 'click through rate', 'click rate', 'conversion*', 'convert rate', 'retention', 'revenue', 'gmv',
    'dau', 'mau', 'wau', 'daily active', 'monthly active', 'time spent', 'watch time', 'dwell time', 'session length',
    'session length*', 'sessions per', 'engagement rate', 'engagement metric', 'user engagement', 'churn rate', 'churn', 'number of bookings', 'booking rate', 'purchases',
    'purchase rate', 'number of orders', 'order volume', 'order completion', 'completion rate', 'average order value', 'aov', 'roi', 'return on investment',
    'customer satisfaction', 'user satisfaction', 'satisfaction score', 'csat', 'nps', 'net promoter', 'handle time',
    'complaints', 'like rate', 'share rate', 'friend requests', 'job applications',
    'applications per', 'application rate', 'apply rate', 'number of hires', 'hire rate', 'sales', 'profit', 'margin', 'cost savings', 'cost reduction', 'fraud loss*', 'chargeback rate',
    'blocked fraud', 'fraud dollars', 'prevalence', 'appeal rate', 'proactive rate', 'take rate', 'subscriptions',
    'stock level', 'level of stock', 'out of stock', 'stockout*', 'write off*', 'downtime', 'processing capacity',
  ),
  terms('gross merchandise value', 'north star metric', 'north star'),
  // "weekly bookings per active user", "orders per session"
  pattern(/\b(?:bookings|orders|purchases|applications|visits|sessions|sign-?ups|subscriptions|installs|trips|rides|clicks|views|plays|streams|messages|matches)\s+per\s+(?:\w+\s+)?(?:users?|members?|customers?|visitors?|sessions?|days?|weeks?|seekers?|viewers?|riders?|drivers?)\b/),
  pattern(/(?:#|\bnumber) of (?:\w+ ){0,2}(?:clicks|purchases|orders|applications|views|plays|likes|connections|requests|users|sessions|bookings|installs|transactions|completed|purchased)/),
  pattern(/\$|€|£|\bdollars?\b|\busd\b|\b(?:likes|shares|reactions|appeals)\b/),
);

/** Words that make a mention of a product metric a statement about measuring it. */
export const MEASURE_WORDS = pattern(
  /\b(?:metrics?|kpis?|measur\w*|target\w*|goals?|success\w*|objectives?|increas\w*|improv\w*|reduc\w*|grow\w*|maximi[sz]\w*|minimi[sz]\w*|boost\w*|lift|uplift|rate|ratio|per (?:user|member|day|week|session|visit)|track\w*)\b|%|\d/,
);

/** Metrics for iterating on the model offline. */
export const OFFLINE_METRIC = anyOf(
  terms(
    'auc', 'roc', 'pr auc', 'roc auc', 'auroc', 'auprc', 'log loss', 'logloss', 'cross entropy', 'normalized entropy', 'nce',
    'precision', 'recall', 'f1', 'f score', 'f1 score', 'fbeta', 'ndcg', 'dcg', 'mean average precision', 'mrr',
    'mean reciprocal rank', 'hit rate', 'hitrate', 'hits', 'rmse', 'mse', 'mae', 'mape', 'smape', 'wape', 'r2', 'r squared',
    'mean absolute error', 'mean squared error', 'root mean squared error', 'accuracy', 'calibration', 'concordance',
    'c index', 'quantile loss', 'pinball loss', 'quantile metric*', 'auqc', 'qini', 'uplift curve', 'brier', 'top 1', 'top k',
    'false positive rate', 'true positive rate', 'fpr', 'tpr', 'iauc',
  ),
  pattern(/\b(?:precision|recall|ndcg|map|hr|mrr|hit rate)\s*@\s*(?:k|\d+)/),
  // "map" is an ordinary verb; the metric is written MAP or mAP.
  textPattern(/\b(?:MAP|mAP)\b/),
);

