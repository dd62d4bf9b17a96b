// A binary search shared by the engine's regions, the server's document pieces and the config
// loader's line table: each keeps ascending start offsets and asks which entry holds an offset.

/**
 * The index of the last of `count` ascending starts that is at or before `offset` (0 when the first
 * start is after it, as for an offset before the first entry; the last index for the end of the text).
 */
export function lastStartAtOrBefore(count: number, startOf: (index: number) => number, offset: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (startOf(mid) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
