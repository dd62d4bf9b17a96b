import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// A cadence (daily, weekly, every 6 hours) attached to training, or
// continuous / online learning. "Regular retraining" has no cadence.
const TRAINING = pattern(
  /\b(?:re-?train\w*|(?:train|refresh|updat|re-?fit|fine[- ]tun|rebuil)\w*\s+(?:the\s+|our\s+|a\s+new\s+|all\s+)?(?:\w+\s+)?models?|models?\s+(?:is|are|will be|gets?|get)\s+(?:re-?)?(?:train|updat|refresh|re-?fit|rebuil)\w*|training (?:jobs?|pipeline|runs?))\b/,
);
const CADENCE = pattern(/\b(?:daily|nightly|weekly|monthly|hourly|quarterly|yearly|annually|bi-?weekly|every (?:\d+\s+)?(?:day|night|week|month|hour|minute|quarter|year)s?|once (?:a|per) (?:day|week|month|hour|quarter)|each (?:day|week|month|night)|per (?:day|week|month))\b/);
const CONTINUOUS = terms(
  'continuous training', 'continuously train*', 'continuously retrain*', 'continual learning',
  'continual training', 'continuous model training', 'online learning', 'incremental learning', 'incremental training',
  'incrementally train*', 'streaming training', 'continuous training loop',
);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(allOf(TRAINING, CADENCE), CONTINUOUS);

export default defineDocumentRule({
  meta: {
    id: 'training-frequency',
    step: 'model',
    severity: 'info',
    appliesTo: 'always',
    description: 'Says how often the model is retrained (a cadence, or continuous/online learning).',
  },
  message: 'No training cadence: say how often the model is retrained (daily, weekly, online learning), since freshness drives pipeline cost and how fast the model reacts to change.',
  fix: {
    title: 'Add a training cadence',
    snippet: '- **Retraining:** ${1:daily} on a sliding window of the last ${2:8 weeks} of data',
  },
  names: terms('retrain*', 're train*'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 0 }),
});
