// What crosses the review worker's port on every edit (server/lsp/text-sync.ts,
// server/lsp/review.ts): a review's text as a delta of the text the worker
// kept, and the sections packed. Both must give exactly what the whole text
// and the section objects gave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../server/config/presets.js';
import { lint } from '../server/linter.js';
import { packSections, reviewedSections, reviewOf, unpackSections, type ReviewedSection } from '../server/lsp/review.js';
import { ReviewThread } from '../server/lsp/review-thread.js';
import { SentTexts, textDelta } from '../server/lsp/text-sync.js';
import { REPO_ROOT } from './cli-harness.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['a', 'б', '中', '😀', '\r\n', '\n', '\r', ' ', '#', '---'];

function randomText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

test('a delta applied to the kept text gives the new text, whatever the edit', () => {
  const random = seeded(7);
  const kept = new SentTexts(4);
  let text = randomText(random, 5000);
  kept.set('a', 1, text);
  for (let serial = 2; serial < 400; serial++) {
    const at = Math.floor(random() * text.length);
    const removed = Math.floor(random() * (random() < 0.2 ? 3000 : 4));
    // Inserted text that repeats what is around it: the common prefix and suffix overlap the edit.
    const inserted = random() < 0.3 ? text.slice(at, at + Math.floor(random() * 5)) : randomText(random, Math.floor(random() * 6));
    const next = random() < 0.05 ? text : text.slice(0, at) + inserted + text.slice(at + removed);
    const delta = textDelta(kept.get('a')!.serial, kept.get('a')!.text, next);
    assert.equal(kept.apply('a', serial, delta), next);
    assert.equal(kept.get('a')!.serial, serial);
    text = next;
  }
});

test('a delta of a text that is not the one kept is refused', () => {
  const kept = new SentTexts(2);
  kept.set('a', 1, 'one two');
  const delta = textDelta(1, 'one two', 'one three');
  assert.equal(kept.apply('a', 2, { ...delta, base: 5 }), undefined, 'another serial');
  assert.equal(kept.apply('b', 2, delta), undefined, 'another document');
  assert.equal(kept.apply('a', 2, delta), 'one three');
  assert.equal(kept.apply('a', 3, delta), undefined, 'already applied');
  kept.set('b', 4, 'x');
  kept.set('c', 5, 'y');
  assert.equal(kept.get('a'), undefined, 'the least recently used is dropped');
  kept.delete('b');
  assert.equal(kept.get('b'), undefined);
});

test('packed sections unpack to the sections, on every corpus-like document', () => {
  const docs = path.join(REPO_ROOT, 'test-fixtures/complete');
  const names = fs.readdirSync(docs).filter((name) => name.endsWith('.md')).slice(0, 8);
  assert.ok(names.length > 5);
  for (const name of names) {
    const result = lint(fs.readFileSync(path.join(docs, name), 'utf8'), { filePath: `/tmp/${name}` });
    const expected: ReviewedSection[] = result.doc.sections.map((s) => ({ title: s.title, headingRange: s.headingRange, steps: s.steps }));
    const review = reviewOf(result);
    assert.deepStrictEqual(unpackSections(structuredClone(review.sections)), expected, name);
    assert.equal(reviewedSections(review), reviewedSections(review), 'unpacked once');
  }
  const odd: ReviewedSection[] = [
    { title: '', headingRange: undefined, steps: [] },
    { title: 'Данные 😀', headingRange: { start: { line: 3, column: 1, offset: 20 }, end: { line: 4, column: 7, offset: 40 } }, steps: ['evaluation', 'data'] },
    { title: 'x', headingRange: undefined, steps: ['framing'] },
  ];
  assert.deepStrictEqual(unpackSections(packSections(odd)), odd);
});

test('the review worker reviews deltas, and the whole text again when it lost the one a delta applies to', async () => {
  const thread = new ReviewThread(new URL('../server/lsp/review-worker.js', import.meta.url), () => undefined);
  try {
    const base = fs.readFileSync(path.join(REPO_ROOT, 'test-fixtures/complete', fs.readdirSync(path.join(REPO_ROOT, 'test-fixtures/complete')).find((n) => n.endsWith('.md'))!), 'utf8');
    const job = (text: string) => ({ text, filePath: '/tmp/doc.md', config: defaultConfig(), budgetMs: 60_000 });
    const expect = async (text: string, what: string): Promise<void> => {
      const answer = await thread.review('file:///doc.md', job(text));
      assert.ok(answer.ok, what);
      assert.deepStrictEqual(answer.value.findings, lint(text, { filePath: '/tmp/doc.md' }).findings, what);
    };
    await expect(base, 'opened');
    const edited = base.replace('\n\n', '\n\nNo baseline was chosen yet.\n\n');
    await expect(edited, 'a delta');
    // The worker forgets the document behind the main thread's back (as if it had evicted it).
    (thread as unknown as { worker: { postMessage(message: unknown): void } }).worker.postMessage({ kind: 'forget', uri: 'file:///doc.md' });
    await expect(base, 'the whole text again');
    await expect(`${base}\nMore.\n`, 'a delta after that');
  } finally {
    thread.dispose();
  }
});
