// Documents built to crash or stall the parser, through the real language
// server over stdio (issue 11, items 8, 9 and 11): deep nesting is reviewed,
// a quadratic parse gets a "parse budget exceeded" diagnostic while the
// server keeps answering, a job that hogs the review worker gets the worker
// restarted, and a document over maxDocumentSize gets "skipped: too large".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver';
import { STALL_MARKER } from '../server/lsp/test-hooks.js';
import { FIXTURES, LspClient, fileUri, startServerWithEnv, until, type ServerWithLog, messageOf, hoverText, positionOf } from './lsp-harness.js';
import { DEEP_NESTING, quadratic } from './hostile-inputs.js';

const GOOD = fs.readFileSync(path.join(FIXTURES, 'design-doc.md'), 'utf8');

async function startServer(env: Record<string, string>, root?: string): Promise<ServerWithLog> {
  return startServerWithEnv(env, {
    initializationOptions: { debounceMs: 0 },
    ...(root ? { workspaceFolders: [{ uri: fileUri(root), name: 'hostile' }] } : {}),
  });
}

const uriIn = (name: string): string => fileUri(path.join(FIXTURES, name));

function published(client: LspClient, uri: string, version: number, what: string, timeoutMs = 60_000): Promise<Diagnostic[]> {
  return client.waitFor(what, () => client.published.find((p) => p.uri === uri && p.version === version)?.diagnostics, timeoutMs);
}

describe('deep nesting through the server (item 11)', () => {
  let server: ServerWithLog;
  before(async () => {
    server = await startServer({});
  });
  after(() => server.client.kill());

  test('every deeply nested document gets its review, and hover answers on it (no -32603)', { timeout: 180_000 }, async () => {
    const { client } = server;
    for (const [name, nesting] of Object.entries(DEEP_NESTING)) {
      const uri = uriIn(`deep-${name}.md`);
      const text = `---\nmldl: true\n---\n# Deep ${name}\n\n${nesting}\n\nTODO: finish.\n`;
      await client.open(uri, text);
      const diagnostics = await published(client, uri, 1, `the review of ${name}`);
      const codes = diagnostics.map((d) => String(d.code));
      assert.ok(codes.includes('placeholder-text'), `${name}: the TODO after the deep part is found (${codes.join(', ')})`);
      assert.ok(!codes.includes('not-reviewed') && !codes.includes('internal-error'), `${name}: ${codes.join(', ')}`);
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'TODO') })) as Hover | null;
      assert.match(hoverText(hover), /placeholder-text/, name);
    }
    assert.equal(client.process.exitCode, null);
  });
});

describe('parse budget in the server (item 9)', () => {
  let server: ServerWithLog;
  before(async () => {
    // Each quadratic input takes tens of seconds to parse; the budget stops it after 5.
    server = await startServer({ MLDL_PARSE_BUDGET_MS: '5000' });
  });
  after(() => server.client.kill());

  test('a quadratic document gets "parse budget exceeded" while the server answers other requests; its next change is reviewed', { timeout: 300_000 }, async () => {
    const { client, logs } = server;
    const good = uriIn('budget-good.md');
    await client.open(good, GOOD);
    await published(client, good, 1, 'the good document reviewed');
    const lowLatency = positionOf(GOOD, 'low latency');

    // The families that stay quadratic when the server parses a document region by region
    // (repeated setext headings do not: each becomes a region of its own).
    const slowInputs = { 'emphasis-delimiters': quadratic(1)['emphasis-delimiters'], 'reference-pairs': quadratic(2)['reference-pairs'] };
    for (const [name, input] of Object.entries(slowInputs)) {
      const slow = uriIn(`budget-${name}.md`);
      const text = `# Slow ${name}\n\n${input}`;
      const events: string[] = [];
      await client.open(slow, text);
      const verdict = published(client, slow, 1, `the verdict on ${name}`).then((diagnostics) => {
        events.push('verdict');
        return diagnostics;
      });
      // While the worker grinds on the slow document, the main thread still answers.
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: good }, position: lowLatency })) as Hover | null;
      events.push('hover');
      assert.match(hoverText(hover), /unquantified-requirement/);
      const diagnostics = await verdict;
      assert.deepEqual(events, ['hover', 'verdict'], `${name}: the hover was answered before the slow review ended`);
      assert.equal(diagnostics.length, 1, `${name}: one diagnostic`);
      assert.equal(diagnostics[0].code, 'not-reviewed');
      assert.match(messageOf(diagnostics[0]), /^parse budget exceeded \(5 s\): not reviewed; it is reviewed again when it changes$/);
      await until(`${name}: a log line`, () => logs.some((line) => line.includes(slow) && line.includes('parse budget exceeded')));

      // The next change is reviewed again: here it replaces the slow text with a real doc.
      const end = client.documents.get(slow)!.positionAt(text.length);
      const version = await client.change(slow, { start: { line: 0, character: 0 }, end }, GOOD);
      const reviewed = await published(client, slow, version, `${name} reviewed after the change`);
      assert.ok(reviewed.some((d) => d.code === 'unquantified-requirement'));
    }
    assert.equal(client.process.exitCode, null);
  });
});

describe('a job that hogs the review worker (item 9)', () => {
  let server: ServerWithLog;
  before(async () => {
    // The stall happens outside the worker's own budget: only the main thread's deadline (budget + 2 s) stops it.
    server = await startServer({ MLDL_PARSE_BUDGET_MS: '8000', MLDL_TEST_STALL_REVIEW_MS: '60000' });
  });
  after(() => server.client.kill());

  test('the worker is restarted, the document says so, and the next documents are reviewed', { timeout: 120_000 }, async () => {
    const { client, logs } = server;
    const stalled = uriIn('stalled.md');
    const waiting = uriIn('waiting.md');
    await client.open(stalled, `${GOOD}\n${STALL_MARKER}\n`);
    await client.open(waiting, GOOD);
    const diagnostics = await published(client, stalled, 1, 'the verdict on the stalled document');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'not-reviewed');
    assert.match(messageOf(diagnostics[0]), /^parse budget exceeded/);
    // The review waiting behind it runs on the new worker.
    const reviewed = await published(client, waiting, 1, 'the waiting document reviewed');
    assert.ok(reviewed.some((d) => d.code === 'unquantified-requirement'));
    await until('a log line about the restart', () => logs.some((line) => line.includes('restarting the review worker')));
  });
});

describe('document size cap in the server (item 8)', () => {
  let server: ServerWithLog;
  let root: string;
  before(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-size-')));
    fs.writeFileSync(path.join(root, '.mldlrc.json'), JSON.stringify({ maxDocumentSize: '4KB' }));
    server = await startServer({}, root);
  });
  after(() => {
    server.client.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('a document over maxDocumentSize gets one "skipped: too large" diagnostic and a log line; under it, a review', { timeout: 60_000 }, async () => {
    const { client, logs } = server;
    const uri = fileUri(path.join(root, 'big.md'));
    const big = `${GOOD}\n${'More notes on the ranker and its features.\n'.repeat(200)}`;
    assert.ok(Buffer.byteLength(big) > 4096);
    await client.open(uri, big);
    const diagnostics = await published(client, uri, 1, 'the size verdict');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'not-reviewed');
    assert.match(messageOf(diagnostics[0]), /^skipped: too large \(\d+(\.\d)? KB; the limit is 4 KB\)$/);
    await until('a log line', () => logs.some((line) => line.includes('big.md') && line.includes('too large')));
    const end = client.documents.get(uri)!.positionAt(big.length);
    const version = await client.change(uri, { start: client.documents.get(uri)!.positionAt(GOOD.length), end }, '');
    const reviewed = await published(client, uri, version, 'the review once small enough');
    assert.ok(reviewed.some((d) => d.code === 'unquantified-requirement'));
  });
});
