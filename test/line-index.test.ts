// The line index that an edit updates (server/engine/line-index.ts) must give
// every offset the point vfile-location gives for the edited text, whatever the
// edit does to line endings ("\n", "\r\n", a lone "\r", an edit between "\r"
// and "\n").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { location } from 'vfile-location';
import { lineIndex, pointIn, type LineIndex } from '../server/engine/line-index.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ['a', 'b c', '\n', '\r\n', '\r', '\n\n', '# x\n', '\r\r\n', 'é'];

function assertSame(text: string, index: LineIndex): void {
  const reference = location(text);
  for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(pointIn(index, offset), reference.toPoint(offset), `offset ${offset} of ${JSON.stringify(text)}`);
}

test('an updated line index gives vfile-location points after random edits', () => {
  const random = seeded(7);
  const pick = (): string => PIECES[Math.floor(random() * PIECES.length)];
  for (let run = 0; run < 40; run++) {
    let text = Array.from({ length: 30 }, pick).join('');
    let index = lineIndex(text, undefined);
    assertSame(text, index);
    for (let edit = 0; edit < 40; edit++) {
      const at = Math.floor(random() * (text.length + 1));
      const removed = random() < 0.5 ? Math.floor(random() * 4) : 0;
      const before = text;
      const end = Math.min(before.length, at + removed);
      text = before.slice(0, at) + (random() < 0.7 ? pick() : '') + before.slice(end);
      // Every other edit told to the index (as the review worker's linter tells it), a little wider than it was.
      index = edit % 2 === 0 ? lineIndex(text, index) : lineIndex(text, index, { before, start: Math.max(0, at - 1), end: Math.min(before.length, end + 2) });
      assertSame(text, index);
    }
  }
});

test('a line index is kept as is for the same text and starts over without one', () => {
  const index = lineIndex('a\nb\r\nc', undefined);
  assert.equal(lineIndex('a\nb\r\nc', index), index);
  assert.deepEqual([...lineIndex('a\nb\r\nc', undefined).ends], [2, 5]);
});
