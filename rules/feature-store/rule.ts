import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// How features reach the model online, and how training and serving stay
// consistent: a feature store, a cache of precomputed features, a shared
// transformation pipeline.
const FEATURE_SERVING = anyOf(
  terms(
    'feature store*', 'feast', 'tecton', 'online store', 'offline store', 'feature cache', 'feature service', 'feature server',
    'training serving skew', 'train serving skew', 'online offline consistency', 'offline online consistency',
    'precomputed feature*', 'pre computed feature*', 'feature lookup', 'feature pipeline',
  ),
  allOf(
    pattern(/\bfeatures?\b/),
    pattern(/\b(?:redis|dynamo\w*|cassandra|memcache\w*|bigtable|cache\w*|key[- ]value|low[- ]latency (?:serving )?store|serving store|in[- ]memory|precomput\w*|pre-comput\w*|same (?:code|logic|pipeline|transform\w*)|spark pipeline|serving pipeline)\b/),
  ),
  pattern(/\b(?:same|shared|identical)\b[^.]{0,40}\b(?:code|logic|pipeline|transform\w*)\b[^.]{0,40}\b(?:training|serving)\b/),
  pattern(/\b(?:real[- ]time|online|streaming) features?\b[^.|]*[|:][^.]*\b(?:redis|dynamo\w*|cassandra|cache|store)\b/),
);

export default defineDocumentRule({
  meta: {
    id: 'feature-store',
    step: 'serving',
    severity: 'info',
    appliesTo: 'always',
    description: 'Says how features reach the model online (feature store, cache, online/offline consistency).',
  },
  message: 'No feature serving path: say how features reach the model at request time (feature store, cache) and how training and serving stay consistent, the usual source of training-serving skew.',
  fix: {
    title: 'Describe feature serving',
    snippet: '- **Feature serving:** ${1:batch features} in ${2:the online feature store}, refreshed ${3:hourly}; the same transformation code builds training and serving features',
  },
  names: terms('feature store*', 'feature serving'),
  findEvidence: ({ doc }) => findEvidence(doc, FEATURE_SERVING, { minOtherWords: 1 }),
});
