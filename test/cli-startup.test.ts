// Start-up cost of the CLI: what `mldl` imports decides how fast --version,
// --help, --list-rules and a fully cached run are. These tests record every
// module the real command loads (a module-loader hook via NODE_OPTIONS) and
// check that the engine, the rules' checks and the Markdown parser are loaded
// only when a file is actually linted. rules/meta.ts, the generated copy of
// the rules' metadata that makes this possible, is kept current by
// test/generate.test.ts.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DESIGN_DOC, OPTED_IN_DOC, project, runCli, type CliRun } from './cli-harness.js';

/** Runs the CLI and returns what it printed and every module URL it loaded. */
function tracedRun(t: TestContext, args: string[], cwd: string, env: Record<string, string> = {}): CliRun & { modules: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-trace-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const hooks = path.join(dir, 'hooks.mjs');
  const register = path.join(dir, 'register.mjs');
  const trace = path.join(dir, 'trace.txt');
  fs.writeFileSync(
    hooks,
    `import fs from 'node:fs';\nexport async function load(url, context, next) {\n  fs.appendFileSync(${JSON.stringify(trace)}, url + '\\n');\n  return next(url, context);\n}\n`,
  );
  // ES modules go through the hook; CommonJS ones loaded with require() do
  // not, so the register script also writes the require cache at exit.
  fs.writeFileSync(
    register,
    `import fs from 'node:fs';\nimport { createRequire, register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n` +
      `process.on('exit', () => fs.appendFileSync(${JSON.stringify(trace)}, Object.keys(createRequire(import.meta.url).cache).join('\\n') + '\\n'));\n`,
  );
  // out/'s modules, one file each: the CLI bundle (test/cli-bundle.test.ts) keeps the same lazy imports as chunks.
  const run = runCli(args, { cwd, env: { MLDL_WORKERS: '0', MLDL_NO_BUNDLE: '1', ...env, NODE_OPTIONS: `--import=${pathToFileURL(register).href}` } });
  const modules = fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean) : [];
  return { ...run, modules };
}

/** Modules that mean "the engine is loaded": the parser stack, the lint entry point, the rules' checks. */
function heavy(modules: readonly string[]): string[] {
  return modules.filter((url) =>
    /\/node_modules\/(?:unified|remark-parse|remark-gfm|micromark|mdast-util-from-markdown)\//.test(url) ||
    /\/out\/server\/engine\/(?:lint|parse|model)\.js$/.test(url) ||
    /\/out\/rules\/(?:index|cold-start\/rule)\.js$/.test(url),
  );
}

test('--version, --help and --list-rules do not load the engine or the parser', (t) => {
  const cwd = project(t, { 'docs/design.md': DESIGN_DOC });
  for (const args of [['--version'], ['--help'], ['--list-rules'], ['--list-rules', '-f', 'json']]) {
    const run = tracedRun(t, args, cwd);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.modules.length > 0, 'the hook recorded nothing: the test would prove nothing');
    assert.deepEqual(heavy(run.modules), [], `mldl ${args.join(' ')}`);
  }
  // --version does not even load configuration.
  assert.ok(!tracedRun(t, ['--version'], cwd).modules.some((url) => url.endsWith('/out/server/config/load.js')));
});

test('a --cache run where every file is unchanged loads neither the engine nor the parser', (t) => {
  const cwd = project(t, {
    'docs/design.md': DESIGN_DOC,
    'docs/opted-in.md': OPTED_IN_DOC,
    // A config with rule options: validating them must not need the rules' code either.
    '.mldlrc.yaml': 'rules:\n  unquantified-requirement: [warning, { terms: [fast, scalable] }]\n',
  });
  const cold = tracedRun(t, ['--cache', '-f', 'json', 'docs'], cwd);
  assert.equal(cold.code, 1, cold.stderr);
  assert.ok(heavy(cold.modules).length > 0, 'a run that lints must load the engine (else the check below proves nothing)');
  const warm = tracedRun(t, ['--cache', '-f', 'json', 'docs'], cwd);
  assert.equal(warm.stdout, cold.stdout);
  assert.equal(warm.code, cold.code);
  assert.deepEqual(heavy(warm.modules), []);
  // …while what this config needs is loaded (which also shows the trace sees require()d modules).
  for (const library of ['yaml', 'ajv']) assert.ok(warm.modules.some((url) => url.includes(`/node_modules/${library}/`)), library);
  // Only the chosen formatter is loaded.
  assert.ok(!warm.modules.some((url) => /\/formatters\/(?:html|sarif|markdown)\.js$/.test(url)));
  // One changed file: the engine is loaded again, and only that file is linted.
  fs.appendFileSync(path.join(cwd, 'docs/opted-in.md'), '\nOne more paragraph.\n');
  const changed = tracedRun(t, ['--cache', '-f', 'json', 'docs'], cwd);
  assert.ok(heavy(changed.modules).length > 0);
  assert.equal(changed.stdout, runCli(['-f', 'json', 'docs'], { cwd }).stdout);
});

test('without config files, ignore files or glob arguments, the YAML, JSON-with-comments, schema, glob and ignore libraries are not loaded', (t) => {
  const cwd = project(t, { 'docs/design.md': DESIGN_DOC });
  const run = tracedRun(t, ['--cache', '--cache-location', path.join(cwd, '.cache'), 'docs'], cwd);
  tracedRun(t, ['--cache', '--cache-location', path.join(cwd, '.cache'), 'docs'], cwd);
  const warm = tracedRun(t, ['--cache', '--cache-location', path.join(cwd, '.cache'), 'docs'], cwd);
  assert.equal(warm.stdout, run.stdout);
  const libraries = warm.modules.filter((url) => /\/node_modules\/(?:ajv|yaml|jsonc-parser|picomatch|fast-glob|ignore)\//.test(url));
  assert.deepEqual(libraries, []);
});
