// `mldl scorecard` run as a user runs it: node bin/mldl.js in a project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeProject, removeProject, runCli, runCliInProcess } from './cli-harness.js';
import { PROBLEMS } from '../server/interview/problems.js';

const ANSWER = `---
problem: ad-click-prediction
---
# Ad click prediction

## Problem framing

The model predicts P(click | user, ad) as a binary classification used to rank ads in the auction.

## Evaluation

Offline we compare models on AUC and log loss on the next day of impressions.
`;

test('mldl scorecard --list-problems prints the bank, one prompt a line', (t) => {
  const dir = makeProject({});
  t.after(() => removeProject(dir));
  const run = runCli(['scorecard', '--list-problems'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines.length, PROBLEMS.length);
  for (const [index, problem] of PROBLEMS.entries()) assert.equal(lines[index], `${problem.id} — ${problem.prompt}`);
});

test('mldl scorecard doc.md prints a Markdown scorecard for the front matter\'s problem and exits 0 whatever the score', (t) => {
  const dir = makeProject({ 'answer.md': ANSWER });
  t.after(() => removeProject(dir));
  const run = runCli(['scorecard', 'answer.md'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^# Interview scorecard/);
  assert.match(run.stdout, /\(`ad-click-prediction`\)/);
  assert.match(run.stdout, /^- \[ \] `calibration` \(problem-specific\)/m);
  assert.match(run.stdout, /^- \[x\] `offline-metrics`/m);
  assert.match(run.stdout, /\*\*Answer:\*\* `answer\.md`/);
});

test('--problem overrides the front matter; --format json and html; --output writes a file', async (t) => {
  const dir = makeProject({ 'answer.md': ANSWER });
  t.after(() => removeProject(dir));
  const json = runCli(['scorecard', 'answer.md', '--problem', 'payment-fraud-detection', '--format', 'json'], { cwd: dir });
  assert.equal(json.code, 0, json.stderr);
  const card = JSON.parse(json.stdout) as { problem: { id: string }; score: number; steps: Array<{ missing: Array<{ ruleId: string }> }> };
  assert.equal(card.problem.id, 'payment-fraud-detection');
  const missing = card.steps.flatMap((s) => s.missing.map((m) => m.ruleId));
  assert.ok(missing.includes('label-delay') && !missing.includes('calibration'));
  assert.ok(card.score >= 0 && card.score <= 100);

  const html = await runCliInProcess(['scorecard', 'answer.md', '-f', 'html', '-o', 'card.html'], { cwd: dir });
  assert.equal(html.code, 0, html.stderr);
  assert.equal(html.stdout, '');
  assert.match(html.stderr, /\d+\/100, written to card\.html/);
  const page = fs.readFileSync(path.join(dir, 'card.html'), 'utf8');
  assert.match(page, /^<!DOCTYPE html>/);
  assert.equal((page.match(/<svg /g) ?? []).length, 7);
});

test('an unknown problem exits 2 and lists the known ones', async (t) => {
  const dir = makeProject({ 'answer.md': ANSWER, 'typo.md': ANSWER.replace('ad-click-prediction', 'ad-clicks') });
  t.after(() => removeProject(dir));
  const flag = runCli(['scorecard', 'answer.md', '--problem', 'nope'], { cwd: dir });
  assert.equal(flag.code, 2);
  assert.match(flag.stderr, /unknown problem "nope" \(--problem\)/);
  assert.match(flag.stderr, /^payment-fraud-detection — /m);
  const front = await runCliInProcess(['scorecard', 'typo.md'], { cwd: dir });
  assert.equal(front.code, 2);
  assert.match(front.stderr, /unknown problem "ad-clicks" \(front matter of typo\.md\)/);
});

test('usage errors exit 2 with one line', async (t) => {
  const dir = makeProject({ 'answer.md': ANSWER });
  t.after(() => removeProject(dir));
  const cases = [['scorecard'], ['scorecard', 'missing.md'], ['scorecard', 'answer.md', '--format', 'pdf'], ['scorecard', 'answer.md', '--bogus']];
  for (const [index, args] of cases.entries()) {
    // A real process for the first, main() in this process for the others.
    const run = index === 0 ? runCli(args, { cwd: dir }) : await runCliInProcess(args, { cwd: dir });
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, /^mldl scorecard: /, args.join(' '));
    assert.equal(run.stdout, '');
  }
});
