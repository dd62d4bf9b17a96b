// Deep directory trees (issue 11 item 10): a walk or a glob down a chain of
// 2000 directories finishes (it used to be cubic in the depth: minutes), and
// a tree deeper than the system's path limit is one line naming where the
// search stopped, not an internal error. runCli's timeout fails a run that
// does not finish instead of hanging the suite.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OPTED_IN_DOC, makeProject, onlyRules, parseJsonOutput, runCli } from './cli-harness.js';

const POSIX = process.platform !== 'win32';

function project(t: TestContext, files: Record<string, string>): string {
  const cwd = makeProject(files);
  // `rm -rf` removes trees deeper than the path limit; fs.rmSync builds full paths and cannot.
  t.after(() => execFileSync('rm', ['-rf', cwd]));
  return cwd;
}

test('a 2000-deep directory chain is walked and globbed, its document linted, its configs and ignore files read on the way', (t) => {
  const deep = 'd/'.repeat(2000);
  const cwd = project(t, { '.mldlrc.json': onlyRules({ 'placeholder-text': 'error' }), [`${deep}doc.md`]: OPTED_IN_DOC, [`${'d/'.repeat(1000)}.mldlignore`]: 'ignored.md\n', [`${deep}ignored.md`]: OPTED_IN_DOC });
  for (const args of [['.'], ['**/*.md']]) {
    const run = runCli(['--format', 'json', ...args], { cwd });
    assert.equal(run.code, 1, `${args[0]}: ${run.stderr}`);
    assert.equal(run.stderr, '');
    assert.deepEqual(parseJsonOutput(run.stdout).map((r) => path.relative(cwd, r.filePath)), [`${deep}doc.md`]);
  }
});

test('a tree deeper than the path limit: one line naming the directory, exit 2, the other files still linted', { skip: !POSIX && 'POSIX path limit' }, (t) => {
  const cwd = project(t, { '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning' }), 'good.md': OPTED_IN_DOC });
  // 3000 levels of "dd/": 9000 characters, past PATH_MAX (4096). Built from the inside out
  // (chdir to a relative path works at any depth; whole paths do not), in a child so this process keeps its cwd.
  const build = `const fs = require('fs'); process.chdir('deep'); for (let i = 0; i < 10; i++) { const part = 'dd/'.repeat(300); fs.mkdirSync(part, { recursive: true }); process.chdir(part); } fs.writeFileSync('deep.md', '# x');`;
  fs.mkdirSync(path.join(cwd, 'deep'));
  execFileSync(process.execPath, ['-e', build], { cwd, stdio: 'pipe' });
  for (const args of [['.'], ['**/*.md']]) {
    const run = runCli(['--format', 'json', ...args], { cwd });
    assert.doesNotMatch(run.stderr, /internal error/, run.stderr);
    assert.equal(run.code, 2, `${args[0]}: ${run.stderr}`);
    const lines = run.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], /^deep\/(dd\/)+.*: path too long \(ENAMETOOLONG\)/);
    assert.deepEqual(parseJsonOutput(run.stdout).map((r) => path.relative(cwd, r.filePath)), ['good.md']);
  }
});
