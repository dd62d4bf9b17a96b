// The review worker's warm-up (server/lsp/warm-up.ts): throwaway edits of a
// document just opened, run only while the worker is idle, each undone, and
// dropped when the document is reviewed again or closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IncrementalLinter } from '../server/engine/incremental.js';
import { lint, lintOptions } from '../server/linter.js';
import { IdleWarmUp, WARM_UP_EDITS, WARM_UP_FIRST_DOCUMENT_EDITS, warmUpEdits } from '../server/lsp/warm-up.js';

const DOC = `# Feed ranking

## Problem framing

The model predicts whether a user clicks a post.

\`\`\`yaml
model: gbdt
\`\`\`

- Offline metrics: AUC on a time-based split.

Модель предсказывает клик.\r
排序模型预测点击。
`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, for as long as a loaded machine may need. */
async function until(done: () => boolean): Promise<void> {
  for (const startedAt = Date.now(); !done() && Date.now() - startedAt < 20_000; ) await sleep(10);
}

test('warm-up edits: a letter at the end of a prose line, spread over the document', () => {
  const texts = warmUpEdits(DOC, 3);
  assert.equal(texts.length, 3);
  for (const text of texts) assert.equal(text.length, DOC.length + 1);
  // Lines that start with a letter (any script); headings, fences, list items and code are left alone; a CR stays last.
  assert.ok(texts[0].includes('a post.e\n'));
  assert.ok(texts[1].includes('клик.e\r\n'));
  assert.ok(texts[2].includes('点击。e\n'));
  assert.deepEqual(warmUpEdits('# Title\n\n- item\n'), []);
  // Never more edits than prose lines.
  assert.equal(warmUpEdits('One line.', 4).length, 1);
});

test('the steps wait for the worker to be idle, stop while it is busy, and end on the original text', async () => {
  const linter = new IncrementalLinter();
  const options = lintOptions({ filePath: '/tmp/warm.md' });
  linter.lint(DOC, options);
  const linted: string[] = [];
  const warmUp = new IdleWarmUp(20);
  warmUp.start('doc', DOC, (text) => (linted.push(text), linter.lint(text, options), true), 2);
  await sleep(60);
  assert.equal(warmUp.steps, 0, 'nothing runs before the worker says it is idle');
  warmUp.idle();
  warmUp.busy();
  await sleep(60);
  assert.equal(warmUp.steps, 0, 'a job that arrives first holds the steps back');
  warmUp.idle();
  await until(() => warmUp.steps === 2);
  await sleep(50);
  assert.equal(warmUp.steps, 2);
  // Each step undoes its edit before the worker can take a job.
  const [first, second] = warmUpEdits(DOC, 2);
  assert.deepEqual(linted, [first, DOC, second, DOC]);
  // The linter's state is the document's again: an edit of it lints as a full lint does.
  const edited = DOC.replace('clicks', 'likes');
  assert.deepEqual(linter.lint(edited, options).findings, lint(edited, options).findings);
});

test('a warm-up that ran all its steps says so once (the worker then collects its young generation); one cut short does not', async () => {
  let finished = 0;
  const warmUp = new IdleWarmUp(5, () => finished++);
  let steps = 0;
  warmUp.start('a', DOC, () => (steps++, true), 2);
  warmUp.idle();
  await until(() => finished === 1);
  await sleep(40);
  assert.equal(steps, 4, 'two steps, each an edit and its undo');
  assert.equal(finished, 1);

  // A failing step, a drop, a step over the limit: no call.
  warmUp.start('b', DOC, () => false, 2);
  warmUp.idle();
  await sleep(60);
  warmUp.start('c', DOC, () => true, 2);
  warmUp.drop('c');
  warmUp.idle();
  await sleep(60);
  assert.equal(finished, 1);

  // A job between the steps holds them back; the warm-up that then runs out says so.
  warmUp.start('d', DOC, () => true, 3);
  warmUp.idle();
  warmUp.busy();
  await sleep(40);
  assert.equal(finished, 1);
  warmUp.idle();
  await until(() => finished === 2);
  assert.equal(finished, 2);
});

test('a document reviewed again or closed drops its warm-up; a failing step ends it', async () => {
  const warmUp = new IdleWarmUp(5);
  let steps = 0;
  warmUp.start('a', DOC, () => (steps++, true));
  warmUp.drop('b');
  warmUp.drop('a');
  warmUp.idle();
  await sleep(40);
  assert.equal(steps, 0);

  warmUp.start('a', DOC, () => (steps++, false));
  warmUp.idle();
  await until(() => steps === 1);
  await sleep(40);
  assert.equal(steps, 1);

  // A newer document's warm-up replaces the one pending.
  const seen: string[] = [];
  warmUp.start('a', DOC, () => (seen.push('a'), true));
  warmUp.start('b', DOC, () => (seen.push('b'), true), 1);
  warmUp.idle();
  await until(() => seen.length === 2);
  await sleep(40);
  assert.deepEqual(seen, ['b', 'b']);
});

test('the first document opened gets more throwaway edits than the ones after it (V8 compiles the edit paths once per process)', async () => {
  const prose = Array.from({ length: 30 }, (_, i) => `Line ${i} says something about clicks.`).join('\n\n');
  const warmUp = new IdleWarmUp(5);
  const seen: string[] = [];
  warmUp.start('a', prose, () => (seen.push('a'), true));
  warmUp.idle();
  await until(() => warmUp.steps === WARM_UP_FIRST_DOCUMENT_EDITS);
  warmUp.start('b', prose, () => (seen.push('b'), true));
  warmUp.idle();
  await until(() => warmUp.steps === WARM_UP_FIRST_DOCUMENT_EDITS + WARM_UP_EDITS);
  await sleep(30);
  assert.ok(WARM_UP_FIRST_DOCUMENT_EDITS > WARM_UP_EDITS);
  // Two lints per step: the edited text, then the text itself.
  assert.equal(seen.filter((doc) => doc === 'a').length, 2 * WARM_UP_FIRST_DOCUMENT_EDITS);
  assert.equal(seen.filter((doc) => doc === 'b').length, 2 * WARM_UP_EDITS);
});

test('after a full collection, a warm-up on the document reviewed last; none for a closed one or while one is pending', async () => {
  const warmUp = new IdleWarmUp(5);
  const seen: string[] = [];
  warmUp.again();
  await sleep(30);
  assert.equal(warmUp.steps, 0, 'nothing reviewed yet');

  warmUp.remember('a', DOC, (text) => (seen.push(text), true));
  warmUp.again(2);
  await until(() => warmUp.steps === 2);
  await sleep(30);
  const [first, second] = warmUpEdits(DOC, 2);
  assert.deepEqual(seen, [first, DOC, second, DOC]);

  warmUp.drop('a');
  warmUp.again();
  await sleep(30);
  assert.equal(warmUp.steps, 2, 'the document was closed');

  // A warm-up still pending (a document just opened) is not replaced.
  warmUp.remember('a', DOC, () => (seen.push('a'), true));
  warmUp.start('b', DOC, () => (seen.push('b'), true), 1);
  warmUp.again();
  warmUp.idle();
  await until(() => warmUp.steps === 3);
  await sleep(30);
  assert.deepEqual(seen.slice(4), ['b', 'b']);
});
