import { defineDocumentRule } from '../server/engine/rule-api.js';
import { findEvidence, headingsMatch } from '../server/engine/evidence.js';
import { inContext } from '../server/engine/concepts.js';
import { OFFLINE_METRIC } from './lib/vocabulary.js';

// A named offline metric. Under a metrics or evaluation heading a bare name
// ("- nDCG@10") is a complete answer; elsewhere it must stand in a statement.
const EVALUATION_HEADING = /\b(metrics?|evaluat\w*|offline|validation|quality|measure\w*|success)/;

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = inContext(OFFLINE_METRIC, (u) => headingsMatch(u, EVALUATION_HEADING));

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
  findEvidence: ({ doc }) =>
    findEvidence(doc, SETTLED_BY, { minOtherWords: 0 }) ??
    findEvidence(doc, OFFLINE_METRIC, { minOtherWords: 1 }),
});
