// The review worker keeps incremental state for the documents reviewed last
// only (server/lsp/recent-linters.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEPT_DOCUMENTS, RecentLinters } from '../server/lsp/recent-linters.js';

test('a document keeps its linter while it is among the most recently reviewed', () => {
  let made = 0;
  const linters = new RecentLinters(() => ({ serial: made++ }), 3);
  const a = linters.take('a');
  linters.take('b');
  linters.take('c');
  assert.equal(linters.take('a'), a, 'reviewed again: the same linter');
  linters.take('d');
  assert.deepEqual(linters.uris(), ['c', 'a', 'd'], 'b, reviewed least recently, lost its linter');
  assert.notEqual(linters.take('b'), undefined);
  assert.equal(made, 5, 'b got a new linter');
  assert.deepEqual(linters.uris(), ['a', 'd', 'b']);
  assert.equal(linters.take('a'), a);
  assert.equal(linters.peek('d'), linters.take('d'));
  assert.deepEqual(linters.uris(), ['b', 'a', 'd']);
  assert.equal(linters.peek('b') !== undefined && linters.has('b'), true);
  assert.deepEqual(linters.uris(), ['b', 'a', 'd'], 'peek and has leave the order as it was');
  assert.equal(linters.peek('c'), undefined);
  assert.equal(linters.has('c'), false);
});

test('a forgotten document gets a new linter on its next review', () => {
  const linters = new RecentLinters(() => ({}), 3);
  const a = linters.take('a');
  linters.forget('a');
  assert.deepEqual(linters.uris(), []);
  assert.notEqual(linters.take('a'), a);
});

test('the worker keeps more documents than a writer edits by turns', () => {
  assert.ok(KEPT_DOCUMENTS >= 4);
  const linters = new RecentLinters(() => ({}));
  for (let i = 0; i < 50; i++) linters.take(`doc-${i}`);
  assert.equal(linters.uris().length, KEPT_DOCUMENTS);
});
