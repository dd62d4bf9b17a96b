// Markdown → mdast with the unified collective's parsers. One processor is
// built once and reused: creating it per document costs more than parsing a
// short doc.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

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

export function parseMarkdown(text: string): Root {
  return processor.parse(capListNesting(text)) as Root;
}
