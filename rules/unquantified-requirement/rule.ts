import { definePassageRule, PhraseSet, stepsInScope, type ProseUnit, type UnitHit } from '../../server/engine/rule-kit.js';
import { REQUIREMENT_WORDS, VAGUE_REQUIREMENTS } from '../shared/requirement-cues.js';

// Adjectives that promise a property without a number. A design cannot be
// checked against "low latency" ("низкая задержка", "低延迟"); it can against
// "p99 < 200 ms". Read on the text layer: words on stems in three languages,
// sentences, negation, and the unit's quantities for "a number nearby".

const cuesOf = (set: Partial<Record<string, readonly string[]>>): string[] => Object.values(set).flatMap((list) => [...(list ?? [])]);
const DEFAULT_TERMS = new PhraseSet(cuesOf(VAGUE_REQUIREMENTS));
const REQUIREMENT = new PhraseSet(cuesOf(REQUIREMENT_WORDS));
// "FastAPI" / "Fast API" is a web framework, not a promise of speed; "instant payouts" and
// "мгновенные переводы" name a product, whose latency the doc states elsewhere.
const OTHER_SENSES = new PhraseSet([
  'fast api', 'fast text', 'fasttext', 'fast rcnn', 'fast r cnn', 'fast forward', 'fast follow*', 'real time bidding',
  'instant {payout*|cash out*|cashout*|transfer*|payment*|messag*|messenger*|loan*|checkout*|booking*|delivery|noodles|games|articles}',
  'мгновенн* {выплат*|перевод*|платеж*|сообщени*|мессенджер*|займ*|кредит*}',
]);

// Terms from the configuration, compiled once per list: the check runs once per unit.
let lastTerms: { key: string; set: PhraseSet } | undefined;
function termSet(terms: readonly string[] | null): PhraseSet {
  if (!terms) return DEFAULT_TERMS;
  const key = terms.join('\n');
  if (lastTerms?.key !== key) lastTerms = { key, set: new PhraseSet(terms.map((t) => t.replace(/-/g, ' '))) };
  return lastTerms.set;
}

function vagueTermsIn(unit: ProseUnit, terms: PhraseSet): UnitHit[] {
  const { words } = unit;
  const all = terms.matches(words.text, words.norm, words.tokens);
  if (all.length === 0) return [];
  // "highly scalable" once, not also its "scalable".
  const found = all.filter((m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  const other = OTHER_SENSES.matches(words.text, words.norm, words.tokens);
  const required = REQUIREMENT.matches(words.text, words.norm, words.tokens);
  // Only where the words state a requirement: in the requirements step, or in a sentence that says must / should / needs.
  const inRequirements = stepsInScope(unit.section).includes('requirements');
  const { sentences, negations } = words.polarity;
  const hits: UnitHit[] = [];
  for (const sentence of sentences) {
    const inside = (s: { start: number; end: number }): boolean => s.start >= sentence.start && s.end <= sentence.end;
    const here = found.filter((m) => inside(m) && !other.some((o) => o.start < m.end && m.start < o.end));
    if (here.length === 0) continue;
    // A question asks for the number; a negation ("does not need to be real-time") rules the property out.
    if (sentence.question || negations.some((n) => inside(n.cue))) continue;
    // A number nearby — any quantity in the sentence ("real-time: within 100 ms", "高并发，峰值 1 万 QPS") — makes it measurable.
    if (words.quantities.some(inside)) continue;
    if (!inRequirements && !required.some(inside)) continue;
    for (const m of here) {
      hits.push({
        match: { start: m.start, end: m.end },
        message: `"${words.text.slice(m.start, m.end)}" has no number: state the requirement as a measurable bound (e.g. p99 < 200 ms, 10k QPS).`,
      });
    }
  }
  return hits;
}

export default definePassageRule({
  meta: {
    id: 'unquantified-requirement',
    step: 'requirements',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Flags "low latency", "real-time", "highly scalable", "fast" with no number in the same sentence or bullet.',
    optionsSchema: {
      type: 'object',
      properties: { terms: { type: 'array', items: { type: 'string' }, description: 'Words that need a number beside them.' } },
      additionalProperties: false,
    },
  },
  prepare: ({ options }) => (Array.isArray(options.terms) ? (options.terms as string[]) : null),
  checkUnit: (unit, terms) => {
    if (unit.kind === 'heading' || unit.kind === 'table-header' || unit.notStatement) return [];
    return vagueTermsIn(unit, termSet(terms));
  },
});
