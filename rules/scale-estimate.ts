import { defineDocumentRule } from '../server/engine/rule-api.js';
import { findEvidence, headingsMatch } from '../server/engine/evidence.js';
import { allOf, anyOf, inContext, pattern, terms, unless, NUMBER } from '../server/engine/concepts.js';

// A number (or an order of magnitude in words) next to something the system
// serves: users, requests, items, events. Data volume on disk and training-set
// size are not the scale of the system.
const QUANTITY = String.raw`(?:~|≈|>|≥|over |about |around |up to )?(?:\d[\d,.]*\s*(?:(?:k|m|mm|b|bn|thousand|million|billion|trillion)\b)?\+?|(?:tens|hundreds|thousands|millions|billions)(?:\s+of\s+(?:thousands|millions|billions))?(?:\s+of)?|(?:a|one|two|three|five|ten|several) (?:thousand|million|billion|hundred))`;
const SERVED = String.raw`(?:users?|dau|mau|wau|customers?|members|viewers|subscribers|accounts|qps|rps|tps|requests?|queries|searches|calls|predictions|items?|videos?|posts?|tweets?|ads?|impressions|listings?|products?|documents?|pages|games?|jobs?|transactions?|orders?|events?|messages|tickets|issues|sessions|clicks|photos|images|songs|skus|sellers|merchants|drivers|restaurants|connections|candidates|resumes|cards|series)`;
// Up to two words may stand between the number and the noun ("5 B total
// users"), but not a unit or a time span ("1000 units of item A", "120 days after the transaction").
const GAP = String.raw`(?:(?!(?:of|in|for|per|after|before|units?|days?|hours?|weeks?|months?|years?|minutes?|seconds?)\b)[a-z-]+\s+){0,2}`;
const NUMBER_THEN_NOUN = new RegExp(`${QUANTITY}\\s*${GAP}${SERVED}\\b`);
const NOUN_THEN_NUMBER = new RegExp(`\\b${SERVED}(?:\\s+per\\s+(?:second|sec|day|month|minute|hour))?\\s*(?:[:=|]|\\bis\\b|\\bof\\b|\\baround\\b|\\babout\\b)?\\s*(?:\\|\\s*)?[~≈>≥<≤]?\\s*\\d[\\d,.]*\\s*(?:k|m|b|bn|million|billion|thousand)?\\b`);
const PER_TIME = /\b(?:per (?:second|sec|day|month|minute|hour)|\/\s?(?:s|sec|day|month)|daily|a day|each day|concurrent\w*)\b/;

const SCALE = anyOf(
  pattern(new RegExp(`${NUMBER_THEN_NOUN.source}`)),
  pattern(NOUN_THEN_NUMBER),
  allOf(pattern(/\b\d[\d,.]*\s*(?:k|m|b|bn|million|billion)?\b/), pattern(PER_TIME), pattern(new RegExp(`\\b${SERVED}\\b`))),
);

export default defineDocumentRule({
  meta: {
    id: 'scale-estimate',
    step: 'requirements',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Gives the scale of the system in numbers (users, items, QPS, events per day).',
  },
  message: 'No scale estimate: say how many users, items or requests per second the system serves, since scale decides between a single model and a retrieval-plus-ranking funnel, batch and online serving.',
  fix: {
    title: 'Add a scale estimate',
    snippet: '- **Scale:** ${1:100M} users, ${2:10M} items, peak ${3:10k} requests per second',
  },
  findEvidence: ({ doc }) => findEvidence(doc, unless(SCALE, pattern(/\b(?:gb|tb|pb|mb|gigabytes?|terabytes?|training (?:examples|samples|set|data)|features?)\b/)), { minOtherWords: 0 }),
});
