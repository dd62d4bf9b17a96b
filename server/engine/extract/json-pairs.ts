// JSON (and JSON with comments) read as key/value units with jsonc-parser's
// visitor, which reports the offset of every property and literal:
// {"model": {"max_depth": 6}} → "model max depth: 6"; an array of literals
// is one unit ("features: age, tenure"); objects in an array keep the
// array's key ("models name: ranker").
import { visit } from 'jsonc-parser';

type Range = readonly [number, number];

export interface JsonPair {
  keys: Range[];
  values: Range[];
  start: number;
  end: number;
}

interface Frame {
  array: boolean;
  /** Key path of the container. */
  keys: Range[];
  /** Objects: the property being read. */
  property: Range | undefined;
  /** Arrays: their literals, while nothing but literals came. */
  literals: Range[] | undefined;
  start: number;
}

/** Deeper than any configuration a design doc quotes; far below what jsonc-parser's recursion takes. */
export const MAX_JSON_DEPTH = 200;

/**
 * How deeply brackets nest, strings skipped (a bracket in a comment counts: an
 * over-estimate only ever on inputs no one writes). jsonc-parser's parser is
 * recursive, so a 10 KB block of `[[[[…` overflowed the stack and the whole
 * document went unreviewed.
 */
function bracketDepth(value: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < value.length && value.charCodeAt(i) !== 0x22; i++) if (value.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

export function readJson(value: string): { pairs: JsonPair[]; comments: Range[] } {
  const pairs: JsonPair[] = [];
  const comments: Range[] = [];
  // Nested past any real configuration: read as nothing rather than overflow the stack.
  if (bracketDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return { pairs, comments };
  const stack: Frame[] = [];
  const keysInside = (): Range[] => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.array) {
      top.literals = undefined;
      return top.keys;
    }
    return top.property ? [...top.keys, top.property] : top.keys;
  };
  const open = (array: boolean, offset: number): void => {
    const keys = keysInside();
    stack.push({ array, keys, property: undefined, literals: array ? [] : undefined, start: offset });
  };
  visit(
    value,
    {
      onObjectBegin: (offset) => open(false, offset),
      onArrayBegin: (offset) => open(true, offset),
      onObjectProperty: (_name, offset, length) => {
        const top = stack[stack.length - 1];
        if (top) top.property = [offset, offset + length];
      },
      onObjectEnd: () => {
        stack.pop();
      },
      onArrayEnd: (offset, length) => {
        const frame = stack.pop();
        if (frame?.literals && frame.literals.length > 0 && frame.keys.length > 0) {
          pairs.push({ keys: frame.keys, values: frame.literals, start: frame.keys[frame.keys.length - 1][0], end: offset + length });
        }
      },
      onLiteralValue: (_literal, offset, length) => {
        const top = stack[stack.length - 1];
        if (top?.array) {
          top.literals?.push([offset, offset + length]);
          if (top.keys.length === 0) pairs.push({ keys: [], values: [[offset, offset + length]], start: offset, end: offset + length });
          return;
        }
        const keys = keysInside();
        pairs.push({ keys, values: [[offset, offset + length]], start: keys.length > 0 ? keys[keys.length - 1][0] : offset, end: offset + length });
      },
      onComment: (offset, length) => {
        comments.push([offset, offset + length]);
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return { pairs, comments };
}
