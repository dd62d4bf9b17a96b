// Regions may also start at a list item at column 0 (regions.ts), so that a
// long list — a table of contents, a requirements list — is not one region
// that every keystroke in it parses again. Such a start is exact when it
// begins a new item of the list the region before ends with: the item before
// it ends there, and everything from it on parses as a list of its own, with
// the same items, text and nesting. (What differs is only how mdast groups
// the items into list nodes: fragment.ts reads items, not lists.) Any other
// list line right after text could be a paragraph's continuation ("Step\n2.
// run" is one paragraph), so the region before is checked: it must end with
// a top-level list whose last item has the same kind of marker. After a
// blank line a list item starts a block of its own, except an ordered one
// not numbered 1 after indented code (micromark keeps the code open over the
// blank line, and such an item cannot interrupt it): those are checked too.
import type { Root } from 'mdast';

// A list item with some text after its marker, at column 0.
const LIST_ITEM_AT = /(?:[-*+]|\d{1,9}[.)])[ \t]+\S/y;
const THEMATIC_BREAK_AT = /(?:[-*_][ \t]*){3,}(?:\r|\n|$)/y;
/** Line starts whose line is a list item at column 0 (see `listMarkerAt`). */
export const LIST_ITEM_LINE = /(?:\r\n|\r|\n)(?=(?:[-*+]|\d{1,9}[.)])[ \t]+\S)/g;

/**
 * The kind of marker of the list item whose line starts at `offset` ('-',
 * '*', '+', 'o.' or 'o)'), when the line is one (with text after the marker,
 * and not a thematic break such as `* * *`).
 */
export function listMarkerAt(text: string, offset: number): string | undefined {
  LIST_ITEM_AT.lastIndex = offset;
  if (!LIST_ITEM_AT.test(text)) return undefined;
  THEMATIC_BREAK_AT.lastIndex = offset;
  if (THEMATIC_BREAK_AT.test(text)) return undefined;
  return markerKind(text, offset);
}

function markerKind(text: string, offset: number): string {
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] >= '0' && text[i] <= '9') {
    while (text[i] >= '0' && text[i] <= '9') i++;
    return `o${text[i]}`;
  }
  return text[i];
}

/** The kind of marker of the last item of the list a tree ends with (top level), if it ends with one. */
export function trailingListMarker(tree: Root, text: string): string | undefined {
  const last = tree.children[tree.children.length - 1];
  if (last?.type !== 'list') return undefined;
  const item = last.children[last.children.length - 1];
  const start = item?.position?.start.offset;
  return start === undefined ? undefined : markerKind(text, start);
}
