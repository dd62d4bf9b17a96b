import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms } from '../../server/engine/concepts.js';

// What the model predicts and the task type: "binary classification of
// P(apply | user, job)", "a ranking problem", "we regress the ETA".
const TASK = anyOf(
  terms(
    'ml objective*', 'ml task', 'machine learning objective', 'ml problem', 'binary classif*', 'multi class*', 'multiclass*',
    'multi label*', 'multilabel*', 'classification task', 'classification problem', 'classifier', 'regression task',
    'regression problem', 'ranking problem', 'ranking task', 'learning to rank', 'ltr', 'pointwise', 'pairwise', 'listwise',
    'target variable', 'time series forecast*', 'survival analysis', 'uplift model*', 'supervised classification',
    'supervised learning', 'anomaly detection', 'sequence to sequence', 'retrieve items', 'retrieval task',
  ),
  pattern(/\b(?:model|system|we|goal is to|objective is to|task is to|aim is to|trained to|learns? to)\b[^.]{0,40}\bpredict\w*/),
  pattern(/\bpredict(?:s|ing)?\s+(?:the\s+)?(?:probability|likelihood|score|relevance|whether|if|how|which|what|number|time|eta|value|remaining|expected|demand|sales|click|engagement|p\s*\()/),
  pattern(/\bp\s*\(\s*\w+[^)]*\|/),
  // "We frame this as a regression on delivery time", "it is a multi-class classification"
  pattern(/\b(?:as|is|be) an? (?:binary |multi-?class |multi-?label |pointwise |pairwise |listwise )?(?:classification|regression|ranking|forecasting|retrieval)\b/),
  pattern(/\b(?:estimat\w*|forecast\w*)\s+(?:the\s+)?(?:probability|likelihood|demand|sales|number|time|eta|value)/),
);

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
  findEvidence: ({ doc }) => findEvidence(doc, TASK, { minOtherWords: 1 }),
});
