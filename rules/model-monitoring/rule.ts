import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, unitInSteps } from '../../server/engine/evidence.js';
import { allOf, anyOf, inContext, pattern, terms } from '../../server/engine/concepts.js';
import { OFFLINE_METRIC, PRODUCT_METRIC } from '../shared/vocabulary.js';

// Live model quality watched: dashboards, alerts on a metric, predictions
// logged to join delayed labels. A bare "Monitoring" heading says nothing.
const WATCH = pattern(
  /\b(?:monitor\w*|dashboards?|observability|(?:alert\w*|alarms?|pag(?:e|es|ed|ing)) (?:on|when|if|fires?|the on-?call)|log(?:s|ged|ging)? (?:the |all |every )?(?:predictions|scores|model outputs)|track(?:s|ed|ing)? (?:the |live |online |daily )?(?:model|performance|metrics?|quality|precision|recall|auc|mae|rmse|ctr|accuracy|errors?))\b/,
);
const QUALITY = anyOf(
  OFFLINE_METRIC,
  PRODUCT_METRIC,
  pattern(/\b(?:performance|quality|predictions?|scores?|errors?|accuracy|metrics?|kpis?)\b/),
);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = allOf(WATCH, QUALITY);
const ALSO_SETTLED_BY = inContext(anyOf(OFFLINE_METRIC, PRODUCT_METRIC, terms('performance', 'quality')), (u) => unitInSteps(u, ['monitoring']));

export default defineDocumentRule({
  meta: {
    id: 'model-monitoring',
    step: 'monitoring',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Monitors live model quality (metric dashboards, alerts, logged predictions for delayed labels).',
  },
  message: 'No model-quality monitoring: say which live metrics are watched (dashboards, alerts on precision or CTR, logged predictions joined to delayed labels), or a broken model goes unnoticed.',
  fix: {
    title: 'Add model monitoring',
    snippet: '- **Model monitoring:** dashboard of ${1:daily CTR and applications per user}; alert when ${2:CTR drops 10 % below its 7-day mean}; predictions logged and joined to ${3:labels arriving within 7 days}',
  },
  names: terms('model monitoring', 'monitoring', 'quality dashboard*'),
  findEvidence: ({ doc }) =>
    findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }) ??
    findEvidence(doc, ALSO_SETTLED_BY, { minOtherWords: 0 }),
});
