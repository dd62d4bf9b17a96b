import { definePassageRule, type UnitHit } from '../../server/engine/rule-api.js';
import { NUMBER } from '../../server/engine/concepts.js';
import { sentencesOf, unitInSteps } from '../../server/engine/evidence.js';
import { REQUIREMENT_VERB } from '../shared/vocabulary.js';

// Adjectives that promise a property without a number. A design cannot be
// checked against "low latency"; it can against "p99 < 200 ms".
const DEFAULT_TERMS = [
  'low latency', 'low-latency', 'real-time', 'real time', 'near real-time', 'highly scalable', 'scalable', 'fast',
  'large scale', 'large-scale', 'high throughput', 'highly available', 'high availability', 'quickly', 'responsive',
];

const NOT_REQUIRED = /\b(?:not|no|never|doesn't|don't|isn't|aren't|without)\b/;

function termPattern(termsList: readonly string[]): RegExp {
  const escaped = termsList.map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]'));
  // "FastAPI" / "Fast API" is a web framework, not a promise of speed.
  return new RegExp(`\\b(?:${escaped.join('|')})\\b(?![- ]?api\\b)`, 'g');
}

// One pattern per term list: the check runs once per unit.
let lastTerms: { key: string; re: RegExp } | undefined;
function compiledTerms(terms: readonly string[]): RegExp {
  const key = terms.join('\n');
  if (lastTerms?.key !== key) lastTerms = { key, re: termPattern(terms) };
  return lastTerms.re;
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
  prepare: ({ options }) => (Array.isArray(options.terms) ? (options.terms as string[]) : DEFAULT_TERMS),
  checkUnit: (unit, terms) => {
    if (unit.kind === 'heading' || unit.kind === 'table-header') return [];
    // Only where the words state a requirement: in the requirements or serving
    // step, or in a sentence that says must / should / needs.
    if (unit.notStatement) return [];
    const re = compiledTerms(terms);
    const hits: UnitHit[] = [];
    const inRequirementSection = unitInSteps(unit, ['requirements']);
    for (const sentence of sentencesOf(unit)) {
      const text = unit.norm.slice(sentence.start, sentence.end);
      if (NUMBER.test(text)) continue;
      if (!inRequirementSection && !REQUIREMENT_VERB({ ...unit, norm: text })) continue;
      // A question asks for the number; "does not require real-time" rules the property out.
      if (/\?\s*$/.test(text) || NOT_REQUIRED.test(text)) continue;
      for (const m of text.matchAll(re)) {
        const start = sentence.start + m.index;
        hits.push({
          match: { start, end: start + m[0].length },
          message: `"${unit.text.slice(start, start + m[0].length)}" has no number: state the requirement as a measurable bound (e.g. p99 < 200 ms, 10k QPS).`,
        });
      }
    }
    return hits;
  },
});
