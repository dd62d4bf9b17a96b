// A --cache file is where a repository can plant one (issue 11, items 3, 5
// and 7): a forged cache must not decide the result, entries of the wrong
// shape must not crash a formatter, a symlink must never be written through,
// and a FIFO or device must not hang the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { defaultConfig } from '../server/config/presets.js';
import { cacheKey, LintCache } from '../server/cli/cache.js';
import { readCache, writeCache } from './cache-file.js';
import { DESIGN_DOC, OPTED_IN_DOC, project, runCli, runCliInProcess } from './cli-harness.js';
import { version } from '../server/cli/version.js';

const POSIX = process.platform !== 'win32';
const CACHE = '.mldlcache';

test('a cache shipped by the repository cannot forge a clean result: it is ignored with one line', async (t) => {
  const cwd = project(t, { 'design.md': DESIGN_DOC });
  const honest = await runCliInProcess(['design.md'], { cwd });
  assert.equal(honest.code, 1, 'the doc has errors');
  // What an attacker can compute: the content key is a plain hash of version, config and text.
  const job = { filePath: path.join(cwd, 'design.md'), text: DESIGN_DOC, config: defaultConfig(), force: false };
  const clean = { skipped: false, findings: [], coverage: { covered: 30, total: 30 } };
  const forged = { [job.filePath]: { key: cacheKey(job, version()), outcome: clean } };
  for (const format of [1, 2]) {
    // Format 1 (unsigned, as mldl wrote before) and format 2 signed with a key that is not this user's.
    writeCache(path.join(cwd, CACHE), { format, entries: forged }, randomBytes(32));
    // The process for the signed forgery, main() in this process for the unsigned one.
    const run = format === 2 ? runCli(['--cache', 'design.md'], { cwd }) : await runCliInProcess(['--cache', 'design.md'], { cwd });
    assert.equal(run.code, honest.code, `format ${format}: the forged clean result is not used`);
    assert.equal(run.stdout, honest.stdout);
    assert.equal(run.stderr.split('\n').filter(Boolean).length, 1, run.stderr);
    assert.match(run.stderr, /^mldl: warning: ignoring cache .*\.mldlcache: (not signed by this user's mldl|not a valid mldl cache)/);
  }
});

test('cache entries of the wrong shape ([{}], [null], bad ranges) are misses, never a crash, in every format', async (t) => {
  const cwd = project(t, { 'a.md': OPTED_IN_DOC, 'b.md': OPTED_IN_DOC, 'c.md': OPTED_IN_DOC, 'd.md': OPTED_IN_DOC });
  const files = ['a.md', 'b.md', 'c.md', 'd.md'];
  const honest = await runCliInProcess(['-f', 'json', ...files], { cwd });
  await runCliInProcess(['--cache', ...files], { cwd });
  const content = readCache(path.join(cwd, CACHE));
  const entry = (file: string) => content.entries[path.join(cwd, file)] as { outcome: Record<string, unknown> };
  entry('a.md').outcome.findings = [{}];
  entry('b.md').outcome.findings = [null];
  (entry('c.md').outcome.findings as Array<{ range: unknown }>)[0].range = { start: null, end: 3 };
  entry('d.md').outcome.coverage = { covered: 'all', total: 1, steps: [{}] };
  for (const format of ['json', 'stylish', 'sarif', 'github', 'markdown', 'html']) {
    writeCache(path.join(cwd, CACHE), content);
    // The process for the first format, main() in this process for the others.
    const run = format === 'json' ? runCli(['--cache', '-f', format, ...files], { cwd }) : await runCliInProcess(['--cache', '-f', format, ...files], { cwd });
    assert.doesNotMatch(run.stderr, /internal error/, `${format}: ${run.stderr}`);
    assert.equal(run.stderr, '', format);
    assert.equal(run.code, honest.code, format);
    if (format === 'json') assert.equal(run.stdout, honest.stdout, 'the bad entries were linted again');
  }
});

test('the cache temporary file has a random name and is never written through a symlink', { skip: !POSIX && 'POSIX symlinks' }, (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-cache-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, CACHE);
  const victim = path.join(dir, 'victim.txt');
  fs.writeFileSync(victim, 'precious\n');
  // The name mldl used to write to: .mldlcache.<pid>.tmp.
  fs.symlinkSync(victim, `${file}.${process.pid}.tmp`);
  fs.symlinkSync(victim, path.join(dir, 'elsewhere'));
  const job = { filePath: '/p/a.md', text: OPTED_IN_DOC, config: defaultConfig(), force: false };
  const cache = LintCache.open(file, '1.0.0', randomBytes(32), (line) => assert.fail(line));
  cache.set('/p/a.md', job, { skipped: false, findings: [] });
  cache.save();
  assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n', 'the symlink target is untouched');
  assert.ok(fs.lstatSync(file).isFile());
  assert.equal(fs.lstatSync(file).mode & 0o777, 0o600, 'the cache is readable by its owner only');
  assert.deepEqual(fs.readdirSync(dir).sort(), ['.mldlcache', '.mldlcache.' + process.pid + '.tmp', 'elsewhere', 'victim.txt'].sort(), 'no temporary file left');

  // A symlink planted as the cache file itself is replaced, not followed.
  fs.rmSync(file);
  fs.symlinkSync(victim, file);
  const again = LintCache.open(file, '1.0.0', randomBytes(32), () => undefined);
  again.set('/p/a.md', job, { skipped: false, findings: [] });
  again.save();
  assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n');
  assert.ok(fs.lstatSync(file).isFile());
});

test('a FIFO, a /dev/zero link or a huge file as the cache: one warning line, no hang, the run is as without a cache', { skip: !POSIX && 'POSIX FIFOs' }, async (t) => {
  const cwd = project(t, { 'a.md': OPTED_IN_DOC });
  const expected = await runCliInProcess(['a.md'], { cwd });
  execFileSync('mkfifo', [path.join(cwd, 'fifo')]);
  fs.symlinkSync('/dev/zero', path.join(cwd, 'zero'));
  const cases: Array<[string, RegExp, 'file' | 'symlink']> = [
    ['fifo', /cannot read cache .*fifo \(a named pipe \(FIFO\), not a regular file; not read\); linting without it/, 'file'],
    // Neither read nor written: a link out of the working directory is refused like --output.
    ['zero', /cache .*zero not written: it leads out of the working directory through a symbolic link; linting without it/, 'symlink'],
  ];
  for (const [location, warning, after] of cases) {
    // A real process each: one that blocked on the FIFO or read /dev/zero forever must time out, not hang this one.
    const run = runCli(['--cache', '--cache-location', location, 'a.md'], { cwd });
    assert.equal(run.stdout, expected.stdout, location);
    assert.equal(run.code, expected.code, location);
    assert.match(run.stderr, warning);
    assert.equal(run.stderr.split('\n').filter(Boolean).length, 1, run.stderr);
    const stat = fs.lstatSync(path.join(cwd, location));
    assert.ok(after === 'file' ? stat.isFile() : stat.isSymbolicLink(), `${location}: ${after} afterwards`);
  }
});

test('a committed .mldlcache that is a symlink to a directory or file out of the repository is neither read nor written', { skip: !POSIX && 'POSIX symlinks' }, async (t) => {
  const cwd = project(t, { 'a.md': OPTED_IN_DOC });
  execFileSync('git', ['init', '-q'], { cwd });
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-cache-outside-'));
  t.after(() => fs.rmSync(outside, { recursive: true, force: true }));
  const victim = path.join(outside, 'victim.txt');
  fs.writeFileSync(victim, 'precious\n');
  const expected = await runCliInProcess(['a.md'], { cwd });
  for (const target of [outside, victim]) {
    fs.rmSync(path.join(cwd, CACHE), { force: true });
    fs.symlinkSync(target, path.join(cwd, CACHE));
    const run = target === outside ? runCli(['--cache', 'a.md'], { cwd }) : await runCliInProcess(['--cache', 'a.md'], { cwd });
    assert.equal(run.stdout, expected.stdout);
    assert.equal(run.code, expected.code);
    assert.match(run.stderr, /^mldl: warning: cache .*\.mldlcache not written: it leads out of the repository through a symbolic link; linting without it\n$/);
    assert.deepEqual(fs.readdirSync(outside), ['victim.txt'], 'nothing written out of the repository');
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n');
  }
  // An explicit location outside the repository is the user's choice: used.
  fs.rmSync(path.join(cwd, CACHE));
  const explicit = await runCliInProcess(['--cache', '--cache-location', outside, 'a.md'], { cwd });
  assert.equal(explicit.stderr, '');
  assert.ok(fs.lstatSync(path.join(outside, CACHE)).isFile());
});

test('the signing secret is created 0600 in a 0700 directory; a secret others can read is refused with one line', { skip: !POSIX && 'POSIX modes' }, async (t) => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-xdg-own-'));
  t.after(() => fs.rmSync(home, { recursive: true, force: true }));
  const cwd = project(t, { 'a.md': OPTED_IN_DOC });
  const first = runCli(['--cache', 'a.md'], { cwd, env: { XDG_CACHE_HOME: home } });
  assert.equal(first.stderr, '');
  const secret = path.join(home, 'mldl', 'secret');
  assert.equal(fs.statSync(secret).mode & 0o777, 0o600);
  assert.equal(fs.statSync(path.dirname(secret)).mode & 0o777, 0o700);
  assert.equal(fs.statSync(secret).size, 32);

  fs.chmodSync(secret, 0o644);
  const exposed = await runCliInProcess(['--cache', 'a.md'], { cwd, env: { XDG_CACHE_HOME: home } });
  assert.match(exposed.stderr, /^mldl: warning: the cache secret .*secret is readable by other users \(chmod 600 it\); linting without the cache\n$/);
  assert.equal(exposed.code, first.code);
});
