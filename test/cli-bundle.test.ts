// The CLI bundle (scripts/bundle.mjs --cli → out/bundle/cli/): bin/mldl.js
// runs it only while it is in step with what it was built from
// (bin/fresh-bundle.js), it prints exactly what out/ prints, its worker
// threads run from it too, and the answers that lint nothing still load no
// engine code.
import { before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, runCli } from './cli-harness.js';
import { loadTrace } from './load-trace.js';

// Plain JavaScript beside bin/mldl.js (it runs before anything is loaded from out/).
const { freshBundle } = (await import(pathToFileURL(path.join(REPO_ROOT, 'bin', 'fresh-bundle.js')).href)) as { freshBundle: (dir: string) => string | undefined };

const BUNDLE_DIR = path.join(REPO_ROOT, 'out', 'bundle', 'cli');
const EXAMPLES = path.join(REPO_ROOT, 'examples');

before(() => {
  // `npm test` builds it first; a test file run on its own after `tsc` builds it here.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/bundle.mjs'), '--cli', '--if-stale'], { stdio: 'pipe' });
});

/** Runs the CLI with a module-loader hook and returns what it printed and the files of the bundle it loaded, by path. */
function tracedRun(t: TestContext, args: string[], env: Record<string, string> = {}): ReturnType<typeof runCli> & { loaded: string[] } {
  const trace = loadTrace(t);
  const run = runCli(args, { cwd: EXAMPLES, env: { ...env, NODE_OPTIONS: trace.nodeOptions } });
  return { ...run, loaded: trace.loaded() };
}

const inBundle = (file: string): boolean => file.startsWith(BUNDLE_DIR + path.sep);
const bytes = (files: readonly string[]): number => files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

test('bin/mldl.js runs the fresh bundle, main thread and workers, and prints what out/ prints', (t) => {
  assert.ok(freshBundle(BUNDLE_DIR), 'the bundle was just built: it must be fresh');
  const args = ['-f', 'json', '.'];
  // Two workers on the examples (MLDL_WORKERS forces them): the worker's entry must come from the bundle too.
  const bundled = tracedRun(t, args, { MLDL_WORKERS: '2' });
  const loadedFromOut = bundled.loaded.filter((file) => file.includes('/out/server/'));
  assert.deepEqual(loadedFromOut, [], 'nothing of out/server is loaded beside the bundle');
  assert.ok(bundled.loaded.includes(path.join(BUNDLE_DIR, 'main.js')), 'the bundle entry point');
  assert.ok(bundled.loaded.includes(path.join(BUNDLE_DIR, 'worker.js')), "the bundle's worker entry point");
  const plain = runCli(args, { cwd: EXAMPLES, env: { MLDL_WORKERS: '0', MLDL_NO_BUNDLE: '1' } });
  assert.equal(bundled.code, plain.code, bundled.stderr);
  assert.equal(bundled.stdout, plain.stdout);
  assert.equal(bundled.stderr, plain.stderr);
  assert.ok(JSON.parse(bundled.stdout).length >= 2, 'the examples were linted');
  // SARIF names the tool's version, read from package.json relative to the code's own file.
  const sarif = runCli(['-f', 'sarif', 'job-recommendations-draft.md'], { cwd: EXAMPLES });
  const sarifPlain = runCli(['-f', 'sarif', 'job-recommendations-draft.md'], { cwd: EXAMPLES, env: { MLDL_NO_BUNDLE: '1' } });
  assert.equal(sarif.stdout, sarifPlain.stdout, sarif.stderr);
});

test('from the bundle, --version and --help load only small chunks; linting loads the engine', (t) => {
  const lint = tracedRun(t, ['job-recommendations-draft.md'], { MLDL_WORKERS: '0' });
  // The lint command's engine is engine.cjs, which a vm.Script runs (engine-loading test below): no module the hook sees.
  assert.deepEqual(lint.loaded.filter((file) => file.endsWith('.cjs')), []);
  const engineBytes = fs.statSync(path.join(BUNDLE_DIR, 'engine.cjs')).size;
  assert.ok(engineBytes > 1_000_000, `the engine (${engineBytes} bytes)`);
  for (const args of [['--version'], ['--help']]) {
    const run = tracedRun(t, args);
    assert.equal(run.code, 0, run.stderr);
    const loaded = run.loaded.filter(inBundle);
    assert.ok(loaded.length > 0, 'the trace saw the bundle');
    assert.ok(bytes(loaded) < engineBytes / 20, `mldl ${args.join(' ')} loaded ${bytes(loaded)} bytes of the bundle: ${loaded.map((file) => path.basename(file)).join(', ')}`);
  }
});

test('a bundle is not fresh once a file it was made from or consists of changes, goes missing, or its manifest is damaged', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-fresh-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const source = path.join(dir, 'source.js');
  const entry = path.join(dir, 'bundle', 'main.js');
  fs.mkdirSync(path.dirname(entry));
  fs.writeFileSync(source, 'export const a = 1;\n');
  fs.writeFileSync(entry, 'export const a = 1;\n');
  const stamp = (file: string): [number, number] => {
    const stat = fs.statSync(file);
    return [stat.mtimeMs, stat.size];
  };
  const writeManifest = (): void =>
    fs.writeFileSync(path.join(dir, 'bundle', 'inputs.json'), JSON.stringify({ entry: 'main.js', files: { '../source.js': stamp(source), 'main.js': stamp(entry) } }));
  const bundleDir = path.join(dir, 'bundle');
  writeManifest();
  assert.equal(freshBundle(bundleDir), pathToFileURL(entry).href);

  // Rewritten with the same text (as tsc does): the mtime moved.
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(source, later, later);
  assert.equal(freshBundle(bundleDir), undefined, 'a source with another mtime');
  writeManifest();
  assert.ok(freshBundle(bundleDir));
  // Same mtime, other size.
  const { mtime } = fs.statSync(entry);
  fs.writeFileSync(entry, 'export const a = 10;\n');
  fs.utimesSync(entry, mtime, mtime);
  assert.equal(freshBundle(bundleDir), undefined, 'a bundle file of another size');
  writeManifest();
  fs.rmSync(source);
  assert.equal(freshBundle(bundleDir), undefined, 'a missing source');
  for (const damaged of ['', '{', 'null', '{"entry":"main.js"}', '{"entry":"main.js","files":{"main.js":"x"}}']) {
    fs.writeFileSync(path.join(bundleDir, 'inputs.json'), damaged);
    assert.equal(freshBundle(bundleDir), undefined, `manifest ${JSON.stringify(damaged)}`);
  }
  fs.rmSync(path.join(bundleDir, 'inputs.json'));
  assert.equal(freshBundle(bundleDir), undefined, 'no manifest');
});

test('a packed bundle (npm pack) is fresh wherever npm installs it: its own files at their sizes, whatever their mtimes or the inputs', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-packed-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const bundleDir = path.join(dir, 'bundle');
  const entry = path.join(bundleDir, 'main.js');
  fs.mkdirSync(bundleDir);
  fs.writeFileSync(entry, 'export const a = 1;\n');
  const size = fs.statSync(entry).size;
  // As npm installs it: every mtime the same fixed date (not the one stamped), the inputs elsewhere or gone.
  const manifest = (packed: boolean, entrySize = size): void =>
    fs.writeFileSync(path.join(bundleDir, 'inputs.json'), JSON.stringify({ entry: 'main.js', files: { '../../node_modules/dep/index.js': [1, 10], 'main.js': [1, entrySize] }, ...(packed ? { packed: true } : {}) }));
  manifest(true);
  assert.equal(freshBundle(bundleDir), pathToFileURL(entry).href);
  manifest(false);
  assert.equal(freshBundle(bundleDir), undefined, 'the same manifest unpacked checks mtimes and inputs');
  manifest(true, size + 1);
  assert.equal(freshBundle(bundleDir), undefined, 'a packed bundle file of another size');
  manifest(true);
  fs.rmSync(entry);
  assert.equal(freshBundle(bundleDir), undefined, 'a packed bundle file missing');
});

/**
 * Lints the draft example with the bundle in `dir` in a child process and
 * reports what the engine loader did: whether it ran engine.cjs and whether V8
 * rejected the code cache (undefined: there was none to give it).
 */
function engineRun(dir: string): { stdout: string; loaded: boolean; rejected: boolean | undefined } {
  const probe = `const cli = await import(${JSON.stringify(pathToFileURL(path.join(dir, 'main.js')).href)});
process.exitCode = await cli.main(['-f', 'json', 'job-recommendations-draft.md']);
const script = globalThis[Symbol.for('mldl.cliEngineScript')];
process.stderr.write(JSON.stringify({ loaded: script !== undefined, rejected: script?.cachedDataRejected }));
`;
  const env: NodeJS.ProcessEnv = { ...process.env, MLDL_WORKERS: '0' };
  delete env.MLDL_INTERRUPT_BUDGET;
  delete env.NODE_OPTIONS;
  let stdout = '';
  let stderr = '';
  try {
    stdout = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: EXAMPLES, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // Exit 1: the draft has findings.
    const failed = error as { status: number; stdout: string; stderr: string };
    assert.equal(failed.status, 1, failed.stderr);
    stdout = failed.stdout;
    stderr = failed.stderr;
  }
  return { stdout, ...(JSON.parse(stderr) as { loaded: boolean; rejected: boolean | undefined }) };
}

test('the lint command runs engine.cjs with the code cache made for it, and prints the same without one or with a damaged one', (t) => {
  const cached = engineRun(BUNDLE_DIR);
  assert.equal(cached.loaded, true, 'the engine came from engine.cjs');
  assert.equal(cached.rejected, false, 'V8 took engine.cjs.cache');
  assert.ok(JSON.parse(cached.stdout).length === 1, 'the draft was linted');
  const copy = fs.mkdtempSync(path.join(REPO_ROOT, 'out', 'bundle', 'cli-copy-'));
  t.after(() => fs.rmSync(copy, { recursive: true, force: true }));
  fs.cpSync(BUNDLE_DIR, copy, { recursive: true });
  fs.rmSync(path.join(copy, 'engine.cjs.cache'));
  const none = engineRun(copy);
  assert.equal(none.rejected, undefined, 'no cache given');
  assert.equal(none.stdout, cached.stdout);
  fs.writeFileSync(path.join(copy, 'engine.cjs.cache'), Buffer.alloc(4096, 7));
  const damaged = engineRun(copy);
  assert.equal(damaged.rejected, true, 'a damaged cache is rejected');
  assert.equal(damaged.stdout, cached.stdout);
});
