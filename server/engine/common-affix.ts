// The unchanged start and end of a text after an edit: what the incremental regions and the line index
// keep. A document is compared a block at a time (native string comparison), then a character at a time.

const BLOCK = 2048;

/** Length of the common prefix of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= shortest && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < shortest && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the common suffix, at most `limit` (so it does not overlap the common prefix). */
export function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
