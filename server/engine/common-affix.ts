// The unchanged start and end of a text after an edit: what the incremental regions and the line index
// keep. A document is compared a block at a time (native string comparison), then a character at a time.
// When the caller knows the edit (the review worker makes each new text from the last one and a delta,
// server/lsp/text-sync.ts), the comparison starts at the edit's ends instead of the text's: on the
// 10,118-line bench document each whole-text comparison cost ~0.3 ms per keystroke, and there were two.

const BLOCK = 2048;

/** Length of the common prefix of `a` and `b`, their first `from` characters known to be the same. */
export function commonPrefix(a: string, b: string, from = 0): number {
  const shortest = Math.min(a.length, b.length);
  let n = Math.min(from, shortest);
  while (n + BLOCK <= shortest && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < shortest && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the common suffix, at most `limit` (so it does not overlap the common prefix), the last `from` characters known to be the same. */
export function commonSuffix(a: string, b: string, limit: number, from = 0): number {
  let n = Math.max(0, Math.min(from, limit));
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * An edit known to have made the text being looked at from `before`: its characters [start, end) were
 * replaced, and the rest is the same (the ones before `start` at the same offsets, the ones from `end` on
 * at the end of the new text). Only a caller that made the new text that way may say so.
 */
export interface KnownEdit {
  readonly before: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The unchanged start and end of `next` against `previous` (the suffix at most what the prefix leaves),
 * exactly as a comparison of the whole texts finds them; with `known`, the edit that made `next` from
 * `previous` (the same string: an edit of another text is ignored), only around the edit is compared.
 */
export function commonAffixes(previous: string, next: string, known?: KnownEdit): { prefix: number; suffix: number } {
  const applies =
    known !== undefined &&
    known.before === previous &&
    known.start >= 0 &&
    known.start <= known.end &&
    known.end <= previous.length &&
    known.start + (previous.length - known.end) <= next.length;
  const prefix = commonPrefix(previous, next, applies ? known.start : 0);
  const suffix = commonSuffix(previous, next, Math.min(previous.length, next.length) - prefix, applies ? previous.length - known.end : 0);
  return { prefix, suffix };
}
