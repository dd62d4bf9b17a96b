// YAML read as key/value units with the `yaml` package (the parser
// front-matter.ts already uses): `latency_budget_ms: 200` → "latency budget
// ms: 200", nested keys joined by a space ("model class weight: 1: 50"),
// a list of scalars as one unit ("features: age, tenure"). Values are read
// from their source slice, so every character maps back exactly.
import { parseAllDocuments, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { gap, newDraft, put, takeCollapsed, type Draft } from './draft.js';
import { takeIdentifier } from './identifiers.js';

type Range = readonly [number, number];

export interface YamlPair {
  /** Key ranges, outermost first. */
  keys: Range[];
  /** Value scalars: several for a list of scalars, key/value alternating for a numeric-keyed mapping. */
  values: Scalar[];
  mapping: boolean;
  start: number;
  end: number;
}

export interface YamlReading {
  pairs: YamlPair[];
  /** Ranges of quoted and block scalars, in order: a `#` inside them is no comment. */
  quoted: Range[];
}

export function readYaml(value: string): YamlReading {
  const pairs: YamlPair[] = [];
  const quoted: Range[] = [];
  const noteQuoted = (node: Scalar): void => {
    if (node.range && node.type && node.type !== 'PLAIN') quoted.push([node.range[0], node.range[1]]);
  };
  const walk = (node: Node | null | undefined, keys: Range[], keyStart: number | undefined): void => {
    if (!node) return;
    if (isScalar(node)) {
      noteQuoted(node);
      // `reviewers:` with nothing after it has an empty value: no entry.
      if (node.range && node.range[1] > node.range[0]) pairs.push({ keys, values: [node], mapping: false, start: keyStart ?? node.range[0], end: node.range[1] });
      return;
    }
    if (isMap(node)) {
      const numericKeys = node.items.length > 0 && node.items.every((p) => isScalar(p.key) && typeof p.key.value === 'number' && isScalar(p.value));
      if (numericKeys && node.range && keys.length > 0) {
        // `class_weight: {0: 1, 1: 50}`: the mapping is the value.
        const values = node.items.flatMap((p) => [p.key as Scalar, p.value as Scalar]);
        pairs.push({ keys, values, mapping: true, start: keyStart ?? node.range[0], end: node.range[1] });
        return;
      }
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range) continue;
        noteQuoted(key);
        walk(pair.value as Node | null, [...keys, [key.range[0], key.range[1]]], key.range[0]);
      }
      return;
    }
    if (isSeq(node)) {
      const scalars = node.items.every((item) => isScalar(item));
      if (scalars && keys.length > 0 && node.items.length > 0 && node.range) {
        for (const item of node.items as Scalar[]) noteQuoted(item);
        pairs.push({ keys, values: node.items as Scalar[], mapping: false, start: keyStart ?? node.range[0], end: node.range[1] });
        return;
      }
      for (const item of node.items) walk(item as Node | null, keys, undefined);
    }
  };
  // uniqueKeys: false: the package's duplicate-key check compares each key with
  // every earlier one (quadratic: front matter with 40,000 keys took 13 s of CPU
  // here); duplicates are reported once, by readFrontMatter, with a set.
  for (const document of parseAllDocuments(value, { prettyErrors: false, uniqueKeys: false })) {
    walk(document.contents as Node | null, [], undefined);
  }
  return { pairs, quoted };
}

/** "key words: value" for one pair, in value indexes. */
export function draftYamlPair(value: string, pair: YamlPair): Draft {
  const draft = newDraft();
  for (const [from, to] of pair.keys) {
    gap(draft);
    const quote = value[from] === '"' || value[from] === "'";
    takeIdentifier(draft, value, quote ? from + 1 : from, quote && to - 1 > from ? to - 1 : to);
  }
  if (pair.keys.length > 0) put(draft, ': ');
  pair.values.forEach((scalar, i) => {
    if (i > 0) put(draft, pair.mapping && i % 2 === 1 ? ': ' : ', ');
    takeScalar(draft, value, scalar);
  });
  return draft;
}

function takeScalar(draft: Draft, value: string, scalar: Scalar): void {
  if (!scalar.range) return;
  let [from, to] = scalar.range;
  if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
    from++;
    if (to > from && value[to - 1] === value[from - 1]) to--;
  } else if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
    const header = value.indexOf('\n', from);
    from = header === -1 || header > to ? to : header + 1;
  }
  takeCollapsed(draft, value, from, to);
}

/**
 * Comments of a YAML text: a `#` at a line start or after whitespace that is
 * not inside a quoted or block scalar, to the end of its line.
 */
export function yamlComments(value: string, quoted: readonly Range[]): Range[] {
  const comments: Range[] = [];
  const sorted = [...quoted].sort((a, b) => a[0] - b[0]);
  let q = 0;
  let at = value.indexOf('#');
  while (at !== -1) {
    while (q < sorted.length && sorted[q][1] <= at) q++;
    const insideQuoted = q < sorted.length && sorted[q][0] <= at;
    const before = at === 0 ? 10 : value.charCodeAt(at - 1);
    if (!insideQuoted && (before === 32 || before === 9 || before === 10 || before === 13)) {
      const lineEnd = value.indexOf('\n', at);
      const end = lineEnd === -1 ? value.length : lineEnd;
      comments.push([at, value[end - 1] === '\r' ? end - 1 : end]);
      at = value.indexOf('#', end);
    } else at = value.indexOf('#', at + 1);
  }
  return comments;
}
