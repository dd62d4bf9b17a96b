// The project's own long-running scripts as a user runs them: `--help` answers
// at once and an unknown argument is refused with the usage line, before any
// work starts (a mistyped flag must not start a six-minute bench or an eval).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPTS = [
  { name: 'bench', file: path.join(ROOT, 'bench/run.mjs'), usage: /^usage: npm run bench/ },
  { name: 'eval', file: path.join(ROOT, 'out/scripts/eval.js'), usage: /^usage: npm run eval/ },
];

for (const script of SCRIPTS) {
  test(`${script.name} --help prints its usage and exits 0 at once`, () => {
    const run = spawnSync(process.execPath, [script.file, '--help'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, script.usage);
  });

  test(`${script.name} refuses an unknown argument with exit 2 and the usage, doing nothing`, () => {
    const run = spawnSync(process.execPath, [script.file, '--bogus-flag'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /unknown argument "?--bogus-flag"?/);
    assert.match(run.stderr, /usage: npm run /);
    assert.doesNotMatch(run.stderr, /bench: building|Corpus:/, 'no work was started');
  });
}
