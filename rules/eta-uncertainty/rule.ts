import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { anyOf, allOf, pattern, terms, unless } from '../../server/engine/concepts.js';

// An ETA is a distribution, not a number: a rider waits for the late tail and
// the dispatcher plans with it. The doc says how uncertainty is predicted
// (quantiles, intervals) or what the model predicts beyond the mean.
const METHOD = terms('quantile regression', 'quantile loss', 'pinball loss', 'prediction interval*', 'confidence interval*', 'conformal', 'mixture density');
const UNCERTAIN = pattern(/\b(?:uncertaint\w*|quantiles?|p(?:50|80|90|95)|percentiles?|variance|late tail|range of (?:arrival |trip |delivery )?times?)\b/);
// Of the arrival time, not of the serving latency ("p99 latency of the prediction < 50 ms").
const OF_ETA = pattern(/\b(?:etas?|arrival|trips?|duration|delivery times?|travel times?|minutes?)\b/);
const LATENCY = pattern(/\b(?:latenc\w*|ms|milliseconds?)\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(METHOD, unless(allOf(UNCERTAIN, OF_ETA), LATENCY));

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
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }),
});
