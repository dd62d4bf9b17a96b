// `Array.prototype.map` for arrays the engine keeps and reads in its hottest
// code. V8's optimised `map` returns a holey array where the unoptimised one
// returns a packed one (a different hidden class for the same contents), so
// code that had only read the packed ones meets a new shape as soon as the
// code that makes them is optimised, and V8 throws that code away and
// compiles it again. A cold CLI run recompiled the engine's largest function
// (judge/decide.ts `weighUnit`) several times over this (docs/performance.md,
// "CLI cold, seventh pass"). Arrays filled by `push` stay packed either way;
// `filter` already returns packed arrays.

/** `list.map(fn)`, always a packed array. */
export function mapPacked<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(fn(list[i], i));
  return out;
}
