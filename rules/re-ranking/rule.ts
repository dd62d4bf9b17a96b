import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms, unless } from '../../server/engine/concepts.js';

// A layer after the model that applies business logic: diversity,
// de-duplication, freshness, sponsored slots, filtering.
// Words that name the layer itself, and words that need a ranked list nearby
// ("diversity of support tickets" is not re-ranking; "collaborative filtering" is a model).
const LAYER = terms(
  're rank*', 'rerank*', 'business logic', 'business rule*', 'business criteria', 'de dup*', 'dedup*', 'sponsored',
  'blocklist', 'blacklist', 'post processing', 'post ranking', 'mmr', 'maximal marginal relevance',
);
const ADJUSTMENT = anyOf(
  terms('diversity', 'diversif*', 'freshness boost', 'boost* … fresh*', 'boost* … new', 'filter out', 'filtering', 'filters', 'promote', 'demot*', 'boost*'),
  pattern(/\bremov\w*\b[^.]{0,40}\b(?:already|seen|duplicates?|inappropriate|ineligible|blocked)\b/),
  pattern(/\b(?:already|previously)\s+(?:applied|seen|watched|purchased|clicked|shown|bought|read)\b[^.]{0,40}\b(?:remov\w*|filter\w*|dropp\w*|exclud\w*|hidden|skipp\w*)\b/),
  // A diversity cap: "at most two jobs per company in the top 10".
  pattern(/\b(?:at most|no more than|up to|max(?:imum)?(?: of)?)\s+(?:\d+|one|two|three|four|five)\s+(?:\w+\s+){0,2}(?:per|from (?:each|the same|any one))\b/),
);
const RANKED_LIST = pattern(/\b(?:rank\w*|results?|lists?|top|recommend\w*|feeds?|items|slate|candidates|videos|posts|jobs|products)\b/);
const RERANK = unless(anyOf(LAYER, allOf(ADJUSTMENT, RANKED_LIST)), terms('collaborative filtering'));

export default defineDocumentRule({
  meta: {
    id: 're-ranking',
    step: 'serving',
    severity: 'info',
    appliesTo: 'ranking-shaped',
    description: 'Has a re-ranking / business-logic layer (diversity, de-duplication, freshness, filtering).',
  },
  message: 'No re-ranking layer: say what happens after the model scores (diversity, de-duplication, freshness, filtering ineligible items), or the top of the list fills with near-duplicates.',
  fix: {
    title: 'Add a re-ranking layer',
    snippet: '- **Re-ranking:** ${1:remove jobs already applied to}, ${2:at most 2 jobs per company in the top 10}, ${3:boost postings under 3 days old}',
  },
  names: terms('re rank*', 'rerank*', 'business rule*', 'post processing'),
  findEvidence: ({ doc }) => findEvidence(doc, RERANK, { minOtherWords: 2 }),
});
