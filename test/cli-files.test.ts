// Which files `mldl` lints: directories walked for Markdown with .gitignore
// and .mldlignore honoured, globs, standard input, and files it cannot read.
// Each test's first run is a real process; the further runs of a test go
// through main() in this process (runCliInProcess, checked against the
// process in cli.test.ts and for standard input here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DESIGN_DOC, OPTED_IN_DOC, README, TODO_POSITION, onlyRules, parseJsonOutput, project, runCli, runCliBothWays, runCliInProcess, type CliOptions, type CliRun } from './cli-harness.js';

const real = async (args: string[], options: CliOptions): Promise<CliRun> => runCli(args, options);

async function lintedPaths(cwd: string, args: string[], cli = runCliInProcess): Promise<string[]> {
  const run = await cli(['--format', 'json', ...args], { cwd });
  assert.notEqual(run.code, 2, run.stderr);
  return parseJsonOutput(run.stdout)
    .map((r) => path.relative(cwd, r.filePath).split(path.sep).join('/'))
    .sort();
}

test('a directory is searched for Markdown files, skipping node_modules, .gitignore and .mldlignore entries', async (t) => {
  const cwd = project(t, {
    '.gitignore': 'build/\n*.draft.md\n',
    'docs/.mldlignore': 'archive/\n!keep.draft.md\n',
    'docs/a.md': OPTED_IN_DOC,
    'docs/b.markdown': OPTED_IN_DOC,
    'docs/notes.txt': OPTED_IN_DOC,
    'docs/x.draft.md': OPTED_IN_DOC,
    'docs/keep.draft.md': OPTED_IN_DOC,
    'docs/archive/old.md': OPTED_IN_DOC,
    'docs/deep/er/c.md': OPTED_IN_DOC,
    'build/out.md': OPTED_IN_DOC,
    'node_modules/pkg/README.md': OPTED_IN_DOC,
    'top.md': OPTED_IN_DOC,
  });
  assert.deepEqual(await lintedPaths(cwd, ['.'], real), ['docs/a.md', 'docs/b.markdown', 'docs/deep/er/c.md', 'docs/keep.draft.md', 'top.md']);
  // Ignore files between the working directory and a named subdirectory count too.
  assert.deepEqual(await lintedPaths(cwd, ['docs']), ['docs/a.md', 'docs/b.markdown', 'docs/deep/er/c.md', 'docs/keep.draft.md']);
});

test('a file named on the command line is linted whatever its extension or ignore files say', async (t) => {
  const cwd = project(t, { '.mldlignore': 'design.txt\n', 'design.txt': OPTED_IN_DOC });
  assert.deepEqual(await lintedPaths(cwd, ['design.txt'], real), ['design.txt']);
});

test('globs are expanded, ignore files apply to their matches, and a glob matching nothing is an error', async (t) => {
  const cwd = project(t, { '.mldlignore': 'docs/skip.md\n', 'docs/a.md': OPTED_IN_DOC, 'docs/skip.md': OPTED_IN_DOC, 'other/b.md': OPTED_IN_DOC });
  assert.deepEqual(await lintedPaths(cwd, ['docs/*.md']), ['docs/a.md']);
  const none = runCli(['nowhere/**/*.md'], { cwd });
  assert.equal(none.code, 2);
  assert.equal(none.stderr, 'nowhere/**/*.md: no files match this pattern\n');
});

test('the same file reached twice is linted once', async (t) => {
  const cwd = project(t, { 'docs/a.md': OPTED_IN_DOC });
  assert.deepEqual(await lintedPaths(cwd, ['docs', 'docs/a.md', 'docs/*.md'], real), ['docs/a.md']);
});

test('"-" lints standard input; --stdin-filename names it and picks its config', async (t) => {
  const cwd = project(t, { 'docs/.mldlrc.json': onlyRules({ 'placeholder-text': 'error' }) });
  const anonymous = runCli(['--format', 'json', '-'], { cwd, input: OPTED_IN_DOC });
  const [result] = parseJsonOutput(anonymous.stdout);
  assert.equal(result.filePath, '<stdin>');
  assert.equal(result.skipped, false);
  assert.ok(result.messages.some((m) => m.ruleId === 'business-metric'), 'default config applies outside docs/');

  const named = await runCliBothWays(['--stdin-filename', 'docs/new.md', '-'], { cwd, input: OPTED_IN_DOC });
  assert.equal(named.code, 1, named.stderr);
  assert.ok(named.stdout.includes('docs/new.md\n'), named.stdout);
  assert.match(named.stdout, new RegExp(`${TODO_POSITION.line}:${TODO_POSITION.column}\\s+error\\s+Placeholder`));
  assert.ok(!named.stdout.includes('business-metric'), 'docs/.mldlrc.json must apply to docs/new.md');

  const stray = await runCliInProcess(['--stdin-filename', 'x.md', 'docs'], { cwd });
  assert.equal(stray.code, 2);
  assert.match(stray.stderr, /--stdin-filename only applies/);
});

test('--verbose says which files were skipped and why', async (t) => {
  const cwd = project(t, { '.mldlignore': 'ignored.md\n', 'README.md': README, 'notes.md': '# Groceries\n\nMilk.\n', 'design.md': DESIGN_DOC, 'ignored.md': DESIGN_DOC, 'off.md': `---\nmldl: false\n---\n${DESIGN_DOC}` });
  const quiet = await runCliInProcess(['.'], { cwd });
  assert.ok(!quiet.stderr.includes('skipped'), 'skips are only reported with --verbose');
  const run = runCli(['--verbose', '.'], { cwd });
  assert.notEqual(run.code, 2, run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.ok(lines.includes('ignored.md: skipped: ignored by .gitignore or .mldlignore'), run.stderr);
  assert.ok(lines.some((l) => /^notes\.md: skipped: does not look like an ML design doc/.test(l)), run.stderr);
  assert.ok(lines.some((l) => /^README\.md: skipped: looks like a project README/.test(l)), run.stderr);
  assert.ok(lines.some((l) => /^off\.md: skipped: front matter says `mldl: false`/.test(l)), run.stderr);
  assert.equal(lines.at(-1), 'mldl: 1 file linted, 4 skipped');
  assert.ok(run.stdout.includes('design.md'), 'the design doc is still linted');
});

test('a missing file or a broken symlink is one error line; other files are still linted; exit 2', async (t) => {
  const cwd = project(t, { '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning' }), 'docs/good.md': OPTED_IN_DOC });
  fs.symlinkSync(path.join(cwd, 'gone.md'), path.join(cwd, 'docs', 'dangling.md'));
  const walked = runCli(['--format', 'json', 'docs'], { cwd });
  assert.equal(walked.code, 2);
  assert.equal(walked.stderr, 'docs/dangling.md: broken symbolic link\n');
  assert.deepEqual(parseJsonOutput(walked.stdout).map((r) => path.basename(r.filePath)), ['good.md']);

  const named = await runCliInProcess(['docs/dangling.md', 'missing.md', 'docs/good.md'], { cwd });
  assert.equal(named.code, 2);
  assert.equal(named.stderr, 'docs/dangling.md: broken symbolic link\nmissing.md: no such file or directory\n');
  assert.ok(named.stdout.includes('placeholder-text'), 'the readable file is still reported');
});

test('an unreadable file is reported with the reason and does not stop the run', { skip: process.getuid?.() === 0 ? 'root can read any file' : false }, (t) => {
  const cwd = project(t, { 'locked.md': OPTED_IN_DOC, 'open.md': OPTED_IN_DOC });
  fs.chmodSync(path.join(cwd, 'locked.md'), 0o000);
  const run = runCli(['--format', 'json', 'locked.md', 'open.md'], { cwd });
  assert.equal(run.code, 2);
  assert.equal(run.stderr, 'locked.md: permission denied\n');
  assert.deepEqual(parseJsonOutput(run.stdout).map((r) => path.basename(r.filePath)), ['open.md']);
});
