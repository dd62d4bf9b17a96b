// Protocol tests: the built language server runs as a child process
// (`bin/mldl-language-server.js --stdio`) and a real JSON-RPC client drives it
// the way an editor does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver';
import { lint } from '../server/linter.js';
import { docsUrl } from '../server/engine/docs-url.js';
import type { CoverageResult } from '../server/lsp/protocol.js';
import {
  BASIC_CAPABILITIES,
  FIXTURES,
  LspClient,
  fileUri,
  isInsertion,
  keepsOriginal,
  textEditsOf,
  codes,
} from './lsp-harness.js';

const FIXTURE_PATH = path.join(FIXTURES, 'design-doc.md');
const FIXTURE = fs.readFileSync(FIXTURE_PATH, 'utf8');

function byCode(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.find((d) => d.code === code);
  assert.ok(found, `expected a ${code} diagnostic, got ${codes(diagnostics).join(', ')}`);
  return found;
}

/** Line/character of the first occurrence of `needle` in `text` (0-based). */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function codeActions(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  }) as Promise<CodeAction[]>;
}

function actionTitled(actions: CodeAction[], title: string): CodeAction {
  const found = actions.find((a) => a.title === title);
  assert.ok(found, `expected action "${title}", got: ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

/** Applies a code action's edit the way an editor does; checks it only inserts. */
async function applyAction(client: LspClient, uri: string, action: CodeAction): Promise<{ version: number; edits: TextEdit[] }> {
  assert.ok(action.edit, `"${action.title}" has no edit`);
  const edits = textEditsOf(action.edit)[uri];
  assert.ok(edits && edits.length > 0, `"${action.title}" edits another document`);
  for (const edit of edits) assert.ok(isInsertion(edit), `"${action.title}" replaces text: ${JSON.stringify(edit.range)}`);
  const change = action.edit.documentChanges?.[0];
  assert.ok(change && 'textDocument' in change, 'edits are versioned document changes');
  assert.equal(change.textDocument.version, client.version(uri), 'edit is tagged with the current version');
  const original = client.text(uri);
  const version = await client.applyTextEdits(uri, edits);
  assert.ok(keepsOriginal(original, client.text(uri)), 'the original text is preserved');
  return { version, edits };
}

describe('language server over stdio, push diagnostics', () => {
  let client: LspClient;
  const uri = fileUri(FIXTURE_PATH);

  before(async () => {
    // A longer pause than the default 200 ms, so that a loaded CI machine cannot split the burst of edits below.
    const started = await LspClient.start({ initializationOptions: { debounceMs: 1000 } });
    client = started.client;
    const capabilities = started.initialize.capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(capabilities.diagnosticProvider, undefined, 'no pull diagnostics when the client does not offer them');
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['mldl.insertAllMissing']);
    await client.open(uri, FIXTURE);
  });

  after(() => client.kill());

  test('publishes diagnostics for the opened version with source, code, docs link, severity and exact range', async () => {
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const passage = byCode(diagnostics, 'unquantified-requirement');
    assert.equal(passage.source, 'mldl');
    assert.equal(passage.severity, 2, 'warning');
    assert.equal(passage.codeDescription?.href, docsUrl('unquantified-requirement'));
    const start = positionOf(FIXTURE, 'low latency');
    assert.deepEqual(passage.range, { start, end: { line: start.line, character: start.character + 'low latency'.length } });

    const baseline = byCode(diagnostics, 'baseline-model');
    assert.equal(baseline.severity, 1, 'error');
    assert.deepEqual(baseline.range.start, positionOf(FIXTURE, '## Model'), 'document finding sits on the step heading');
    const cadence = byCode(diagnostics, 'training-frequency');
    assert.equal(cadence.severity, 3, 'info → Information');
    assert.ok(!codes(diagnostics).includes('offline-metrics'), 'covered concepts are not reported');
  });

  test('an incremental change updates the diagnostics for the new version', async () => {
    await client.diagnosticsFor(uri, 1);
    const version = await client.replace(uri, 'low latency', 'a p99 latency under 150 ms');
    const diagnostics = await client.diagnosticsFor(uri, version);
    assert.ok(!codes(diagnostics).includes('unquantified-requirement'));
    assert.ok(!codes(diagnostics).includes('latency-budget'), 'the number now settles the latency budget');
    assert.ok(codes(diagnostics).includes('baseline-model'));
  });

  test('rapid edits: stale versions are never published, the last one is', async () => {
    const first = client.version(uri);
    await client.diagnosticsFor(uri, first);
    const publishedBefore = client.published.length;
    const v1 = await client.replace(uri, 'The home screen serves', 'TODO: The home screen serves');
    const v2 = await client.replace(uri, 'Impressions and play events', 'TBD Impressions and play events');
    const v3 = await client.replace(uri, 'TODO: The home screen serves', 'The home screen serves');
    const v4 = await client.replace(uri, 'TBD Impressions and play events', 'Impressions and play events');
    const final = await client.diagnosticsFor(uri, v4);
    // No fixed pause for a stale run to (wrongly) publish after the final one:
    // each edit replaced the waiting run of the one before, reviews run one
    // at a time in order, and the server writes in order, so a stale publish
    // would reach us before the answer to a request that needs v4's review.
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const published = client.published.slice(publishedBefore).filter((p) => p.uri === uri);
    for (const stale of [v1, v2, v3]) {
      assert.ok(!published.some((p) => p.version === stale), `version ${stale} was superseded and must not be published`);
    }
    assert.equal(published[published.length - 1].version, v4);
    assert.ok(!codes(final).includes('placeholder-text'), 'placeholders of the stale versions are gone');
  });

  test('quick fix inserts the skeleton, keeps the text, and the finding clears', async () => {
    const diagnostics = await client.diagnosticsFor(uri, client.version(uri));
    const actions = await codeActions(client, uri, byCode(diagnostics, 'baseline-model'));
    const fix = actionTitled(actions, 'Add a baseline model');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const { version, edits } = await applyAction(client, uri, fix);
    assert.match(edits[0].newText, /Baseline/);
    assert.doesNotMatch(edits[0].newText, /\$\{\d|\$\d/, 'plain text when the client has no snippet support');
    const after = await client.diagnosticsFor(uri, version);
    assert.ok(!codes(after).includes('baseline-model'), `baseline-model should clear, got ${codes(after).join(', ')}`);
    // Inserted at the end of the Model section, before Evaluation.
    const text = client.text(uri);
    assert.ok(text.indexOf('**Baseline:**') > text.indexOf('## Model') && text.indexOf('**Baseline:**') < text.indexOf('## Evaluation'));
  });

  test('"Disable for this file" creates front matter, then merges a second rule into it', async () => {
    let diagnostics = await client.diagnosticsFor(uri, client.version(uri));
    let actions = await codeActions(client, uri, byCode(diagnostics, 'cold-start'));
    let applied = await applyAction(client, uri, actionTitled(actions, 'Disable cold-start for this file'));
    assert.match(client.text(uri), /^---\nmldl:\n {2}rules:\n {4}cold-start: off\n---\n/);
    diagnostics = await client.diagnosticsFor(uri, applied.version);
    assert.ok(!codes(diagnostics).includes('cold-start'));
    assert.ok(codes(diagnostics).includes('position-bias'), 'only that rule is off');

    actions = await codeActions(client, uri, byCode(diagnostics, 'position-bias'));
    applied = await applyAction(client, uri, actionTitled(actions, 'Disable position-bias for this file'));
    assert.match(client.text(uri), /^---\nmldl:\n {2}rules:\n {4}cold-start: off\n {4}position-bias: off\n---\n/);
    diagnostics = await client.diagnosticsFor(uri, applied.version);
    assert.ok(!codes(diagnostics).includes('position-bias'));
    assert.ok(!codes(diagnostics).includes('front-matter'), 'the front matter is still valid YAML');
  });

  test('"Disable for this line" adds a comment above a passage finding', async () => {
    const version = await client.replace(uri, 'a p99 latency under 150 ms', 'low latency');
    let diagnostics = await client.diagnosticsFor(uri, version, (d) => codes(d).includes('unquantified-requirement'));
    const actions = await codeActions(client, uri, byCode(diagnostics, 'unquantified-requirement'));
    const docs = actionTitled(actions, 'Show documentation for unquantified-requirement');
    assert.deepEqual(docs.command?.arguments, ['unquantified-requirement', docsUrl('unquantified-requirement')]);
    const applied = await applyAction(client, uri, actionTitled(actions, 'Disable unquantified-requirement for this line'));
    assert.match(client.text(uri), /<!-- mldl-disable-next-line unquantified-requirement -->\nRecommendations must be returned with low latency\./);
    diagnostics = await client.diagnosticsFor(uri, applied.version);
    assert.ok(!codes(diagnostics).includes('unquantified-requirement'));
    assert.ok(codes(diagnostics).includes('latency-budget'), 'the document-level rule is not affected');
  });

  test('hover on a finding explains it; hover on a heading shows its step coverage', async () => {
    const text = client.text(uri);
    const onFinding = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, '## Data'),
    })) as Hover;
    const findingText = (onFinding.contents as MarkupContent).value;
    assert.equal((onFinding.contents as MarkupContent).kind, 'markdown');
    assert.match(findingText, /Framework step 3: Data/);
    assert.match(findingText, /✓ `data-sources`/);
    assert.match(findingText, /✓ `data-leakage`/);

    const model = positionOf(text, '## Evaluation');
    const heading = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: model })) as Hover;
    assert.match((heading.contents as MarkupContent).value, /Framework step 5: Evaluation\*\* · 3\/3 covered/);

    const serving = positionOf(text, '## Serving');
    const withFinding = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: serving })) as Hover;
    const value = (withFinding.contents as MarkupContent).value;
    assert.match(value, /\*\*mldl: batch-vs-online\*\*/);
    // The editor shows the diagnostic's message beside the hover: the hover does not repeat it.
    assert.doesNotMatch(value, /Batch or online prediction is not decided/);
    assert.match(value, /What would satisfy it:/);
    assert.ok(value.includes(docsUrl('batch-vs-online')));

    const nothing = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, 'Offline we track'),
    });
    assert.equal(nothing, null, 'no hover on plain prose');
  });

  test('mldl/coverage returns every step with covered / missing rules and evidence ranges', async () => {
    const coverage = (await client.connection.sendRequest('mldl/coverage', { uri })) as CoverageResult;
    assert.equal(coverage.uri, uri);
    assert.equal(coverage.version, client.version(uri));
    assert.equal(coverage.systemType, 'recommendation');
    assert.deepEqual(coverage.steps.map((s) => s.step), ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
    const model = coverage.steps.find((s) => s.step === 'model')!;
    assert.equal(model.title, 'Model');
    const baseline = model.rules.find((r) => r.ruleId === 'baseline-model')!;
    assert.equal(baseline.status, 'covered', 'the inserted skeleton covers it');
    assert.ok(baseline.range, 'covered rules say where');
    const text = client.text(uri);
    assert.ok(baseline.range.start.line > positionOf(text, '## Model').line);
    const monitoring = coverage.steps.find((s) => s.step === 'monitoring')!;
    assert.equal(monitoring.rules.find((r) => r.ruleId === 'drift-monitoring')?.status, 'missing');
    const data = coverage.steps.find((s) => s.step === 'data')!;
    assert.equal(data.rules.find((r) => r.ruleId === 'cold-start')?.status, 'off', 'disabled in front matter');
    assert.equal(data.rules.find((r) => r.ruleId === 'class-imbalance')?.status, 'not-applicable');
    for (const step of coverage.steps) {
      assert.equal(step.covered, step.rules.filter((r) => r.status === 'covered').length);
      assert.equal(step.total, step.rules.filter((r) => r.status === 'covered' || r.status === 'missing').length);
    }
    assert.equal(coverage.covered, coverage.steps.reduce((n, s) => n + s.covered, 0));
    assert.equal(coverage.total, coverage.steps.reduce((n, s) => n + s.total, 0));
    assert.ok(coverage.covered < coverage.total);
  });

  test('mldl.insertAllMissing refuses a stale version, then inserts every skeleton once', async () => {
    const version = client.version(uri);
    await client.diagnosticsFor(uri, version);
    const stale = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'mldl.insertAllMissing',
      arguments: [uri, version - 1],
    })) as { applied: boolean };
    assert.equal(stale.applied, false);
    assert.equal(client.appliedEdits.length, 0, 'no edit for a stale version');

    const original = client.text(uri);
    const missingBefore = lint(original, { force: true }).findings.filter((f) => f.kind === 'document');
    assert.ok(missingBefore.length >= 3);
    const result = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'mldl.insertAllMissing',
      arguments: [uri, version],
    })) as { applied: boolean; inserted: number };
    assert.equal(result.applied, true);
    assert.equal(client.appliedEdits.length, 1);
    const edits = textEditsOf(client.appliedEdits[0].edit)[uri];
    assert.ok(edits.every(isInsertion));
    const text = client.text(uri);
    assert.ok(keepsOriginal(original, text));
    assert.equal(text.match(/^## Monitoring$/gm)?.length, 1, 'the missing step section is created once');
    const diagnostics = await client.diagnosticsFor(uri, client.version(uri));
    const remaining = codes(diagnostics.filter((d) => (d.data as { kind?: string }).kind === 'document'));
    for (const finding of missingBefore) {
      const skeleton = finding.fixes[0].insertion.text.trim().split('\n').pop()!;
      const copies = text.split(skeleton).length - 1;
      // A skeleton inserted earlier can already settle a later rule (drift alerts that trigger retraining).
      if (copies === 0) assert.ok(!remaining.includes(finding.ruleId), `${finding.ruleId}: neither inserted nor settled`);
      else assert.equal(copies, 1, `the ${finding.ruleId} skeleton is inserted exactly once`);
    }
    assert.deepEqual(remaining, [], 'every missing concept is settled by its skeleton');
  });

  test('bad requests get errors, and the server keeps answering', async () => {
    await assert.rejects(client.connection.sendRequest('mldl/coverage', { uri: 'file:///not/open.md' }), (error: { code: number; message: string }) => {
      assert.equal(error.code, -32602);
      assert.match(error.message, /not open/);
      return true;
    });
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'mldl.nope', arguments: [] }));
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'mldl.insertAllMissing', arguments: [42] }));
    const actions = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'file:///not/open.md' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.equal(actions, null);
    const coverage = (await client.connection.sendRequest('mldl/coverage', { uri })) as CoverageResult;
    assert.equal(coverage.version, client.version(uri));
  });

  test('shutdown and exit end the process with code 0', async () => {
    const code = await client.shutdown();
    assert.equal(code, 0);
  });
});

describe('language server: client capabilities and settings', () => {
  test('snippet edits when the client supports them (LSP 3.18 snippetEditSupport)', async () => {
    const capabilities = structuredClone(BASIC_CAPABILITIES);
    capabilities.workspace!.workspaceEdit = { documentChanges: true, snippetEditSupport: true };
    const { client } = await LspClient.start({ capabilities });
    try {
      const uri = fileUri(FIXTURE_PATH);
      await client.open(uri, FIXTURE);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      const fix = actionTitled(await codeActions(client, uri, byCode(diagnostics, 'baseline-model')), 'Add a baseline model');
      const change = fix.edit?.documentChanges?.[0] as { edits: Array<{ snippet?: { kind: string; value: string } }> };
      assert.equal(change.edits[0].snippet?.kind, 'snippet');
      assert.match(change.edits[0].snippet!.value, /\$\{1:[^}]+\}/, 'tab stops');
    } finally {
      client.kill();
    }
  });

  test('pull diagnostics when the client offers textDocument/diagnostic', async () => {
    const capabilities = structuredClone(BASIC_CAPABILITIES);
    capabilities.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
    const { client, initialize } = await LspClient.start({ capabilities });
    try {
      assert.deepEqual(initialize.capabilities.diagnosticProvider, { identifier: 'mldl', interFileDependencies: false, workspaceDiagnostics: false });
      const uri = fileUri(FIXTURE_PATH);
      await client.open(uri, FIXTURE);
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
        kind: string;
        resultId: string;
        items: Diagnostic[];
      };
      assert.equal(report.kind, 'full');
      assert.ok(codes(report.items).includes('baseline-model'));
      assert.equal(byCode(report.items, 'unquantified-requirement').codeDescription?.href, docsUrl('unquantified-requirement'));
      const onWords = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: positionOf(FIXTURE, 'latency.'),
      })) as Hover;
      const words = (onWords.contents as MarkupContent).value;
      assert.match(words, /\*\*mldl: unquantified-requirement\*\*/);
      assert.doesNotMatch(words, /"low latency" has no number/, 'the message is the diagnostic\'s, shown beside the hover');
      assert.match(words, /Why a reviewer asks:/, 'quotes the rule page');
      assert.deepEqual(onWords.range, byCode(report.items, 'unquantified-requirement').range, 'the hover covers the flagged words');
      const again = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId })) as { kind: string };
      assert.equal(again.kind, 'unchanged');
      await client.replace(uri, 'low latency', 'a p99 latency under 150 ms');
      const changed = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId })) as {
        kind: string;
        items: Diagnostic[];
      };
      assert.equal(changed.kind, 'full');
      assert.ok(!codes(changed.items).includes('unquantified-requirement'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(client.published.filter((p) => p.uri === uri && p.diagnostics.length > 0).length, 0, 'no push diagnostics in pull mode');

      // A pull that overtakes the didOpen (a client pulling for a tab it is still opening) waits for it.
      const other = fileUri(path.join(FIXTURES, 'second-doc.md'));
      const early = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: other } }) as Promise<{ items: Diagnostic[] }>;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await client.open(other, FIXTURE);
      assert.ok(codes((await early).items).includes('baseline-model'));
    } finally {
      client.kill();
    }
  });

  test('settings: preset, per-rule severity, onSave mode and enable', async () => {
    const { client } = await LspClient.start({ settings: { preset: 'strict', rules: { 'baseline-model': 'off', 'cold-strat': 'off' } } });
    try {
      const uri = fileUri(FIXTURE_PATH);
      await client.open(uri, FIXTURE);
      let diagnostics = await client.diagnosticsFor(uri, 1);
      assert.ok(!codes(diagnostics).includes('baseline-model'), 'switched off in settings');
      assert.equal(byCode(diagnostics, 'training-frequency').severity, 1, 'strict preset makes info rules errors');
      const warning = await client.waitFor('a warning about the misspelt rule', () => client.messages.find((m) => m.type === 2));
      assert.match(warning.message, /mldl\.rules\.cold-strat: Unknown rule "cold-strat"\. Did you mean "cold-start"\?/);

      client.settings = { run: 'onSave' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      diagnostics = await client.diagnosticsFor(uri, 1, (d) => codes(d).includes('baseline-model'));
      assert.equal(byCode(diagnostics, 'training-frequency').severity, 3, 'back to the recommended preset');
      const version = await client.replace(uri, 'low latency', 'a p99 latency under 150 ms');
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.ok(!client.published.some((p) => p.version === version), 'onSave: typing does not lint');
      await client.save(uri);
      diagnostics = await client.diagnosticsFor(uri, version);
      assert.ok(!codes(diagnostics).includes('unquantified-requirement'));

      client.settings = { enable: false };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      diagnostics = await client.diagnosticsFor(uri, version, (d) => d.length === 0);
      assert.deepEqual(diagnostics, []);
    } finally {
      client.kill();
    }
  });

  test('autoDetect: false lints a Markdown file that does not look like a design doc', async () => {
    const notes = '# Meeting notes\n\nWe talked about the offsite and lunch options.\n';
    const uri = fileUri(path.join(FIXTURES, 'notes.md'));
    const { client } = await LspClient.start();
    try {
      await client.open(uri, notes);
      assert.deepEqual(await client.diagnosticsFor(uri, 1), [], 'skipped by auto-detection');
      const coverage = (await client.connection.sendRequest('mldl/coverage', { uri })) as CoverageResult;
      assert.equal(coverage.skipped, true);
      assert.ok(coverage.skipReason && coverage.skipReason.length > 0, 'says why');
      assert.deepEqual([coverage.steps, coverage.systemType], [[], null]);

      // An unsaved buffer has no file and no config files: the settings alone apply.
      const untitled = 'untitled:Untitled-1';
      await client.open(untitled, FIXTURE);
      assert.ok(codes(await client.diagnosticsFor(untitled, 1)).includes('baseline-model'));
    } finally {
      client.kill();
    }
    const forced = await LspClient.start({ settings: { autoDetect: false } });
    try {
      await forced.client.open(uri, notes);
      const diagnostics = await forced.client.diagnosticsFor(uri, 1);
      assert.ok(codes(diagnostics).includes('business-metric'));
    } finally {
      forced.client.kill();
    }
  });
});

describe('language server: configuration files and workspaces', () => {
  let workspace: string;

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-lsp-'));
    for (const folder of ['team-a', 'team-b']) {
      fs.mkdirSync(path.join(workspace, folder));
      fs.writeFileSync(path.join(workspace, folder, 'design.md'), FIXTURE);
    }
  });

  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  test('a broken .mldlrc.json gives an error diagnostic, not a crash; fixing it re-lints', async () => {
    const folder = path.join(workspace, 'team-a');
    const configFile = path.join(folder, '.mldlrc.json');
    fs.writeFileSync(configFile, '{ "rules": { "baseline-model": "loud" } }\n');
    const uri = fileUri(path.join(folder, 'design.md'));
    const { client } = await LspClient.start({ workspaceFolders: [{ uri: fileUri(folder), name: 'team-a' }] });
    try {
      const watcher = await client.waitFor('config file watcher', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
      const globs = (watcher.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
      assert.ok(globs.includes('**/.mldlrc.*') && globs.includes('**/package.json'));
      await client.open(uri, FIXTURE);
      let diagnostics = await client.diagnosticsFor(uri, 1);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'config');
      assert.equal(diagnostics[0].severity, 1);
      assert.equal(diagnostics[0].source, 'mldl');
      assert.match(diagnostics[0].message as string, /\.mldlrc\.json:1:\d+: rules\.baseline-model: .*"loud"/);

      const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.equal(hover, null, 'the server is still answering');

      fs.writeFileSync(configFile, '{ "rules": { "baseline-model": "off", "drift-monitoring": "info" } }\n');
      const before = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configFile), type: 2 }] });
      diagnostics = await client.waitFor('re-lint after the config change', () =>
        client.published.slice(before).find((p) => p.uri === uri && p.diagnostics.length > 1)?.diagnostics,
      );
      assert.ok(!codes(diagnostics).includes('config'));
      assert.ok(!codes(diagnostics).includes('baseline-model'), 'switched off by the config file');
      assert.equal(byCode(diagnostics, 'drift-monitoring').severity, 3);
    } finally {
      client.kill();
    }
  });

  test('multi-root: each folder gets its own config file, and it overrides the settings', async () => {
    fs.writeFileSync(path.join(workspace, 'team-a', '.mldlrc.json'), '{ "rules": { "baseline-model": "off" } }\n');
    fs.writeFileSync(path.join(workspace, 'team-b', '.mldlrc.yaml'), 'extends: mldl:strict\n');
    const folders = ['team-a', 'team-b'].map((name) => ({ uri: fileUri(path.join(workspace, name)), name }));
    const { client } = await LspClient.start({
      workspaceFolders: folders,
      // Settings ask for baseline-model as info everywhere; team-a's file switches it off.
      settings: { rules: { 'baseline-model': 'info' } },
    });
    try {
      const a = fileUri(path.join(workspace, 'team-a', 'design.md'));
      const b = fileUri(path.join(workspace, 'team-b', 'design.md'));
      await client.open(a, FIXTURE);
      await client.open(b, FIXTURE);
      const inA = await client.diagnosticsFor(a, 1);
      const inB = await client.diagnosticsFor(b, 1);
      assert.ok(!codes(inA).includes('baseline-model'));
      assert.equal(byCode(inA, 'training-frequency').severity, 3);
      assert.equal(byCode(inB, 'baseline-model').severity, 1, 'the strict preset in the file beats the setting');
      assert.equal(byCode(inB, 'training-frequency').severity, 1);
    } finally {
      client.kill();
    }
  });
});
