// The unchanged start and end of an edited text (server/engine/common-affix.ts): told the edit that made it,
// commonAffixes finds exactly what comparing the whole texts finds, however much wider than the change the
// edit it is told is, and it ignores an edit of another text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonAffixes, commonPrefix, commonSuffix } from '../server/engine/common-affix.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** What comparing the two texts whole finds. */
function whole(a: string, b: string): { prefix: number; suffix: number } {
  const prefix = commonPrefix(a, b);
  return { prefix, suffix: commonSuffix(a, b, Math.min(a.length, b.length) - prefix) };
}

test('told the edit, the affixes are the ones a whole comparison finds', () => {
  const random = seeded(11);
  const int = (n: number): number => Math.floor(random() * n);
  // Few letters, so that an insertion next to the same letters makes the affixes ambiguous; long texts, so that blocks are compared too.
  const letters = (n: number): string => Array.from({ length: n }, () => 'aab\n'[int(4)]).join('');
  for (let run = 0; run < 400; run++) {
    const before = letters(run % 3 === 0 ? 5000 + int(3000) : int(60));
    const at = int(before.length + 1);
    const end = Math.min(before.length, at + (random() < 0.5 ? 0 : int(30)));
    const insert = random() < 0.2 ? before.slice(at, end) : letters(int(run % 5 === 0 ? 3000 : 8));
    const start = Math.max(0, at - int(50));
    const wideEnd = Math.min(before.length, end + int(50));
    const after = before.slice(0, at) + insert + before.slice(end);
    assert.deepEqual(commonAffixes(before, after, { before, start, end: wideEnd }), whole(before, after), `run ${run}`);
    assert.deepEqual(commonAffixes(before, after), whole(before, after));
  }
});

test('an edit of another text, or one that does not fit the texts, is ignored', () => {
  const before = 'abcdef';
  const after = 'abXdef';
  const expected = { prefix: 2, suffix: 3 };
  // A wrong edit of another text would make the affixes wrong if it were believed.
  assert.deepEqual(commonAffixes(before, after, { before: 'zzzzzz', start: 0, end: 6 }), expected);
  assert.deepEqual(commonAffixes(before, after, { before, start: 4, end: 3 }), expected);
  assert.deepEqual(commonAffixes(before, after, { before, start: 0, end: 7 }), expected);
  assert.deepEqual(commonAffixes(before, 'ab', { before, start: 1, end: 2 }), whole(before, 'ab'));
});
