// `mldl review` on changes an attacker (or just a large repository) makes
// (issue 11 item 13): a base version too large to read, a pure `git mv`, a
// deleted design doc, and a base ref built to run a command when its fetch
// hint is pasted into a shell.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { git, makeProject, onlyRules, OPTED_IN_DOC, parseJsonOutput, README, removeProject, runCli, runCliInProcess } from './cli-harness.js';

const CONFIG = onlyRules({ 'placeholder-text': 'warning', 'offline-metrics': 'error' });


/** A repository whose first commit (branch `base`) holds `files`. */
function repository(t: TestContext, files: Record<string, string>): string {
  const cwd = makeProject({ '.mldlrc.json': CONFIG, ...files });
  t.after(() => removeProject(cwd));
  git(cwd, 'init', '-q');
  git(cwd, 'add', '.');
  git(cwd, 'commit', '-q', '-m', 'base');
  git(cwd, 'branch', 'base');
  return cwd;
}

test('a base version over 64 MB is not an internal error: one "too large" line, the other changed docs reviewed, exit 2', (t) => {
  const cwd = repository(t, { 'small.md': OPTED_IN_DOC });
  // Highly repetitive: git stores it compressed, but `git show` would print all 65 MB.
  fs.writeFileSync(path.join(cwd, 'huge.md'), `${OPTED_IN_DOC}${'More text for a very long design document.\n'.repeat(1_600_000)}`);
  git(cwd, 'add', 'huge.md');
  git(cwd, 'commit', '-q', '-m', 'huge');
  git(cwd, 'branch', '-f', 'base');
  fs.writeFileSync(path.join(cwd, 'huge.md'), OPTED_IN_DOC);
  fs.appendFileSync(path.join(cwd, 'small.md'), '- TBD: rollout\n');
  const run = runCli(['review', '--base', 'base', '--format', 'json'], { cwd });
  assert.doesNotMatch(run.stderr, /internal error|ENOBUFS/, run.stderr);
  assert.equal(run.code, 2);
  assert.deepEqual(run.stderr.split('\n').filter(Boolean), ['huge.md: skipped: the base version is too large (65.6 MB; the limit is 5 MB)']);
  assert.deepEqual(parseJsonOutput(run.stdout).map((r) => path.relative(cwd, r.filePath)), ['small.md']);
});

test('a pure git mv is a rename: --only-new reports nothing introduced, and the report says where the doc came from', async (t) => {
  const cwd = repository(t, { 'docs/old-name.md': OPTED_IN_DOC });
  git(cwd, 'mv', 'docs/old-name.md', 'docs/new-name.md');
  const json = runCli(['review', '--base', 'base', '--only-new', '--format', 'json'], { cwd });
  assert.equal(json.code, 0, json.stderr);
  const results = parseJsonOutput(json.stdout);
  assert.deepEqual(results.map((r) => path.relative(cwd, r.filePath)), ['docs/new-name.md']);
  assert.deepEqual(results[0].messages, [], 'nothing was introduced by moving the file');
  const markdown = await runCliInProcess(['review', '--base', 'base', '--format', 'markdown'], { cwd });
  assert.match(markdown.stdout, /^Coverage (\d+\/\d+) → \1 rules \(renamed from docs\/old-name\.md\)\.$/m);
  assert.match(markdown.stdout, /\*\*Introduced by this change\*\* \(0\)/);
});

test('a deleted design doc is shown in the review (a deleted README is not); the annotation formats leave it out', async (t) => {
  const cwd = repository(t, { 'design.md': OPTED_IN_DOC, 'README.md': README, 'kept.md': OPTED_IN_DOC });
  git(cwd, 'rm', '-q', 'design.md', 'README.md');
  fs.appendFileSync(path.join(cwd, 'kept.md'), '- TBD: rollout\n');
  const markdown = runCli(['review', '--base', 'base', '--format', 'markdown'], { cwd });
  assert.equal(markdown.code, 1, `kept.md still lacks offline metrics: ${markdown.stderr}`);
  assert.match(markdown.stdout, /^### `design\.md`\n\nDeleted by this change \(it covered \d+\/\d+ rules\)\.$/m);
  assert.doesNotMatch(markdown.stdout, /README/);
  assert.match(markdown.stdout, /\*\*Overall:\*\* 1 document reviewed, 1 deleted;/);
  const stylish = await runCliInProcess(['review', '--base', 'base', '--no-color'], { cwd });
  assert.match(stylish.stdout, /^design\.md {2}deleted by this change \(it covered \d+\/\d+ rules\)$/m);
  const html = await runCliInProcess(['review', '--base', 'base', '--format', 'html'], { cwd });
  assert.match(html.stdout, /<section class="doc deleted-doc"><h2>design\.md<\/h2><p class="meta">Deleted by this change/);
  const json = await runCliInProcess(['review', '--base', 'base', '--format', 'json'], { cwd });
  assert.deepEqual(parseJsonOutput(json.stdout).map((r) => path.relative(cwd, r.filePath)), ['kept.md']);
});

test('the fetch hint for a missing base quotes the ref: pasted into a shell it runs nothing else', (t) => {
  const cwd = repository(t, { 'design.md': OPTED_IN_DOC });
  const ref = 'origin/x;touch pwned;$(touch pwned2)';
  const run = runCli(['review', '--base', ref], { cwd });
  assert.equal(run.code, 2);
  const hint = /e\.g\. (git fetch .*)$/m.exec(run.stderr)?.[1];
  assert.equal(hint, `git fetch origin 'x;touch pwned;$(touch pwned2)' --depth=1`);
  spawnSync('sh', ['-c', hint!], { cwd });
  assert.ok(!fs.existsSync(path.join(cwd, 'pwned')) && !fs.existsSync(path.join(cwd, 'pwned2')), 'the pasted hint only ran git fetch');
});
