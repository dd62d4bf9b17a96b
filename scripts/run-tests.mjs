#!/usr/bin/env node
// Runs the compiled test files with node's test runner, several at a time.
//
//   node scripts/run-tests.mjs          every out/test/**/*.test.js except the slow ones (npm test)
//   node scripts/run-tests.mjs --slow   only the slow ones (npm run test:slow; .ci/run runs both)
//   node scripts/run-tests.mjs FILE…    only these (paths under out/test/, e.g. lsp-protocol.test.js)
//
// Every test file is in exactly one of the two sets: a file is fast unless
// SLOW names it, so a new test file runs in `npm test` by default and nothing
// can fall between the two.
//
// Each file runs in its own `node --test` process, one per core: more at a
// time starves the tests that measure time budgets (hostile-input, the LSP
// waits) on a loaded machine. The files that took longest last time start
// first (times are kept in out/test/.durations.json), so the run does not end
// with one core grinding through a long file while the other idles. A file's
// output is printed whole when it ends, so two files never interleave; at the
// end comes a table of every file's wall time and CPU time (user + system of
// the file's process and every process it waited for: the CLI and language
// servers it spawns), the slowest first, and the load average, since other
// work on the machine stretches wall time but hardly CPU time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TESTS = path.join(ROOT, 'out', 'test');
const DURATIONS = path.join(TESTS, '.durations.json');

/** Test files (relative to test/) that take minutes, and why they are slow. */
const SLOW = new Map([
  ['e2e/vscode.test.js', 'the extension in a real VS Code (code-server in Chromium)'],
  ['nvim.test.js', 'a real headless Neovim'],
  ['emacs.test.js', 'a real Emacs with eglot'],
  ['doc-commands.test.js', 'packs and installs the tarball and runs every README command in a copy of the repository'],
  ['server-memory.test.js', '10,000 edits through the real language server'],
  ['pathological.test.js', 'multi-megabyte and 50,000-line documents'],
  ['incremental-corpus.test.js', 'types into every document of the development corpus (68 documents, 1.5 MB); npm test types into a sample'],
]);

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.js') ? [path.relative(TESTS, file).split(path.sep).join('/')] : [];
  });
}

function readDurations() {
  try {
    return JSON.parse(fs.readFileSync(DURATIONS, 'utf8'));
  } catch {
    return {};
  }
}

/**
 * Runs one file under `sh -c '…; times'`: the shell's `times` reports the CPU
 * of every child it waited for, grandchildren included, which node's own
 * process.resourceUsage() cannot (it counts only the calling process).
 */
function runFile(file) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const script = '"$0" --test --test-reporter=spec "$1"; status=$?; times >&3; exit $status';
    const child = spawn('/bin/sh', ['-c', script, process.execPath, path.join('out', 'test', file)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const output = [];
    let times = '';
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.stdio[3].on('data', (chunk) => (times += chunk));
    child.on('close', (status, signal) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      // `times` prints two lines, the shell's own user/system then its
      // children's, each as `<m>m<s>s <m>m<s>s`.
      const spans = [...times.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      const cpu = spans.length >= 4 ? spans[2] + spans[3] : Number.NaN;
      resolve({ file, ok: status === 0, status: status ?? signal, wall, cpu, output: Buffer.concat(output).toString() });
    });
  });
}

const seconds = (value) => (Number.isNaN(value) ? '?' : value.toFixed(1).padStart(6));

const args = process.argv.slice(2);
const slow = args.includes('--slow');
const named = args.filter((arg) => !arg.startsWith('--'));
const all = testFiles(TESTS).sort();
const missing = [...SLOW.keys()].filter((file) => !all.includes(file));
if (missing.length > 0) {
  console.error(`scripts/run-tests.mjs: SLOW names test files that are not built: ${missing.join(', ')} (renamed? build first: tsc -p .)`);
  process.exit(2);
}
const unknown = named.filter((file) => !all.includes(file));
if (unknown.length > 0) {
  console.error(`scripts/run-tests.mjs: no such test file under out/test: ${unknown.join(', ')}`);
  process.exit(2);
}
const previous = readDurations();
const chosen = (named.length > 0 ? named : all.filter((file) => SLOW.has(file) === slow))
  // Longest first; a file never timed (new) counts as long, so it does not end the run alone.
  .sort((a, b) => (previous[b] ?? Infinity) - (previous[a] ?? Infinity) || a.localeCompare(b));
const concurrency = Math.max(2, os.availableParallelism());
const what = named.length > 0 ? 'named' : slow ? 'slow' : 'fast';
console.log(`${what} suite: ${chosen.length} of ${all.length} test files, ${concurrency} at a time${what === 'fast' ? ' (npm run test:slow runs the other ' + (all.length - chosen.length) + ')' : ''}`);

const startedAt = process.hrtime.bigint();
const loadBefore = os.loadavg();
const results = [];
const queue = [...chosen];
async function worker() {
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const result = await runFile(file);
    results.push(result);
    process.stdout.write(result.output);
    console.log(`${result.ok ? 'ok    ' : 'FAILED'} ${file}  wall ${seconds(result.wall).trim()} s, cpu ${seconds(result.cpu).trim()} s\n`);
  }
}
await Promise.all(Array.from({ length: Math.min(concurrency, chosen.length) }, worker));
const wall = Number(process.hrtime.bigint() - startedAt) / 1e9;

const durations = { ...previous };
for (const result of results) durations[result.file] = Math.round(result.wall * 10) / 10;
fs.writeFileSync(DURATIONS, `${JSON.stringify(durations, null, 1)}\n`);

results.sort((a, b) => b.wall - a.wall);
const cpu = results.reduce((sum, result) => sum + (Number.isNaN(result.cpu) ? 0 : result.cpu), 0);
const failed = results.filter((result) => !result.ok);
console.log('  wall s   cpu s  file');
for (const result of results) console.log(`${seconds(result.wall)}  ${seconds(result.cpu)}  ${result.file}${result.ok ? '' : '  FAILED'}`);
const load = (values) => values.map((value) => value.toFixed(2)).join(' ');
console.log(
  `${what} suite: ${results.length - failed.length} of ${results.length} files passed in ${wall.toFixed(1)} s wall, ` +
    `${cpu.toFixed(1)} s CPU (user+sys, all files); load average ${load(loadBefore)} at the start, ${load(os.loadavg())} at the end`,
);
if (failed.length > 0) console.log(`failed: ${failed.map((result) => result.file).join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
