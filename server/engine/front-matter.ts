// YAML front matter, read with a real YAML parser so that a broken block
// yields an error with its exact position instead of a silent pass.
import type { Root } from 'mdast';
import { parseDocument, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import { parsing } from './budget.js';
import type { SourceRange } from './types.js';

export interface FrontMatterFault {
  message: string;
  range: SourceRange;
}

export interface FrontMatter {
  present: boolean;
  /** The parsed mapping; undefined when absent, broken or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Offsets of the whole block (the `---` fences included). */
  start: number;
  end: number;
  /** Offset of the first character after the closing fence's line. */
  after: number;
  faults: FrontMatterFault[];
  /** Source range of a key (a path of keys from the top; list items by index) or of its value, for messages that name it. */
  keyRange(keys: readonly string[], part?: 'key' | 'value'): SourceRange | undefined;
}

/**
 * The "Map keys must be unique" errors the yaml package gives with
 * `uniqueKeys: true`, found with a set per mapping: the package compares each
 * new key with every earlier one, and front matter with 40,000 keys took 12 s.
 * Scalar keys are compared by value, as the package does; a loop, not
 * recursion, since collections can nest as deep as the input allows.
 */
function duplicateKeys(document: Document): Array<{ message: string; pos: [number, number] | undefined }> {
  const errors: Array<{ message: string; pos: [number, number] | undefined }> = [];
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value)) errors.push({ message: 'Map keys must be unique', pos: pair.key.range ? [pair.key.range[0], pair.key.range[1]] : undefined });
          seen.add(pair.key.value);
        }
        pending.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) pending.push(...node.items);
    else if (isPair(node)) pending.push(node.key, node.value);
  }
  return errors;
}

export function readFrontMatter(
  tree: Root,
  text: string,
  rangeOf: (start: number, end: number) => SourceRange,
): FrontMatter {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml' || !node.position) {
    return { present: false, data: undefined, start: 0, end: 0, after: 0, faults: [], keyRange: () => undefined };
  }
  const start = node.position.start.offset ?? 0;
  const end = node.position.end.offset ?? 0;
  const contentStart = node.value.length > 0 ? text.indexOf(node.value, start) : end;
  const newline = text.indexOf('\n', end);
  const after = newline === -1 ? text.length : newline + 1;
  const document = parsing(() => parseDocument(node.value, { prettyErrors: false, uniqueKeys: false }));
  const toRange = (pos: readonly [number, number] | undefined): SourceRange =>
    pos ? rangeOf(contentStart + pos[0], contentStart + Math.max(pos[1], pos[0])) : rangeOf(start, end);
  const faults: FrontMatterFault[] = [...document.errors, ...duplicateKeys(document)].map((error) => ({
    message: `Invalid YAML front matter: ${error.message.split('\n')[0]}`,
    range: toRange(error.pos),
  }));
  let data: Record<string, unknown> | undefined;
  if (faults.length === 0) {
    let value: unknown;
    try {
      value = document.toJS();
    } catch (error) {
      // Parsed but not convertible, e.g. an alias to no anchor ("***" reads as alias "**").
      faults.push({ message: `Invalid YAML front matter: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, range: rangeOf(start, end) });
    }
    if (faults.length > 0) data = undefined;
    else if (value === null || value === undefined) data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    else faults.push({ message: 'Front matter must be a YAML mapping (key: value lines).', range: rangeOf(start, end) });
  }
  const keyRange = (keys: readonly string[], part: 'key' | 'value' = 'key'): SourceRange | undefined => {
    let node: unknown = document.contents;
    let found: readonly [number, number] | undefined;
    for (const [index, key] of keys.entries()) {
      const last = index === keys.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
        const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
        found = last && part === 'value' && valueRange ? [valueRange[0], valueRange[1]] : [pair.key.range[0], pair.key.range[1]];
        node = pair.value;
      } else if (isSeq(node) && /^\d+$/.test(key)) {
        const item = node.items[Number(key)] as { range?: [number, number, number] } | undefined;
        if (!item?.range) return undefined;
        found = [item.range[0], item.range[1]];
        node = item;
      } else return undefined;
    }
    return found ? toRange(found) : undefined;
  };
  return { present: true, data, start, end, after, faults, keyRange };
}
