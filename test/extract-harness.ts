// Shared by the test/extract-*.test.ts files: run every extractor over a
// Markdown document the way the design-doc model will, and check that each
// unit's segments map every character back to the identical source character.
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../server/engine/parse.js';
import { MAX_UNIT_CHARS } from '../server/engine/plain-text.js';
import { extractCode, extractFrontMatter, extractHtml, type ExtractedKind, type ExtractedUnit } from '../server/engine/extract/index.js';

export interface Extracted extends ExtractedUnit {
  /** Range of the mdast node the unit came from. */
  nodeStart: number;
  nodeEnd: number;
}

export function extractAll(source: string): Extracted[] {
  const found: Extracted[] = [];
  const walk = (node: Nodes, parent: Nodes | undefined): void => {
    let units: ExtractedUnit[] = [];
    // Block HTML only: HTML inside a paragraph or cell is read by collectInline (inline-html.ts).
    const block = parent === undefined || parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
    if (node.type === 'code') units = extractCode(node, source);
    else if (node.type === 'html' && block) units = extractHtml(node, source);
    else if (node.type === 'yaml') units = extractFrontMatter(node, source);
    for (const unit of units) found.push({ ...unit, nodeStart: node.position!.start.offset!, nodeEnd: node.position!.end.offset! });
    if ('children' in node) for (const child of node.children) walk(child as Nodes, node);
  };
  walk(parseMarkdown(source), undefined);
  return found;
}

export function texts(units: readonly ExtractedUnit[], kind?: ExtractedKind): string[] {
  return units.filter((u) => kind === undefined || u.kind === kind).map((u) => u.text);
}

/** Every character a segment maps is the identical source character (an HTML entity's characters map to its `&`). */
export function assertExactMapping(unit: Extracted, source: string): void {
  assert.ok(unit.text.length > 0 && unit.text.length <= MAX_UNIT_CHARS, `unit length ${unit.text.length}`);
  assert.ok(unit.nodeStart <= unit.start && unit.start <= unit.end && unit.end <= unit.nodeEnd, `range [${unit.start}, ${unit.end}) outside its node [${unit.nodeStart}, ${unit.nodeEnd}) for ${JSON.stringify(unit.text)}`);
  let previousEnd = 0;
  for (const segment of unit.segments) {
    assert.ok(segment.plainStart >= previousEnd && segment.plainStart + segment.length <= unit.text.length, 'segments in order, inside the text');
    previousEnd = segment.plainStart + segment.length;
    for (let i = 0; i < segment.length; i++) {
      const offset = segment.offsets ? segment.offsets[i] : segment.sourceStart + i;
      const expected = unit.text[segment.plainStart + i];
      const actual = source[offset];
      const fromEntity = unit.kind.startsWith('html-') && actual === '&';
      assert.ok(
        actual === expected || fromEntity,
        `${unit.kind} ${JSON.stringify(unit.text)}: text[${segment.plainStart + i}] = ${JSON.stringify(expected)} maps to source[${offset}] = ${JSON.stringify(actual)}`,
      );
      assert.ok(offset >= unit.nodeStart && offset < unit.nodeEnd, 'a mapped character lies inside its node');
    }
  }
}

/** The text of the unit's mapped characters only (what came from the source, separators left out). */
export function mappedText(unit: ExtractedUnit): string {
  return unit.segments.map((s) => unit.text.slice(s.plainStart, s.plainStart + s.length)).join('');
}

/** extractAll, with every unit's mapping checked. */
export function extractChecked(source: string): Extracted[] {
  const units = extractAll(source);
  for (const unit of units) assertExactMapping(unit, source);
  return units;
}
