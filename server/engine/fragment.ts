// One independently parsed piece of a document (the whole document, or one
// region between top-level headings when the server re-lints incrementally):
// its headings, prose units and lint directives, with offsets relative to the
// start of the piece. Nothing here depends on text outside the piece, so a
// fragment whose text did not change is reused as is; model.ts assembles
// fragments into a DesignDoc with absolute offsets.
import type { Nodes, Root, RootContent, ListItem, Table } from 'mdast';
import { readRawDirectives, type RawDirective } from './directives.js';
import { extractCode, extractFrontMatter, extractHtml, type ExtractedKind, type ExtractedUnit } from './extract/index.js';
import { appendPlain, chunkBounds, collectInline, sliceSegments, type PlainBuilder, type Segment } from './plain-text.js';
import { isFrameworkOutline } from './outline.js';
import { isHanListTitle, LIST_TITLE_LEVEL, oneItemListTitle, plainHeadingLevel } from './plain-heading.js';
import { stepsOfHeading } from './steps.js';
import { contentWordCount } from './text/stopwords.js';
import type { Token } from './text/tokens.js';
import { UnitText } from './text/unit-text.js';
import { bodyPart, type BodyPart } from './substance.js';
import type { Step } from './types.js';
import { emptyFragmentCache, type FragmentCache } from './fragment-cache.js';

/** What a prose unit is in the Markdown. */
/**
 * Markdown prose kinds, and the kinds read from the rest of a doc: text of a
 * code fence (comments, config entries, SQL, identifiers), a diagram's labels,
 * a front-matter entry. Block HTML is read as the prose kind it holds.
 */
export type UnitKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'table-header' | 'code' | 'diagram' | 'front-matter';

/** Units of Markdown prose, which passage rules check (a TODO in a code comment is not the doc's). */
export const PROSE_KINDS: ReadonlySet<UnitKind> = new Set(['heading', 'paragraph', 'list-item', 'table-row', 'table-header']);

export interface FragmentHeading {
  /** Heading text as the reader sees it, trimmed. */
  title: string;
  /** Depth 1–6. */
  level: number;
  /** Steps the heading's words name (before the document-wide "lone title" rule). */
  steps: Step[];
  start: number;
  end: number;
  /** A heading written as a plain line ("一、业务目标", "**Metrics**"; plain-heading.ts), not with '#'. */
  plain?: boolean;
}

/** A prose unit before it is placed in a document (see ProseUnit in model.ts). */
export interface FragmentUnit {
  kind: UnitKind;
  /** The language-aware reading of `text` (tokens, language, sentences, negation and hedges). */
  words: UnitText;
  text: string;
  norm: string;
  tokens: Token[];
  /** Index in `headings` of the unit's section; -1 for the section open where the fragment starts. */
  heading: number;
  depth: number;
  hasChildren: boolean;
  /** Index in `units` of the list item this unit is nested in; -1 when none. */
  parentItem: number;
  tableHeader: string[] | undefined;
  notStatement: boolean;
  start: number;
  end: number;
  /** Source offsets relative to the fragment's start. */
  segments: Segment[];
  /** What the unit adds to its section's body (whether the heading above has substance). */
  body: BodyPart;
  /** For a unit read from outside Markdown prose: what it was read from (extract/types.ts). */
  origin?: ExtractedKind;
}

const LONE_CR = /\r(?!\n)/g;
/** Front matter keys mldl reads as its own settings (front-matter.ts): not evidence. */
const SETTINGS_KEY = /^(?:mldl|system|problem)\b/i;

function lineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
}

function withLineFeeds<T extends { value: string }>(node: T): T {
  return node.value.includes('\r') ? { ...node, value: lineFeeds(node.value) } : node;
}

function kindOfExtracted(unit: ExtractedUnit): UnitKind {
  switch (unit.kind) {
    case 'html-paragraph':
    case 'html-heading':
      return 'paragraph';
    case 'html-list-item':
      return 'list-item';
    case 'html-table-row':
      return unit.headerRow ? 'table-header' : 'table-row';
    case 'diagram':
      return 'diagram';
    case 'front-matter':
      return 'front-matter';
    default:
      return 'code';
  }
}

/**
 * A unit of a fragment an update replaced, offered to the fragments parsed
 * in its place: a unit with the same text takes its reading (tokens,
 * sentences, polarity, quantities and phrase index are a function of the
 * text alone), and a concept's hits on it are taken from the old fragment's
 * cache when it has them (judge/decide.ts `regionHits`). An edit that
 * re-parses a long region then reads again only the units whose text changed.
 */
export interface RecycledUnit {
  words: UnitText;
  kind: UnitKind;
  tableHeader: string[] | undefined;
  /** The old fragment's cache and the unit's index in it. */
  cache: FragmentCache;
  index: number;
}

export interface Fragment {
  /**
   * The tree is not kept (it is many times the size of the text); only the
   * front matter node, which is read when the fragment starts the document.
   */
  frontMatter: Root;
  headings: FragmentHeading[];
  units: FragmentUnit[];
  directives: RawDirective[];
  /** Start of the last top-level block when it ends in a code fence left open. */
  unclosedFenceStart: number | undefined;
  /** What rules computed on this fragment, reused while its text and context are unchanged. */
  cache: FragmentCache;
  /**
   * Per unit, the replaced unit it took its reading from (see RecycledUnit);
   * dropped by the next update of the document, so that old caches are not
   * kept alive.
   */
  recycled: Array<RecycledUnit | undefined> | undefined;
}

// Document metadata at the top of design docs: who reviews it is not what it designs.
const METADATA_LINE = /^(?:authors?|owners?|reviewers?|approvers?|stakeholders?|contributors?|team|teams|status|date|created|updated|last updated|version|doc id|tags?)\s*:/i;

/** A link to a page of the same repository or to a heading of this one, not to the web. */
function isLocalLink(node: Nodes | undefined): boolean {
  return node?.type === 'link' && !/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(node.url.trim());
}

/**
 * Whether a list item's or table cell's content starts with a local link: a
 * table of contents or a list of a course's modules ("[Data engineering](./03/README.md)
 * — pipelines, ETL, storage") points to where a topic is treated; it says
 * nothing of this design, however many words follow the link.
 */
function opensWithLocalLink(node: Nodes | undefined): boolean {
  if (!node || !('children' in node)) return false;
  const first = (node.children as Nodes[]).find((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (first?.type === 'strong' || first?.type === 'emphasis') return isLocalLink(first.children[0]);
  return isLocalLink(first);
}

/** The heading, or the paragraph ending in a colon, just before a list: what introduces it. */
function leadInOf(units: readonly FragmentUnit[]): string | undefined {
  const last = units[units.length - 1];
  if (!last) return undefined;
  if (last.kind === 'heading') return last.text;
  return last.kind === 'paragraph' && /[:：]\s*$/.test(last.text) ? last.text : undefined;
}

/** The units of `fragment`, by text, for the fragments parsed in its place (the first unit of each text). */
export function recycleUnits(fragment: Fragment, into: Map<string, RecycledUnit>): void {
  fragment.units.forEach((unit, index) => {
    if (!into.has(unit.text)) into.set(unit.text, { words: unit.words, kind: unit.kind, tableHeader: unit.tableHeader, cache: fragment.cache, index });
  });
}

export function buildFragment(text: string, tree: Root, replaced?: ReadonlyMap<string, RecycledUnit>): Fragment {
  const headings: FragmentHeading[] = [];
  const units: FragmentUnit[] = [];
  let recycled: Array<RecycledUnit | undefined> | undefined;
  let current = -1;

  const addUnit = (
    kind: UnitKind,
    builder: PlainBuilder,
    node: Nodes,
    extra: { depth?: number; hasChildren?: boolean; parentItem?: number; tableHeader?: string[]; unchecked?: boolean; pointer?: boolean; origin?: ExtractedKind; range?: [number, number] } = {},
  ): number => {
    const trimmed = builder.text.trimEnd();
    if (trimmed.trim().length === 0) return -1;
    const notStatement =
      extra.unchecked === true ||
      extra.pointer === true ||
      ((builder.linkChars ?? 0) > 0 && trimmed.replace(/[\s\d.)(-]/g, '').length <= (builder.linkChars ?? 0)) ||
      METADATA_LINE.test(trimmed);
    const first = units.length;
    for (const [from, to] of chunkBounds(trimmed)) {
      const chunk = trimmed.slice(from, to);
      const old = replaced?.get(chunk);
      if (old) (recycled ??= [])[units.length] = old;
      const words = old?.words ?? new UnitText(chunk);
      const tokens = words.tokens;
      units.push({
        kind,
        words,
        text: chunk,
        norm: words.norm,
        tokens,
        heading: current,
        depth: extra.depth ?? 0,
        hasChildren: extra.hasChildren ?? false,
        parentItem: extra.parentItem ?? -1,
        tableHeader: extra.tableHeader,
        notStatement,
        start: extra.range?.[0] ?? node.position?.start.offset ?? 0,
        end: extra.range?.[1] ?? node.position?.end.offset ?? 0,
        segments: sliceSegments(builder.segments, from, to),
        body: bodyPart(chunk, contentWordCount(tokens)),
        ...(extra.origin ? { origin: extra.origin } : {}),
      });
    }
    return first;
  };

  const visitListItem = (item: ListItem, depth: number, parentItem: number, inOutline = false): void => {
    const builder: PlainBuilder = { text: '', segments: [] };
    const nested: RootContent[] = [];
    for (const child of item.children) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        if (builder.text) appendPlain(builder, ' ', undefined);
        collectInline(child.children, builder, text);
      } else nested.push(child);
    }
    const hasChildren = nested.some((n) => n.type === 'list');
    const unit = addUnit('list-item', builder, item, { depth, hasChildren, parentItem, unchecked: item.checked === false, pointer: inOutline || opensWithLocalLink(item.children[0]) });
    for (const child of nested) visitBlock(child, depth, unit >= 0 ? unit : parentItem);
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
    const cellText = (cell: Table['children'][number]['children'][number]): string => {
      const b: PlainBuilder = { text: '', segments: [] };
      collectInline(cell.children, b, text);
      return b.text.trim();
    };
    const [head, ...body] = table.children;
    if (!head) return;
    const header = head.children.map(cellText);
    addUnit('table-header', cellsOf(head), head, { tableHeader: header });
    for (const row of body) {
      // "| 3 | [Data engineering](./03_data/README.md) | Pipelines, ETL, storage |": the first cell
      // of words (after a number column) is a link to another page of the repository.
      const firstWords = row.children.find((cell) => !/^[\s\d.)#]*$/.test(cellText(cell)));
      // An empty cell says nothing: its column header names no part of this row ("| XGBoost | | |" under "Pros | Cons").
      const filled = header.filter((_, i) => row.children[i] !== undefined && cellText(row.children[i]!) !== '');
      addUnit('table-row', cellsOf(row), row, { tableHeader: filled, pointer: opensWithLocalLink(firstWords) });
    }
  };

  const firstParagraphText = (item: ListItem): string => {
    const builder: PlainBuilder = { text: '', segments: [] };
    const first = item.children[0];
    if (first?.type === 'paragraph') collectInline(first.children, builder, text);
    return builder.text;
  };

  const addHeading = (node: Nodes, builder: PlainBuilder, level: number, plain: boolean): void => {
    const start = node.position?.start.offset ?? 0;
    headings.push({
      title: builder.text.trim(),
      level,
      steps: stepsOfHeading(builder.text),
      start,
      end: node.position?.end.offset ?? start,
      ...(plain ? { plain } : {}),
    });
    current = headings.length - 1;
    addUnit('heading', builder, node);
  };

  // Only a paragraph of its own can be a plain-line heading: not one inside a list item or a block quote.
  const topLevel: ReadonlySet<Nodes> = new Set(tree.children);

  const visitBlock = (node: RootContent, depth: number, parentItem: number): void => {
    switch (node.type) {
      case 'heading': {
        const builder: PlainBuilder = { text: '', segments: [] };
        collectInline(node.children, builder, text);
        addHeading(node, builder, node.depth, false);
        return;
      }
      case 'paragraph': {
        const builder: PlainBuilder = { text: '', segments: [] };
        collectInline(node.children, builder, text);
        // A top-level line that is a heading written without '#' (plain-heading.ts).
        const level = topLevel.has(node) ? plainHeadingLevel(node, builder.text) : undefined;
        if (level !== undefined) addHeading(node, builder, level, true);
        else addUnit('paragraph', builder, node, { depth, parentItem });
        return;
      }
      case 'list': {
        // "1. 背景" alone at the top level: a numbered title, not a list (plain-heading.ts).
        const title = topLevel.has(node) ? oneItemListTitle(node) : undefined;
        if (title) {
          const builder: PlainBuilder = { text: '', segments: [] };
          collectInline(title.children, builder, text);
          if (isHanListTitle(builder.text)) {
            addHeading(node, builder, LIST_TITLE_LEVEL, true);
            return;
          }
        }
        const outline = isFrameworkOutline(leadInOf(units), node.children.map(firstParagraphText));
        for (const item of node.children) visitListItem(item, depth + 1, parentItem, outline);
        return;
      }
      case 'table':
        visitTable(node);
        return;
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children) visitBlock(child, depth, parentItem);
        return;
      case 'code':
        for (const unit of extractCode(withLineFeeds(node), extractSource())) addExtracted(unit, node, depth, parentItem);
        return;
      case 'html':
        for (const unit of extractHtml(withLineFeeds(node), extractSource())) addExtracted(unit, node, depth, parentItem);
        return;
      case 'yaml':
        // The keys mldl reads as settings say nothing about the design: `mldl:` configures the review
        // ("baseline-model: off"), `system:` and `problem:` name a system type and an interview problem id
        // ("problem: ad-click-prediction" is not a statement of the ML objective).
        for (const unit of extractFrontMatter(withLineFeeds(node), extractSource())) if (!SETTINGS_KEY.test(unit.text)) addExtracted(unit, node, depth, parentItem);
        return;
      default:
        // thematicBreak, definition: nothing to read.
        return;
    }
  };

  // The extractors find lines by "\n"; a file with old Mac line endings (a lone
  // "\r") is read with each lone "\r" as "\n" — the same length, so offsets hold.
  let lineFedSource: string | undefined;
  const extractSource = (): string => (lineFedSource ??= lineFeeds(text));

  const addExtracted = (unit: ExtractedUnit, node: Nodes, depth: number, parentItem: number): void => {
    addUnit(kindOfExtracted(unit), { text: unit.text, segments: unit.segments }, node, {
      depth,
      parentItem,
      tableHeader: unit.tableHeader,
      origin: unit.kind,
      range: [unit.start, unit.end],
    });
  };

  for (const node of tree.children) visitBlock(node, 0, -1);

  return {
    frontMatter: { type: 'root', children: tree.children[0]?.type === 'yaml' ? [tree.children[0]] : [] },
    headings,
    units,
    directives: readRawDirectives(tree),
    unclosedFenceStart: findUnclosedFence(tree, text),
    cache: emptyFragmentCache(),
    recycled,
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

/** Whether two units sit under the same table column headers (both undefined outside tables). */
export function sameCells(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((cell, i) => cell === b[i]);
}
