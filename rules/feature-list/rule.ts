import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, headingsMatch } from '../../server/engine/evidence.js';
import { anyOf, inContext, pattern, terms } from '../../server/engine/concepts.js';

// The signals the model uses. A list under a "Features" heading is exactly
// that; elsewhere a sentence must name features.
const FEATURES = anyOf(
  terms(
    'feature*', 'signal*', 'embedding*', 'demographic*', 'user profile', 'user attributes', 'item attributes',
    'interaction history', 'user history', 'behavioral data', 'behavioural data', 'contextual information', 'context information',
    'characteristics', 'attributes', 'covariates', 'predictors', 'input variables',
  ),
);
// "The ranker uses the member's skills, title, location and past applications."
const USES_A_LIST = pattern(/\b(?:model|ranker|classifier|regressor|network|we)\b[^.]{0,40}\b(?:uses?|takes?|sees?|gets?|receives?|considers?|combines?|consumes?|relies on|looks at|learns from|is fed|is given|reads)\b[^.]{0,80},[^.]{0,60},/);
const UNDER_FEATURES_HEADING = inContext(pattern(/\w{3,}/), (u) => headingsMatch(u, /\b(features?|signals?|inputs?|feature engineering)\b/));

// Elsewhere a sentence names features. (Matchers are built once: evidence is
// cached per matcher, server/engine/fragment-cache.ts.)
const NAMES_FEATURES = anyOf(FEATURES, USES_A_LIST);

export default defineDocumentRule({
  meta: {
    id: 'feature-list',
    step: 'data',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Lists the signals the model uses (user, item, context, interaction features).',
  },
  message: 'No feature list: name the signals the model uses (user, item, context, interaction features), since the features decide what the model can learn and what must be served online.',
  fix: {
    title: 'Add a feature list',
    snippet: '- **Features:**\n  - user: ${1:skills, title, location, recent searches}\n  - item: ${2:job title, company, seniority, location}\n  - interaction: ${3:past applications to similar jobs, recency}',
  },
  findEvidence: ({ doc }) =>
    findEvidence(doc, UNDER_FEATURES_HEADING, { minOtherWords: 0 }) ?? findEvidence(doc, NAMES_FEATURES, { minOtherWords: 2 }),
});
