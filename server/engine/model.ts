// The design-doc model: built once per document from the mdast, read by every
// rule. It holds the section tree (from headings, with exact ranges), the
// prose units of each section with offsets back to the source, the front
// matter and the lint directives. Code blocks and HTML comments are not prose.
import type { Nodes, Root, RootContent, PhrasingContent, ListItem, Table } from 'mdast';
import { location } from 'vfile-location';
import { parseMarkdown } from './parse.js';
import { normalize, tokenize, type Token } from './text.js';
import { stepsOfHeading } from './steps.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { readDirectives, type Directive } from './directives.js';
import type { Point, SourceRange, Step } from './types.js';

export interface Section {
  /** Heading text; '' for the part before the first heading. */
  title: string;
  /** Heading depth 1–6; 0 for the preamble. */
  level: number;
  headingRange: SourceRange | undefined;
  /** Offset where the section starts (its heading) and ends (next heading of the same or a higher level). */
  start: number;
  end: number;
  /** Steps named by this heading. */
  steps: Step[];
  parent: Section | undefined;
  children: Section[];
  units: ProseUnit[];
}

export type UnitKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'table-header';

// Document metadata at the top of design docs: who reviews it is not what it designs.
const METADATA_LINE = /^(?:authors?|owners?|reviewers?|approvers?|stakeholders?|contributors?|team|teams|status|date|created|updated|last updated|version|doc id|tags?)\s*:/i;

/** Maps a run of plain text back to the source. */
interface Segment {
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

export interface ProseUnit {
  kind: UnitKind;
  /** Plain text as the reader sees it (no Markdown markup). */
  text: string;
  /** `text` lower-cased with dashes and quotes unified; same length as `text`. */
  norm: string;
  tokens: Token[];
  section: Section;
  /** List nesting depth: 0 outside lists, 1 for a top-level item. */
  depth: number;
  /** A list item that has nested items under it. */
  hasChildren: boolean;
  /** The list item this unit is nested in. */
  parentItem: ProseUnit | undefined;
  /** The unit before this one in the document (context for "cons: …" under a sibling bullet). */
  previous: ProseUnit | undefined;
  /** For table rows: the header cells of the table. */
  tableHeader: string[] | undefined;
  /**
   * Not a statement about the design: a table-of-contents entry (nothing but
   * link text), a metadata line ("**Reviewers:** Jobs Infra, Trust & Privacy")
   * or an unchecked task ("- [ ] Explainable AI"), which is a to-do.
   */
  notStatement: boolean;
  start: number;
  end: number;
  segments: Segment[];
}

export interface DesignDoc {
  text: string;
  root: Section;
  /** All sections in document order (the preamble first). */
  sections: Section[];
  units: ProseUnit[];
  frontMatter: FrontMatter;
  directives: Directive[];
  /** The first heading, or line 1 when there is none: where document findings go by default. */
  titleRange: SourceRange;
  /**
   * Start of the top-level block holding a code fence that is never closed:
   * everything after it is code, so fixes must be inserted before it.
   */
  unclosedFenceStart: number | undefined;
  pointAt(offset: number): Point;
  rangeOf(start: number, end: number): SourceRange;
}

interface PlainBuilder {
  text: string;
  segments: Segment[];
  /** Characters that came from inside links. */
  linkChars?: number;
}

function appendPlain(builder: PlainBuilder, value: string, sourceStart: number | undefined, offsets?: Int32Array): void {
  if (value.length === 0) return;
  if (sourceStart !== undefined) {
    builder.segments.push({ plainStart: builder.text.length, sourceStart, length: value.length, offsets });
  }
  builder.text += value;
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

function collectInline(nodes: readonly (PhrasingContent | Nodes)[], builder: PlainBuilder, source: string): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined || source.slice(start, end) === node.value) appendPlain(builder, node.value, start);
        else appendPlain(builder, node.value, start, alignOffsets(node.value, source, start, end));
        break;
      }
      case 'inlineCode': {
        // Writers put metric names and numbers in code spans (`p99 < 200ms`): they are prose here.
        const start = node.position?.start.offset;
        const end = node.position?.end.offset ?? start;
        const at = start === undefined ? -1 : source.indexOf(node.value, start);
        if (at >= 0 && end !== undefined && at + node.value.length <= end) appendPlain(builder, node.value, at);
        else if (start !== undefined && end !== undefined) appendPlain(builder, node.value, start, alignOffsets(node.value, source, start, end));
        break;
      }
      case 'break':
        appendPlain(builder, ' ', node.position?.start.offset);
        break;
      case 'html':
      case 'footnoteReference':
      case 'imageReference':
        break;
      case 'image':
        if (node.alt) appendPlain(builder, node.alt, node.position?.start.offset);
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
 * Longest prose unit the rules see: a longer paragraph (a 5 MB single line)
 * is cut at spaces. This bounds the worst case of every regular expression,
 * which test/regex-safety checks for catastrophic backtracking.
 */
export const MAX_UNIT_CHARS = 4000;

function chunkBounds(text: string): Array<[number, number]> {
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
function sliceSegments(segments: readonly Segment[], from: number, to: number): Segment[] {
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

/**
 * Source range of [start, end) of a unit's text. The end is mapped through
 * the last character it covers, so "**low latency**" ends before the closing
 * markers rather than after them.
 */
export function sourceSpan(unit: ProseUnit, start: number, end: number): [number, number] {
  const from = sourceOffset(unit, start);
  const to = end > start ? sourceOffset(unit, end - 1) + 1 : from;
  return [from, Math.max(from, to)];
}

/** Where `plainIndex` of a unit's text lies in the source. */
export function sourceOffset(unit: ProseUnit, plainIndex: number): number {
  let best: Segment | undefined;
  for (const segment of unit.segments) {
    if (segment.plainStart <= plainIndex) best = segment;
    else break;
  }
  if (!best) return unit.start;
  const delta = Math.min(plainIndex - best.plainStart, best.length);
  return best.offsets ? best.offsets[delta] : best.sourceStart + delta;
}

export function buildDesignDoc(text: string, tree: Root = parseMarkdown(text)): DesignDoc {
  const place = location(text);
  const pointAt = (offset: number): Point => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const p = place.toPoint(clamped);
    // toPoint is undefined only for the offset just past a final newline.
    if (p) return { line: p.line, column: p.column, offset: clamped };
    const lines = text.slice(0, clamped).split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1, offset: clamped };
  };
  const rangeOf = (start: number, end: number): SourceRange => ({ start: pointAt(start), end: pointAt(end) });

  const root: Section = {
    title: '', level: 0, headingRange: undefined, start: 0, end: text.length,
    steps: [], parent: undefined, children: [], units: [],
  };
  const sections: Section[] = [root];
  const units: ProseUnit[] = [];
  let current = root;

  const addUnit = (
    kind: UnitKind,
    builder: PlainBuilder,
    node: Nodes,
    extra: Partial<Pick<ProseUnit, 'depth' | 'hasChildren' | 'parentItem' | 'tableHeader'>> & { unchecked?: boolean } = {},
  ): ProseUnit | undefined => {
    const trimmed = builder.text.trimEnd();
    if (trimmed.trim().length === 0) return undefined;
    const notStatement =
      extra.unchecked === true ||
      ((builder.linkChars ?? 0) > 0 && trimmed.replace(/[\s\d.)(-]/g, '').length <= (builder.linkChars ?? 0)) ||
      METADATA_LINE.test(trimmed);
    let first: ProseUnit | undefined;
    for (const [from, to] of chunkBounds(trimmed)) {
      const text = trimmed.slice(from, to);
      const segments = sliceSegments(builder.segments, from, to);
      const unit: ProseUnit = {
        kind,
        text,
        norm: normalize(text),
        tokens: tokenize(text),
        section: current,
        depth: extra.depth ?? 0,
        hasChildren: extra.hasChildren ?? false,
        parentItem: extra.parentItem,
        previous: units[units.length - 1],
        tableHeader: extra.tableHeader,
        notStatement,
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
        segments,
      };
      units.push(unit);
      current.units.push(unit);
      first ??= unit;
    }
    return first;
  };

  const visitListItem = (item: ListItem, depth: number, parentItem: ProseUnit | undefined): void => {
    const builder: PlainBuilder = { text: '', segments: [] };
    const nested: RootContent[] = [];
    for (const child of item.children) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        if (builder.text) appendPlain(builder, ' ', undefined);
        collectInline(child.children, builder, text);
      } else nested.push(child);
    }
    const hasChildren = nested.some((n) => n.type === 'list');
    const unit = addUnit('list-item', builder, item, { depth, hasChildren, parentItem, unchecked: item.checked === false });
    for (const child of nested) visitBlock(child, depth, unit ?? parentItem);
  };

  const visitTable = (table: Table): void => {
    const cellsOf = (row: Table['children'][number]): PlainBuilder => {
      const builder: PlainBuilder = { text: '', segments: [] };
      row.children.forEach((cell, i) => {
        if (i > 0) appendPlain(builder, ' | ', undefined);
        collectInline(cell.children, builder, text);
      });
      return builder;
    };
    const [head, ...body] = table.children;
    if (!head) return;
    const header = head.children.map((cell) => {
      const b: PlainBuilder = { text: '', segments: [] };
      collectInline(cell.children, b, text);
      return b.text.trim();
    });
    addUnit('table-header', cellsOf(head), head, { tableHeader: header });
    for (const row of body) addUnit('table-row', cellsOf(row), row, { tableHeader: header });
  };

  const visitBlock = (node: RootContent, depth: number, parentItem: ProseUnit | undefined): void => {
    switch (node.type) {
      case 'heading': {
        const builder: PlainBuilder = { text: '', segments: [] };
        collectInline(node.children, builder, text);
        let parent = current;
        while (parent.level >= node.depth && parent.parent) parent = parent.parent;
        const start = node.position?.start.offset ?? 0;
        const section: Section = {
          title: builder.text.trim(),
          level: node.depth,
          headingRange: rangeOf(start, node.position?.end.offset ?? start),
          start,
          end: text.length,
          steps: stepsOfHeading(builder.text),
          parent,
          children: [],
          units: [],
        };
        parent.children.push(section);
        sections.push(section);
        current = section;
        addUnit('heading', builder, node);
        return;
      }
      case 'paragraph': {
        const builder: PlainBuilder = { text: '', segments: [] };
        collectInline(node.children, builder, text);
        addUnit('paragraph', builder, node, { depth, parentItem });
        return;
      }
      case 'list':
        for (const item of node.children) visitListItem(item, depth + 1, parentItem);
        return;
      case 'table':
        visitTable(node);
        return;
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children) visitBlock(child, depth, parentItem);
        return;
      default:
        // code, html, yaml, thematicBreak, definition: not prose.
        return;
    }
  };

  for (const node of tree.children) visitBlock(node, 0, undefined);

  // A section ends where the next heading of the same or a higher level starts.
  for (let i = 1; i < sections.length; i++) {
    const section = sections[i];
    const next = sections.slice(i + 1).find((s) => s.level <= section.level);
    section.end = next ? next.start : text.length;
  }

  // A lone level-1 heading at the top is the document's title, not a step.
  const topLevel = sections.filter((s) => s.level === 1);
  if (topLevel.length === 1 && sections[1] === topLevel[0]) topLevel[0].steps = [];

  const unclosedFenceStart = findUnclosedFence(tree, text);
  const firstHeading = sections[1]?.headingRange;
  const firstLineEnd = text.indexOf('\n');
  const titleRange = firstHeading ?? rangeOf(0, firstLineEnd === -1 ? text.length : firstLineEnd);

  return {
    text,
    root,
    sections,
    units,
    frontMatter: readFrontMatter(tree, text, rangeOf),
    directives: readDirectives(tree, pointAt),
    titleRange,
    unclosedFenceStart,
    pointAt,
    rangeOf,
  };
}

const CLOSING_FENCE = /(?:^|\n)[ \t]*(`{3,}|~{3,})[ \t]*\r?\n?$/;

function containsOpenFence(node: Nodes, text: string): boolean {
  if (node.type === 'code') {
    const start = node.position?.start.offset ?? 0;
    const source = text.slice(start, node.position?.end.offset ?? start);
    const opening = /^[ \t]*(`{3,}|~{3,})/.exec(source);
    if (!opening) return false; // indented code has no fence to close
    const rest = source.slice(opening[0].length);
    const closing = CLOSING_FENCE.exec(rest.includes('\n') ? rest.slice(rest.indexOf('\n')) : '');
    return !(closing && closing[1][0] === opening[1][0] && closing[1].length >= opening[1].length);
  }
  return 'children' in node && node.children.length > 0 && containsOpenFence(node.children[node.children.length - 1] as Nodes, text);
}

/** The start of the last top-level block when it ends in a code fence left open. */
function findUnclosedFence(tree: Root, text: string): number | undefined {
  const last = tree.children[tree.children.length - 1];
  if (!last || !containsOpenFence(last, text)) return undefined;
  return last.position?.start.offset;
}

/** The steps of a section and of the sections it is nested in. */
export function stepsInScope(section: Section): Step[] {
  const steps: Step[] = [];
  for (let s: Section | undefined = section; s; s = s.parent) steps.push(...s.steps);
  return steps;
}

/** Heading titles from the unit's section up to the root, innermost first. */
export function headingChain(section: Section): string[] {
  const titles: string[] = [];
  for (let s: Section | undefined = section; s && s.level > 0; s = s.parent) titles.push(s.title);
  return titles;
}
