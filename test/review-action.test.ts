// action.yml and .pre-commit-hooks.yaml: the action's scripts run with bash in
// a temporary repository the way a runner would (GITHUB_ACTION_PATH pointing
// at this checkout, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP, a
// shallow-looking base given as input). The repository under review plants an
// `mldl` of its own in node_modules/.bin and on PATH: the action must run only
// its own code (issue 11 item 2).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { git, makeProject, onlyRules, removeProject, REPO_ROOT, runCli } from './cli-harness.js';

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Array<{ id?: string; run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }> };
}

const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;


const DOC = `---\nmldl: true\n---\n# Ranking\n\n## Problem framing\n\nThe model predicts a click; binary classification.\n`;

/** An executable that leaves `marker` behind if anything ever runs it. */
function trap(file: string, marker: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `#!/bin/sh\necho "$0 $*" >> "${marker}"\nexit 0\n`, { mode: 0o755 });
}

interface ActionRun {
  code: number | null;
  summary: string;
  output: string;
  stdout: string;
  stderr: string;
  cwd: string;
  /** What the planted executables recorded: empty unless workspace code ran. */
  trapped: string;
  sarif?: string;
}

function runAction(t: TestContext, inputs: Record<string, string>): ActionRun {
  const cwd = makeProject({ '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning', 'offline-metrics': 'error' }), 'docs/design.md': DOC });
  t.after(() => removeProject(cwd));
  git(cwd, 'init', '-q');
  git(cwd, 'add', '.');
  git(cwd, 'commit', '-q', '-m', 'base');
  git(cwd, 'branch', 'base-branch');
  fs.writeFileSync(path.join(cwd, 'docs/design.md'), `${DOC}\n- TODO: metrics\n`);
  // The pull request's own "mldl": in node_modules/.bin (what `npx --no-install mldl` ran) and on PATH.
  const marker = path.join(cwd, '.trapped');
  trap(path.join(cwd, 'node_modules', '.bin', 'mldl'), marker);
  trap(path.join(cwd, '.shims', 'mldl'), marker);
  trap(path.join(cwd, '.shims', 'npx'), marker);
  const runnerTemp = fs.mkdtempSync(path.join(path.dirname(cwd), 'mldl-runner-temp-'));
  t.after(() => fs.rmSync(runnerTemp, { recursive: true, force: true }));
  const step = action.runs.steps.find((s) => s.id === 'review')!;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PATH: `${path.join(cwd, '.shims')}:${path.dirname(process.execPath)}:${process.env.PATH}`,
    GITHUB_ACTION_PATH: REPO_ROOT,
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: path.join(cwd, '.summary.md'),
    GITHUB_OUTPUT: path.join(cwd, '.output'),
  };
  delete env.CI;
  const names: Record<string, string> = { MLDL_BASE: 'base', MLDL_PATHS: 'paths', MLDL_FORMATS: 'format', MLDL_ONLY_NEW: 'only-new', MLDL_FAIL_ON: 'fail-on' };
  for (const [variable, input] of Object.entries(names)) env[variable] = inputs[input] ?? action.inputs[input].default;
  env.PR_BASE_REF = '';
  const run = spawnSync('bash', ['-e', '-c', step.run!], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  const output = read(path.join(cwd, '.output'));
  const sarifFile = /^sarif-file=(.*)$/m.exec(output)?.[1];
  return {
    code: run.status,
    summary: read(path.join(cwd, '.summary.md')),
    output,
    stdout: run.stdout,
    stderr: run.stderr,
    cwd,
    trapped: read(marker),
    sarif: sarifFile === undefined ? undefined : read(sarifFile),
  };
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
  assert.match(run.output, /^sarif-file=.*\/mldl-runner-temp-[^/]+\/mldl\.[^/]+\/mldl\.sarif$/m, 'written under RUNNER_TEMP, outside the workspace');
  assert.match(run.output, /^exit-code=0$/m);
  assert.equal(run.trapped, '', 'nothing from the workspace ran');
  assert.deepEqual(fs.readdirSync(run.cwd).filter((f) => !f.startsWith('.')).sort(), ['docs', 'node_modules'], 'nothing written into the workspace');
  const sarif = JSON.parse(run.sarif!) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
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

test('the action runs only its own code: no npx, no mldl from PATH or the workspace; the install step works in the action\'s folder only', (t) => {
  const scripts = action.runs.steps.map((s) => s.run ?? '').join('\n');
  assert.doesNotMatch(scripts, /\bnpx\b/);
  assert.doesNotMatch(scripts, /command -v mldl|node_modules\/\.bin/);
  assert.match(scripts, /node "\$GITHUB_ACTION_PATH\/bin\/mldl\.js"/);
  assert.deepEqual(Object.keys(action.inputs).includes('version'), false, 'no registry version to install');

  // The install step, with a recording npm on PATH, in a fresh action folder.
  const actionDir = makeProject({ 'package.json': '{}' });
  const workspace = makeProject({ '.npmrc': 'registry=http://attacker.invalid/\n' });
  t.after(() => [actionDir, workspace].forEach(removeProject));
  const log = path.join(workspace, '.npm-calls');
  trap(path.join(workspace, '.shims', 'npm'), log);
  fs.writeFileSync(path.join(workspace, '.shims', 'npm'), `#!/bin/sh\necho "$(pwd) $*" >> "${log}"\n`, { mode: 0o755 });
  const install = action.runs.steps.find((s) => s.id === 'install')!;
  const env = { ...(process.env as Record<string, string>), PATH: `${path.join(workspace, '.shims')}:${process.env.PATH}`, GITHUB_ACTION_PATH: actionDir };
  const run = spawnSync('bash', ['-e', '-c', install.run!], { cwd: workspace, env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(fs.readFileSync(log, 'utf8').trim().split('\n'), [`${actionDir} ci --ignore-scripts --no-audit --no-fund`, `${actionDir} run build`]);
});

test('.pre-commit-hooks.yaml declares the mldl hook for Markdown files', (t) => {
  const hooks = parse(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
  const hook = hooks.find((h) => h.id === 'mldl');
  assert.ok(hook);
  // `--` ends the options: a committed file named --config=x.md or -o.md is a file, not an option.
  assert.equal(hook.entry, 'mldl --');
  assert.equal(hook.language, 'node');
  assert.ok(new RegExp(hook.files as string).test('docs/design.md'));
  assert.ok(!new RegExp(hook.files as string).test('src/app.ts'));
  // As pre-commit runs it: entry, then the staged file names.
  const cwd = makeProject({ '--output=stolen.md': DOC });
  t.after(() => removeProject(cwd));
  const run = runCli([...(hook.entry as string).split(' ').slice(1), '--output=stolen.md'], { cwd });
  assert.notEqual(run.code, 2, run.stderr);
  assert.equal(fs.readFileSync(path.join(cwd, '--output=stolen.md'), 'utf8'), DOC, 'linted as a file, not taken as --output');
  assert.match(run.stdout, /^--output=stolen\.md$/m);
});
