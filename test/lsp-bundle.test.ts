// The esbuild bundle the VS Code extension ships (scripts/bundle.mjs →
// server.cjs), run the way VS Code runs it: forked, over node IPC.
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver';
import { FIXTURES, LspClient, REPO_ROOT, fileUri, textEditsOf } from './lsp-harness.js';
import { loadTrace } from './load-trace.js';

// Inside out/ (git-ignored): the bundle finds rules/<id>/README.md by walking up, as from dist/.
// OUT_ROOT is laid out as a package is: dist/ (the bundle), bin/ (a copy of the launchers) and
// out/server (a link to what tsc compiled), so the launcher's choice can be tested without touching dist/.
const OUT_ROOT = path.join(REPO_ROOT, 'out', 'lsp-bundle-test');
const OUT_DIR = path.join(OUT_ROOT, 'dist');
const LAUNCHER = path.join(OUT_ROOT, 'bin', 'mldl-language-server.js');

before(() => {
  fs.rmSync(OUT_ROOT, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/bundle.mjs'), '--server-only', '--outdir', OUT_DIR], { stdio: 'pipe' });
  fs.mkdirSync(path.join(OUT_ROOT, 'bin'));
  for (const file of ['mldl-language-server.js', 'fresh-bundle.js']) fs.copyFileSync(path.join(REPO_ROOT, 'bin', file), path.join(OUT_ROOT, 'bin', file));
  fs.mkdirSync(path.join(OUT_ROOT, 'out'));
  fs.symlinkSync(path.join(REPO_ROOT, 'out', 'server'), path.join(OUT_ROOT, 'out', 'server'), 'dir');
});

after(() => fs.rmSync(OUT_ROOT, { recursive: true, force: true }));

/** The files server-main.cjs was made from, as its source map names them (the bundle itself is minified). */
function mainThreadSources(): string[] {
  return (JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'server-main.cjs.map'), 'utf8')) as { sources: string[] }).sources;
}

test('the bundled server speaks LSP over node IPC and reads the rule pages', async () => {
  const bundle = path.join(OUT_DIR, 'server.cjs');
  assert.ok(fs.existsSync(bundle), 'bundle written');
  // The engine is in the review worker's file, which the main thread never loads (scripts/bundle.mjs).
  assert.ok(fs.existsSync(path.join(OUT_DIR, 'review-worker.cjs')), 'review worker bundle written');
  const sources = mainThreadSources();
  assert.ok(sources.some((source) => source.endsWith('server/lsp/server.ts')), 'the source map names the sources');
  assert.deepEqual(sources.filter((source) => source.includes('micromark')), [], "the server's main-thread bundle holds no parser");
  // Nor the configuration libraries: they are in config-libs.cjs, read only when configuration needs them.
  assert.deepEqual(sources.filter((source) => /node_modules\/(?:yaml|ajv|picomatch|jsonc-parser)\//.test(source)), [], 'server-main.cjs holds no configuration library');
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

test('the bundled server reads a YAML config file with rule options and patterns, and edits front matter (config-libs.cjs)', async (t) => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-bundle-config-'));
  t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
  // yaml parses the file, ajv checks the rule's options, picomatch matches the pattern: all three come from config-libs.cjs.
  fs.writeFileSync(
    path.join(workspace, '.mldlrc.yaml'),
    ['rules:', '  baseline-model: "off"', '  unquantified-requirement: [warning, { terms: [snappy] }]', 'exclude: ["drafts/**"]', ''].join('\n'),
  );
  const { client } = await LspClient.start({ ipcModule: path.join(OUT_DIR, 'server.cjs'), workspaceFolders: [{ uri: fileUri(workspace), name: 'w' }] });
  try {
    const text = `---\ntitle: Podcasts\n---\n${fs.readFileSync(path.join(FIXTURES, 'design-doc.md'), 'utf8')}\nThe home screen must feel snappy.\n`;
    const uri = fileUri(path.join(workspace, 'design.md'));
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1, (d) => d.length > 0);
    const codes = diagnostics.map((d) => d.code);
    assert.ok(!codes.includes('config'), `the config file is valid: ${JSON.stringify(diagnostics.filter((d) => d.code === 'config'))}`);
    assert.ok(!codes.includes('baseline-model'), 'switched off by the YAML file');
    assert.ok(diagnostics.some((d) => d.code === 'unquantified-requirement' && text.split('\n')[d.range.start.line].includes('snappy')), 'the rule option adds "snappy"');

    // "Disable … for this file" merges into the existing front matter: yaml on the main thread.
    const target = diagnostics.find((d) => d.code !== 'unquantified-requirement') as Diagnostic;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    })) as CodeAction[];
    const disable = actions.find((a) => a.title === `Disable ${String(target.code)} for this file`);
    assert.ok(disable?.edit, `a front-matter action for ${String(target.code)}: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = textEditsOf(disable.edit)[uri] ?? [];
    assert.ok(edits.some((e) => e.newText.includes(`${String(target.code)}: off`) && e.range.start.line === 2), `merged under the front matter's keys: ${JSON.stringify(edits)}`);

    const draft = fileUri(path.join(workspace, 'drafts', 'idea.md'));
    await client.open(draft, text);
    const draftDiagnostics = await client.diagnosticsFor(draft, 1);
    assert.deepEqual(draftDiagnostics.map((d) => d.code), [], 'drafts/** is excluded');
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});

/**
 * A preload for the server: says on stderr whether V8 took server-main.cjs's
 * code cache, and which of the built-ins scripts/bundle.mjs makes lazy were
 * loaded when the first message (the `initialize` answer) went out.
 */
function startUpProbe(dir: string): string {
  const probe = path.join(dir, 'probe.cjs');
  fs.writeFileSync(
    probe,
    `const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    if (options && options.cachedData) process.stderr.write('[probe] cache rejected=' + this.cachedDataRejected + '\\n');
  }
};
const write = process.stdout.write;
let first = true;
process.stdout.write = function (...args) {
  if (first) {
    first = false;
    const loaded = ['child_process', 'crypto'].filter((name) => process.moduleLoadList.includes('NativeModule ' + name));
    process.stderr.write('[probe] loaded at the first answer: ' + JSON.stringify(loaded) + '\\n');
  }
  return write.apply(this, args);
};
`,
  );
  return probe;
}

/** Which build the launcher copy in OUT_ROOT/bin answered `initialize` from: 'bundle', 'out' or what it loaded. */
async function launcherAnswersFrom(t: TestContext, env: string[] = []): Promise<string> {
  const trace = loadTrace(t);
  const { client, initialize } = await LspClient.start({ command: ['env', `NODE_OPTIONS=${trace.nodeOptions}`, ...env, process.execPath, LAUNCHER, '--stdio'] });
  try {
    assert.equal(initialize.serverInfo?.name, 'mldl-language-server');
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
  const loaded = trace.loaded();
  const fromBundle = loaded.includes(path.join(OUT_DIR, 'server.cjs'));
  const fromOut = loaded.some((file) => file.endsWith('/out/server/lsp/main.js'));
  if (fromBundle && !fromOut) return 'bundle';
  if (fromOut && !fromBundle) return 'out';
  return loaded.join(', ');
}

// Before the code-cache test: rewriting the cache, even with the same bytes, leaves the bundle stale.
test('bin/mldl-language-server.js answers from the bundle while it is fresh, else from out/', async (t) => {
  const manifest = path.join(OUT_DIR, 'inputs.json');
  const built = fs.readFileSync(manifest, 'utf8');
  t.after(() => fs.writeFileSync(manifest, built));
  assert.equal(await launcherAnswersFrom(t), 'bundle', 'a bundle just built is fresh');
  assert.equal(await launcherAnswersFrom(t, ['MLDL_NO_BUNDLE=1']), 'out', 'MLDL_NO_BUNDLE=1');
  // A file the bundle was made from that changed since (a stamp the file no longer has).
  const { entry, files } = JSON.parse(built) as { entry: string; files: Record<string, [number, number]> };
  const source = Object.keys(files).find((file) => file.endsWith('server/lsp/server.ts'));
  assert.ok(source, 'the manifest names the server sources');
  fs.writeFileSync(manifest, JSON.stringify({ entry, files: { ...files, [source]: [files[source][0] - 1000, files[source][1]] } }));
  assert.equal(await launcherAnswersFrom(t), 'out', 'a stale bundle');
  fs.rmSync(manifest);
  assert.equal(await launcherAnswersFrom(t), 'out', 'no manifest (a dist/ built before there was one, or half-built)');
});

// Neovim and Emacs users install the npm package and start bin/mldl-language-server.js: without dist/ in the
// tarball it runs out/, ~650 modules, about three times the CPU before `initialize` is answered.
test('the npm package ships every file of the server bundle, built by prepare and unmarked by postpack', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[]; scripts: Record<string, string> };
  const shipped = (file: string): boolean =>
    pkg.files.some((pattern) => (pattern.endsWith('/') ? file.startsWith(pattern) : pattern.endsWith('*') ? file.startsWith(pattern.slice(0, -1)) : file === pattern));
  const { files } = JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'inputs.json'), 'utf8')) as { files: Record<string, unknown> };
  const own = ['inputs.json', ...Object.keys(files).filter((file) => !file.startsWith('../'))];
  assert.ok(own.includes('server.cjs') && own.includes('review-worker.cjs'), `the manifest names the bundle's files: ${own.join(', ')}`);
  assert.deepEqual(own.filter((file) => !shipped(`dist/${file}`)), [], 'package.json "files" leaves these out');
  assert.ok(!shipped('dist/client.cjs'), 'the VS Code client is not an npm file');
  assert.match(pkg.scripts.prepare, /bundle\.mjs --server-only/);
  assert.match(pkg.scripts.postpack, /bundle\.mjs --server-only --unpack-manifest/);
});

test('the bundled server starts from its code cache without loading child_process or crypto; a missing or rejected cache only costs a compile', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-bundle-start-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const probe = startUpProbe(dir);
  const cache = path.join(OUT_DIR, 'server-main.cjs.cache');
  assert.ok(fs.existsSync(cache), 'scripts/bundle.mjs wrote the code cache');
  const made = fs.readFileSync(cache);
  const start = async (): Promise<string> => {
    const { client } = await LspClient.start({ command: [process.execPath, '-r', probe, path.join(OUT_DIR, 'server.cjs'), '--stdio'] });
    try {
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
    return client.stderr;
  };
  try {
    const stderr = await start();
    assert.match(stderr, /\[probe\] cache rejected=false/, 'V8 takes the cache made by the same Node');
    assert.match(stderr, /\[probe\] loaded at the first answer: \[\]/, 'child_process and crypto wait until used');
    // From another V8 or with other flags, V8 rejects the cache; here, a cache of other bytes.
    fs.writeFileSync(cache, Buffer.alloc(made.length, 7));
    assert.match(await start(), /\[probe\] cache rejected=true/);
    fs.rmSync(cache);
    assert.doesNotMatch(await start(), /\[probe\] cache/, 'no cache, no cachedData');
  } finally {
    fs.writeFileSync(cache, made);
  }
});

test('only server/lsp/lsp-api.ts takes values from vscode-languageserver (each importing module copies its exports in the bundle)', () => {
  const dir = path.join(REPO_ROOT, 'server', 'lsp');
  const importers = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'lsp-api.ts')
    .filter((name) => /^import\s+(?!type\b)[^;]*?from\s+'vscode-languageserver(?:\/node)?'|import\('vscode-languageserver/m.test(fs.readFileSync(path.join(dir, name), 'utf8')));
  assert.deepEqual(importers, []);
});

