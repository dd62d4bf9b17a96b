// Plain text of Markdown inline content, with a map back to the source: what
// the rules read ("**low** latency" → "low latency") and how a match in it is
// turned into an exact source range.
import type { Nodes, PhrasingContent } from 'mdast';
import { inlineHtmlText } from './extract/inline-html.js';

/** Maps a run of plain text back to the source. */
export interface Segment {
  plainStart: number;
  sourceStart: number;
  length: number;
  /**
   * When the source spells the text differently (list indentation removed
   * from wrapped lines, backslash escapes, entities): the source offset of
   * each character of the text, and one past the end.
   */
  offsets?: Int32Array;
}


export interface PlainBuilder {
  text: string;
  segments: Segment[];
  /** Characters that came from inside links. */
  linkChars?: number;
  /**
   * The last character appended that is not whitespace ('' when none): read
   * instead of `text`, whose end cannot be looked at without copying it all.
   */
  tail?: string;
}

export function appendPlain(builder: PlainBuilder, value: string, sourceStart: number | undefined, offsets?: Int32Array): void {
  if (value.length === 0) return;
  if (sourceStart !== undefined) {
    builder.segments.push({ plainStart: builder.text.length, sourceStart, length: value.length, offsets });
  }
  builder.text += value;
  let i = value.length - 1;
  while (i >= 0 && isBlank(value.charCodeAt(i))) i--;
  if (i >= 0) builder.tail = value[i];
}

/**
 * Aligns a text node's value with its source slice: characters the parser
 * dropped from the source (indentation of continuation lines, the backslash
 * of an escape, the rest of an entity) are skipped.
 */
function alignOffsets(value: string, source: string, start: number, end: number): Int32Array {
  const offsets = new Int32Array(value.length + 1);
  let j = start;
  for (let i = 0; i < value.length; i++) {
    let k = j;
    while (k < end && source[k] !== value[i]) k++;
    // A character not found verbatim (an entity such as &amp;) maps to where we are.
    if (k < end) j = k;
    offsets[i] = Math.min(j, end);
    if (k < end) j++;
  }
  offsets[value.length] = Math.min(Math.max(j, offsets[Math.max(0, value.length - 1)] + 1), end);
  return offsets;
}

/** Appends `value`, which a node's source spells somewhere inside it (after a "`" or "![" marker). */
function appendInside(builder: PlainBuilder, value: string, node: Nodes, source: string): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const at = start === undefined ? -1 : source.indexOf(value, start);
  if (at >= 0 && end !== undefined && at + value.length <= end) appendPlain(builder, value, at);
  else if (start !== undefined && end !== undefined) appendPlain(builder, value, start, alignOffsets(value, source, start, end));
  else appendPlain(builder, value, start);
}

export function collectInline(nodes: readonly (PhrasingContent | Nodes)[], builder: PlainBuilder, source: string): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined || source.slice(start, end) === node.value) appendPlain(builder, node.value, start);
        else appendPlain(builder, node.value, start, alignOffsets(node.value, source, start, end));
        break;
      }
      case 'inlineCode':
        // Writers put metric names and numbers in code spans (`p99 < 200ms`): they are prose here.
        appendInside(builder, node.value, node, source);
        break;
      case 'break':
        appendPlain(builder, ' ', node.position?.start.offset);
        break;
      case 'html':
        appendInlineHtml(builder, node.value);
        break;
      case 'footnoteReference':
      case 'imageReference':
        break;
      case 'image':
        // The alt text sits after "![" (a badge "[![PyPI](…)](…)" included), not at the "!".
        if (node.alt) appendInside(builder, node.alt, node, source);
        break;
      case 'link':
      case 'linkReference': {
        const before = builder.text.length;
        collectInline(node.children, builder, source);
        builder.linkChars = (builder.linkChars ?? 0) + builder.text.length - before;
        break;
      }
      default:
        if ('children' in node) collectInline(node.children as PhrasingContent[], builder, source);
    }
  }
}

/**
 * HTML inside a paragraph or a table cell: "Precision<br/>Recall" is two
 * words on two lines, not "PrecisionRecall". The separator is never the
 * first thing of a unit or a cell, and never doubled.
 */
function appendInlineHtml(builder: PlainBuilder, html: string): void {
  const separator = inlineHtmlText({ value: html });
  const last = builder.tail ?? '';
  if (separator === '' || last === '' || last === '|' || last === separator.trim()) return;
  appendPlain(builder, separator, undefined);
}

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/**
 * Longest prose unit the rules see: a longer paragraph (a 5 MB single line)
 * is cut at spaces. This bounds the worst case of every regular expression,
 * which test/regex-safety checks for catastrophic backtracking.
 */
export const MAX_UNIT_CHARS = 4000;

export function chunkBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > MAX_UNIT_CHARS) {
    let cut = text.lastIndexOf(' ', start + MAX_UNIT_CHARS);
    if (cut <= start) cut = start + MAX_UNIT_CHARS;
    // Never split a surrogate pair: LSP positions must stay on UTF-16 boundaries.
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut--;
    bounds.push([start, cut]);
    start = cut;
  }
  bounds.push([start, text.length]);
  return bounds;
}

/** The segments of [from, to) of a unit's text, re-based to start at 0. */
export function sliceSegments(segments: readonly Segment[], from: number, to: number): Segment[] {
  if (from === 0 && segments.every((s) => s.plainStart + s.length <= to)) return [...segments];
  const sliced: Segment[] = [];
  for (const segment of segments) {
    const a = Math.max(segment.plainStart, from);
    const b = Math.min(segment.plainStart + segment.length, to);
    if (a >= b) continue;
    const delta = a - segment.plainStart;
    const offsets = segment.offsets?.slice(delta, delta + (b - a) + 1);
    sliced.push({ plainStart: a - from, sourceStart: offsets ? offsets[0] : segment.sourceStart + delta, length: b - a, offsets });
  }
  return sliced;
}

