// Where a concept's parts occur in one unit, and how each occurrence is
// qualified (negated, hedged). Depends only on the unit's own text, so it is
// kept with the unit's fragment: an edit elsewhere does not look again.
import type { CompiledConcept } from './concept.js';
import { quantitySpans } from './quantity-cues.js';
import { coveredBy } from '../text/polarity.js';
import type { Span } from '../text/sentences.js';
import { readingOf, type UnitText } from '../text/unit-text.js';
import { mapPacked } from '../packed-arrays.js';
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
function phraseSpans(set: PhraseSet, words: UnitText): readonly Span[] {
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
  // Most units hold none of a concept's cues: one look at the unit's phrase index settles that
  // for all its parts at once, and a unit without quantities holds no quantity part either; a
  // heading may still name the concept (another set, read below), so it is looked up too.
  const mayHoldQuantityPart = concept.hasQuantityPart && words.quantities.length > 0;
  const mayNameConcept = unit.kind === 'heading' && concept.headings !== undefined && PhraseSet.anyMatches([concept.headings], words.text, words.norm, words.tokens);
  if (!mayHoldQuantityPart && !mayNameConcept && !PhraseSet.anyMatches(concept.partSets, words.text, words.norm, words.tokens)) return null;
  const excluded = concept.exclude ? phraseSpans(concept.exclude, words) : [];
  // Words that overlap another sense's phrase ("Cache Hit Rate" over "hit rate") are that sense.
  const isExcluded = (s: Span): boolean => excluded.some((e) => s.start < e.end && e.start < s.end);
  const raw: Array<{ part: number; span: Span }> = [];
  concept.parts.forEach((part, index) => {
    const spans = phraseSpans(part.phrases, words);
    const holders = part.notIn && spans.length > 0 ? part.notIn.matches(words.text, words.norm, words.tokens) : [];
    const isHeld = (s: Span): boolean => holders.some((h) => h.start <= s.start && s.end <= h.end);
    for (const span of spans) if ((part.exemptFromExclude || !isExcluded(span)) && !isHeld(span) && !(part.notBracketed && isBracketTag(words.text, span)) && !(part.notInRate && inRate(words, span)) && (!part.label || opensAsLabel(words, span))) raw.push({ part: index, span });
    if (part.quantity) for (const span of quantitySpans(part.quantity, words)) if (part.exemptFromExclude || !isExcluded(span)) raw.push({ part: index, span });
  });
  const headingCue = unit.kind === 'heading' && concept.headings !== undefined && phraseSpans(concept.headings, words).length > 0;
  const headerParts = unit.kind === 'table-row' && unit.tableHeader ? partsInHeader(concept, unit.tableHeader) : NONE;
  if (raw.length === 0 && !headingCue) return null;
  const { negations } = words.polarity;
  const absent = negations.filter((n) => n.kind === 'absent');
  const parts = mapPacked(raw, ({ part, span }) => ({
    part,
    start: span.start,
    end: span.end,
    sentence: words.sentenceIndexAt(span.start),
    negated: coveredBy(concept.parts[part].negationIsContent ? absent : negations, span) !== undefined,
    hedge: hedgeAt(words, span),
  }));
  return { parts, headingCue, headerParts };
}

/**
 * Whether a span lies within a volume the unit states ("2M events daily", "每天几十万条点击"):
 * its period, not a cadence. A rate of a few ("раз в месяц", "twice a day", "每天 2 次") is a
 * frequency and stays one; a hundred or more per period is an amount of data or traffic.
 */
const VOLUME_AT_LEAST = 100;

function inRate(words: UnitText, span: Span): boolean {
  return words.quantities.some((q) => q.dimension === 'rate' && (q.value ?? 0) >= VOLUME_AT_LEAST && q.start <= span.start && span.end <= q.end);
}

/** Whether a span is the whole of a bracketed aside: "(target)", "（目标）" (see the part's `notBracketed`). */
function isBracketTag(text: string, span: Span): boolean {
  return /[(（]\s*$/u.test(text.slice(Math.max(0, span.start - 3), span.start)) && /^\s*[)）]/u.test(text.slice(span.end, span.end + 3));
}

/** Whether a span opens its unit as a label: only markup before it, a colon or dash after it ("**Reason:** …", "原因：…"). */
function opensAsLabel(words: UnitText, span: Span): boolean {
  const { text } = words;
  const before = text.slice(0, span.start);
  const after = text.slice(span.end, span.end + 8);
  // At the start of the unit, or of a table cell: a data table names its row's role there ("| **Target
  // Variable.** This is what we predict |").
  const cell = before.lastIndexOf(CELL_SEPARATOR);
  const opens = LABEL_BEFORE.test(before) || (cell >= 0 && LABEL_BEFORE.test(before.slice(cell + CELL_SEPARATOR.length)));
  if (!opens) return false;
  if (LABEL_AFTER.test(after)) return true;
  // A lead ending in a full stop ("**Labels.** Positives are …") is a label as a colon is when the sentence
  // after it says something: not "Target variable. To be decided.", not a question.
  if (!LEAD_AFTER.test(after)) return false;
  const next = words.polarity.sentences.find((s) => s.start >= span.end);
  return next !== undefined && !next.placeholder && !next.question && !words.polarity.hedges.some((h) => h.start <= next.start && h.end >= next.end);
}

const LABEL_BEFORE = /^[\s*_>#+\-–—\d.)]*$/u;
const LABEL_AFTER = /^[\s*_]*[:：—–-]/u;
/** How a table row's cells are joined in its unit's text (model.ts). */
const CELL_SEPARATOR = ' | ';
/** A lead ending in a full stop, with more of the cell after it. */
const LEAD_AFTER = /^[\s*_]*[.。]\s*[^\s|]/u;

function partsInHeader(concept: CompiledConcept, header: readonly string[]): readonly number[] {
  const { text, norm, tokens } = readingOf(header.join(' | '));
  const parts = concept.parts.flatMap((part, index) => (part.phrases.matches(text, norm, tokens).length > 0 ? [index] : []));
  return parts.length > 0 ? parts : NONE;
}

/**
 * The hits of one concept in the units of a region, as judge/decide.ts keeps
 * them for the fragment's life: packed in one Int32Array, because they are
 * kept for every region and concept of every open document (as objects, 50
 * corpus docs held ~20 MB of them: a PartHit, its list and a UnitHits per
 * unit). They are read back only when a region is weighed again.
 *
 * Layout: [n, then per unit with hits (in unit order) its index, the offset
 * of its first hit, 1 if it is a heading cue; then each hit as part, start,
 * end, sentence, negated + 2 * hedge]. A unit's hits end where the next
 * unit's begin (the last unit's at the end of the array).
 */
export class PackedHits {
  private constructor(
    private readonly data: Int32Array,
    /** Per unit with hits, its column-header parts, where any unit has some. */
    private readonly headerParts: ReadonlyArray<readonly number[]> | undefined,
  ) {}

  static readonly EMPTY = new PackedHits(new Int32Array(1), undefined);

  /** `units`: [unit index, its hits], in unit order. */
  static pack(units: ReadonlyArray<readonly [number, UnitHits]>): PackedHits {
    if (units.length === 0) return PackedHits.EMPTY;
    let hitCount = 0;
    for (const [, hits] of units) hitCount += hits.parts.length;
    const data = new Int32Array(1 + UNIT_FIELDS * units.length + HIT_FIELDS * hitCount);
    data[0] = units.length;
    let at = 1 + UNIT_FIELDS * units.length;
    let headerParts: Array<readonly number[]> | undefined;
    units.forEach(([index, hits], u) => {
      const head = 1 + UNIT_FIELDS * u;
      data[head] = index;
      data[head + 1] = at;
      data[head + 2] = hits.headingCue ? 1 : 0;
      if (hits.headerParts.length > 0) (headerParts ??= new Array<readonly number[]>(units.length).fill(NONE))[u] = hits.headerParts;
      for (const hit of hits.parts) {
        data[at] = hit.part;
        data[at + 1] = hit.start;
        data[at + 2] = hit.end;
        data[at + 3] = hit.sentence;
        data[at + 4] = (hit.negated ? 1 : 0) + 2 * hit.hedge;
        at += HIT_FIELDS;
      }
    });
    return new PackedHits(data, headerParts);
  }

  /** How many units have hits. */
  get length(): number {
    return this.data[0];
  }

  /** The index in the region of the k-th unit with hits. */
  unitAt(k: number): number {
    return this.data[1 + UNIT_FIELDS * k];
  }

  /** The k-th unit's hits, as findUnitHits found them. */
  hitsAt(k: number): UnitHits {
    const { data } = this;
    const head = 1 + UNIT_FIELDS * k;
    const end = k + 1 < data[0] ? data[head + UNIT_FIELDS + 1] : data.length;
    const parts: PartHit[] = [];
    for (let at = data[head + 1]; at < end; at += HIT_FIELDS) {
      const flags = data[at + 4];
      parts.push({ part: data[at], start: data[at + 1], end: data[at + 2], sentence: data[at + 3], negated: (flags & 1) === 1, hedge: (flags >> 1) as Hedge });
    }
    return { parts, headingCue: data[head + 2] === 1, headerParts: this.headerParts?.[k] ?? NONE };
  }

  /** The hits of the unit at `index` in the region, or null when it has none. */
  hitsOfUnit(index: number): UnitHits | null {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.unitAt(mid) < index) low = mid + 1;
      else high = mid;
    }
    return low < this.length && this.unitAt(low) === index ? this.hitsAt(low) : null;
  }
}

const UNIT_FIELDS = 3;
const HIT_FIELDS = 5;
