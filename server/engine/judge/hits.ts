// Where a concept's parts occur in one unit, and how each occurrence is
// qualified (negated, hedged). Depends only on the unit's own text, so it is
// kept with the unit's fragment: an edit elsewhere does not look again.
import type { CompiledConcept } from './concept.js';
import { quantitySpans } from './quantity-cues.js';
import { coveredBy } from '../text/polarity.js';
import type { Span } from '../text/sentences.js';
import { readingOf, type UnitText } from '../text/unit-text.js';
import { PhraseSet } from '../text/phrases.js';

export const enum Hedge {
  None = 0,
  Mild = 1,
  Strong = 2,
}

export interface PartHit {
  /** Index of the part in the compiled concept. */
  part: number;
  start: number;
  end: number;
  /** Index of the sentence in the unit. */
  sentence: number;
  negated: boolean;
  hedge: Hedge;
}

export interface UnitHits {
  parts: PartHit[];
  /** For a heading: it names the concept (a statement under it may settle it). */
  headingCue: boolean;
  /** For a table row: parts its column headers name (a "Latency" column makes "200 ms" a latency). */
  headerParts: readonly number[];
}

/** What a unit needs to offer: its reading, its kind, its table's header cells. */
export interface HitSource {
  kind: string;
  words: UnitText;
  tableHeader?: string[] | undefined;
}

/** Phrases match on words and skip punctuation, but a phrase never runs from one sentence into the next ("metadata. Features"). */
function phraseSpans(set: PhraseSet, words: UnitText): Span[] {
  const spans = set.matches(words.text, words.norm, words.tokens);
  if (spans.length === 0 || words.polarity.sentences.length < 2) return spans; // no match: leave the lazy polarity unread
  return spans.filter((s) => words.sentenceIndexAt(s.start) === words.sentenceIndexAt(s.end - 1));
}

function hedgeAt(words: UnitText, span: Span): Hedge {
  const { hedges, mildHedges } = words.polarity;
  if (coveredBy(hedges, span)) return Hedge.Strong;
  if (coveredBy(mildHedges, span)) return Hedge.Mild;
  return Hedge.None;
}

/** Shared by the hits of every unit that is not a table row: they are kept for each unit and concept. */
const NONE: readonly number[] = Object.freeze([]);

export function findUnitHits(concept: CompiledConcept, unit: HitSource): UnitHits | null {
  const words = unit.words;
  const excluded = concept.exclude ? phraseSpans(concept.exclude, words) : [];
  // Words that overlap another sense's phrase ("Cache Hit Rate" over "hit rate") are that sense.
  const isExcluded = (s: Span): boolean => excluded.some((e) => s.start < e.end && e.start < s.end);
  const raw: Array<{ part: number; span: Span }> = [];
  concept.parts.forEach((part, index) => {
    for (const span of phraseSpans(part.phrases, words)) if (!isExcluded(span)) raw.push({ part: index, span });
    if (part.quantity) for (const span of quantitySpans(part.quantity, words)) if (!isExcluded(span)) raw.push({ part: index, span });
  });
  const headingCue = unit.kind === 'heading' && concept.headings !== undefined && phraseSpans(concept.headings, words).length > 0;
  const headerParts = unit.kind === 'table-row' && unit.tableHeader ? partsInHeader(concept, unit.tableHeader) : NONE;
  if (raw.length === 0 && !headingCue) return null;
  const { negations } = words.polarity;
  const absent = negations.filter((n) => n.kind === 'absent');
  const parts = raw.map(({ part, span }) => ({
    part,
    start: span.start,
    end: span.end,
    sentence: words.sentenceIndexAt(span.start),
    negated: coveredBy(concept.parts[part].negationIsContent ? absent : negations, span) !== undefined,
    hedge: hedgeAt(words, span),
  }));
  return { parts, headingCue, headerParts };
}

function partsInHeader(concept: CompiledConcept, header: readonly string[]): readonly number[] {
  const { text, norm, tokens } = readingOf(header.join(' | '));
  const parts = concept.parts.flatMap((part, index) => (part.phrases.matches(text, norm, tokens).length > 0 ? [index] : []));
  return parts.length > 0 ? parts : NONE;
}
