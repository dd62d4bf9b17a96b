// Where a concept's parts occur in one unit, and how each occurrence is
// qualified (negated, hedged). Depends only on the unit's own text, so it is
// kept with the unit's fragment: an edit elsewhere does not look again.
import type { CompiledConcept } from './concept.js';
import { quantitySpans } from './quantity-cues.js';
import { coveredBy } from '../text/polarity.js';
import type { Span } from '../text/sentences.js';
import { readingOf, type UnitText } from '../text/unit-text.js';
import { PhraseSet } from '../text/phrases.js';
import { CELL_SEPARATOR, deferredCells, rowCells } from './table-rows.js';

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
  /**
   * For a table row: a column header names a part of the concept over a cell that holds a value (a
   * number, a boolean, a word of the concept: "Traffic share" over "10 %", "Label" over "1"), so the
   * row states that value, however few its words (docs/judgement.md "Tables").
   */
  tableStatement: boolean;
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
  // Nearly every span keeps within its sentence: the list is copied only when one does not.
  for (let i = 0; i < spans.length; i++) if (crossesSentence(words, spans[i])) return spans.filter((s) => !crossesSentence(words, s));
  return spans;
}

function crossesSentence(words: UnitText, span: Span): boolean {
  return words.sentenceIndexAt(span.start) !== words.sentenceIndexAt(span.end - 1);
}

/** `spans` without those that run across a drawn arrow; the list itself when none does (most have none). */
function notAcrossArrows(text: string, spans: readonly Span[]): readonly Span[] {
  for (let i = 0; i < spans.length; i++) if (crossesArrow(text, spans[i])) return spans.filter((e) => !crossesArrow(text, e));
  return spans;
}

/** The extractors write every arrow of a diagram as " → " (" ← " backwards). */
function crossesArrow(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (text[i] === '→' || text[i] === '←') return true;
  return false;
}

function hedgeAt(words: UnitText, span: Span): Hedge {
  const { hedges, mildHedges } = words.polarity;
  if (coveredBy(hedges, span)) return Hedge.Strong;
  if (coveredBy(mildHedges, span)) return Hedge.Mild;
  return Hedge.None;
}

/** Whether `span` overlaps one of `spans`. */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  for (const other of spans) if (span.start < other.end && other.start < span.end) return true;
  return false;
}

/** Whether `span` lies within one of `holders`. */
function heldBy(holders: readonly Span[], span: Span): boolean {
  for (const holder of holders) if (holder.start <= span.start && span.end <= holder.end) return true;
  return false;
}

/** Shared by the hits of every unit that is not a table row: they are kept for each unit and concept. */
const NONE: readonly number[] = Object.freeze([]);
const NO_CELLS: readonly Span[] = Object.freeze([]);

export function findUnitHits(concept: CompiledConcept, unit: HitSource): UnitHits | null {
  const words = unit.words;
  // Most units hold none of a concept's cues: one look at the unit's phrase index settles that
  // for all its parts at once, and a unit without quantities holds no quantity part either; a
  // heading may still name the concept (another set, read below), so it is looked up too.
  const mayHoldQuantityPart = concept.hasQuantityPart && words.quantities.length > 0;
  const mayNameConcept = unit.kind === 'heading' && concept.headings !== undefined && PhraseSet.anyMatches([concept.headings], words.text, words.norm, words.tokens);
  if (!mayHoldQuantityPart && !mayNameConcept && !PhraseSet.anyMatches(concept.partSets, words.text, words.norm, words.tokens)) return null;
  // Another sense is a phrase: one that runs across a drawn arrow ("Redis online store → features": no "store features") is two labels.
  const excluded = concept.exclude ? notAcrossArrows(words.text, phraseSpans(concept.exclude, words)) : NO_CELLS;
  // Words that overlap another sense's phrase ("Cache Hit Rate" over "hit rate") are that sense (overlapsAny(excluded, …)).
  const raw: Array<{ part: number; span: Span }> = [];
  // A loop without a closure per part: this runs for every part of every concept in every unit that may hold one.
  for (let index = 0; index < concept.parts.length; index++) {
    const part = concept.parts[index];
    const spans = phraseSpans(part.phrases, words);
    if (spans.length > 0) {
      const holders = part.notIn ? part.notIn.matches(words.text, words.norm, words.tokens) : NO_CELLS;
      for (const span of spans) if ((part.exemptFromExclude || !overlapsAny(excluded, span)) && !heldBy(holders, span) && !(part.notBracketed && isBracketTag(words.text, span)) && !(part.notInRate && inRate(words, span)) && (!part.label || opensAsLabel(words, span, unit.kind))) raw.push({ part: index, span });
    }
    if (part.quantity) for (const span of quantitySpans(part.quantity, words)) if (part.exemptFromExclude || !overlapsAny(excluded, span)) raw.push({ part: index, span });
  }
  if (raw.length > 0 && concept.hasNotSaidOf) dropSaidOfOther(concept, words, raw);
  // A heading word inside another sense's phrase ("数据基线", "Evaluation baseline") does not name the concept.
  const headingCue = unit.kind === 'heading' && concept.headings !== undefined && phraseSpans(concept.headings, words).some((s) => !overlapsAny(excluded, s));
  const row = unit.kind === 'table-row' && unit.tableHeader ? readRow(concept, words, unit.tableHeader, raw) : NO_ROW;
  if (raw.length === 0 && !headingCue) return null;
  const { negations } = words.polarity;
  // Only a part whose negation is its content reads these: made when one does.
  let absent: typeof negations | undefined;
  // A cell under "Later", "Next steps" or "Post-MVP" is put off as "later" puts off a clause (table-rows.ts).
  const later = unit.kind === 'table-row' && unit.tableHeader ? deferredCells(words.text, unit.tableHeader) : NO_CELLS;
  // A loop, not mapPacked with a closure (push keeps the array packed, as mapPacked does).
  const parts: PartHit[] = [];
  for (let k = 0; k < raw.length; k++) {
    const { part, span } = raw[k];
    parts.push({
      part,
      start: span.start,
      end: span.end,
      sentence: words.sentenceIndexAt(span.start),
      negated: coveredBy(concept.parts[part].negationIsContent ? (absent ??= negations.filter((n) => n.kind === 'absent')) : negations, span) !== undefined,
      hedge: heldBy(later, span) ? Hedge.Strong : hedgeAt(words, span),
    });
  }
  return { parts, headingCue, headerParts: row.headerParts, tableStatement: row.statement };
}

/**
 * Drops the hits of a part with `notSaidOf` whose sentence says them of such a thing: the nearest
 * thing named before the hit in its sentence (else the first after it) is a `notSaidOf` cue, not a
 * hit of a part without one ("The model is retrained by a scheduled batch job": the schedule is
 * training's; "Predictions are precomputed nightly, and the model is retrained weekly": it is the
 * predictions'). Hits of parts with `notSaidOf` are no things named: "weekly" in "retrained weekly
 * by a batch job" leaves the batch job said of the retraining.
 */
function dropSaidOfOther(concept: CompiledConcept, words: UnitText, raw: Array<{ part: number; span: Span }>): void {
  const named: Array<{ start: number; end: number; other: boolean }> = [];
  concept.parts.forEach((part, index) => {
    if (part.notSaidOf) for (const s of phraseSpans(part.notSaidOf, words)) named.push({ start: s.start, end: s.end, other: true });
    else for (const hit of raw) if (hit.part === index) named.push({ start: hit.span.start, end: hit.span.end, other: false });
  });
  if (!named.some((n) => n.other)) return;
  const saidOfOther = (span: Span): boolean => {
    const sentence = words.sentenceIndexAt(span.start);
    let before: (typeof named)[number] | undefined;
    let after: (typeof named)[number] | undefined;
    for (const n of named) {
      if (words.sentenceIndexAt(n.start) !== sentence || (n.start < span.end && span.start < n.end)) continue;
      if (n.end <= span.start && (!before || n.end > before.end)) before = n;
      if (n.start >= span.end && (!after || n.start < after.start)) after = n;
    }
    return (before ?? after)?.other === true;
  };
  for (let i = raw.length - 1; i >= 0; i--) if (concept.parts[raw[i].part].notSaidOf && saidOfOther(raw[i].span)) raw.splice(i, 1);
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
function opensAsLabel(words: UnitText, span: Span, kind: string): boolean {
  const { text } = words;
  const before = text.slice(0, span.start);
  const after = text.slice(span.end, span.end + 8);
  // At the start of the unit, or of a table cell: a data table names its row's role there ("| **Target
  // Variable.** This is what we predict |").
  const cell = before.lastIndexOf(CELL_SEPARATOR);
  const opens = LABEL_BEFORE.test(before) || (cell >= 0 && LABEL_BEFORE.test(before.slice(cell + CELL_SEPARATOR.length)));
  if (!opens) return false;
  if (LABEL_AFTER.test(after)) return true;
  // A list item that is only the label, maybe with a bracketed aside ("- **Baseline (VQGAN)**", 「- **基线方案**」): a
  // template's heading written as a bullet. It says something only through committing items nested under it
  // (decide.ts statementFactor, childrenHaveSubstance), as a label's colon says it through the text after it.
  if (kind === 'list-item' && BARE_LABEL_AFTER.test(text.slice(span.end))) return true;
  // A key-value table row: the cue is the whole of a cell and the next cell holds its value ("| Target variable |
  // churn within 30 days |", "| Целевая переменная | `Retire`: 0 = остался, 1 = ушёл |"), not "TBD" or "—".
  const cellEnd = /^[*_`]*/u.exec(text.slice(span.end))![0].length + span.end;
  if (text.startsWith(CELL_SEPARATOR, cellEnd)) {
    const rest = text.slice(cellEnd + CELL_SEPARATOR.length);
    const next = rest.split(CELL_SEPARATOR, 1)[0].trim();
    return next !== '' && !PLACEHOLDER_CELL.test(next);
  }
  // A lead ending in a full stop ("**Labels.** Positives are …") is a label as a colon is when the sentence
  // after it says something: not "Target variable. To be decided.", not a question.
  if (!LEAD_AFTER.test(after)) return false;
  const next = words.polarity.sentences.find((s) => s.start >= span.end);
  return next !== undefined && !next.placeholder && !next.question && !words.polarity.hedges.some((h) => h.start <= next.start && h.end >= next.end);
}

const LABEL_BEFORE = /^[\s*_>#+\-–—\d.)]*$/u;
/** What may follow a label that is a whole list item: markup, a bracketed aside ("(VQGAN)"), nothing more. */
const BARE_LABEL_AFTER = /^[\s*_]*(?:[(（][^()（）]*[)）][\s*_]*)?$/u;

const LABEL_AFTER = /^[\s*_]*[:：—–-]/u;
/** A lead ending in a full stop, with more of the cell after it. */
const LEAD_AFTER = /^[\s*_]*[.。]\s*[^\s|]/u;

function partsInHeader(concept: CompiledConcept, header: readonly string[]): readonly number[] {
  const { text, norm, tokens } = readingOf(header.join(' | '));
  const parts = concept.parts.flatMap((part, index) => (part.phrases.matches(text, norm, tokens).length > 0 ? [index] : []));
  return parts.length > 0 ? parts : NONE;
}

interface RowReading {
  headerParts: readonly number[];
  statement: boolean;
}

const NO_ROW: RowReading = { headerParts: NONE, statement: false };

/**
 * A table row read cell by cell under its column headers. The headers lend the parts they name to the
 * row (a cue may run over two of them: "Label | Definition"). A cell says "<header> is <cell>": a header
 * and its cell read together may hold a cue neither holds alone ("Traffic share" over "10 %", "标签"
 * over "1"), which is then a hit on the cell (pushed to `raw`). The row is a statement when a cell
 * under a header that names a part holds a value (a number, a yes/no, or a word of the concept itself:
 * a cadence under "Update cycle"); not when it is empty, "TBD", "?" or "—". When the cells cannot be
 * told apart (a cell holding " | ", a row longer than its header), the headers only lend their parts.
 */
function readRow(concept: CompiledConcept, words: UnitText, header: readonly string[], raw: Array<{ part: number; span: Span }>): RowReading {
  const lent = new Set<number>(partsInHeader(concept, header));
  const cells = rowCells(words.text, header.length);
  let statement = false;
  cells?.forEach((cell, i) => {
    const name = header[i];
    const value = words.text.slice(cell.start, cell.end);
    if (!name || PLACEHOLDER_CELL.test(value)) return;
    const alone = readingOf(name);
    const named = concept.parts.some((part) => part.phrases.matches(alone.text, alone.norm, alone.tokens).length > 0);
    // The header and its value as one phrase: cues that run from the header into the cell ("Traffic
    // share 10 %"); only a value, not words that say something of their own under the header.
    // A bound ("> 0.82", "< 1 %", "≤ 200 ms") is a target for the row's metric, not its value.
    if (!named || !holdsValue(value) || BOUND.test(value)) {
      if (!statement && named) statement = cueWithin(raw, cell);
      return;
    }
    const both = readingOf(`${name} ${value}`);
    // Most cells hold no cue with their header: one look at the phrase index settles that for every part.
    if (!PhraseSet.anyMatches(concept.partSets, both.text, both.norm, both.tokens)) {
      if (!statement && named) statement = cueWithin(raw, cell);
      return;
    }
    const excluded = concept.exclude ? concept.exclude.matches(both.text, both.norm, both.tokens) : [];
    let joined = false;
    concept.parts.forEach((part, index) => {
      if (part.label || lent.has(index) || raw.some((h) => h.part === index)) return;
      const spans = part.phrases.matches(both.text, both.norm, both.tokens);
      // The cue must read the whole value: "Label" over "1" is a class; "Target" over "0.82" or "1 %" is no "target 1".
      if (!spans.some((s) => s.start < name.length && s.end > name.length + 1 && !/[^\s*_`)）.。]/u.test(both.text.slice(s.end)) && !excluded.some((e) => s.start < e.end && e.start < s.end))) return;
      raw.push({ part: index, span: cell });
      lent.add(index);
      joined = true;
    });
    if (!statement && (named || joined)) statement = holdsValue(value) || cueWithin(raw, cell);
  });
  return lent.size > 0 ? { headerParts: [...lent], statement } : NO_ROW;
}

/** Whether a cue the row's own words hold lies inside `cell`. */
function cueWithin(raw: ReadonlyArray<{ span: Span }>, cell: Span): boolean {
  return raw.some((h) => cell.start <= h.span.start && h.span.end <= cell.end);
}

/** A cell that holds nothing yet: a dash, a question mark, "TBD", "N/A", "待定", «уточняется». */
const PLACEHOLDER_CELL = /^[\s\-–—?？.…_*~/]*$|^[\s*_]*(?:tbd|tba|todo|n\/?a|unknown|later|pending|待定|待补充|待确定|未知|暂无|уточня\w*|нет данных|позже|\?)[\s*_.?]*$/iu;

/** A value in a cell: a number ("10 %", "1", "p99 200 ms") or a yes/no; a few words at most, not a sentence of its own. */
function holdsValue(cell: string): boolean {
  return (/\p{N}/u.test(cell) && cell.split(/\s+/u).length <= VALUE_WORDS) || YES_NO.test(cell.trim());
}

const BOUND = /^[\s*_`]*(?:[<>≤≥~≈]|&lt;|&gt;|до\b|не более|не менее|at most|at least|up to|under|over|below|above|不超过|不低于|小于|大于|低于|高于)/iu;

/** The most words a value cell has ("200 ms p99", "5 % of traffic"). */
const VALUE_WORDS = 4;

const YES_NO = /^(?:yes|no|y|n|true|false|да|нет|是|否|有|无|✓|✔|✗|✘|x)$/iu;

/**
 * The hits of one concept in the units of a region, as judge/decide.ts keeps
 * them for the fragment's life: packed in one Int32Array, because they are
 * kept for every region and concept of every open document (as objects, 50
 * corpus docs held ~20 MB of them: a PartHit, its list and a UnitHits per
 * unit). They are read back only when a region is weighed again.
 *
 * Layout: [n, then per unit with hits (in unit order) its index, the offset
 * of its first hit, 1 if it is a heading cue + 2 if a table statement; then each hit as part, start,
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
      data[head + 2] = (hits.headingCue ? 1 : 0) | (hits.tableStatement ? 2 : 0);
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
    return { parts, headingCue: (data[head + 2] & 1) === 1, headerParts: this.headerParts?.[k] ?? NONE, tableStatement: (data[head + 2] & 2) === 2 };
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
