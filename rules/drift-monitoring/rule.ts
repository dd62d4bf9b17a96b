import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// Drift of inputs or predictions, with how it is detected (a statistic or a
// comparison) or what it triggers. A drop in a quality metric alone is model
// monitoring, not drift.
const DRIFT_STATISTIC = terms(
  'psi', 'population stability*', 'kl divergence', 'kullback leibler', 'ks test', 'kolmogorov*', 'wasserstein', 'jensen shannon',
  'js divergence', 'chi square*', 'chi squared', 'earth mover*', 'hellinger',
);
const DRIFT = pattern(/\b(?:drift\w*|shifts?|distribution (?:change|shift)s?|changes? in (?:the )?(?:input |feature |data )?distributions?|covariate shift|concept drift)\b/);
// "We will monitor drift" is an intention; a method (a comparison of
// distributions, a threshold) or a consequence (alert, retrain, fall back) settles it.
const METHOD_OR_CONSEQUENCE = pattern(
  /\b(?:compar\w*|thresholds?|statistic\w*|distributions?|histograms?|divergence|incoming data|input data|baseline window|training (?:data|window|distribution)|alert\w*|alarm\w*|pag(?:e|es|ed|ing)|trigger\w*|retrain\w*|fall\s?back|roll\s?back|[<>≥≤]|\d+(?:\.\d+)?\s*%)|[<>≥≤]/,
);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(DRIFT_STATISTIC, allOf(DRIFT, METHOD_OR_CONSEQUENCE));

export default defineDocumentRule({
  meta: {
    id: 'drift-monitoring',
    step: 'monitoring',
    severity: 'error',
    appliesTo: 'always',
    description: 'Monitors drift of input data or predictions and says how it is detected or what it triggers.',
  },
  message: 'No drift monitoring: say how drift of inputs or predictions is detected (PSI, KS test, feature statistics vs training) and what it triggers, since models decay silently as the world changes.',
  fix: {
    title: 'Add drift monitoring',
    snippet: '- **Drift:** ${1:PSI per feature and on the score distribution} vs the training window, computed ${2:daily}; PSI > ${3:0.2} alerts the on-call and triggers retraining',
  },
  names: terms('drift', 'drift monitoring'),
  findEvidence: ({ doc }) =>
    findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }),
});
