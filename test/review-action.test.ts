// action.yml and .pre-commit-hooks.yaml: the action's review script run with
// bash in a temporary repository the way a runner would (GITHUB_STEP_SUMMARY,
// GITHUB_OUTPUT, a shallow-looking base given as input), with `mldl` on PATH.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { BIN, REPO_ROOT, makeProject, onlyRules, removeProject } from './cli-harness.js';

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Array<{ id?: string; run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }> };
}

const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;

function git(cwd: string, ...args: string[]): void {
  const run = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=Test', ...args], { cwd, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

const DOC = `---\nmldl: true\n---\n# Ranking\n\n## Problem framing\n\nThe model predicts a click; binary classification.\n`;

function runAction(t: TestContext, inputs: Record<string, string>): { code: number | null; summary: string; output: string; stdout: string; stderr: string; cwd: string } {
  const cwd = makeProject({ '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning', 'offline-metrics': 'error' }), 'docs/design.md': DOC });
  t.after(() => removeProject(cwd));
  git(cwd, 'init', '-q');
  git(cwd, 'add', '.');
  git(cwd, 'commit', '-q', '-m', 'base');
  git(cwd, 'branch', 'base-branch');
  fs.writeFileSync(path.join(cwd, 'docs/design.md'), `${DOC}\n- TODO: metrics\n`);
  const shims = path.join(cwd, '.shims');
  fs.mkdirSync(shims);
  fs.writeFileSync(path.join(shims, 'mldl'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  const step = action.runs.steps.find((s) => s.id === 'review')!;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), PATH: `${shims}:${process.env.PATH}`, GITHUB_STEP_SUMMARY: path.join(cwd, '.summary.md'), GITHUB_OUTPUT: path.join(cwd, '.output') };
  delete env.CI;
  const names: Record<string, string> = { MLDL_BASE: 'base', MLDL_PATHS: 'paths', MLDL_FORMATS: 'format', MLDL_ONLY_NEW: 'only-new', MLDL_FAIL_ON: 'fail-on', MLDL_VERSION: 'version' };
  for (const [variable, input] of Object.entries(names)) env[variable] = inputs[input] ?? action.inputs[input].default;
  env.PR_BASE_REF = '';
  const run = spawnSync('bash', ['-e', '-c', step.run!], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  const read = (file: string) => (fs.existsSync(path.join(cwd, file)) ? fs.readFileSync(path.join(cwd, file), 'utf8') : '');
  return { code: run.status, summary: read('.summary.md'), output: read('.output'), stdout: run.stdout, stderr: run.stderr, cwd };
}

test('action.yml is a composite action with the documented inputs, uploading SARIF with codeql-action', () => {
  assert.equal(action.runs.using, 'composite');
  assert.deepEqual(Object.keys(action.inputs).slice(0, 5), ['base', 'paths', 'format', 'only-new', 'fail-on']);
  const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.ok(upload, 'SARIF upload step');
  assert.match(upload.with!.sarif_file, /steps\.review\.outputs\.sarif-file/);
  // Inputs reach the script through env only (no ${{ }} inside the script: no injection).
  assert.doesNotMatch(action.runs.steps.find((s) => s.id === 'review')!.run!, /\$\{\{/);
});

test('the action script writes the summary, annotations and SARIF; with only-new an old error does not fail it', (t) => {
  const run = runAction(t, { base: 'base-branch' });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.summary, /^## ML design review \(against `base-branch`\)$/m);
  assert.match(run.stdout, /^::warning file=docs\/design\.md,line=\d+,.*title=mldl placeholder-text::/m);
  assert.match(run.output, /^sarif-file=mldl\.sarif$/m);
  assert.match(run.output, /^exit-code=0$/m);
  const sarif = JSON.parse(fs.readFileSync(path.join(run.cwd, 'mldl.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
  // --only-new by default: offline-metrics was already missing at the base, the TODO is new.
  assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId), ['placeholder-text']);
});

test('only-new false fails on the old error; fail-on: never passes, warning fails on warnings alone; a missing base stops with exit 2', (t) => {
  const all = runAction(t, { base: 'base-branch', 'only-new': 'false' });
  assert.equal(all.code, 1, all.stderr);
  assert.match(all.stdout, /^::error file=docs\/design\.md,.*title=mldl offline-metrics::/m);
  assert.equal(runAction(t, { base: 'base-branch', 'only-new': 'false', 'fail-on': 'never' }).code, 0);
  const warnings = runAction(t, { base: 'base-branch', 'fail-on': 'warning', format: 'github' });
  assert.equal(warnings.code, 1, warnings.stderr);
  assert.match(warnings.stderr, /too many warnings/);
  const missing = runAction(t, { base: 'no-such-branch', format: 'github' });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /base ref 'no-such-branch' not found/);
});

test('.pre-commit-hooks.yaml declares the mldl hook for Markdown files', () => {
  const hooks = parse(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
  const hook = hooks.find((h) => h.id === 'mldl');
  assert.ok(hook);
  assert.equal(hook.entry, 'mldl');
  assert.equal(hook.language, 'node');
  assert.ok(new RegExp(hook.files as string).test('docs/design.md'));
  assert.ok(!new RegExp(hook.files as string).test('src/app.ts'));
});
