// The fix-safety property, shared by the engine's property and fix tests: a
// quick fix keeps every character the writer typed, in order, except that a
// section holding nothing but a placeholder line (`TBD`) may have that one
// line replaced by the skeleton, and nothing else.
import assert from 'node:assert/strict';
import { applyInsertion, PLACEHOLDER_LINE } from '../server/engine/fixes.js';
import type { Insertion } from '../server/engine/types.js';

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** The lines around `start`–`end` up to the nearest heading above and below are blank. */
function aloneInItsSection(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).split(/\r?\n/).slice(0, -1).reverse();
  let headingAbove = false;
  for (const line of before) {
    if (ATX_HEADING.test(line) || SETEXT_UNDERLINE.test(line)) {
      headingAbove = true;
      break;
    }
    if (line.trim() !== '') return false;
  }
  if (!headingAbove) return false;
  for (const line of text.slice(end).split(/\r?\n/).slice(1)) {
    if (ATX_HEADING.test(line)) break;
    if (line.trim() !== '') return false;
  }
  return true;
}

/** Asserts the property for one insertion into `text`; returns the fixed text. */
export function assertKeepsWritersText(text: string, insertion: Insertion, what: string): string {
  const { offset } = insertion;
  const removed = insertion.replaces ?? '';
  const fixed = applyInsertion(text, insertion);
  assert.equal(text.slice(offset, offset + removed.length), removed, `${what}: replaces text that is not there`);
  if (removed) {
    const end = offset + removed.length;
    assert.match(removed, PLACEHOLDER_LINE, `${what}: replaces something other than a bare placeholder: ${JSON.stringify(removed)}`);
    assert.ok(offset === 0 || text[offset - 1] === '\n', `${what}: the replaced placeholder does not start a line`);
    assert.ok(end === text.length || text[end] === '\n' || text[end] === '\r', `${what}: the replaced placeholder does not end a line`);
    assert.ok(aloneInItsSection(text, offset, end), `${what}: the replaced placeholder is not the only thing in its section`);
  }
  // Nothing else changes: the original is the fixed text with the inserted run taken out (and the placeholder put back).
  assert.equal(fixed.slice(0, offset) + removed + fixed.slice(offset + insertion.text.length), text, `${what}: the writer's text changed`);
  return fixed;
}
