// YAML front matter, read with a real YAML parser so that a broken block
// yields an error with its exact position instead of a silent pass.
import type { Root } from 'mdast';
import { parseDocument, isMap } from 'yaml';
import type { SourceRange } from './types.js';

export interface FrontMatterProblem {
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
  problems: FrontMatterProblem[];
  /** Source range of a top-level key, for messages that name it. */
  keyRange(key: string): SourceRange | undefined;
}

export function readFrontMatter(
  tree: Root,
  text: string,
  rangeOf: (start: number, end: number) => SourceRange,
): FrontMatter {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml' || !node.position) {
    return { present: false, data: undefined, start: 0, end: 0, after: 0, problems: [], keyRange: () => undefined };
  }
  const start = node.position.start.offset ?? 0;
  const end = node.position.end.offset ?? 0;
  const contentStart = node.value.length > 0 ? text.indexOf(node.value, start) : end;
  const newline = text.indexOf('\n', end);
  const after = newline === -1 ? text.length : newline + 1;
  const document = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  const toRange = (pos: readonly [number, number] | undefined): SourceRange =>
    pos ? rangeOf(contentStart + pos[0], contentStart + Math.max(pos[1], pos[0])) : rangeOf(start, end);
  const problems: FrontMatterProblem[] = document.errors.map((error) => ({
    message: `Invalid YAML front matter: ${error.message.split('\n')[0]}`,
    range: toRange(error.pos),
  }));
  let data: Record<string, unknown> | undefined;
  if (problems.length === 0) {
    let value: unknown;
    try {
      value = document.toJS();
    } catch (error) {
      // Parsed but not convertible, e.g. an alias to no anchor ("***" reads as alias "**").
      problems.push({ message: `Invalid YAML front matter: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, range: rangeOf(start, end) });
    }
    if (problems.length > 0) data = undefined;
    else if (value === null || value === undefined) data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    else problems.push({ message: 'Front matter must be a YAML mapping (key: value lines).', range: rangeOf(start, end) });
  }
  const keyRange = (key: string): SourceRange | undefined => {
    if (!isMap(document.contents)) return undefined;
    const pair = document.contents.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    const keyNode = pair?.key as { range?: [number, number, number] } | undefined;
    return keyNode?.range ? toRange([keyNode.range[0], keyNode.range[1]]) : undefined;
  };
  return { present: true, data, start, end, after, problems, keyRange };
}
