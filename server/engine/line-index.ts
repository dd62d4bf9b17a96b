// Line and column of an offset, as vfile-location gives them (a line ends at
// "\r\n", "\n" or "\r"), from an index of line ends that an edit updates
// instead of rebuilding: the ends before the changed span are kept, those
// after it shifted, and only the span is scanned. On a 10,000-line document
// that is a few lines per keystroke rather than a search of the whole text.
import { commonAffixes, type KnownEdit } from './common-affix.js';
import type { Point } from './types.js';

export interface LineIndex {
  text: string;
  /** Offsets just past each line ending, in order. */
  ends: Int32Array;
}

const CR = 13;
const LF = 10;

/** Appends to `into` the ends of the line endings that start in text[from, to), `from` being a line start. */
function scan(text: string, from: number, to: number, into: number[]): void {
  const cr = text.indexOf('\r', from);
  if (cr === -1 || cr >= to) {
    // No "\r" in the span (the usual case): indexOf finds the line feeds fast.
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) into.push(i + 1);
    return;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) into.push(i + 1);
    else if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      into.push(i + 1);
    }
  }
}

/**
 * The line index of `text`, updated from `last` (the index of the text before an edit) when there is one;
 * `edit`, when the caller knows how `text` was made from `last.text` (common-affix.ts), saves comparing the two whole.
 */
export function lineIndex(text: string, last: LineIndex | undefined, edit?: KnownEdit): LineIndex {
  const found: number[] = [];
  if (!last) {
    scan(text, 0, text.length, found);
    return { text, ends: Int32Array.from(found) };
  }
  if (last.text === text) return last;
  const old = last.text;
  const { prefix, suffix } = commonAffixes(old, text, edit);
  // Kept: the ends at most prefix - 1 (the ending and the character after it are unchanged, so a
  // "\r" there did not become half of a "\r\n"). Rescanned from the last kept end, a line start.
  let kept = upperBound(last.ends, prefix - 1);
  const from = kept > 0 ? last.ends[kept - 1] : 0;
  // Shifted: the ends whose line ending lies in the common suffix with the character before it, so
  // that an "\n" there is, or is not, the end of a "\r\n" in both texts.
  const delta = text.length - old.length;
  const firstShifted = upperBound(last.ends, old.length - suffix + 1);
  const join = firstShifted < last.ends.length ? last.ends[firstShifted] + delta : text.length + 1;
  scan(text, from, Math.min(text.length, join - 1), found);
  // The scan stops before the first shifted ending; it must have ended exactly where that one starts.
  while (found.length > 0 && found[found.length - 1] >= join) found.pop();
  const tail = last.ends.length - firstShifted;
  const ends = new Int32Array(kept + found.length + tail);
  ends.set(last.ends.subarray(0, kept));
  for (let k = 0; k < found.length; k++) ends[kept + k] = found[k];
  kept += found.length;
  for (let k = 0; k < tail; k++) ends[kept + k] = last.ends[firstShifted + k] + delta;
  return { text, ends };
}

/** The number of ends at most `offset`. */
function upperBound(ends: Int32Array, offset: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ends[middle] <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** vfile-location's `toPoint` for an offset in [0, text.length]. */
export function pointIn(index: LineIndex, offset: number): Point {
  const line = upperBound(index.ends, offset);
  return { line: line + 1, column: offset - (line > 0 ? index.ends[line - 1] : 0) + 1, offset };
}
