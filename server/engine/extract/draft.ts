// A unit's text as it is put together: each character remembers the index
// of the value character it was taken from (-1 for a separator the extractor
// inserted). `finishUnit` trims it, cuts it to MAX_UNIT_CHARS pieces and
// turns the index list into the Segment runs plain-text.ts uses.
import { chunkBounds, type Segment } from '../plain-text.js';
import { offsetOf, type ValueMap } from './source-map.js';
import type { ExtractedKind, ExtractedUnit } from './types.js';

export interface Draft {
  /**
   * One UTF-16 unit per entry: appending and looking at the end stay O(1)
   * (reading the end of a string built with += flattens it every time).
   */
  chars: string[];
  /** For each character: its index in the value read, or -1. */
  from: number[];
}

export function newDraft(): Draft {
  return { chars: [], from: [] };
}

/** Char code of the last character, -1 when empty. */
export function lastCode(draft: Draft): number {
  return draft.chars.length === 0 ? -1 : draft.chars[draft.chars.length - 1].charCodeAt(0);
}

export function draftText(draft: Draft): string {
  return draft.chars.join('');
}

/** Appends value[from, to) as it is. */
export function take(draft: Draft, value: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    draft.chars.push(value[i]);
    draft.from.push(i);
  }
}

/** Appends one character taken from value index `index` (-1: inserted). */
export function takeChar(draft: Draft, char: string, index: number): void {
  draft.chars.push(char);
  draft.from.push(index);
}

/** Appends a separator that is not in the source. */
export function put(draft: Draft, separator: string): void {
  for (let i = 0; i < separator.length; i++) {
    draft.chars.push(separator[i]);
    draft.from.push(-1);
  }
}

/** A space between two pieces, unless the text is empty or already ends in whitespace. */
export function gap(draft: Draft): void {
  const last = lastCode(draft);
  if (last !== -1 && !isSpace(last)) put(draft, ' ');
}

/**
 * A line break between two lines of prose (a comment's lines): the text layer
 * reads it as a space, or as the end of a sentence when the line before ends
 * with no punctuation and the next starts something new (sentences.ts).
 */
export function lineGap(draft: Draft): void {
  let end = draft.chars.length;
  while (end > 0 && isSpace(draft.chars[end - 1].charCodeAt(0)) && draft.from[end - 1] < 0) end--;
  if (end === 0) return;
  draft.chars.length = end;
  draft.from.length = end;
  put(draft, '\n');
}

/** A separator between two pieces (" ; ", " → "), never doubled and never first. */
export function separate(draft: Draft, separator: string): void {
  let end = draft.chars.length;
  while (end > 0 && isSpace(draft.chars[end - 1].charCodeAt(0))) end--;
  if (end === 0 || draft.chars[end - 1] === separator.trim()) return;
  draft.chars.length = end;
  draft.from.length = end;
  put(draft, separator);
}

/**
 * Appends value[from, to) with every run of whitespace (line breaks and the
 * indentation after them included) read as one space, and the characters
 * `skip` rejects left out.
 */
export function takeCollapsed(draft: Draft, value: string, from: number, to: number, skip?: (code: number) => boolean): void {
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i);
    if (isSpace(code)) {
      const last = lastCode(draft);
      if (last === -1 || isSpace(last)) continue;
      if (code === 32) takeChar(draft, ' ', i);
      else put(draft, ' ');
    } else if (!skip || !skip(code)) takeChar(draft, value[i], i);
  }
}

/** Units a config key ends in (`timeout_ms`, `ttl_seconds`), lower-case; "min" is as often a minimum, and one letter too little to tell. */
const KEY_UNITS = new Set(['ms', 'msec', 'millis', 'milliseconds', 'sec', 'secs', 'seconds', 'mins', 'minutes', 'hrs', 'hours', 'days', 'weeks', 'qps', 'rps', 'tps', 'kb', 'mb', 'gb', 'tb', 'pct', 'percent']);

/**
 * A config entry whose key names the value's unit ("serving timeout ms: 120",
 * from `timeout_ms: 120`) reads with the unit after the number, "serving
 * timeout: 120 ms", so that the number is read as a quantity of that unit.
 * The unit's letters are the key's own (they still map to the source); only
 * a plain number moves it.
 */
export function keyUnitAfterValue(draft: Draft): void {
  const { chars, from } = draft;
  let colon = -1;
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === ':' && from[i] < 0 && chars[i + 1] === ' ' && from[i + 1] < 0) {
      colon = i;
      break;
    }
  }
  if (colon <= 0 || !/^[<>≤≥~=]?\s*\d[\d.,_]*$/.test(chars.slice(colon + 2).join(''))) return;
  let word = colon;
  while (word > 0 && /[A-Za-z]/.test(chars[word - 1])) word--;
  if (word === 0 || chars[word - 1] !== ' ' || !KEY_UNITS.has(chars.slice(word, colon).join('').toLowerCase())) return;
  const unitChars = chars.slice(word, colon);
  const unitFrom = from.slice(word, colon);
  // "timeout " + "ms" + ": 120" → "timeout" + ": 120" + " " + "ms"
  chars.splice(word - 1, colon - word + 1);
  from.splice(word - 1, colon - word + 1);
  put(draft, ' ');
  chars.push(...unitChars);
  from.push(...unitFrom);
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}

/**
 * Gathers pieces into one unit at a time (a comment run, a statement, a
 * group of code lines), noting the source span of what was added, and hands
 * each unit to `done` when it is flushed.
 */
export interface Gatherer {
  /** Appends through `write`; when it added anything, the unit spans [start, end) too. */
  add(start: number, end: number, write: (draft: Draft) => void): void;
  flush(): void;
  /** Characters gathered so far. */
  size(): number;
  isEmpty(): boolean;
}

export function gatherUnits(done: (draft: Draft, start: number, end: number) => void): Gatherer {
  let draft = newDraft();
  let first = -1;
  let last = -1;
  return {
    add(start, end, write) {
      const before = draft.chars.length;
      write(draft);
      if (draft.chars.length === before) return;
      if (first < 0) first = start;
      last = end;
    },
    flush() {
      if (first >= 0) done(draft, first, last);
      draft = newDraft();
      first = -1;
    },
    size: () => draft.chars.length,
    isEmpty: () => first < 0,
  };
}

export interface UnitExtras {
  tableHeader?: string[];
  headerRow?: boolean;
  headingLevel?: number;
  codeLanguage?: string;
}

/** Separators worth nothing at either end of a unit ("a ;" → "a"). */
const EDGE_SEPARATORS = new Set([' ', ';', '|', '→', ',', ':']);

/**
 * The draft as units: trimmed of whitespace and of inserted separators at
 * either end, cut into MAX_UNIT_CHARS pieces at spaces. [start, end) is the
 * construct's range in value indexes; a piece of a cut unit spans its own
 * characters.
 */
export function finishUnit(
  draft: Draft,
  kind: ExtractedKind,
  start: number,
  end: number,
  map: ValueMap,
  extras: UnitExtras = {},
): ExtractedUnit[] {
  let first = 0;
  let last = draft.chars.length;
  const removable = (i: number): boolean =>
    isSpace(draft.chars[i].charCodeAt(0)) || (draft.from[i] < 0 && EDGE_SEPARATORS.has(draft.chars[i]));
  while (first < last && removable(first)) first++;
  while (last > first && removable(last - 1)) last--;
  if (first === last) return [];
  const text = draft.chars.slice(first, last).join('');
  const sourceEnd = (e: number): number => (e > 0 ? sourceOf(map, e - 1) + 1 : sourceOf(map, 0));
  const bounds = chunkBounds(text);
  return bounds.map(([from, to]) => {
    const piece = text.slice(from, to);
    const indexes = draft.from.slice(first + from, first + to);
    const segments = toSegments(indexes, map);
    const whole = bounds.length === 1;
    const mapped = segments.length > 0;
    return {
      kind,
      text: piece,
      segments,
      start: whole || !mapped ? sourceOf(map, start) : segments[0].sourceStart,
      end: whole || !mapped ? Math.max(sourceOf(map, start), sourceEnd(end)) : lastSourceEnd(segments),
      ...extras,
    };
  });
}

function sourceOf(map: ValueMap, index: number): number {
  const offset = offsetOf(map, index);
  if (offset >= 0) return offset;
  // A character the parser changed (a tab turned into spaces): the nearest one before it that maps.
  for (let i = index - 1; i >= 0; i--) {
    const before = offsetOf(map, i);
    if (before >= 0) return before + 1;
  }
  return map.base;
}

function lastSourceEnd(segments: readonly Segment[]): number {
  const last = segments[segments.length - 1];
  return last.sourceStart + last.length;
}

/** Runs of characters whose source offsets follow each other, as Segments. */
function toSegments(indexes: readonly number[], map: ValueMap): Segment[] {
  const segments: Segment[] = [];
  let open: Segment | undefined;
  for (let i = 0; i < indexes.length; i++) {
    const offset = indexes[i] < 0 ? -1 : offsetOf(map, indexes[i]);
    if (offset < 0) {
      open = undefined;
      continue;
    }
    if (open && open.sourceStart + open.length === offset) open.length++;
    else {
      open = { plainStart: i, sourceStart: offset, length: 1 };
      segments.push(open);
    }
  }
  return segments;
}
