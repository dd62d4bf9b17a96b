// Block HTML in Markdown (`<table>` canvases, `<details>`, `<p align=…>`),
// parsed with parse5, the HTML parser of the unified collective and of
// jsdom, which reports source offsets for every element and text node:
// <p>, <li>, <h1>–<h6>, table rows (with the header row's cells), <summary>,
// <div> text become units; <br> is a clause break (" ; "); comments (where
// mldl directives live, read elsewhere), <script> and <style> are dropped;
// entities are decoded, a decoded character mapping nowhere (it is not in the source as such).
import type { Html } from 'mdast';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { draftText, finishUnit, isSpace, lastCode, newDraft, put, separate, takeChar, type Draft, type UnitExtras } from './draft.js';
import { alignDecoded, mapNodeValue, type ValueMap } from './source-map.js';
import type { ExtractedKind, ExtractedUnit } from './types.js';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** Elements that start a new unit (or, inside a table cell, a new clause). */
const BLOCKS = new Set(
  (
    'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
    'header hgroup main menu nav ol p pre section summary ul li h1 h2 h3 h4 h5 h6 table caption thead tbody tfoot tr td th hr legend'
  ).split(' '),
);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set('script style template noscript head svg math iframe object select textarea'.split(' '));
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Below this nesting depth, blocks are read as clauses of one unit (no recursion without bound). */
const MAX_BLOCK_DEPTH = 48;

interface Context {
  value: string;
  map: ValueMap;
  units: ExtractedUnit[];
}

export function extractHtml(node: Html, source: string): ExtractedUnit[] {
  const start = node.position?.start.offset;
  if (start === undefined || !/[^\s]/.test(node.value)) return [];
  const context: Context = { value: node.value, map: mapNodeValue(node.value, source, start), units: [] };
  const fragment = parseFragment(node.value, { sourceCodeLocationInfo: true });
  readBlock(context, fragment.childNodes, 'html-paragraph', undefined, {}, 0);
  return context.units;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function kindOf(element: Element): { kind: ExtractedKind; extras: UnitExtras } {
  const level = HEADINGS[element.tagName];
  if (level) return { kind: 'html-heading', extras: { headingLevel: level } };
  if (element.tagName === 'li') return { kind: 'html-list-item', extras: {} };
  return { kind: 'html-paragraph', extras: {} };
}

/**
 * The children of a block: inline content gathers into one unit of `kind`;
 * each block child ends it and is read on its own.
 */
function readBlock(context: Context, children: readonly Node[], kind: ExtractedKind, whole: Element | undefined, extras: UnitExtras, depth: number): void {
  let draft = newDraft();
  let interrupted = false;
  const flush = (last: boolean): void => {
    const span = last && !interrupted && whole?.sourceCodeLocation ? [whole.sourceCodeLocation.startOffset, whole.sourceCodeLocation.endOffset] : textSpan(draft);
    if (span) for (const unit of finishUnit(draft, kind, span[0], span[1], context.map, extras)) context.units.push(unit);
    draft = newDraft();
  };
  for (const child of children) {
    if (!isElement(child)) {
      if (child.nodeName === '#text') appendText(draft, context.value, child as TextNode);
      continue;
    }
    if (HIDDEN.has(child.tagName)) continue;
    if (child.tagName === 'br') {
      separate(draft, ' ; ');
    } else if (child.tagName === 'table' && depth < MAX_BLOCK_DEPTH) {
      flush(false);
      interrupted = true;
      readTable(context, child);
    } else if (BLOCKS.has(child.tagName) && depth < MAX_BLOCK_DEPTH) {
      flush(false);
      interrupted = true;
      const own = kindOf(child);
      readBlock(context, childrenOf(child), own.kind, child, own.extras, depth + 1);
    } else appendInline(draft, context.value, child);
  }
  flush(true);
}

function childrenOf(element: Element): Node[] {
  return element.childNodes;
}

/** [start, end) in value indexes of the characters a draft took from the value. */
function textSpan(draft: Draft): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (const index of draft.from) {
    if (index < 0) continue;
    if (first < 0 || index < first) first = index;
    if (index > last) last = index;
  }
  return first < 0 ? undefined : [first, last + 1];
}

/** Rows of a table, each one unit: cells joined by " | ", with the header row's cells as `tableHeader`. */
function readTable(context: Context, table: Element): void {
  const rows: Array<{ row: Element; inHead: boolean }> = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push({ row: child, inHead: false });
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const row of child.childNodes) if (isElement(row) && row.tagName === 'tr') rows.push({ row, inHead: child.tagName === 'thead' });
    } else if (child.tagName === 'caption') readBlock(context, child.childNodes, 'html-paragraph', child, {}, MAX_BLOCK_DEPTH);
  }
  if (rows.length === 0) return;
  const cellsOf = (row: Element): Element[] => row.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
  const first = rows[0];
  const firstCells = cellsOf(first.row);
  const hasHeader = first.inHead || (firstCells.length > 0 && firstCells.every((c) => c.tagName === 'th'));
  const header = hasHeader
    ? firstCells.map((cell) => {
        const draft = newDraft();
        appendInline(draft, context.value, cell);
        return draftText(draft).trim();
      })
    : undefined;
  rows.forEach(({ row }, index) => {
    const draft = newDraft();
    cellsOf(row).forEach((cell, i) => {
      if (i > 0) put(draft, ' | ');
      appendInline(draft, context.value, cell);
    });
    const location = row.sourceCodeLocation;
    const span = location ? [location.startOffset, location.endOffset] : textSpan(draft);
    if (!span) return;
    const extras: UnitExtras = header ? { tableHeader: header, ...(index === 0 ? { headerRow: true } : {}) } : {};
    for (const unit of finishUnit(draft, 'html-table-row', span[0], span[1], context.map, extras)) context.units.push(unit);
  });
}

/**
 * The text of an element read inline, with an explicit stack (HTML can nest
 * deeper than the call stack): nested blocks and <br> become " ; ".
 */
function appendInline(draft: Draft, value: string, root: Element): void {
  const stack: Array<Node | 'break'> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'break') {
      separate(draft, ' ; ');
      continue;
    }
    if (!isElement(item)) {
      if (item.nodeName === '#text') appendText(draft, value, item as TextNode);
      continue;
    }
    if (HIDDEN.has(item.tagName)) continue;
    if (item.tagName === 'br') {
      separate(draft, ' ; ');
      continue;
    }
    if (item.tagName === 'img') {
      appendAlt(draft, value, item);
      continue;
    }
    const block = item !== root && BLOCKS.has(item.tagName);
    if (block) {
      separate(draft, item.tagName === 'td' || item.tagName === 'th' ? ' | ' : ' ; ');
      stack.push('break');
    }
    for (let i = item.childNodes.length - 1; i >= 0; i--) stack.push(item.childNodes[i]);
  }
}

/** A text node, whitespace collapsed as a browser shows it. */
function appendText(draft: Draft, value: string, node: TextNode): void {
  const location = node.sourceCodeLocation;
  const offsets = location ? alignDecoded(node.value, value, location.startOffset, location.endOffset) : undefined;
  appendDecoded(draft, node.value, value, offsets);
}

/**
 * Appends decoded text. A character the source spells as an entity ("&quot;")
 * is kept in the text but maps nowhere: every mapped character is the one in
 * the source, so a range never points into the middle of an entity.
 */
function appendDecoded(draft: Draft, text: string, value: string, offsets: Int32Array | undefined): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      const last = lastCode(draft);
      if (last === -1 || isSpace(last)) continue;
      if (code === 32 && offsets && offsets[i] >= 0) takeChar(draft, ' ', offsets[i]);
      else put(draft, ' ');
    } else takeChar(draft, text[i], offsets && value[offsets[i]] === text[i] ? offsets[i] : -1);
  }
}

/** An image's alt text: what the image says to a reader who cannot see it. */
function appendAlt(draft: Draft, value: string, image: Element): void {
  const alt = image.attrs.find((a) => a.name === 'alt');
  const location = image.sourceCodeLocation?.attrs?.alt;
  if (!alt || alt.value.trim() === '') return;
  let rawStart = -1;
  if (location) {
    const equals = value.indexOf('=', location.startOffset);
    if (equals !== -1 && equals < location.endOffset) {
      rawStart = equals + 1;
      while (rawStart < location.endOffset && (value[rawStart] === ' ' || value[rawStart] === '"' || value[rawStart] === "'")) rawStart++;
    }
  }
  if (lastCode(draft) !== -1) put(draft, ' ');
  appendDecoded(draft, alt.value, value, rawStart >= 0 && location ? alignDecoded(alt.value, value, rawStart, location.endOffset) : undefined);
  put(draft, ' ');
}
