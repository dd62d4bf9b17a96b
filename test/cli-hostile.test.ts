// Hostile files on disk, run through bin/mldl.js as a user would: invalid
// UTF-8, binary data, UTF-16, symlink loops (files and directories), a FIFO
// (which must not hang the run), a directory named like a Markdown file, an
// unreadable file. Each gets exactly one line on stderr naming it, the run
// exits 2, and the good files in the same run are still linted and reported.
// Every run that could block or loop forever if mldl opened or followed the
// wrong thing is a real process (runCli times out at 60 s instead of hanging
// the test); the other variations of a case go through main() in this
// process (runCliInProcess).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OPTED_IN_DOC, makeProject, onlyRules, parseJsonOutput, removeProject, runCli, runCliInProcess, type CliRun } from './cli-harness.js';

const CONFIG = onlyRules({ 'placeholder-text': 'warning' });
const POSIX = process.platform !== 'win32';

function project(t: TestContext, files: Record<string, string>): string {
  const cwd = makeProject({ '.mldlrc.json': CONFIG, 'good.md': OPTED_IN_DOC, ...files });
  t.after(() => removeProject(cwd));
  return cwd;
}

/** The files reported on stdout (JSON format), relative to cwd. */
function reported(run: CliRun, cwd: string): string[] {
  return parseJsonOutput(run.stdout).map((r) => path.relative(cwd, r.filePath));
}

function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

/** One stderr line per expected file, each starting with its path, and nothing else on stderr. */
function assertOneLineEach(run: CliRun, expected: Record<string, RegExp>): void {
  const lines = stderrLines(run);
  assert.equal(lines.length, Object.keys(expected).length, `stderr:\n${run.stderr}`);
  for (const [file, pattern] of Object.entries(expected)) {
    const line = lines.find((l) => l.startsWith(`${file}: `));
    assert.ok(line, `no line for ${file} in:\n${run.stderr}`);
    assert.match(line, pattern);
  }
  assert.doesNotMatch(run.stderr, /internal error|at .*\.js:\d+/, 'no crash or stack trace');
}

function withBytes(text: string, bytes: number[], at: number): Buffer {
  const encoded = Buffer.from(text, 'utf8');
  return Buffer.concat([encoded.subarray(0, at), Buffer.from(bytes), encoded.subarray(at)]);
}

test('invalid UTF-8, binary data and UTF-16: one line naming the file (and where), the good file is still linted, exit 2', (t) => {
  const cwd = project(t, {});
  const atLine8 = OPTED_IN_DOC.split('\n').slice(0, 7).join('\n').length + 1;
  fs.writeFileSync(path.join(cwd, 'latin1.md'), withBytes(OPTED_IN_DOC, [0x63, 0x61, 0x66, 0xe9, 0x20], atLine8));
  fs.writeFileSync(path.join(cwd, 'truncated.md'), withBytes(OPTED_IN_DOC, [0xf0, 0x9f, 0x98], OPTED_IN_DOC.length));
  fs.writeFileSync(path.join(cwd, 'overlong.md'), withBytes(OPTED_IN_DOC, [0xc0, 0xaf], 0));
  fs.writeFileSync(path.join(cwd, 'surrogate.md'), withBytes(OPTED_IN_DOC, [0xed, 0xa0, 0x80], 0));
  fs.writeFileSync(path.join(cwd, 'binary.md'), Buffer.concat([Buffer.from('# Model weights\n'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x7f])]));
  fs.writeFileSync(path.join(cwd, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(OPTED_IN_DOC, 'utf16le')]));
  // Valid UTF-8 with a BOM, emoji and CJK is read as it is.
  fs.writeFileSync(path.join(cwd, 'bom.md'), `\ufeff${OPTED_IN_DOC}- 日本語 😀 TBD\n`);

  const run = runCli(['--format', 'json', 'latin1.md', 'truncated.md', 'overlong.md', 'surrogate.md', 'binary.md', 'utf16.md', 'bom.md', 'good.md'], { cwd });
  assert.equal(run.code, 2);
  assertOneLineEach(run, {
    'latin1.md': /^latin1\.md: not valid UTF-8 \(byte 0xE9 on line 8\); mldl reads UTF-8: save the file as UTF-8$/,
    'truncated.md': /not valid UTF-8 \(byte 0xF0 on line 9\)/,
    'overlong.md': /not valid UTF-8 \(byte 0xC0 on line 1\)/,
    'surrogate.md': /not valid UTF-8 \(byte 0xED on line 1\)/,
    'binary.md': /^binary\.md: binary data \(a NUL byte on line 2\), not UTF-8 text; not linted$/,
    'utf16.md': /^utf16\.md: UTF-16 text .*save the file as UTF-8$/,
  });
  assert.deepEqual(reported(run, cwd), ['bom.md', 'good.md']);
  const bom = parseJsonOutput(run.stdout)[0];
  assert.equal(bom.messages.filter((m) => m.ruleId === 'placeholder-text').length, 2, 'the BOM file is linted, with its TBD found');
});

test('a symlink loop between two .md files: one line each, named or found in a directory or by a glob; exit 2', { skip: !POSIX && 'POSIX symlinks' }, async (t) => {
  const cwd = project(t, {});
  fs.symlinkSync('b.md', path.join(cwd, 'a.md'));
  fs.symlinkSync('a.md', path.join(cwd, 'b.md'));
  const loop = /symbolic link loop \(too many levels of symbolic links\)$/;

  const named = runCli(['--format', 'json', 'a.md', 'good.md'], { cwd });
  assert.equal(named.code, 2);
  assertOneLineEach(named, { 'a.md': loop });
  assert.deepEqual(reported(named, cwd), ['good.md']);

  for (const args of [['.'], ['*.md']]) {
    const run = await runCliInProcess(['--format', 'json', ...args], { cwd });
    assert.equal(run.code, 2, args.join(' '));
    assertOneLineEach(run, { 'a.md': loop, 'b.md': loop });
    assert.deepEqual(reported(run, cwd), ['good.md']);
  }
});

test('a directory symlink loop is not followed: each file is linted once, nothing hangs', { skip: !POSIX && 'POSIX symlinks' }, (t) => {
  const cwd = project(t, { 'docs/inner.md': OPTED_IN_DOC });
  // docs/again → docs, and two directory links pointing at each other.
  fs.symlinkSync('.', path.join(cwd, 'docs', 'again'));
  fs.symlinkSync('../docs', path.join(cwd, 'docs', 'up'));
  fs.symlinkSync('ping', path.join(cwd, 'pong'));
  fs.symlinkSync('pong', path.join(cwd, 'ping'));

  for (const args of [['.'], ['**/*.md'], ['docs']]) {
    const run = runCli(['--format', 'json', ...args], { cwd });
    assert.equal(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
    assert.equal(run.stderr, '');
    const files = reported(run, cwd);
    assert.deepEqual(files, args[0] === 'docs' ? ['docs/inner.md'] : ['docs/inner.md', 'good.md']);
  }
  // Named on the command line, the looping directory link is one error line.
  const named = runCli(['--format', 'json', 'ping', 'good.md'], { cwd });
  assert.equal(named.code, 2);
  assertOneLineEach(named, { ping: /symbolic link loop/ });
  assert.deepEqual(reported(named, cwd), ['good.md']);
});

test('a FIFO named x.md is never opened: one line, exit 2, good files linted, no hang', { skip: !POSIX && 'POSIX FIFOs' }, (t) => {
  const cwd = project(t, { 'docs/more.md': OPTED_IN_DOC });
  execFileSync('mkfifo', [path.join(cwd, 'x.md')]);
  execFileSync('mkfifo', [path.join(cwd, 'docs', 'pipe.md')]);
  fs.symlinkSync('../x.md', path.join(cwd, 'docs', 'to-fifo.md'));
  const fifo = /a named pipe \(FIFO\), not a regular file; not read$/;

  // runCli has a 60 s timeout: a blocking open would fail the test instead of hanging it.
  const named = runCli(['--format', 'json', 'x.md', 'good.md'], { cwd });
  assert.equal(named.code, 2);
  assertOneLineEach(named, { 'x.md': fifo });
  assert.deepEqual(reported(named, cwd), ['good.md']);

  const walked = runCli(['--format', 'json', '.'], { cwd });
  assert.equal(walked.code, 2);
  assertOneLineEach(walked, { 'x.md': fifo, 'docs/pipe.md': fifo, 'docs/to-fifo.md': /symbolic link to a named pipe \(FIFO\), not a regular file/ });
  assert.deepEqual(reported(walked, cwd), ['docs/more.md', 'good.md']);

  const globbed = runCli(['--format', 'json', '**/*.md'], { cwd });
  assert.equal(globbed.code, 2);
  assertOneLineEach(globbed, { 'x.md': fifo, 'docs/pipe.md': fifo, 'docs/to-fifo.md': /symbolic link to a named pipe/ });
  assert.deepEqual(reported(globbed, cwd), ['docs/more.md', 'good.md']);
});

test('a directory named y.md on the command line is one line, exit 2; found in a walk it is searched', async (t) => {
  const cwd = project(t, { 'y.md/inside.md': OPTED_IN_DOC });
  const named = runCli(['--format', 'json', 'y.md', 'good.md'], { cwd });
  assert.equal(named.code, 2);
  assertOneLineEach(named, { 'y.md': /^y\.md: is a directory, not a Markdown file$/ });
  assert.deepEqual(reported(named, cwd), ['good.md']);

  const walked = await runCliInProcess(['--format', 'json', '.'], { cwd });
  assert.equal(walked.code, 0, walked.stderr);
  assert.deepEqual(reported(walked, cwd), ['good.md', 'y.md/inside.md']);
});

test('a file without read permission is one line, exit 2', { skip: (!POSIX || process.getuid?.() === 0) && 'needs a non-root POSIX user' }, (t) => {
  const cwd = project(t, { 'locked.md': OPTED_IN_DOC });
  fs.chmodSync(path.join(cwd, 'locked.md'), 0o000);
  t.after(() => fs.chmodSync(path.join(cwd, 'locked.md'), 0o644));
  const run = runCli(['--format', 'json', 'locked.md', 'good.md'], { cwd });
  assert.equal(run.code, 2);
  assertOneLineEach(run, { 'locked.md': /permission denied/ });
  assert.deepEqual(reported(run, cwd), ['good.md']);
});

test('every hostile file at once, in one directory run: one line each, all good files reported', { skip: !POSIX && 'POSIX FIFOs and symlinks' }, async (t) => {
  const cwd = project(t, { 'docs/a-good.md': OPTED_IN_DOC, 'docs/z-good.md': OPTED_IN_DOC });
  fs.writeFileSync(path.join(cwd, 'docs', 'bad.md'), Buffer.from([0x23, 0x20, 0xff, 0x0a]));
  fs.writeFileSync(path.join(cwd, 'docs', 'bin.md'), Buffer.from([0x00, 0x00]));
  fs.symlinkSync('loop2.md', path.join(cwd, 'docs', 'loop1.md'));
  fs.symlinkSync('loop1.md', path.join(cwd, 'docs', 'loop2.md'));
  fs.symlinkSync('gone.md', path.join(cwd, 'docs', 'dangling.md'));
  fs.symlinkSync('..', path.join(cwd, 'docs', 'parent'));
  execFileSync('mkfifo', [path.join(cwd, 'docs', 'fifo.md')]);
  const run = runCli(['--format', 'json', '.'], { cwd });
  assert.equal(run.code, 2);
  assertOneLineEach(run, {
    'docs/bad.md': /not valid UTF-8/,
    'docs/bin.md': /binary data/,
    'docs/loop1.md': /symbolic link loop/,
    'docs/loop2.md': /symbolic link loop/,
    'docs/dangling.md': /broken symbolic link/,
    'docs/fifo.md': /named pipe/,
  });
  assert.deepEqual(reported(run, cwd), ['docs/a-good.md', 'docs/z-good.md', 'good.md']);
  // The human format reports them too, and still lists the good files' findings.
  const stylish = await runCliInProcess(['.'], { cwd });
  assert.equal(stylish.code, 2);
  assert.match(stylish.stdout, /docs\/a-good\.md[\s\S]*placeholder-text/);
});

test('mldl scorecard and mldl review read files the same safe way', { skip: !POSIX && 'POSIX FIFOs' }, async (t) => {
  const cwd = project(t, {});
  execFileSync('mkfifo', [path.join(cwd, 'x.md')]);
  fs.writeFileSync(path.join(cwd, 'latin1.md'), Buffer.from('# Caf\xe9 ranking\n', 'latin1'));
  const fifo = runCli(['scorecard', 'x.md'], { cwd });
  assert.equal(fifo.code, 2);
  assert.equal(fifo.stderr, 'mldl scorecard: x.md: a named pipe (FIFO), not a regular file; not read.\n');
  const latin1 = await runCliInProcess(['scorecard', 'latin1.md'], { cwd });
  assert.equal(latin1.code, 2);
  assert.match(latin1.stderr, /^mldl scorecard: latin1\.md: not valid UTF-8 \(byte 0xE9 on line 1\)/);

  // review: a changed file that is no longer UTF-8 is one line; the other changed file is reviewed.
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=Test', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
  fs.rmSync(path.join(cwd, 'x.md'));
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  fs.appendFileSync(path.join(cwd, 'latin1.md'), Buffer.from([0xff]));
  fs.appendFileSync(path.join(cwd, 'good.md'), '- TBD: the rollout\n');
  const review = await runCliInProcess(['review', '--base', 'HEAD', '--format', 'json'], { cwd });
  assert.equal(review.code, 2, review.stderr);
  assertOneLineEach(review, { 'latin1.md': /not valid UTF-8/ });
  assert.deepEqual(reported(review, cwd), ['good.md']);
});
