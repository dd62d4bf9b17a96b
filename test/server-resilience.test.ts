// Resilience of the real language server process (bin/mldl-language-server.js
// over stdio): a rule that throws, a rule that blows the time budget, hostile
// and malformed requests. After each blow the
// server must still answer a normal request correctly. Faults are injected
// through the test-only variables of server/lsp/test-hooks.ts. Memory over
// 10,000 edits is test/server-memory.test.ts (in `npm run test:slow`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver';
import { ResponseError } from 'vscode-jsonrpc';
import { lint } from '../server/linter.js';
import { BASIC_CAPABILITIES, FIXTURES, LspClient, fileUri, startServerWithEnv, until, type ServerWithLog, messageOf, hoverText, positionOf, codes } from './lsp-harness.js';

const FIXTURE_PATH = path.join(FIXTURES, 'design-doc.md');
const FIXTURE = fs.readFileSync(FIXTURE_PATH, 'utf8');
const FIXTURE_URI = fileUri(FIXTURE_PATH);
/** Documents that do not exist on disk, in the fixtures folder (so they get its configuration). */
const uriIn = (name: string): string => fileUri(path.join(FIXTURES, name));

type Server = ServerWithLog;
const startServer = startServerWithEnv;


/** The rule ids lint() reports for `text` at the fixture's path, as the server should. */
function expectedCodes(text: string, filePath = FIXTURE_PATH): string[] {
  return lint(text, { filePath }).findings.map((f) => f.ruleId);
}

/** Server stderr and log lines that would mean a handler failed without being caught. */
function unhandled(server: Server): string[] {
  return [...server.client.stderr.split('\n'), ...server.logs].filter((line) => /unhandled|uncaught/i.test(line));
}

describe('a rule that throws inside the server', () => {
  let server: Server;
  before(async () => {
    server = await startServer({ MLDL_TEST_THROWING_RULE: 'latency-budget' });
  });
  after(() => server.client.kill());

  test('gives exactly one internal-error diagnostic naming the rule, a log line, and the other rules still report', async () => {
    const { client, logs } = server;
    await client.open(FIXTURE_URI, FIXTURE);
    const diagnostics = await client.diagnosticsFor(FIXTURE_URI, 1);
    const internal = diagnostics.filter((d) => d.code === 'internal-error');
    assert.equal(internal.length, 1, `one internal-error, got: ${codes(diagnostics).join(', ')}`);
    assert.match(messageOf(internal[0]), /Rule "latency-budget" failed/);
    assert.match(messageOf(internal[0]), /test fault injected/);
    // Without the fault latency-budget fires on this doc; everything else is unchanged.
    const expected = expectedCodes(FIXTURE);
    assert.ok(expected.includes('latency-budget'), 'the fixture is one the throwing rule would report on');
    assert.deepEqual(
      codes(diagnostics).filter((c) => c !== 'internal-error').sort(),
      expected.filter((c) => c !== 'latency-budget').sort(),
    );
    await until('a log line naming the rule', () => logs.some((line) => line.includes('latency-budget') && line.includes('failed')));
    // Still serving: hover on another rule's finding works.
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: FIXTURE_URI },
      position: positionOf(FIXTURE, 'low latency'),
    })) as Hover | null;
    assert.match(hoverText(hover), /unquantified-requirement/);
    assert.deepEqual(unhandled(server), []);
  });
});

describe('the time budget inside the server', () => {
  let server: Server;
  before(async () => {
    // The first rule stalls past a 200 ms budget: the review must stop after it and say so.
    server = await startServer({ MLDL_TEST_SLOW_RULE: 'business-objective', MLDL_TEST_TIME_BUDGET_MS: '200' });
  });
  after(() => server.client.kill());

  test('stops the review and says so in a diagnostic and in the log', async () => {
    const { client, logs } = server;
    await client.open(FIXTURE_URI, FIXTURE);
    const diagnostics = await client.diagnosticsFor(FIXTURE_URI, 1);
    const internal = diagnostics.filter((d) => d.code === 'internal-error');
    assert.equal(internal.length, 1, `one internal-error, got: ${codes(diagnostics).join(', ')}`);
    const match = /Review stopped after 200 ms: (\d+) rules did not run/.exec(messageOf(internal[0]));
    assert.ok(match, messageOf(internal[0]));
    assert.ok(Number(match[1]) > 30, 'the rules after the slow one did not run');
    for (const later of ['drift-monitoring', 'baseline-model', 'unquantified-requirement']) {
      assert.ok(expectedCodes(FIXTURE).includes(later), `${later} fires without the budget`);
      assert.ok(!codes(diagnostics).includes(later), `${later} ran after the budget was spent`);
    }
    await until('a log line about the budget', () => logs.some((line) => line.includes('Review stopped after 200 ms')));
  });
});

describe('hostile requests', () => {
  let server: Server;
  let client: LspClient;
  const probe = uriIn('probe.md');

  /** The server is alive and correct: a hover on the probe document's finding names the rule. */
  async function assertAlive(): Promise<void> {
    assert.equal(client.process.exitCode, null, `server exited; stderr:\n${client.stderr}`);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: probe },
      position: positionOf(FIXTURE, 'low latency'),
    })) as Hover | null;
    assert.match(hoverText(hover), /unquantified-requirement/, 'the probe hover still answers correctly');
  }

  /** A request that may be answered with an error, never left hanging. */
  async function settles(method: string, params: unknown): Promise<unknown> {
    try {
      return await client.connection.sendRequest(method, params);
    } catch (error) {
      assert.ok(error instanceof ResponseError, `${method}: expected a JSON-RPC error, got ${String(error)}`);
      return error;
    }
  }

  before(async () => {
    server = await startServer();
    client = server.client;
    await client.open(probe, FIXTURE);
    await client.diagnosticsFor(probe, 1);
  });
  after(() => client.kill());

  test('unknown request → MethodNotFound; unknown notifications are ignored', async () => {
    await assert.rejects(client.connection.sendRequest('mldl/noSuchMethod', { x: 1 }), (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, -32601, 'MethodNotFound');
      return true;
    });
    await client.connection.sendNotification('mldl/noSuchNotification', { x: 1 });
    await client.connection.sendNotification('$/noSuchProtocolNotification', {});
    await assertAlive();
  });

  test('didChange for a document that was never opened is ignored', async () => {
    const ghost = uriIn('ghost.md');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: ghost, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'TODO' }],
    });
    await assertAlive();
    assert.equal(client.published.filter((p) => p.uri === ghost).length, 0);
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: ghost }, position: { line: 0, character: 0 } }), null);
  });

  test('didOpen twice with the same version: the second text is the one reviewed', async () => {
    const twice = uriIn('opened-twice.md');
    await client.open(twice, FIXTURE);
    assert.ok(!codes(await client.diagnosticsFor(twice, 1)).includes('placeholder-text'));
    const second = `${FIXTURE}\nTODO: settle the cold-start plan.\n`;
    await client.open(twice, second);
    const expected = expectedCodes(second).sort();
    assert.ok(expected.includes('placeholder-text'));
    await client.waitFor('diagnostics of the second text', () =>
      client.published.filter((p) => p.uri === twice && p.version === 1).some((p) => p.diagnostics.length === expected.length && codes(p.diagnostics).includes('placeholder-text')) || undefined,
    );
    await assertAlive();
  });

  test('positions out of range in hover and codeAction get an empty answer', async () => {
    for (const position of [{ line: 10_000, character: 0 }, { line: 0, character: 10_000 }, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }]) {
      assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: probe }, position }), null);
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: probe },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      });
      assert.deepEqual(actions, []);
    }
    // A range that ends before it starts, and negative numbers (not uintegers): answered or refused, never fatal.
    await settles('textDocument/codeAction', {
      textDocument: { uri: probe },
      range: { start: { line: 30, character: 5 }, end: { line: 1, character: 0 } },
      context: { diagnostics: [] },
    });
    await settles('textDocument/hover', { textDocument: { uri: probe }, position: { line: -1, character: -7 } });
    await assertAlive();
  });

  test('older and repeated version numbers in didChange: the newest text is still what is reviewed', async () => {
    const uri = uriIn('versions.md');
    await client.open(uri, FIXTURE, 5);
    await client.diagnosticsFor(uri, 5);
    const insertAtEnd = (version: number, text: string) =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 1000, character: 0 }, end: { line: 1000, character: 0 } }, text }],
      });
    // The same version again with different text: a cached review of version 5 would be stale.
    await insertAtEnd(5, '\nTODO: pick the retraining schedule.\n');
    await client.waitFor('the repeated version reviewed anew', () =>
      client.published.some((p) => p.uri === uri && p.version === 5 && codes(p.diagnostics).includes('placeholder-text')) || undefined,
    );
    // An older version: applied (the client's text is the truth) and reviewed.
    await insertAtEnd(3, '\nTBD: the privacy review.\n');
    const text = `${FIXTURE}\nTODO: pick the retraining schedule.\n\nTBD: the privacy review.\n`;
    await client.waitFor('the older version reviewed', () =>
      client.published.find((p) => p.uri === uri && p.version === 3 && p.diagnostics.filter((d) => d.code === 'placeholder-text').length === 2),
    );
    assert.equal(expectedCodes(text).filter((c) => c === 'placeholder-text').length, 2);
    await until('a log line about the version order', () => server.logs.some((line) => line.includes('version 3 arrived after version 5')));
    await assertAlive();
  });

  test('an insert past 5 MB gets one "skipped: too large" diagnostic (maxDocumentSize) and the server keeps answering', async () => {
    const uri = uriIn('huge.md');
    await client.open(uri, FIXTURE);
    await client.diagnosticsFor(uri, 1);
    // Paragraphs of ten lines. One paragraph of 50,000+ lines takes minutes: micromark's text
    // resolver is quadratic in the lines of one paragraph (see docs/safety.md, known limits).
    const paragraph = `${'The ranker scores candidates with user and episode features, and we log every impression.\n'.repeat(10)}\n`;
    const huge = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const end = { line: FIXTURE.split('\n').length, character: 0 };
    const version = await client.change(uri, { start: end, end }, huge);
    const diagnostics = await client.waitFor('diagnostics after the 5 MB insert', () => client.published.find((p) => p.uri === uri && p.version === version)?.diagnostics, 90_000);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'not-reviewed');
    assert.match(messageOf(diagnostics[0]), /^skipped: too large \(5(\.\d)? MB; the limit is 5 MB\)$/);
    await assertAlive();
    // Closing frees it; the server answers for the others.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await assertAlive();
  });

  test('invalid params: refused with an error or ignored, never fatal', async () => {
    await settles('textDocument/hover', {});
    await settles('textDocument/hover', null);
    await settles('textDocument/codeAction', { textDocument: 42 });
    await settles('textDocument/codeAction', { textDocument: { uri: probe }, range: null, context: null });
    await settles('textDocument/diagnostic', { textDocument: null });
    await assert.rejects(client.connection.sendRequest('mldl/coverage', null));
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'mldl.insertAllMissing', arguments: [{}, 'x'] }));
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'no.such.command' }));
    await client.connection.sendNotification('textDocument/didOpen', {});
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriIn('number.md'), languageId: 'markdown', version: 1, text: 42 } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: probe } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: probe, version: 2 }, contentChanges: [{ range: 'nowhere', text: 7 }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: {} });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mldl: 'not an object' } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'x' });
    // Re-sync the probe in case a malformed change reached it, then check it still answers correctly.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: probe } });
    await client.open(probe, FIXTURE, 10);
    await assertAlive();
  });

  test('a code action computed for an older version is refused', async () => {
    const uri = uriIn('stale-actions.md');
    await client.open(uri, FIXTURE);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const baseline = diagnostics.find((d) => d.code === 'baseline-model')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: baseline.range,
      context: { diagnostics: [baseline], only: ['quickfix'] },
    })) as CodeAction[];
    // Every edit is tagged with the version it was computed on, so an editor refuses it once the text moved on.
    const fix = actions.find((a) => a.edit)!;
    const change = fix.edit!.documentChanges![0];
    assert.ok('textDocument' in change && change.textDocument.version === 1);
    const insertAll = actions.find((a) => a.command?.command === 'mldl.insertAllMissing')!;
    assert.deepEqual(insertAll.command!.arguments, [uri, 1]);

    await client.replace(uri, 'low latency', 'a p99 under 150 ms');
    const appliedBefore = client.appliedEdits.length;
    const result = (await client.connection.sendRequest('workspace/executeCommand', insertAll.command)) as { applied: boolean; reason?: string };
    assert.equal(result.applied, false);
    assert.match(result.reason ?? '', /stale version 1 \(document is at 2\)/);
    assert.equal(client.appliedEdits.length, appliedBefore, 'no edit was sent for the old version');
    assert.equal(client.applyWorkspaceEdit(fix.edit!), false, 'an editor refuses the versioned edit of version 1');
    await assertAlive();
  });

  test('no unhandled promise rejection, and a clean shutdown', async () => {
    await assertAlive();
    assert.deepEqual(unhandled(server), []);
    assert.equal(await client.shutdown(), 0);
  });
});
