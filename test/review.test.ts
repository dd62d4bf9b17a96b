// `mldl review --base` on a real temporary git repository: a base commit and a
// change commit (plus an untracked doc), judged by what a reviewer sees.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareFindings } from '../server/cli/review/compare.js';
import type { Finding } from '../server/engine/types.js';
import { git, makeProject, onlyRules, removeProject, runCli, runCliInProcess } from './cli-harness.js';


const CONFIG = onlyRules({ 'placeholder-text': 'warning', 'offline-metrics': 'error', 'online-metrics': 'error', 'ml-objective': 'error' });

// Gains an Evaluation section (offline and online metrics) and drops its TODO.
const GAINING_BEFORE = `---
mldl: true
---
# Feed ranking

## Problem framing

The model predicts whether a user clicks a post; the task is binary classification.

## Notes

- TODO: decide the metrics
`;
const GAINING_AFTER = `---
mldl: true
---
# Feed ranking

## Problem framing

The model predicts whether a user clicks a post; the task is binary classification.

## Evaluation

Offline metrics: AUC and log loss on a time-based split.
Online metrics: CTR and session length, compared in an A/B test.
`;
// Loses its Evaluation section; a TODO stays, moved up by the deletion.
const LOSING_BEFORE = `---
mldl: true
---
# Search ranking

## Evaluation

Offline metrics: nDCG@10 and recall@100 on a time-based split.
Online metrics: click-through rate and successful sessions in an A/B test.

## Problem framing

The model predicts the relevance of a document to a query; a learning-to-rank task.

## Open questions

- TODO: the launch threshold
`;
const LOSING_AFTER = `---
mldl: true
---
# Search ranking

## Problem framing

The model predicts the relevance of a document to a query; a learning-to-rank task.

## Open questions

- TODO: the launch threshold
- TBD: who owns the index
`;
const NOTES = `# Meeting notes

Agenda for Tuesday.

## Attendees

Alice, Bob.
`;
const ADDED = `---
mldl: true
---
# Ads click model

## Problem framing

The model predicts the probability of a click on an ad; a binary classification task.
`;

/** A repository whose HEAD~1 is the base and whose HEAD plus an untracked file is the change. */
function repository(t: TestContext): string {
  const cwd = makeProject({ '.mldlrc.json': CONFIG, 'docs/gaining.md': GAINING_BEFORE, 'docs/losing.md': LOSING_BEFORE, 'docs/notes.md': NOTES, 'src/app.txt': 'x\n' });
  t.after(() => removeProject(cwd));
  git(cwd, 'init', '-q');
  git(cwd, 'add', '.');
  git(cwd, 'commit', '-q', '-m', 'base');
  git(cwd, 'tag', 'base');
  fs.writeFileSync(path.join(cwd, 'docs/gaining.md'), GAINING_AFTER);
  fs.writeFileSync(path.join(cwd, 'docs/losing.md'), LOSING_AFTER);
  fs.writeFileSync(path.join(cwd, 'docs/notes.md'), `${NOTES}\nCarol joined.\n`);
  fs.writeFileSync(path.join(cwd, 'src/app.txt'), 'y\n');
  git(cwd, 'commit', '-q', '-am', 'change');
  fs.writeFileSync(path.join(cwd, 'docs/added.md'), ADDED);
  return cwd;
}

interface JsonResult {
  filePath: string;
  skipped: boolean;
  messages: Array<{ ruleId: string; severity: string; message: string; line: number }>;
}

test('stylish review: coverage before → after per step, introduced and resolved findings, non-design docs skipped', (t) => {
  const cwd = repository(t);
  const run = runCli(['review', '--base', 'HEAD~1'], { cwd });
  assert.equal(run.code, 1, run.stderr); // losing.md now misses error-level evaluation rules
  const out = run.stdout;
  const section = (file: string): string => {
    const start = out.indexOf(`\ndocs/${file}  `);
    assert.ok(start >= 0, `no review section for ${file}:\n${out}`);
    const next = out.indexOf('\ndocs/', start + 1);
    return out.slice(start, next < 0 ? undefined : next);
  };
  assert.match(out, /Review against HEAD~1/);
  const gaining = section('gaining.md');
  // Totals can grow: a rule switched off still counts once the doc covers it (engine coverage semantics).
  assert.match(gaining, /coverage 1\/3 → (\d+)\/\1 rules/);
  assert.match(gaining, /Evaluation 0\/2 → (\d+)\/\1/);
  assert.match(gaining, /Problem framing 1\/1 → 1\/1/);
  assert.match(gaining, /introduced 0\n/);
  assert.match(gaining, /resolved 3\n/);
  for (const rule of ['placeholder-text', 'offline-metrics', 'online-metrics']) assert.match(gaining, new RegExp(`resolved 3[^]*  ${rule}`), gaining);

  const losing = section('losing.md');
  assert.match(losing, /coverage (\d+)\/\1 → 1\/3 rules/);
  assert.match(losing, /Evaluation (\d+)\/\1 → 0\/2/);
  // The remaining TODO moved from line 16 to line 12: the same finding, not a new one.
  assert.match(losing, /introduced 3\n/);
  assert.match(losing, /\d+:\d+ {2}warning {2}Placeholder "TBD"[^\n]*placeholder-text/);
  assert.doesNotMatch(losing, /Placeholder "TODO"/);
  assert.match(losing, /resolved 0/);

  assert.match(section('added.md'), /coverage — → 1\/3 rules \(new document\)/);
  assert.match(section('notes.md'), /skipped: /);
  assert.ok(!out.includes('app.txt'), 'non-Markdown files are not reviewed');
});

test('--only-new limits json, sarif and github output to findings the change introduced', async (t) => {
  const cwd = repository(t);
  const all = JSON.parse((await runCliInProcess(['review', '--base', 'base', '--format', 'json'], { cwd })).stdout) as JsonResult[];
  const onlyNew = runCli(['review', '--base', 'base', '--only-new', '--format', 'json'], { cwd });
  assert.equal(onlyNew.code, 1, onlyNew.stderr);
  const results = JSON.parse(onlyNew.stdout) as JsonResult[];
  const byFile = (list: JsonResult[], name: string) => list.find((r) => r.filePath.endsWith(name))!;
  assert.ok(byFile(all, 'losing.md').messages.some((m) => m.message.includes('"TODO"')), 'the kept TODO is a finding of the doc');
  assert.deepEqual(byFile(results, 'losing.md').messages.map((m) => m.ruleId).sort(), ['offline-metrics', 'online-metrics', 'placeholder-text']);
  assert.ok(!byFile(results, 'losing.md').messages.some((m) => m.message.includes('"TODO"')), 'an old finding that only moved is not new');
  assert.deepEqual(byFile(results, 'gaining.md').messages, []);
  assert.equal(byFile(results, 'notes.md').skipped, true);
  // added.md is new: all its findings are new.
  assert.deepEqual(byFile(results, 'added.md').messages, byFile(all, 'added.md').messages);

  const github = (await runCliInProcess(['review', '--base', 'base', '--only-new', '--format', 'github'], { cwd })).stdout.trimEnd().split('\n');
  assert.equal(github.length, results.reduce((n, r) => n + r.messages.length, 0), github.join('\n'));
  assert.ok(github.every((line) => /^::(error|warning|notice) file=docs\/(losing|added)\.md,/.test(line)), github.join('\n'));
  const sarif = JSON.parse((await runCliInProcess(['review', '--base', 'base', '--only-new', '--format', 'sarif'], { cwd })).stdout) as { runs: Array<{ results: unknown[] }> };
  assert.equal(sarif.runs[0].results.length, github.length);
});

test('markdown review: before → after table, introduced and resolved lists; paths limit the review', async (t) => {
  const cwd = repository(t);
  const run = runCli(['review', '--base', 'base', '--format', 'markdown', 'docs/gaining.md'], { cwd, env: { GITHUB_SERVER_URL: '' } });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^## ML design review \(against `base`\)$/m);
  assert.match(run.stdout, /^\| Evaluation \| 0\/2 → (\d+)\/\1 \| \+\1 \|$/m);
  assert.match(run.stdout, /^\*\*Resolved by this change\*\* \(3\)$/m);
  assert.match(run.stdout, /^\*\*Introduced by this change\*\* \(0\)$/m);
  assert.ok(!run.stdout.includes('losing.md'), 'only the named path is reviewed');

  const html = (await runCliInProcess(['review', '--base', 'base', '--format', 'html', 'docs/gaining.md'], { cwd })).stdout;
  assert.match(html, /<title>ML design review against base<\/title>/);
  const evaluation = /<g class="step" data-step="evaluation">.*?<\/g>/.exec(html)?.[0] ?? '';
  assert.match(evaluation, /class="bar-before"[^>]*data-covered="0" data-total="2"/, 'the base coverage is drawn under the new one');
  assert.match(html, /Resolved by this change \(3\)/);
});

test('missing base ref and no repository: one clear line, exit 2', async (t) => {
  const cwd = repository(t);
  const missing = runCli(['review', '--base', 'origin/main'], { cwd });
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, "mldl review: base ref 'origin/main' not found: fetch it first, e.g. git fetch origin main --depth=1\n");
  const noBase = await runCliInProcess(['review'], { cwd });
  assert.equal(noBase.code, 2);
  assert.match(noBase.stderr, /needs --base <git-ref>/);
  const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-nogit-')));
  t.after(() => removeProject(outside));
  const notRepo = runCli(['review', '--base', 'main'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: path.dirname(outside) } });
  assert.equal(notRepo.code, 2);
  assert.match(notRepo.stderr, /^mldl review: not in a git repository/);
});

test('works in a shallow clone once the base commit is fetched', async (t) => {
  const origin = repository(t);
  const parent = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-shallow-')));
  t.after(() => removeProject(parent));
  git(parent, 'clone', '-q', '--depth=1', `file://${origin}`, 'clone');
  const clone = path.join(parent, 'clone');
  const before = await runCliInProcess(['review', '--base', 'base'], { cwd: clone });
  assert.equal(before.code, 2);
  assert.match(before.stderr, /base ref 'base' not found/);
  git(clone, 'fetch', '-q', '--depth=1', 'origin', 'refs/tags/base:refs/tags/base');
  const run = runCli(['review', '--base', 'base', '--format', 'markdown'], { cwd: clone, env: { GITHUB_SERVER_URL: '' } });
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, /^\| Evaluation \| (\d+)\/\1 → 0\/2 \| −\1 \|$/m);
});

test('finding matching ignores moved lines but not changed ones', () => {
  const finding = (line: number, message = 'Placeholder "TODO"'): Finding => ({
    ruleId: 'placeholder-text', severity: 'warning', message, kind: 'passage', url: '', fixes: [],
    range: { start: { line, column: 3, offset: 0 }, end: { line, column: 7, offset: 0 } },
  } as unknown as Finding);
  const before = 'a\n- TODO x\n';
  const moved = 'new line\na\n- TODO x\n';
  assert.deepEqual(compareFindings([finding(2)], before, [finding(3)], moved), { introduced: [], resolved: [] });
  const edited = 'a\n- TODO y\n';
  const delta = compareFindings([finding(2)], before, [finding(2)], edited);
  assert.equal(delta.introduced.length, 1);
  assert.equal(delta.resolved.length, 1);
});
