import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, headingsMatch } from '../../server/engine/evidence.js';
import { anyOf, inContext, pattern, terms } from '../../server/engine/concepts.js';

// A goal is an outcome for the business or its users, usually with a verb of
// change: "maximise ad revenue", "reduce fraud losses", "increase retention".
const BUSINESS_OUTCOME =
  /\b(?:revenue|engagement|retention|sales|conversions?|profits?|costs?|loss(?:es)?|churn|satisfaction|growth|ctr|clicks?|purchases?|bookings?|downtime|complaints|efficiency|experience|gmv|dau|applications|orders|repeat \w+|visits|sign-?ups|subscriptions|renewals|adoption|loyalty|fraud\w*|time spent|connections|wait(?:ing)? time|stock|waste|capacity|throughput|productivity|trust|safety|harm\w*|relevan\w*)\b/;
const CHANGE_VERB =
  /\b(?:maximi[sz]\w*|increas\w*|improv\w*|grow\w*|boost\w*|driv\w*|reduc\w*|decreas\w*|minimi[sz]\w*|lower\w*|cut\w*|prevent\w*|avoid\w*|optimi[sz]\w*|rais\w*|lift\w*|protect\w*|sav(?:e|es|ing) (?:money|costs?|time)|automat\w*|detect\w*)\b/;

const GOAL = anyOf(
  terms('business objective*', 'business goal*', 'product goal*', 'business value', 'business impact', 'business problem'),
  // The verb acts on the outcome: "maximise ad revenue", "reduce fraud losses".
  pattern(new RegExp(`${CHANGE_VERB.source}[^.;]{0,50}?${BUSINESS_OUTCOME.source}`)),
  pattern(/\b(?:financial|revenue|monetary) loss(?:es)?\b/),
  pattern(/^\s*(?:goal|objective|aim|purpose|mission)\s*[:\-]/),
  // "The goal of this system is to help members find …"
  pattern(/\b(?:the|our|main|primary|product|business|overall)\s+(?:goal|objective|aim|purpose|mission)\s+(?:of [^.]{0,40})?(?:is|here is|will be)\s+to\b/),
);

// Under a "Business goal" heading a plain statement is the goal. (Matchers are
// built once: evidence is cached per matcher, server/engine/fragment-cache.ts.)
const STATEMENT_UNDER_GOAL_HEADING = inContext(pattern(/\w/), (u) => headingsMatch(u, /\bbusiness (goals?|objectives?)\b/));

export default defineDocumentRule({
  meta: {
    id: 'business-objective',
    step: 'requirements',
    severity: 'warning',
    appliesTo: 'always',
    description: 'States the business goal the system serves.',
  },
  message: 'No business objective: say what the business gains (more applications, retention, less fraud loss) so every later choice can be judged against it.',
  fix: {
    title: 'Add a business objective',
    snippet: '- **Business objective:** ${1:help job seekers find jobs they apply to, raising job applications per active seeker by 5 % this year}',
  },
  names: terms('business objective*', 'business goal*'),
  findEvidence: ({ doc }) =>
    findEvidence(doc, GOAL, { minOtherWords: 1 }) ?? findEvidence(doc, STATEMENT_UNDER_GOAL_HEADING, { minOtherWords: 3 }),
});
