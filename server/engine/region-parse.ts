// Parsing one region of a document so that it comes out exactly as that
// piece of the whole document would (regions.ts says where regions start).
// Two things a region cannot see from its own text are given to it:
//
// - The definitions made elsewhere (`[x]: url`, `[^1]: note`): micromark
//   turns `[x]` or `[^1]` into a reference only when the document defines the
//   label, and otherwise leaves it as text, which changes the words the rules
//   read. The definitions the region's text may refer to are written as dummy
//   definitions before the region (after it, behind the sentinel heading, for
//   the first region, which must start the text: front matter, a BOM), and
//   the nodes they make are dropped.
// - Front matter that is never closed: micromark's failed attempt at it turns
//   off every container (block quotes, lists, footnote definitions) for the
//   rest of the document. A region of such a document starts with a `---`
//   line of its own, so that the same failed attempt happens in it.
//
// Both are exact by construction; test/incremental.test.ts compares with a
// full parse after random edits, on documents made of these constructs.
import type { Nodes, Root, RootContent } from 'mdast';
import { codeBlockTree } from './code-region.js';
import { trailingListMarker } from './list-cuts.js';
import { parseMarkdown } from './parse.js';

/** A definition a region makes: a link reference definition or a footnote definition. */
export interface Definition {
  /** `[` + micromark's identifier for a link definition, `^` + it for a footnote. */
  key: string;
  /** The label as mdast gives it (normalised, lower case): written back as a label. */
  identifier: string;
  footnote: boolean;
}

export interface RegionContext {
  /** The document's first line opens front matter that no line closes. */
  unclosedFrontMatter: boolean;
  /** Every definition in the document, by key. */
  definitions: ReadonlyMap<string, Definition>;
}

export interface ParsedRegion {
  tree: Root;
  /** Whether a heading right after the text would still be a top-level heading. */
  closed: boolean;
  /** When not closed: the block left open at the end (a fence or an HTML block), from its start in the text. */
  open?: { type: 'code' | 'html'; start: number };
  /** The definitions the region itself makes. */
  defines: Definition[];
  /** The kind of marker of the last item of the list the region ends with, if it does (list-cuts.ts). */
  listTail: string | undefined;
  /** The definitions its references were resolved against, its own included (see `resolutionKey`). */
  resolvedAgainst: string;
}

const SENTINEL = '# x';
const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
// What micromark-extension-frontmatter accepts as the closing fence: `---` at
// the start of a line, then only spaces or tabs up to the line's end.
const FRONT_MATTER_CLOSE = /(?:\r\n|\r|\n)---[ \t]*(?=\r|\n|$)/g;
// A definition cannot be longer than this (micromark's label limit is 999 characters).
const MAX_LABEL = 999;

export interface FrontMatterShape {
  /** Offset just past the closing fence; 0 without front matter or when it is never closed. */
  zoneEnd: number;
  unclosed: boolean;
}

/** Where the front matter ends (a region may not start before), and whether it is never closed. */
export function frontMatterShape(text: string): FrontMatterShape {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return { zoneEnd: 0, unclosed: false };
  FRONT_MATTER_CLOSE.lastIndex = open[0].length - 1;
  const close = FRONT_MATTER_CLOSE.exec(text);
  return close ? { zoneEnd: close.index + close[0].length, unclosed: false } : { zoneEnd: 0, unclosed: true };
}

/** micromark's normalisation of a label (normalizeIdentifier), applied to a whole text. */
function fold(text: string): string {
  return text.replace(/[\t\n\r ]+/g, ' ').toLowerCase().toUpperCase();
}

// A `[` with the rest of its line blank: a label may start on the next line,
// after a block quote's `>`, which the folded text keeps.
const LABEL_AT_LINE_END = /\[[ \t]*(?:\r|\n)/;

/**
 * The definitions among `all` that `text` may refer to: those whose label
 * could be the label of a link, image or footnote reference in it. A
 * superset is safe (its definitions are given to the parse for nothing);
 * leaving one out is not.
 *
 * micromark looks a label up by the text right after a `[` (or `[^`),
 * normalised; that text's first word comes straight after the bracket and
 * optional spaces, unless the bracket ends its line.
 */
export function referencedDefinitions(text: string, all: ReadonlyMap<string, Definition>): Definition[] {
  if (all.size === 0 || !text.includes('[')) return [];
  const folded = fold(text);
  const loose = LABEL_AT_LINE_END.test(text);
  const found: Definition[] = [];
  for (const definition of all.values()) {
    const label = definition.key.slice(1);
    // A footnote label has no spaces and follows `[^` (`![^1]` too).
    const firstWord = label.split(' ', 1)[0];
    const referenced = definition.footnote
      ? folded.includes(`[^${label}`)
      : folded.includes(`[${firstWord}`) || folded.includes(`[ ${firstWord}`) || (loose && folded.includes(firstWord));
    if (referenced) found.push(definition);
  }
  return found;
}

/** A canonical text for a set of definitions: equal keys, equal parses of the references. */
export function resolutionKey(definitions: Iterable<Definition>): string {
  return [...new Set([...definitions].map((d) => d.key))].sort().join('\n');
}

/** Dummy definitions with the same labels (their nodes are dropped after the parse). */
function definitionLines(definitions: readonly Definition[]): string {
  let lines = '';
  for (const d of definitions) {
    if (d.identifier.length > MAX_LABEL) throw new Error(`internal: a definition label of ${d.identifier.length} characters cannot be passed to a region`);
    // A blank line after a footnote definition ends it. A link label starts with a
    // space so that one beginning with `^` is not read as a footnote definition.
    lines += d.footnote ? `[^${d.identifier}]: x\n\n` : `[ ${d.identifier}]: x\n`;
  }
  return lines;
}

/**
 * Parses `text`, a region of a document: the first one (`first`), followed by
 * more text or not (`followed`), in the document's `context`.
 */
export function parseRegion(text: string, first: boolean, followed: boolean, context: RegionContext): ParsedRegion {
  const given = referencedDefinitions(text, context.definitions);
  let tree: Root;
  let closed = true;
  const code = codeBlockTree(text);
  if (code) {
    // Nothing is open at its end, and neither definitions nor front matter change a code block.
    tree = code;
  } else if (first) {
    // The first region keeps the start of the text (front matter, BOM): what it needs comes after the sentinel.
    // The whole document needs nothing: every definition is in it.
    const suffix = followed ? definitionLines(given) : '';
    tree = parseMarkdown(followed ? `${text}${SENTINEL}\n${suffix}` : text);
    if (followed) closed = dropFrom(tree, text.length);
  } else {
    const prefix = `${context.unclosedFrontMatter ? '---\n' : ''}${definitionLines(given)}${given.length > 0 ? '\n' : ''}`;
    tree = parseMarkdown(prefix + text + (followed ? SENTINEL : ''));
    if (prefix.length > 0) dropPrefix(tree, prefix);
    if (followed) closed = dropFrom(tree, text.length);
  }
  const defines = definitionsIn(tree);
  const last = tree.children[tree.children.length - 1];
  const open = !closed && (last?.type === 'code' || last?.type === 'html') ? { type: last.type, start: last.position?.start.offset ?? 0 } : undefined;
  return { tree, closed, open, defines, listTail: trailingListMarker(tree, text), resolvedAgainst: resolutionKey([...(first && !followed ? [] : given), ...referencedDefinitions(text, byKey(defines))]) };
}

function byKey(definitions: readonly Definition[]): Map<string, Definition> {
  return new Map(definitions.map((d) => [d.key, d]));
}

/**
 * Removes the sentinel heading at `end` and what follows it; false (and the
 * tree untouched) when the sentinel did not come out as a top-level heading,
 * i.e. something open at the end of the region swallowed it.
 */
function dropFrom(tree: Root, end: number): boolean {
  const index = tree.children.findIndex((node) => (node.position?.start.offset ?? -1) >= end);
  const sentinel = tree.children[index];
  if (index < 0 || sentinel.type !== 'heading' || sentinel.depth !== 1 || sentinel.position?.start.offset !== end) return false;
  tree.children.length = index;
  return true;
}

/** Removes the nodes the prefix made and moves every position back by its length and lines. */
function dropPrefix(tree: Root, prefix: string): void {
  const length = prefix.length;
  const lines = prefix.split('\n').length - 1;
  tree.children = tree.children.filter((node) => (node.position?.start.offset ?? length) >= length);
  const shift = (node: Nodes): void => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      if (point.offset !== undefined) point.offset -= length;
      point.line -= lines;
    }
    if ('children' in node) for (const child of node.children) shift(child);
  };
  for (const child of tree.children) shift(child);
  if (tree.position) tree.position.start = { line: 1, column: 1, offset: 0 };
  if (tree.position?.end.offset !== undefined) {
    tree.position.end.offset -= length;
    tree.position.end.line -= lines;
  }
}

const CONTAINERS = new Set<string>(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/** The definitions in a tree (at any depth of block containers). */
export function definitionsIn(tree: Root): Definition[] {
  const found: Definition[] = [];
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'definition') found.push({ key: `[${node.identifier.toUpperCase()}`, identifier: node.identifier, footnote: false });
      else if (node.type === 'footnoteDefinition') found.push({ key: `^${node.identifier.toUpperCase()}`, identifier: node.identifier, footnote: true });
      if (CONTAINERS.has(node.type) && 'children' in node) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return found;
}
