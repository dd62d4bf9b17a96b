// What crosses the review worker's port on every edit (server/lsp/text-sync.ts,
// server/lsp/review.ts): a review's text as a delta of the text the worker
// kept, and the sections packed; and the main thread's documents in pieces
// (server/lsp/chunked-document.ts). Each must give exactly what the whole text,
// the section objects and vscode-languageserver-textdocument gave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { defaultConfig } from '../server/config/presets.js';
import { lint } from '../server/linter.js';
import { packSections, reviewedSections, reviewOf, unpackSections, type ReviewedSection } from '../server/lsp/review.js';
import { ReviewThread } from '../server/lsp/review-thread.js';
import { SentTexts, textDelta } from '../server/lsp/text-sync.js';
import { CHUNKED_DOCUMENTS, contentOf, PIECE_CHARS } from '../server/lsp/chunked-document.js';
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

test('a delta of the changed pieces, applied to the kept text, gives the new text, whatever the edit', () => {
  const random = seeded(7);
  const kept = new SentTexts(4);
  const document = CHUNKED_DOCUMENTS.create('file:///a.md', 'markdown', 1, randomText(random, 3 * PIECE_CHARS));
  let sent = document.content;
  kept.set('a', 1, document.getText());
  for (let serial = 2; serial < 300; serial++) {
    const start = document.positionAt(Math.floor(random() * document.content.length));
    const size = random() < 0.1 ? PIECE_CHARS * 2 : 4;
    const end = document.positionAt(document.offsetAt(start) + Math.floor(random() * size));
    const text = random() < 0.1 ? randomText(random, Math.floor(random() * PIECE_CHARS * 3)) : randomText(random, Math.floor(random() * 6));
    CHUNKED_DOCUMENTS.update(document, [{ range: { start, end }, text }], serial);
    // Now and then two edits between reviews, or none.
    if (random() < 0.2) continue;
    const delta = textDelta(kept.get('a')!.serial, sent, document.content);
    assert.ok(delta.text.length <= document.content.length);
    assert.equal(kept.apply('a', serial, delta), document.getText());
    sent = document.content;
  }
});

test('a delta of a text that is not the one kept is refused', () => {
  const kept = new SentTexts(2);
  kept.set('a', 1, 'one two');
  const delta = textDelta(1, contentOf('one two'), contentOf('one three'));
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
    const job = (text: string) => ({ content: contentOf(text), filePath: '/tmp/doc.md', config: defaultConfig(), budgetMs: 60_000 });
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

test('documents in pieces read and update exactly as vscode-languageserver-textdocument\'s', () => {
  const random = seeded(11);
  for (let run = 0; run < 3; run++) {
    const initial = randomText(random, run === 0 ? 0 : run * 2 * PIECE_CHARS);
    const mine = CHUNKED_DOCUMENTS.create('file:///a.md', 'markdown', 1, initial);
    const theirs = TextDocument.create('file:///a.md', 'markdown', 1, initial);
    const snapshots: { snapshot: ReturnType<typeof mine.snapshot>; text: string }[] = [];
    for (let version = 2; version < 250; version++) {
      const length = theirs.getText().length;
      const position = (): { line: number; character: number } =>
        random() < 0.9 ? theirs.positionAt(Math.floor(random() * (length + 1))) : { line: Math.floor(random() * 5) - 1 + (random() < 0.5 ? 0 : theirs.lineCount), character: Math.floor(random() * 30) - 2 };
      // Edits' ranges inside the text as each finds it (past its last line the library's line table gets holes, which no client relies on).
      const scratch = TextDocument.create('file:///a.md', 'markdown', 1, theirs.getText());
      const inside = (): { line: number; character: number } => scratch.positionAt(Math.floor(random() * (scratch.getText().length + 1)));
      const big = random() < 0.05;
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let n = random() < 0.1 ? 3 : 1; n > 0; n--) {
        const change =
          random() < 0.02
            ? { text: randomText(random, Math.floor(random() * PIECE_CHARS)) }
            : { range: { start: inside(), end: inside() }, text: randomText(random, big ? Math.floor(random() * 3 * PIECE_CHARS) : Math.floor(random() * 4)) };
        TextDocument.update(scratch, [change], 2);
        changes.push(change);
      }
      CHUNKED_DOCUMENTS.update(mine, changes, version);
      TextDocument.update(theirs, changes, version);
      if (random() < 0.1) snapshots.push({ snapshot: mine.snapshot(), text: theirs.getText() });
      assert.equal(mine.version, theirs.version);
      assert.equal(mine.lineCount, theirs.lineCount);
      assert.equal(mine.content.length, theirs.getText().length);
      for (let k = 0; k < 6; k++) {
        const at = position();
        const offset = Math.floor(random() * (theirs.getText().length + 3)) - 1;
        assert.equal(mine.offsetAt(at), theirs.offsetAt(at), `offsetAt ${JSON.stringify(at)}`);
        assert.deepStrictEqual(mine.positionAt(offset), theirs.positionAt(offset), `positionAt ${offset}`);
        const range = { start: position(), end: position() };
        assert.equal(mine.getText(range), theirs.getText(range), 'getText(range)');
        const line = Math.floor(random() * (theirs.lineCount + 2)) - 1;
        assert.deepStrictEqual(mine.getLineRange(line), theirs.getLineRange(line));
        assert.equal(mine.getEOLCharacters(line), theirs.getEOLCharacters(line));
      }
      if (version % 10 === 0) assert.equal(mine.getText(), theirs.getText());
      assert.ok(mine.content.pieces.every((piece) => piece.length > 0 && piece.length <= 3 * PIECE_CHARS));
    }
    assert.equal(mine.getText(), theirs.getText());
    for (const { snapshot, text } of snapshots) assert.equal(snapshot.getText(), text, 'a snapshot keeps its version');
  }
});
