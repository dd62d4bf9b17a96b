// A hostile repository, run through bin/mldl.js as CI runs it on a pull
// request: committed symlinks to secrets as config, ignore or package.json
// files; a config above the repository; FIFOs and huge files where config is
// expected; documents over the size limit. Issue 11, items 1, 6, 7 and 8.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { git, makeProject, onlyRules, OPTED_IN_DOC, parseJsonOutput, removeProject, runCli, runCliInProcess, type CliRun } from './cli-harness.js';
import { LspClient, fileUri } from './lsp-harness.js';

const POSIX = process.platform !== 'win32';
const CONFIG = onlyRules({ 'placeholder-text': 'warning' });
/** What a CI secret looks like in the environment or a credentials file. */
const SECRET = 'MLDL_TEST_TOKEN=ghp_s3cr3tVALUEthatMustNeverAppear';


/** A git repository in a fresh directory, with a secret file beside it (outside the repository). */
function repository(t: TestContext, files: Record<string, string>): { outer: string; repo: string; secret: string } {
  const outer = makeProject({ 'secret.env': `${SECRET}\nOTHER=1\n`, ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`repo/${name}`, text])) });
  t.after(() => removeProject(outer));
  const repo = path.join(outer, 'repo');
  fs.mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q');
  return { outer, repo, secret: path.join(outer, 'secret.env') };
}

function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

function assertNoCrash(run: CliRun): void {
  assert.doesNotMatch(run.stderr, /internal error|at .*\.js:\d+/, `no crash:\n${run.stderr}`);
}

// ── item 1: symlinks out of the repository, and echoing values ──────────────

test('a committed .mldlrc.yaml symlink to a secret outside the repository is not read: one line, the secret never printed', { skip: !POSIX && 'POSIX symlinks' }, (t) => {
  const { repo, secret } = repository(t, { 'design.md': OPTED_IN_DOC });
  fs.symlinkSync(secret, path.join(repo, '.mldlrc.yaml'));
  const run = runCli(['design.md'], { cwd: repo });
  assert.equal(run.code, 2);
  assert.doesNotMatch(run.stdout + run.stderr, /s3cr3t/);
  assert.deepEqual(stderrLines(run), ['.mldlrc.yaml: Cannot read configuration file: a symbolic link to a file outside the repository; not read.']);
});

test('/proc/self/environ behind a committed config symlink: the environment never reaches the output', { skip: !fs.existsSync('/proc/self/environ') && 'needs /proc' }, (t) => {
  const { repo } = repository(t, { 'design.md': OPTED_IN_DOC });
  fs.symlinkSync('/proc/self/environ', path.join(repo, '.mldlrc.yaml'));
  const run = runCli(['design.md'], { cwd: repo, env: { MLDL_TEST_TOKEN: 'ghp_s3cr3tVALUEthatMustNeverAppear' } });
  assert.equal(run.code, 2);
  assert.doesNotMatch(run.stdout + run.stderr, /s3cr3t/);
  assert.match(run.stderr, /^\.mldlrc\.yaml: .*outside the repository/);
});

test('package.json and ignore-file symlinks out of the repository are refused with one line each; links inside it work', { skip: !POSIX && 'POSIX symlinks' }, (t) => {
  const { repo, secret } = repository(t, { 'config/shared.json': CONFIG, 'docs/design.md': OPTED_IN_DOC, 'pkg/design.md': OPTED_IN_DOC });
  // Inside the repository: followed.
  fs.symlinkSync('config/shared.json', path.join(repo, '.mldlrc.json'));
  fs.symlinkSync(secret, path.join(repo, 'pkg', 'package.json'));
  fs.symlinkSync(secret, path.join(repo, 'docs', '.gitignore'));
  const run = runCli(['--format', 'json', '.'], { cwd: repo });
  assertNoCrash(run);
  assert.equal(run.code, 2);
  assert.doesNotMatch(run.stdout + run.stderr, /s3cr3t/);
  assert.deepEqual(stderrLines(run).sort(), [
    'docs/.gitignore: ignore file not used: a symbolic link to a file outside the repository; not read',
    'pkg/package.json: Cannot read configuration file: a symbolic link to a file outside the repository; not read.',
  ]);
  // The config reached through the in-repository link applies to docs/design.md.
  const [docs] = parseJsonOutput(run.stdout);
  assert.equal(path.relative(repo, docs.filePath), 'docs/design.md');
  assert.deepEqual([...new Set(docs.messages.map((m) => m.ruleId))], ['placeholder-text']);
});

test('a symlinked directory leading out of the repository does not let its config in', { skip: !POSIX && 'POSIX symlinks' }, (t) => {
  const { outer, repo } = repository(t, { 'design.md': OPTED_IN_DOC });
  fs.mkdirSync(path.join(outer, 'elsewhere'));
  fs.writeFileSync(path.join(outer, 'elsewhere', '.mldlrc.json'), CONFIG);
  fs.writeFileSync(path.join(outer, 'elsewhere', 'doc.md'), OPTED_IN_DOC);
  fs.symlinkSync(path.join(outer, 'elsewhere'), path.join(repo, 'linked'));
  const run = runCli(['linked/doc.md'], { cwd: repo });
  assert.equal(run.code, 2);
  assert.deepEqual(stderrLines(run), ['linked/.mldlrc.json: Cannot read configuration file: a symbolic link to a file outside the repository; not read.']);
});

test('a bad config value is quoted as a short escaped excerpt, never in full', (t) => {
  const long = `${'x'.repeat(5000)}\u001b[2J`;
  const cwd = makeProject({ '.mldlrc.json': JSON.stringify({ system: long, extends: `mldl:\u001b]0;pwned\u0007${'y'.repeat(500)}` }), 'design.md': OPTED_IN_DOC });
  t.after(() => removeProject(cwd));
  const run = runCli(['design.md'], { cwd });
  assert.equal(run.code, 2);
  assertNoCrash(run);
  const lines = stderrLines(run);
  assert.equal(lines.length, 2, run.stderr);
  for (const line of lines) {
    assert.ok(line.length < 400, `short: ${line.length} characters`);
    assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f]/, 'no control characters');
  }
  assert.match(lines.find((l) => l.includes(': extends: '))!, /extends: Unknown preset "mldl:\\x1b\]0;pwned\\x07y+… \(515 characters\)"/);
  assert.match(lines.find((l) => l.includes(': system: '))!, /system: Expected one of .*, got "x{60}… \(5004 characters\)"\.$/);
});

// ── item 6: the search stops at the repository root ─────────────────────────

test('a .mldlrc.json above the repository root is not applied; --verbose says where the search stopped', async (t) => {
  const { outer, repo } = repository(t, { '.mldlrc.json': CONFIG, 'docs/design.md': OPTED_IN_DOC });
  // Above the repository: would exclude everything (the repository's config does not say "root": true).
  fs.writeFileSync(path.join(outer, '.mldlrc.json'), JSON.stringify({ exclude: ['**'] }));
  const run = runCli(['--format', 'json', '--verbose', '.'], { cwd: repo });
  assert.equal(run.code, 0, run.stderr);
  const [result] = parseJsonOutput(run.stdout);
  assert.equal(result.skipped, false, 'linted, not excluded by the config above the repository');
  assert.ok(result.messages.some((m) => m.ruleId === 'placeholder-text'));
  assert.match(run.stderr, new RegExp(`^mldl: configuration search stopped at the repository root ${repo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));

  // From a subdirectory the repository root is still the limit, and a config at the root still applies.
  fs.writeFileSync(path.join(repo, '.mldlrc.json'), onlyRules({ 'placeholder-text': 'error' }));
  const sub = await runCliInProcess(['--format', 'json', 'design.md'], { cwd: path.join(repo, 'docs') });
  assert.equal(sub.code, 1, sub.stderr);
  assert.ok(parseJsonOutput(sub.stdout)[0].messages.every((m) => m.ruleId === 'placeholder-text' && m.severity === 'error'));
});

test('outside a repository the search stops at the working directory', (t) => {
  const outer = makeProject({ '.mldlrc.json': JSON.stringify({ exclude: ['**'] }), 'project/.mldlrc.json': CONFIG, 'project/design.md': OPTED_IN_DOC });
  t.after(() => removeProject(outer));
  const run = runCli(['--format', 'json', '--verbose', 'design.md'], { cwd: path.join(outer, 'project') });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(parseJsonOutput(run.stdout)[0].skipped, false);
  assert.match(run.stderr, /^mldl: configuration search stopped at the working directory \(no git repository\) /m);
});

// ── item 7: FIFOs and huge files where configuration is expected ───────────

test('a FIFO as .mldlrc.json, .gitignore or package.json is one line each, never a hang', { skip: !POSIX && 'POSIX FIFOs' }, (t) => {
  const cwd = makeProject({ 'a/design.md': OPTED_IN_DOC, 'b/design.md': OPTED_IN_DOC, 'c/design.md': OPTED_IN_DOC, 'good/design.md': OPTED_IN_DOC, '.mldlrc.json': CONFIG });
  t.after(() => removeProject(cwd));
  execFileSync('mkfifo', [path.join(cwd, 'a', '.mldlrc.json'), path.join(cwd, 'b', 'package.json'), path.join(cwd, 'c', '.gitignore')]);
  // runCli's timeout fails the test instead of hanging it.
  const run = runCli(['--format', 'json', '.'], { cwd });
  assertNoCrash(run);
  assert.equal(run.code, 2);
  assert.deepEqual(stderrLines(run).sort(), [
    'a/.mldlrc.json: Cannot read configuration file: a named pipe (FIFO), not a regular file; not read.',
    'b/package.json: Cannot read configuration file: a named pipe (FIFO), not a regular file; not read.',
    'c/.gitignore: ignore file not used: a named pipe (FIFO), not a regular file; not read',
  ]);
  assert.deepEqual(parseJsonOutput(run.stdout).map((r) => path.relative(cwd, r.filePath)), ['c/design.md', 'good/design.md']);
});

test('a config file over 1 MB is refused without being read', (t) => {
  const cwd = makeProject({ '.mldlrc.json': `{ "rules": {} ${' '.repeat(2 * 1024 * 1024)}}`, 'design.md': OPTED_IN_DOC });
  t.after(() => removeProject(cwd));
  const run = runCli(['design.md'], { cwd });
  assert.equal(run.code, 2);
  assert.deepEqual(stderrLines(run), ['.mldlrc.json: Cannot read configuration file: too large (2 MB; the limit is 1 MB).']);
});

test('the language server is not frozen by a FIFO .mldlrc.json: the document gets a config diagnostic and shutdown is answered', { skip: !POSIX && 'POSIX FIFOs' }, async (t) => {
  const folder = makeProject({ 'design.md': OPTED_IN_DOC });
  t.after(() => removeProject(folder));
  execFileSync('mkfifo', [path.join(folder, '.mldlrc.json')]);
  const { client } = await LspClient.start({ workspaceFolders: [{ uri: fileUri(folder), name: 'fifo' }] });
  t.after(() => client.kill());
  const uri = fileUri(path.join(folder, 'design.md'));
  await client.open(uri, OPTED_IN_DOC);
  const diagnostics = await client.diagnosticsFor(uri, 1, (d) => d.some((x) => x.code === 'config'));
  assert.match(String(diagnostics.find((d) => d.code === 'config')!.message), /named pipe \(FIFO\)/);
  assert.equal(await client.shutdown(), 0);
});

// ── item 8: documents over the size limit ───────────────────────────────────

test('a document over the size limit (default 5 MB) is skipped with one line, exit 2; the others are linted', (t) => {
  const cwd = makeProject({ '.mldlrc.json': CONFIG, 'good.md': OPTED_IN_DOC });
  t.after(() => removeProject(cwd));
  fs.writeFileSync(path.join(cwd, 'huge.md'), `${OPTED_IN_DOC}${'Filler text for a very long design doc.\n'.repeat(150_000)}`);
  const run = runCli(['--format', 'json', '.'], { cwd });
  assert.equal(run.code, 2);
  assert.deepEqual(stderrLines(run), ['huge.md: skipped: too large (5.7 MB; the limit is 5 MB)']);
  assert.deepEqual(parseJsonOutput(run.stdout).map((r) => path.relative(cwd, r.filePath)), ['good.md']);
});

test('maxDocumentSize in config and --max-document-size set the limit; bad values are errors; standard input is capped too', async (t) => {
  const cwd = makeProject({ '.mldlrc.json': CONFIG.replace('{', '{ "maxDocumentSize": "1KB",'), 'small.md': OPTED_IN_DOC });
  t.after(() => removeProject(cwd));
  const bigger = `${OPTED_IN_DOC}${'- TODO: more\n'.repeat(100)}`;
  fs.writeFileSync(path.join(cwd, 'bigger.md'), bigger);
  const capped = runCli(['--format', 'json', 'small.md', 'bigger.md'], { cwd });
  assert.equal(capped.code, 2);
  assert.deepEqual(stderrLines(capped), ['bigger.md: skipped: too large (1.4 KB; the limit is 1 KB)']);
  const raised = await runCliInProcess(['--format', 'json', '--max-document-size', '2KB', 'small.md', 'bigger.md'], { cwd });
  assert.equal(raised.code, 0, raised.stderr);
  assert.equal(parseJsonOutput(raised.stdout).length, 2);

  // A real process: the cap is on reading its standard input.
  const stdin = runCli(['--format', 'json', '-'], { cwd, input: bigger });
  assert.equal(stdin.code, 2);
  assert.deepEqual(stderrLines(stdin), ['<stdin>: skipped: too large (more than 1 KB; the limit is 1 KB)']);

  const badFlag = await runCliInProcess(['--max-document-size', 'lots', 'small.md'], { cwd });
  assert.equal(badFlag.code, 2);
  assert.match(badFlag.stderr, /^mldl: --max-document-size expects a size such as 5MB, 500KB or a number of bytes, got "lots"\./);
  fs.writeFileSync(path.join(cwd, '.mldlrc.json'), '{ "maxDocumentSize": -3 }');
  const badConfig = await runCliInProcess(['small.md'], { cwd });
  assert.equal(badConfig.code, 2);
  assert.equal(badConfig.stderr, '.mldlrc.json:1:22: maxDocumentSize: Expected a size such as 5MB, 500KB or a number of bytes, got -3.\n');
});

test('os.tmpdir() is not a git repository (the tests above rely on it)', () => {
  assert.ok(!fs.existsSync(path.join(os.tmpdir(), '.git')));
});

// ── --output: never written through a symlink out of the repository ────────

test('--output through a committed symlink out of the repository is refused (mldl and mldl scorecard); a plain path works', { skip: !POSIX && 'POSIX symlinks' }, async (t) => {
  const { outer, repo } = repository(t, { '.mldlrc.json': CONFIG, 'design.md': OPTED_IN_DOC });
  const victim = path.join(outer, 'victim.txt');
  fs.writeFileSync(victim, 'precious\n');
  fs.symlinkSync(victim, path.join(repo, 'mldl.sarif'));
  fs.symlinkSync(outer, path.join(repo, 'reports'));
  for (const output of ['mldl.sarif', 'reports/victim.txt']) {
    // Real processes for the file link, main() in this process for the directory link.
    const cli = output === 'mldl.sarif' ? async (args: string[]) => runCli(args, { cwd: repo }) : (args: string[]) => runCliInProcess(args, { cwd: repo });
    const run = await cli(['--format', 'sarif', '--output', output, 'design.md']);
    assert.equal(run.code, 2, output);
    assert.equal(run.stderr, `${output}: not written: it leads out of the repository through a symbolic link\n`);
    const card = await cli(['scorecard', 'design.md', '--output', output]);
    assert.equal(card.code, 2);
    assert.equal(card.stderr, `mldl scorecard: ${output}: not written: it leads out of the repository through a symbolic link.\n`);
  }
  assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n');
  const plain = await runCliInProcess(['--format', 'sarif', '--output', 'out/mldl.sarif', 'design.md'], { cwd: repo });
  assert.equal(plain.code, 0, plain.stderr);
  assert.ok(fs.existsSync(path.join(repo, 'out', 'mldl.sarif')));
  const outside = await runCliInProcess(['--format', 'sarif', '--output', path.join(outer, 'chosen.sarif'), 'design.md'], { cwd: repo });
  assert.equal(outside.code, 0, 'a path named outside the repository is the user\'s choice');
});
