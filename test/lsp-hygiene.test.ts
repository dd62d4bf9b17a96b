// LSP protocol hygiene of the real server process over stdio (issue 11,
// item 14): broken framing, a header that never ends, a message too large to
// buffer, a client that stops reading, $/cancelRequest, the life cycle
// (before initialize, a second initialize, after shutdown) and a burst of
// settings changes with many documents open. After each attack the server
// must still answer a normal request correctly. Liveness bounds are generous
// ("answers within N s"); nothing here measures speed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CancellationTokenSource, createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, Hover } from 'vscode-languageserver';
import { STALL_MARKER } from '../server/lsp/test-hooks.js';
import { FIXTURES, LspClient, REPO_ROOT, SERVER_BIN, fileUri, startServerWithEnv, until, hoverText } from './lsp-harness.js';

const FIXTURE = fs.readFileSync(path.join(FIXTURES, 'design-doc.md'), 'utf8');
const uriIn = (name: string): string => fileUri(path.join(FIXTURES, name));
const TODO_LINE = FIXTURE.split('\n').length;
/** The fixture with a placeholder on its last line: hover there names placeholder-text. */
const PROBE_TEXT = `${FIXTURE}\nTODO: decide.\n`;
const PROBE_POSITION = { line: TODO_LINE, character: 1 };

async function startServer(env: Record<string, string> = {}, options: Parameters<typeof LspClient.start>[0] = {}): Promise<LspClient> {
  return (await startServerWithEnv(env, options)).client;
}

/** `promise`, or a failure naming `what` after `ms`: a liveness bound, not a speed test. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resident set size of a process in MB (Linux /proc). */
function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  assert.ok(match, 'VmRSS in /proc/<pid>/status');
  return Number(match[1]) / 1024;
}

/** Writes bytes to the server's stdin, outside the JSON-RPC connection. */
function writeRaw(client: LspClient, bytes: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => client.process.stdin!.write(bytes, (error) => (error ? reject(error) : resolve())));
}

async function probe(client: LspClient, uri: string): Promise<void> {
  const hover = (await within(30_000, 'hover after the attack', client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: PROBE_POSITION }))) as Hover | null;
  assert.match(hoverText(hover), /placeholder-text/, 'the server still answers correctly');
}

function codeOf(error: unknown): number | undefined {
  return error instanceof ResponseError ? error.code : undefined;
}

describe('broken framing', () => {
  let client: LspClient;
  const uri = uriIn('framing-probe.md');
  before(async () => {
    client = await startServer();
    await client.open(uri, PROBE_TEXT);
    await client.diagnosticsFor(uri, 1);
  });
  after(() => client.kill());

  test('Content-Length: abc costs one message, not the connection', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 'lost', method: 'textDocument/hover', params: { textDocument: { uri }, position: PROBE_POSITION } });
    await writeRaw(client, `Content-Length: abc\r\n\r\n${body}`);
    await probe(client, uri);
    await until('a log line about the header', () => client.stderr.includes('Content-Length is not a byte count: "abc"'));
  });

  test('a header without its blank line, and one without Content-Length, are skipped', async () => {
    await writeRaw(client, 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}');
    await probe(client, uri);
    await until('a log line', () => client.stderr.includes('message header without Content-Length'));
    // 2 MB of header, 2 KB at a time, never terminated: scanned once, given up on after 8 KB.
    const chunk = `X-Padding: ${'x'.repeat(2048)}`;
    for (let i = 0; i < 1000; i++) await writeRaw(client, chunk);
    await writeRaw(client, '\r\n\r\n');
    await probe(client, uri);
    await until('a log line', () => client.stderr.includes('message header longer than 8192 bytes'));
  });

  test('a message over 64 MB (200 MB) is refused and skipped without being buffered', { skip: !fs.existsSync('/proc/self/status') && 'needs /proc' }, async () => {
    const before = rssMb(client.process.pid!);
    const size = 200 * 1024 * 1024;
    await writeRaw(client, `Content-Length: ${size}\r\n\r\n`);
    const block = Buffer.alloc(1024 * 1024, 0x20);
    let peak = before;
    for (let sent = 0; sent < size; sent += block.length) {
      await writeRaw(client, block);
      if (sent % (8 * block.length) === 0) peak = Math.max(peak, rssMb(client.process.pid!));
    }
    await probe(client, uri);
    peak = Math.max(peak, rssMb(client.process.pid!));
    assert.ok(peak - before < 80, `resident memory grew by ${(peak - before).toFixed(0)} MB while 200 MB streamed past`);
    await until('a log line', () => client.stderr.includes(`message of ${size} bytes refused`));
  });
});

describe('a client that stops reading', { skip: !fs.existsSync('/proc/self/status') && 'needs /proc' }, () => {
  test('output waiting for it stays bounded, and the server answers once it reads again', { timeout: 300_000 }, async () => {
    const client = await startServer();
    try {
      const uri = uriIn('not-reading.md');
      await client.open(uri, PROBE_TEXT);
      await client.diagnosticsFor(uri, 1);
      const wholeDocument = { start: { line: 0, character: 0 }, end: { line: TODO_LINE + 1, character: 0 } };
      const sample = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: wholeDocument, context: { diagnostics: [] } })) as CodeAction[];
      const answerBytes = JSON.stringify(sample).length;
      client.process.stdout!.pause();
      const before = rssMb(client.process.pid!);
      // Answers worth several times the cap (16 MB) that the client never reads.
      const requests = Math.ceil((120 * 1024 * 1024) / answerBytes);
      let peak = before;
      for (let i = 0; i < requests; i++) {
        client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: wholeDocument, context: { diagnostics: [] } }).catch(() => undefined);
        if (i % 200 === 0) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          peak = Math.max(peak, rssMb(client.process.pid!));
        }
      }
      await until('the server to have answered (into its queue)', () => client.stderr.includes('the client is not reading'), 120_000);
      peak = Math.max(peak, rssMb(client.process.pid!));
      assert.ok(peak - before < 80, `resident memory grew by ${(peak - before).toFixed(0)} MB for ${requests} unread answers of ${answerBytes} bytes`);
      client.process.stdout!.resume();
      await probe(client, uri);
    } finally {
      client.kill();
    }
  });
});

describe('$/cancelRequest', () => {
  test('a hover waiting for a slow review is answered RequestCancelled when cancelled', { timeout: 120_000 }, async () => {
    // Reviews of this document stall for 20 s in the worker.
    const client = await startServer({ MLDL_TEST_STALL_REVIEW_MS: '20000' });
    try {
      const uri = uriIn('cancelled.md');
      await client.open(uri, `${PROBE_TEXT}\n${STALL_MARKER}\n`);
      const source = new CancellationTokenSource();
      const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: PROBE_POSITION }, source.token);
      setTimeout(() => source.cancel(), 300);
      const code = await within(15_000, 'the cancelled hover', hover.then(() => undefined, (error: unknown) => codeOf(error)));
      assert.equal(code, -32800, 'RequestCancelled');
      assert.ok(!client.published.some((p) => p.uri === uri), 'answered before the review it waited for');
    } finally {
      client.kill();
    }
  });
});

describe('life cycle', () => {
  test('requests before initialize get ServerNotInitialized; notifications are dropped', async () => {
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: REPO_ROOT });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    try {
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriIn('early.md'), languageId: 'markdown', version: 1, text: PROBE_TEXT } });
      const code = await connection.sendRequest('textDocument/hover', { textDocument: { uri: uriIn('early.md') }, position: PROBE_POSITION }).then(
        () => undefined,
        (error: unknown) => codeOf(error),
      );
      assert.equal(code, -32002, 'ServerNotInitialized');
      const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { capabilities: unknown };
      assert.ok(result.capabilities);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  test('a second initialize is refused; after shutdown requests get InvalidRequest; exit ends with 0', async (t) => {
    const client = await startServer();
    // Also when an assertion fails: a server left running keeps the test file (and npm test) from ever ending.
    t.after(() => client.kill());
    const uri = uriIn('lifecycle.md');
    await client.open(uri, PROBE_TEXT);
    await client.diagnosticsFor(uri, 1);
    const again = await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }).then(
      () => undefined,
      (error: unknown) => codeOf(error),
    );
    assert.equal(again, -32600, 'InvalidRequest for the second initialize');
    await probe(client, uri);
    await client.connection.sendRequest('shutdown');
    const after = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: PROBE_POSITION }).then(
      () => undefined,
      (error: unknown) => codeOf(error),
    );
    assert.equal(after, -32600, 'InvalidRequest after shutdown');
    const exited = new Promise<number | null>((resolve) => client.process.once('exit', resolve));
    await client.connection.sendNotification('exit');
    assert.equal(await within(10_000, 'exit', exited), 0);
    client.kill();
  });
});

describe('a burst of settings changes with 200 documents open', () => {
  test('1000 didChangeConfiguration: the server keeps answering, re-reviews once per burst, one pop-up', { timeout: 600_000 }, async () => {
    let generation = 0;
    // Every change brings a new unknown rule id: a problem the server reports.
    const client = await startServer({}, { settings: () => ({ rules: { [`no-such-rule-${generation}`]: 'warning' } }) });
    try {
      const uris = Array.from({ length: 200 }, (_, i) => uriIn(`burst-${i}.md`));
      for (const uri of uris) await client.open(uri, PROBE_TEXT);
      await until('the 200 first reviews', () => uris.every((uri) => client.published.some((p) => p.uri === uri)), 300_000);
      const messagesBefore = client.messages.length;
      const publishedBefore = client.published.length;
      for (let i = 0; i < 1000; i++) {
        generation++;
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mldl: { rules: { [`no-such-rule-${generation}`]: 'warning' } } } });
      }
      // Still answering during the re-reviews: a request that needs no review, then one that does.
      assert.equal(await within(10_000, 'hover on a closed document', client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriIn('closed.md') }, position: PROBE_POSITION })), null);
      // The documents wait in line for their re-review; this one too, so the bound is generous.
      const hover = (await within(300_000, 'hover on a document', client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uris[0] }, position: PROBE_POSITION }))) as Hover | null;
      assert.match(hoverText(hover), /placeholder-text/);
      // Every document is reviewed with the last settings, and the burst was reviewed a few times, not 1000.
      await until('the last settings everywhere', () => uris.every((uri) => client.published.slice(publishedBefore).some((p) => p.uri === uri)), 300_000);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const publishes = client.published.length - publishedBefore;
      assert.ok(publishes <= 5 * uris.length, `${publishes} publishes for ${uris.length} documents`);
      const popups = client.messages.slice(messagesBefore).filter((m) => m.message.includes('ignored some settings'));
      assert.ok(popups.length <= 1, `${popups.length} pop-ups`);
    } finally {
      client.kill();
    }
  });
});
