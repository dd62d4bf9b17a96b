import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// What new users and new items get: content features, popularity fallback,
// onboarding signals. "New users (cold start)" as a topic is not a plan.
const NEWCOMER = anyOf(
  terms('cold start*', 'new user*', 'new item*', 'new video*', 'new job*', 'new post*', 'new product*', 'new game*', 'new listing*', 'new member*', 'new account*', 'first session', 'at signup', 'sign up', 'onboarding', 'no history', 'without history', 'little history', 'no interactions', 'unseen user*', 'unseen item*'),
  pattern(/\b(?:users?|items?)'?s? (?:data|history) is (?:not set|empty|missing|unavailable)\b/),
);
const REMEDY = pattern(/\b(?:popular\w*|trending|fallback|fall back|default|content[- ]based|content features?|item features?|user features?|side features?|metadata|attributes|demographic\w*|onboarding|signup|sign-up|first session|accepts?|handles?|handled|explor\w*|bandits?|base recommendations|heuristic|two[- ]tower|boost\w*|questionnaire|survey|embeddings? from (?:text|content|description))\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = allOf(NEWCOMER, REMEDY);

export default defineDocumentRule({
  meta: {
    id: 'cold-start',
    step: 'data',
    severity: 'warning',
    appliesTo: 'ranking-shaped',
    description: 'Handles new users and new items (content features, popularity fallback, onboarding signals).',
  },
  message: 'Cold start is not handled: say what new users and new items get (content features, popularity fallback, onboarding signals), since they have no interaction history for the model to use.',
  fix: {
    title: 'Handle cold start',
    snippet: '- **Cold start:** new users get ${1:popular jobs for their title and location from the sign-up form}; new jobs are ranked on ${2:content features} until they have ${3:50} impressions',
  },
  names: terms('cold start*', 'new user*', 'new item*'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }),
});
