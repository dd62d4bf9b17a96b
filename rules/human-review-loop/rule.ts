import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, pattern } from '../../server/engine/concepts.js';

// Moderation is a model and a team: uncertain cases go to human reviewers,
// whose decisions become labels and whose capacity bounds the thresholds.
const HUMANS = pattern(/\b(?:human (?:review\w*|moderat\w*|label\w*|rater\w*|in the loop)|moderators?|reviewers?|review queues?|manual review\w*|trust (?:and|&) safety (?:team|agents?)|content reviewers?|annotators?|raters?)\b/);
const ROUTING = pattern(/\b(?:queue\w*|rout\w*|send\w*|sent|escalat\w*|uncertain\w*|borderline|threshold\w*|between|appeal\w*|capacity|per (?:day|hour)|decisions?|labels?|retrain\w*|feed\w* back|overturn\w*|priorit\w*)\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = allOf(HUMANS, ROUTING);

export default defineDocumentRule({
  meta: {
    id: 'human-review-loop',
    step: 'serving',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['harmful-content-detection'],
    description: 'Routes uncertain cases to human reviewers and feeds their decisions back as labels.',
  },
  message: 'No human review loop: say which cases go to human moderators (a score band, appeals), how their capacity bounds the thresholds, and how their decisions flow back as training labels.',
  fix: {
    title: 'Add a human review loop',
    snippet: '- **Human review:** posts scoring between ${1:0.6 and 0.9} go to a moderator queue (capacity ${2:50k/day}), above ${3:0.9} are removed with appeal; moderator decisions are logged as labels for retraining',
  },
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }),
});
