import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { pattern, terms, unless, type Matcher } from '../../server/engine/concepts.js';

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

// "The module shows 25 jobs" is the length of one list, not the size of the
// system: a count must be large (a thousand or more, or an order of magnitude
// in words), or a rate (per second, per day, QPS, DAU).
const MAGNITUDE = /\b(?:thousands?|millions?|billions?|trillions?|hundreds of|tens of)\b|\d\s*(?:k|m|mm|b|bn)\b/;
const RATE = /\b(?:qps|rps|tps|dau|mau|wau|concurrent\w*|daily|per (?:second|sec|day|month|minute|hour)|a day|each day)\b|\/\s?(?:s|sec|day|month)\b/;

function isSystemScale(text: string): boolean {
  if (MAGNITUDE.test(text) || RATE.test(text)) return true;
  const numbers = (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
  return numbers.some((n) => n >= 1000);
}

const SCALE_PHRASE = new RegExp(`${NUMBER_THEN_NOUN.source}|${NOUN_THEN_NUMBER.source}`, 'g');
const SCALE_PHRASES = pattern(SCALE_PHRASE);
const MENTIONS_SERVED = new RegExp(`\\b${SERVED}\\b`);

const SCALE: Matcher = (unit) => {
  if (!SCALE_PHRASES(unit)) return undefined;
  for (const m of unit.norm.matchAll(SCALE_PHRASE)) {
    // The rate may stand after the phrase: "5M queries per day".
    const around = unit.norm.slice(m.index, m.index + m[0].length + 20);
    if (isSystemScale(m[0]) || (RATE.test(around) && MENTIONS_SERVED.test(m[0]))) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
};

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = unless(SCALE, pattern(/\b(?:gb|tb|pb|mb|gigabytes?|terabytes?|training (?:examples|samples|set|data)|features?)\b/));

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
  names: terms('scale estimate*', 'scale requirement*', 'qps'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 0 }),
});
