#!/usr/bin/env node
// Runs the compiled test files with node's test runner, several at a time.
//
//   node scripts/run-tests.mjs          every out/test/**/*.test.js except the slow ones (npm test)
//   node scripts/run-tests.mjs --slow   only the slow ones (npm run test:slow; .ci/run runs both)
//
// Every test file is in exactly one of the two sets: a file is fast unless
// SLOW names it, so a new test file runs in `npm test` by default and nothing
// can fall between the two. Files run one per core: more at a time starves
// the tests that measure time budgets (hostile-input, the LSP waits) on a
// loaded machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TESTS = path.join(ROOT, 'out', 'test');

/** Test files (relative to test/) that take minutes, and why they are slow. */
const SLOW = new Map([
  ['e2e/vscode.test.js', 'the extension in a real VS Code (code-server in Chromium)'],
  ['nvim.test.js', 'a real headless Neovim'],
  ['emacs.test.js', 'a real Emacs with eglot'],
  ['doc-commands.test.js', 'packs and installs the tarball and runs every README command in a copy of the repository'],
  ['server-memory.test.js', '10,000 edits through the real language server'],
  ['pathological.test.js', 'multi-megabyte and 50,000-line documents'],
]);

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.js') ? [path.relative(TESTS, file).split(path.sep).join('/')] : [];
  });
}

const slow = process.argv.includes('--slow');
const all = testFiles(TESTS).sort();
const missing = [...SLOW.keys()].filter((file) => !all.includes(file));
if (missing.length > 0) {
  console.error(`scripts/run-tests.mjs: SLOW names test files that are not built: ${missing.join(', ')} (renamed? build first: tsc -p .)`);
  process.exit(2);
}
const chosen = all.filter((file) => SLOW.has(file) === slow);
const concurrency = Math.max(2, os.availableParallelism());
console.log(`${slow ? 'slow' : 'fast'} suite: ${chosen.length} of ${all.length} test files, ${concurrency} at a time${slow ? '' : ' (npm run test:slow runs the other ' + (all.length - chosen.length) + ')'}`);
const run = spawnSync(
  process.execPath,
  ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...chosen.map((file) => path.join('out', 'test', file))],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
