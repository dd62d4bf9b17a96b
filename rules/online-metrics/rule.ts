import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, headingsMatch } from '../../server/engine/evidence.js';
import { allOf, anyOf, inContext, pattern, terms } from '../../server/engine/concepts.js';
import { PRODUCT_METRIC } from '../shared/vocabulary.js';

// The metrics that decide a launch, measured on live traffic: a product
// metric in an online / experiment / success context, or named as such.
const ONLINE_HEADING = /\b(online|a\/b|experiment\w*|launch|success|business|kpis?|product|metrics?|evaluat\w*|goals?|objectives?|monitor\w*)/;
const ONLINE_WORDS = pattern(/\b(?:online|a\/b|ab test|experiment\w*|live|in production|launch\w*|treatment|control group|successful if|success\w*)\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = terms('online metric*', 'online evaluation metric*', 'a b test metric*', 'experiment metric*', 'guardrail metric*');
const ALSO_SETTLED_BY = inContext(PRODUCT_METRIC, (u) => headingsMatch(u, ONLINE_HEADING));
const OR_SETTLED_BY = allOf(PRODUCT_METRIC, anyOf(ONLINE_WORDS));

export default defineDocumentRule({
  meta: {
    id: 'online-metrics',
    step: 'evaluation',
    severity: 'error',
    appliesTo: 'always',
    description: 'Names the online metrics that decide a launch (CTR, applications, engagement, revenue).',
  },
  message: 'No online metric: name what the launch experiment measures on live traffic (CTR, applications, engagement, revenue); offline gains do not always carry over.',
  fix: {
    title: 'Add online metrics',
    snippet: '- **Online metrics:** ${1:applications per user} (primary), ${2:CTR}; guardrails: ${3:latency p99, unsubscribe rate}',
  },
  findEvidence: ({ doc }) =>
    findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }) ??
    findEvidence(doc, ALSO_SETTLED_BY, { minOtherWords: 0 }) ??
    findEvidence(doc, OR_SETTLED_BY, { minOtherWords: 1 }),
});
