// Where the characters an extractor reads lie in the source. An mdast node's
// `value` is the source slice itself at the top level, but inside a list item
// or a block quote the parser removed each line's indentation or `> `; and
// an HTML parser hands back text with entities decoded. Both maps are built
// in one linear pass (no search past the current line), so a 5 MB block
// costs no more than reading it.

/** Source offset of each character of a node's value; -1 where the source spells it differently. */
export interface ValueMap {
  /** When the value is the source slice itself: where it starts. */
  base: number;
  offsets: Int32Array | undefined;
}

export function offsetOf(map: ValueMap, index: number): number {
  return map.offsets ? map.offsets[index] : map.base + index;
}

/** How far along a line a character dropped by the parser is looked for. */
const LINE_WINDOW = 64;

/**
 * Maps `value`, whose first line starts at `firstLineStart` in `source` and
 * whose k-th line is the tail of the k-th source line from there.
 */
export function mapNodeValue(value: string, source: string, firstLineStart: number): ValueMap {
  if (source.startsWith(value, firstLineStart)) return { base: firstLineStart, offsets: undefined };
  const offsets = new Int32Array(value.length + 1).fill(-1);
  let lineStart = firstLineStart;
  let v = 0;
  while (v <= value.length && lineStart <= source.length) {
    const vEnd = indexOrEnd(value, '\n', v);
    const sEnd = indexOrEnd(source, '\n', lineStart);
    const sLineEnd = value.charCodeAt(vEnd - 1) !== 13 && source.charCodeAt(sEnd - 1) === 13 ? sEnd - 1 : sEnd;
    const length = vEnd - v;
    if (sLineEnd - lineStart >= length && source.startsWith(value.slice(v, vEnd), sLineEnd - length)) {
      for (let i = 0; i < length; i++) offsets[v + i] = sLineEnd - length + i;
    } else alignLine(value, v, vEnd, source, lineStart, sLineEnd, offsets);
    if (vEnd < value.length && sEnd < source.length) offsets[vEnd] = sEnd;
    v = vEnd + 1;
    lineStart = sEnd + 1;
  }
  offsets[value.length] = -1;
  return { base: firstLineStart, offsets };
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}

/** Characters of one value line found in order on its source line; the rest map nowhere. */
function alignLine(value: string, from: number, to: number, source: string, sFrom: number, sTo: number, offsets: Int32Array): void {
  let j = sFrom;
  for (let i = from; i < to; i++) {
    const limit = Math.min(sTo, j + LINE_WINDOW);
    let k = j;
    while (k < limit && source[k] !== value[i]) k++;
    if (k < limit) {
      offsets[i] = k;
      j = k + 1;
    }
  }
}

/** Longest HTML character reference looked at ("&CounterClockwiseContourIntegral;" is 33). */
const ENTITY_WINDOW = 40;

/**
 * Maps text an HTML parser decoded (`decoded`) to its raw slice
 * [rawStart, rawEnd) of `raw`: verbatim characters to themselves, the
 * character(s) of an entity to its `&`, a CR LF pair's LF to the LF. Returns
 * indexes into `raw`, -1 where nothing corresponds.
 */
export function alignDecoded(decoded: string, raw: string, rawStart: number, rawEnd: number): Int32Array {
  const offsets = new Int32Array(decoded.length).fill(-1);
  let j = rawStart;
  let afterEntity = -1;
  for (let i = 0; i < decoded.length; i++) {
    if (j < rawEnd && raw[j] === '\r' && decoded[i] === '\n') j++;
    if (j < rawEnd && raw[j] === '&' && j + 1 < rawEnd && isEntityStart(raw.charCodeAt(j + 1))) {
      const end = entityEnd(raw, j, rawEnd);
      // "&foo" that is no entity reaches the text as it is.
      if (!decoded.startsWith(raw.slice(j, end), i)) {
        offsets[i] = j;
        afterEntity = j;
        j = end;
        continue;
      }
    }
    if (j < rawEnd && raw[j] === decoded[i]) {
      offsets[i] = j++;
      afterEntity = -1;
    } else if (afterEntity >= 0) {
      // The second unit of an entity that decodes to two (&#x1F600;, &NotEqualTilde;).
      offsets[i] = afterEntity;
    } else if (j < rawEnd) {
      j++; // a character the parser replaced (NUL → U+FFFD): one for one, mapped nowhere
    }
  }
  return offsets;
}

function isEntityStart(code: number): boolean {
  return code === 35 || isEntityChar(code);
}

function entityEnd(raw: string, at: number, rawEnd: number): number {
  const limit = Math.min(rawEnd, at + ENTITY_WINDOW);
  let k = at + 1;
  if (raw[k] === '#') k++;
  while (k < limit && isEntityChar(raw.charCodeAt(k))) k++;
  return k < rawEnd && raw[k] === ';' ? k + 1 : k;
}

function isEntityChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
