import { defineDocumentRule } from '../server/engine/rule-api.js';
import { findEvidence } from '../server/engine/evidence.js';
import { anyOf, allOf, pattern, terms } from '../server/engine/concepts.js';

// An ETA is a distribution, not a number: a rider waits for the late tail and
// the dispatcher plans with it. The doc says how uncertainty is predicted
// (quantiles, intervals) or what the model predicts beyond the mean.
const METHOD = terms('quantile regression', 'quantile loss', 'pinball loss', 'prediction interval*', 'confidence interval*', 'conformal', 'mixture density');
const UNCERTAIN = pattern(/\b(?:uncertaint\w*|quantiles?|intervals?|p(?:50|80|90|95|99)\b|percentiles?|ranges?|distribution|variance|spread|late tail|tail)\b/);
const PREDICTED = pattern(/\b(?:predict\w*|estimat\w*|model\w*|output\w*|show\w*|displayed|returns?|eta|arrival|minutes?|loss|coverage)\b/);

export default defineDocumentRule({
  meta: {
    id: 'eta-uncertainty',
    step: 'framing',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['eta-prediction'],
    description: 'Predicts the uncertainty of the ETA (quantiles or prediction intervals), not only a point estimate.',
  },
  message: 'No ETA uncertainty: a single number hides the late tail riders and dispatch care about, so say how the spread is predicted (quantile regression for p50/p90, prediction intervals) and how its coverage is checked.',
  fix: {
    title: 'Predict ETA uncertainty',
    snippet: '- **Uncertainty:** ${1:quantile regression} predicts the ${2:p50 and p90} arrival time; the p90 covers ${3:90 %} of trips on a held-out week',
  },
  names: terms('uncertainty', 'prediction intervals'),
  findEvidence: ({ doc }) => findEvidence(doc, anyOf(METHOD, allOf(UNCERTAIN, PREDICTED)), { minOtherWords: 1 }),
});
