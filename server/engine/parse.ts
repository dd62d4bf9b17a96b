// Markdown → mdast with the unified collective's parsers. One processor is
// built once and reused: creating it per document costs more than parsing a
// short doc.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { narrowAutolinkLiterals, withoutEmailAutolinks } from './autolink-literals.js';
import { parsing } from './budget.js';
import { gateTables, withTableSource } from './table-gate.js';

// remark-gfm's bare-URL links are looked for only in the blocks that may hold one (autolink-literals.ts); its
// table construct is tried for a head row only where the next line may be a delimiter row (table-gate.ts).
export const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(narrowAutolinkLiterals).use(gateTables);
/** The same parser without GFM's e-mail construct, which can match only at an "@": for texts without one (the same tree, faster). */
export const processorWithoutAt = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(narrowAutolinkLiterals).use(gateTables).use(withoutEmailAutolinks);

/**
 * Deepest block nesting (block quotes and list items, counted on one line)
 * the parser is given. Deeper containers cost twice: micromark's time grows
 * steeply with list depth (a 1,000-deep list took ~50 s), and the tree walks
 * that follow (remark-gfm's transforms, mdast-util-to-string, the engine's
 * own) recurse once per level, so `'>'.repeat(5000)` (5 KB) overflowed the
 * stack. No design doc nests 20 levels deep.
 */
export const MAX_CONTAINER_DEPTH = 20;

/**
 * Longest run of `*` or `_` kept: a run of n closed by another opens n/2
 * nested emphasis levels (`'*'.repeat(20000)` twice overflowed the parser).
 */
export const MAX_EMPHASIS_RUN = 100;

/** What a flattened marker becomes: one UTF-16 unit, like the character it replaces. */
const FLATTENED = '\u2027';

/** Lines that might open deep containers: a long run of marker characters and blanks at the start. */
const MAYBE_DEEP_LINE = new RegExp(`^[ \\t>*+\\-.)\\d]{${MAX_CONTAINER_DEPTH / 2},}`, 'gm');
const LONG_EMPHASIS_RUN = new RegExp(`\\*{${MAX_EMPHASIS_RUN + 1},}|_{${MAX_EMPHASIS_RUN + 1},}`, 'g');
/** A thematic break (`- - -`, `***`): it opens no container, whatever its length. */
const THEMATIC_BREAK = /([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/y;
const ORDERED_MARKER = /\d{1,9}[.)]/y;

function isBlankOrEnd(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/**
 * Where, on the line starting at `start`, the first container marker beyond
 * MAX_CONTAINER_DEPTH is, and how long it is; undefined when there is none.
 *
 * The depth a line can reach is at most its markers (each `>` and list
 * marker opens or continues one container) plus half its other blank
 * columns (continuing a list item takes at least two): flattening the first
 * marker past the limit ends the line's containers there, so no line, and
 * therefore no document, nests deeper than the limit.
 */
function firstTooDeepMarker(text: string, start: number): { at: number; length: number } | undefined {
  let markers = 0;
  let columns = 0;
  let i = start;
  for (;;) {
    const ch = text[i];
    if (ch === ' ') {
      columns += 1;
      i++;
      continue;
    }
    if (ch === '\t') {
      columns += 4;
      i++;
      continue;
    }
    let length = 0;
    if (ch === '>') length = 1;
    else if (ch === '-' || ch === '*' || ch === '+') {
      THEMATIC_BREAK.lastIndex = i;
      if (THEMATIC_BREAK.test(text) || !isBlankOrEnd(text[i + 1])) return undefined;
      length = 1;
    } else if (ch !== undefined && ch >= '0' && ch <= '9') {
      ORDERED_MARKER.lastIndex = i;
      if (!ORDERED_MARKER.test(text) || !isBlankOrEnd(text[ORDERED_MARKER.lastIndex])) return undefined;
      length = ORDERED_MARKER.lastIndex - i;
    }
    if (length === 0) return undefined;
    markers++;
    if (markers + Math.floor(columns / 2) > MAX_CONTAINER_DEPTH) return { at: i, length };
    i += length;
    // The one blank a marker takes is part of the marker, not a continuation.
    if (text[i] === ' ') i++;
  }
}

/** True when the run at [start, end) is a whole line of its own (a thematic break, not emphasis). */
function isWholeLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return /^[ \t>]*$/.test(text.slice(lineStart, start)) && /^[ \t\r]*$/.test(text.slice(end, lineEnd === -1 ? text.length : lineEnd));
}

/**
 * Flattens nesting that no document needs and that the parser and the tree
 * walks after it cannot afford: container markers past MAX_CONTAINER_DEPTH
 * become look-alike text (the rest of such a line is then text of the
 * deepest container kept), and runs of `*` or `_` are cut to
 * MAX_EMPHASIS_RUN. Offsets are unchanged: every replaced character is
 * replaced by one UTF-16 unit, so positions in the tree are positions in the
 * writer's text.
 */
export function capNesting(text: string): string {
  const spans: Array<{ at: number; length: number }> = [];
  for (const match of text.matchAll(MAYBE_DEEP_LINE)) {
    const marker = firstTooDeepMarker(text, match.index);
    if (marker) spans.push(marker);
  }
  for (const match of text.matchAll(LONG_EMPHASIS_RUN)) {
    if (isWholeLine(text, match.index, match.index + match[0].length)) continue;
    spans.push({ at: match.index + MAX_EMPHASIS_RUN, length: match[0].length - MAX_EMPHASIS_RUN });
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { at, length } of spans) {
    out += text.slice(from, at) + FLATTENED.repeat(length);
    from = at + length;
  }
  return out + text.slice(from);
}

/** Shifts every position in the tree by `by` characters on the first line. */
function shiftPositions(root: Root, by: number): void {
  // A loop, not recursion: the tree can be as deep as the input allows.
  const pending: Nodes[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      if (point.offset !== undefined) point.offset += by;
      if (point.line === 1) point.column += by;
    }
    if ('children' in node) pending.push(...node.children);
  }
}

/**
 * Gives text nodes back the characters capNesting flattened, where a node's
 * value is its source slice as is: rules then read what the writer wrote, and
 * mapping a match back to the source does not stumble over characters that
 * are not there (a 20,000-character run made that quadratic).
 */
function restoreFlattened(tree: Root, original: string, capped: string): void {
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined && node.value.includes(FLATTENED) && node.value === capped.slice(start, end)) {
        node.value = original.slice(start, end);
      }
    }
    if ('children' in node) pending.push(...node.children);
  }
}

function parseCapped(text: string): Root {
  const capped = capNesting(text);
  const parser = capped.includes('@') ? processor : processorWithoutAt;
  const tree = parsing(() => withTableSource(capped, () => parser.parse(capped) as Root));
  if (capped !== text) restoreFlattened(tree, text, capped);
  return tree;
}

export function parseMarkdown(text: string): Root {
  // micromark drops a leading byte-order mark, which would shift every offset
  // by one against the text the editor holds: parse without it, then shift back.
  if (text.charCodeAt(0) === 0xfeff) {
    const tree = parseCapped(text.slice(1));
    shiftPositions(tree, 1);
    return tree;
  }
  return parseCapped(text);
}
