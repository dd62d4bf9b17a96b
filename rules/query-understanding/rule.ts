import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// Before ranking, a search system works out what the query means: spelling,
// intent, entities, expansion. The doc names the step with what it does.
const NAMED = terms('query understanding', 'query intent', 'intent classif*', 'query expansion', 'query rewrit*', 'spell correct*', 'spelling correct*', 'query classif*', 'query categori*', 'entity recognition', 'query embedding*', 'synonym*');
const QUERY = pattern(/\bquer(?:y|ies)\b/);
const PROCESSING = pattern(/\b(?:intent|spell\w*|typo\w*|synonyms?|expan\w*|rewrit\w*|normali[sz]\w*|entit\w*|categor\w*|classif\w*|tokeni[sz]\w*|embed\w*)\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(NAMED, allOf(QUERY, PROCESSING));

export default defineDocumentRule({
  meta: {
    id: 'query-understanding',
    step: 'model',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['search-ranking'],
    description: 'Interprets the query before ranking (spelling correction, intent, entities, expansion).',
  },
  message: 'No query understanding: say how the query is interpreted before retrieval (spelling correction, intent classification, entity recognition, expansion with synonyms), since ranking cannot fix a misread query.',
  fix: {
    title: 'Add query understanding',
    snippet: '- **Query understanding:** ${1:spelling correction}, ${2:intent classification (navigational, product, informational)} and ${3:synonym expansion} run before retrieval',
  },
  names: terms('query understanding'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }),
});
