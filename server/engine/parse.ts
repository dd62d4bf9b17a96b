// Markdown → mdast with the unified collective's parsers. One processor is
// built once and reused: creating it per document costs more than parsing a
// short doc.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Deepest indentation (in columns) at which a list marker still opens a
 * nested list. micromark's time grows steeply with list depth (a 1,000-deep
 * list takes ~50 s); no design doc nests lists 20 levels deep.
 */
export const MAX_LIST_INDENT = 40;

const DEEP_LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?=[ \t]|$)/gm;

/**
 * Turns list markers indented past MAX_LIST_INDENT into look-alike text of
 * the same length, so such lines become text of the enclosing item. Offsets
 * are unchanged: every replaced character is replaced by one UTF-16 unit.
 */
export function capListNesting(text: string): string {
  if (!/^[ \t]{40}/m.test(text)) return text;
  return text.replace(DEEP_LIST_ITEM, (line, indent: string, marker: string) => {
    const columns = [...indent].reduce((col, ch) => (ch === '\t' ? col + 4 - (col % 4) : col + 1), 0);
    if (columns <= MAX_LIST_INDENT) return line;
    return indent + marker.replace(/[-*+.)]/g, '\u2027');
  });
}

/** Shifts every position in the tree by `by` characters on the first line. */
function shiftPositions(node: Nodes, by: number): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (!point) continue;
    if (point.offset !== undefined) point.offset += by;
    if (point.line === 1) point.column += by;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, by);
}

export function parseMarkdown(text: string): Root {
  // micromark drops a leading byte-order mark, which would shift every offset
  // by one against the text the editor holds: parse without it, then shift back.
  if (text.charCodeAt(0) === 0xfeff) {
    const tree = processor.parse(capListNesting(text.slice(1))) as Root;
    shiftPositions(tree, 1);
    return tree;
  }
  return processor.parse(capListNesting(text)) as Root;
}
