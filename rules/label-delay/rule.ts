import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, sentencesOf } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms, type Matcher } from '../../server/engine/concepts.js';
import type { ProseUnit } from '../../server/engine/model.js';

// Chargebacks arrive weeks after the payment, conversions days after the
// click. The doc says labels are late and how training copes: a maturation
// window, a delayed-label join, or a correction for unlabelled recent data.
const LATE = pattern(/\b(?:label delay|delayed labels?|labels? (?:arrive|come|land|mature)\w*|late labels?|chargebacks? (?:arrive|come|take|land)\w*|(?:arrive|arrives|take|takes|after) (?:up to )?\d+\s*(?:days?|weeks?|months?)|delayed (?:feedback|conversions?)|conversions? (?:arrive|come|happen)\w* (?:later|days|hours))\b/);
// The delay must be the labels': "logs are deleted after 30 days" is not label delay.
const LABELS = pattern(/\b(?:labels?|chargebacks?|conversions?|disputes?|confirmed fraud|ground truth|outcomes?)\b/);
/** `first`, when every condition holds in the sentence around its match (not merely somewhere in the paragraph). */
function inSameSentence(first: Matcher, ...conditions: Matcher[]): Matcher {
  return (unit) => {
    const match = first(unit);
    if (!match) return undefined;
    const sentence = sentencesOf(unit).find((s) => match.start >= s.start && match.start < s.end) ?? { start: 0, end: unit.text.length };
    const blank = (text: string): string => ' '.repeat(sentence.start) + text.slice(sentence.start, sentence.end) + ' '.repeat(text.length - sentence.end);
    const only: ProseUnit = { ...unit, text: blank(unit.text), norm: blank(unit.norm), tokens: unit.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end) };
    return conditions.every((condition) => condition(only) !== undefined) ? match : undefined;
  };
}
const HANDLING = pattern(/\b(?:maturation|matur\w*|window|wait\w*|join\w*|backfill\w*|relabel\w*|correct\w*|importance weight\w*|survival|only (?:use|train)\w*|exclud\w*|cut\s?off|censor\w*|\d+[- ]day|\d+\s*(?:days?|weeks?))\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(terms('maturation window', 'label maturation'), inSameSentence(LATE, HANDLING, LABELS));

export default defineDocumentRule({
  meta: {
    id: 'label-delay',
    step: 'data',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['payment-fraud-detection', 'ad-click-prediction'],
    description: 'Says how late labels (chargebacks, conversions) are handled in training and evaluation (maturation window, delayed joins).',
  },
  message: 'No plan for label delay: chargebacks and conversions arrive days or weeks after the event, so say how long labels take to mature and how training and evaluation wait for or correct them.',
  fix: {
    title: 'Handle label delay',
    snippet: '- **Label delay:** ${1:chargebacks} arrive up to ${2:60 days} after the payment; training uses only transactions older than the ${2:60 days} maturation window, joined to labels ${3:daily}',
  },
  names: terms('label delay', 'delayed labels'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }),
});
