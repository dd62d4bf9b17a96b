// The esbuild bundle the VS Code extension ships (scripts/bundle.mjs →
// server.cjs), run the way VS Code runs it: forked, over node IPC.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { FIXTURES, LspClient, REPO_ROOT, fileUri } from './lsp-harness.js';

// Inside out/ (git-ignored): the bundle finds rules/<id>/README.md by walking up, as from dist/.
const OUT_DIR = path.join(REPO_ROOT, 'out', 'lsp-bundle-test');

before(() => {
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/bundle.mjs'), '--server-only', '--outdir', OUT_DIR], { stdio: 'pipe' });
});

after(() => fs.rmSync(OUT_DIR, { recursive: true, force: true }));

test('the bundled server speaks LSP over node IPC and reads the rule pages', async () => {
  const bundle = path.join(OUT_DIR, 'server.cjs');
  assert.ok(fs.existsSync(bundle), 'bundle written');
  // The engine is in the review worker's file, which the main thread never loads (scripts/bundle.mjs).
  assert.ok(fs.existsSync(path.join(OUT_DIR, 'review-worker.cjs')), 'review worker bundle written');
  assert.ok(!fs.readFileSync(bundle, 'utf8').includes('micromark'), "the server's main-thread bundle holds no parser");
  const { client, initialize } = await LspClient.start({ ipcModule: bundle });
  try {
    assert.equal(initialize.serverInfo?.name, 'mldl-language-server');
    const file = path.join(FIXTURES, 'design-doc.md');
    const uri = fileUri(file);
    const text = fs.readFileSync(file, 'utf8');
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.ok(diagnostics.some((d) => d.code === 'baseline-model' && d.source === 'mldl'));
    const line = text.split('\n').findIndex((l) => l === '## Model');
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    const page = fs.readFileSync(path.join(REPO_ROOT, 'rules/baseline-model/README.md'), 'utf8');
    const why = /## Why a reviewer asks\s+([^\n]+)/.exec(page)?.[1];
    assert.ok(why, 'rules/baseline-model/README.md has a "Why a reviewer asks" section');
    assert.ok(value.includes(why), 'the hover quotes the rule page');
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});
