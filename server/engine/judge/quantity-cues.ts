// Quantities as concept parts ("a time", "a count of users"): which of the
// unit's quantities (text/quantities.ts, read once per unit and shared by
// every rule) a part takes.
import type { CompiledQuantityPart } from './concept.js';
import type { Span } from '../text/sentences.js';
import type { UnitText } from '../text/unit-text.js';

/** The quantities of a unit that count as the part, each with its counted noun ("300 million DAU"). */
const PERIODS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

export function quantitySpans(part: CompiledQuantityPart, words: UnitText): Span[] {
  const quantities = words.quantities;
  if (quantities.length === 0) return [];
  const nounCues = part.nouns?.matches(words.text, words.norm, words.tokens);
  const spans: Span[] = [];
  for (const q of quantities) {
    if (q.role !== undefined && !part.roles.has(q.role)) continue;
    if (part.dimensions && !part.dimensions.has(q.dimension)) continue;
    if (q.value === undefined ? part.atLeast > -Infinity || part.atMost < Infinity : q.value < part.atLeast || q.value > part.atMost) continue;
    if (part.perTime && !(q.per !== undefined && PERIODS.has(q.per))) continue;
    const noun = q.noun;
    if (part.unnamed && noun) continue;
    if (nounCues && !(noun && nounCues.some((m) => m.start < noun.end && noun.start < m.end))) continue;
    spans.push(noun ? { start: Math.min(q.start, noun.start), end: Math.max(q.end, noun.end) } : { start: q.start, end: q.end });
  }
  return spans;
}
