import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, headingsMatch, unitInSteps } from '../../server/engine/evidence.js';
import { allOf, inContext, terms } from '../../server/engine/concepts.js';
import { MEASURE_WORDS, PRODUCT_METRIC } from '../shared/vocabulary.js';

// A bare metric name is enough under a heading about success or business
// metrics ("- Time spent"); elsewhere it must stand in a statement.
const METRICS_HEADING = /\b(metrics?|kpis?|success|business|goals?|objectives?|measure)/;

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = inContext(PRODUCT_METRIC, (u) => headingsMatch(u, METRICS_HEADING));
// Elsewhere "likes and shares" may just name user actions, and "click rate"
// under Features is a feature: the sentence must be about measuring, outside
// the data, model and serving sections.
const ALSO_SETTLED_BY = inContext(allOf(PRODUCT_METRIC, MEASURE_WORDS), (u) => !unitInSteps(u, ['data', 'model', 'serving']));

export default defineDocumentRule({
  meta: {
    id: 'business-metric',
    step: 'requirements',
    severity: 'error',
    appliesTo: 'always',
    description: 'Names at least one measurable business or success metric.',
  },
  message: 'No measurable business metric: name the number that tells whether the system succeeded (CTR, applications per user, retention, fraud loss in $) so the launch can be judged.',
  fix: {
    title: 'Add a business metric',
    snippet: '- **Business metric:** ${1:applications per active user per week} (target: ${2:+2 %})',
  },
  names: terms('business metric*', 'success metric*', 'kpi*'),
  findEvidence: ({ doc }) =>
    findEvidence(doc, SETTLED_BY, { minOtherWords: 0 }) ?? findEvidence(doc, ALSO_SETTLED_BY, { minOtherWords: 1 }),
});
