#!/usr/bin/env node
// Runs the compiled test files with node's test runner, several at a time.
//
//   node scripts/run-tests.mjs          every out/test/**/*.test.js except the slow ones (npm test)
//   node scripts/run-tests.mjs --slow   only the slow ones (npm run test:slow; npm run test:all and .ci/run run both)
//   node scripts/run-tests.mjs FILE…    only these (paths under out/test/, e.g. lsp-protocol.test.js)
//   --isolate                            every file in a process of its own (see below)
//
// Every test file is in exactly one of the two sets: a file is fast unless
// SLOW names it, so a new test file runs in `npm test` by default and nothing
// can fall between the two.
//
// Files run in test processes, one per core: more at a time starves the tests
// that measure time budgets (hostile-input, the LSP waits) on a loaded
// machine. A process costs ~0.7 s CPU before its first assertion (Node, the
// engine's modules, phrase sets compiled on first use, cold code), more than
// most small files' own work, so files share processes: they are packed, the
// longest first, into groups that took no longer together last time than the
// longest file alone, and a group runs its files one after another in one
// process (scripts/test-batch.mjs: each file a suite of its own, its hooks
// scoped to it). A file alone in its group runs under `node --test` as
// before. --isolate gives every file its own process, to tell whether a
// failure comes from sharing one. The groups that took longest start first
// (times are kept in out/test/.durations.json; on a fresh clone, before any
// run has timed this machine, test/durations.json gives the times of a run on
// the 2-core CI machine, refreshed with --save-durations), so the run does not end with
// one core grinding through a long group while the other idles. A group's
// output is printed whole when it ends, so two never interleave; at the end
// comes a table of every file's wall time and CPU time (user + system of the
// test process and every process it waited for: the CLI and language servers
// it spawns; for a file in a shared process, the time its suite ran), the
// slowest first, and the load average, since other work on the machine
// stretches wall time but hardly CPU time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TESTS = path.join(ROOT, 'out', 'test');
const DURATIONS = path.join(TESTS, '.durations.json');
/** Committed times, so the first run on a machine packs files too (without times every file gets a process). */
const REFERENCE_DURATIONS = path.join(ROOT, 'test', 'durations.json');

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

function readTimes(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/** This machine's times where it has them, else the committed ones. */
function readDurations() {
  return { ...readTimes(REFERENCE_DURATIONS), ...readTimes(DURATIONS) };
}

/**
 * Runs one file under `sh -c '…; times'`: the shell's `times` reports the CPU
 * of every child it waited for, grandchildren included, which node's own
 * process.resourceUsage() cannot (it counts only the calling process).
 */
function runProcess(nodeArgs, env) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const script = '"$0" "$@"; status=$?; times >&3; exit $status';
    const child = spawn('/bin/sh', ['-c', script, process.execPath, ...nodeArgs], {
      cwd: ROOT,
      env: { ...process.env, ...env },
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
      resolve({ ok: status === 0, status: status ?? signal, wall, cpu, output: Buffer.concat(output).toString() });
    });
  });
}

const testPath = (file) => path.join('out', 'test', file);

/** Runs a group of files; resolves to one result per file and the group's own (whole-process) figures. */
async function runGroup(files) {
  if (files.length === 1) {
    const run = await runProcess(['--test', '--test-reporter=spec', testPath(files[0])], {});
    return { ...run, files: [{ file: files[0], ok: run.ok, wall: run.wall, cpu: run.cpu }] };
  }
  const stats = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-test-batch-')), 'stats.jsonl');
  const run = await runProcess(['--test-reporter=spec', path.join('scripts', 'test-batch.mjs'), ...files.map(testPath)], { MLDL_TEST_BATCH_STATS: stats });
  const measured = new Map();
  try {
    for (const line of fs.readFileSync(stats, 'utf8').split('\n').filter(Boolean)) {
      const record = JSON.parse(line);
      measured.set(record.file, record);
    }
  } catch {
    // No file finished (the process died early): every file of the group is reported failed below.
  }
  fs.rmSync(path.dirname(stats), { recursive: true, force: true });
  // The spec reporter ends a failed file's suite with "✖ <file> (<ms>)" at the start of a line.
  const failed = (file) => run.output.includes(`\n\u2716 ${file} (`) || run.output.startsWith(`\u2716 ${file} (`);
  const results = files.map((file) => {
    const record = measured.get(file);
    return { file, ok: record !== undefined && !failed(file), wall: record?.wall ?? Number.NaN, cpu: record?.cpu ?? Number.NaN };
  });
  // A process that failed with no file to blame (an error after the last test) fails them all.
  if (!run.ok && results.every((result) => result.ok)) for (const result of results) result.ok = false;
  return { ...run, files: results };
}

/**
 * Packs files (sorted longest first) into groups whose previous times add up
 * to at most `capacity` (first fit), so no group outlasts the longest file.
 * A file never timed gets a group of its own.
 */
function groupFiles(files, previous, capacity) {
  const groups = [];
  for (const file of files) {
    const time = previous[file];
    const group = time === undefined ? undefined : groups.find((g) => g.time !== Infinity && g.time + time <= capacity);
    if (group) {
      group.files.push(file);
      group.time += time;
    } else {
      groups.push({ files: [file], time: time ?? Infinity });
    }
  }
  return groups;
}

const seconds = (value) => (Number.isNaN(value) ? '?' : value.toFixed(1).padStart(6));

const args = process.argv.slice(2);
const slow = args.includes('--slow');
const isolate = args.includes('--isolate');
const saveDurations = args.includes('--save-durations');
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
const longest = Math.max(0, ...chosen.map((file) => previous[file] ?? 0));
const groups = isolate ? chosen.map((file) => ({ files: [file], time: previous[file] ?? Infinity })) : groupFiles(chosen, previous, longest);
groups.sort((a, b) => b.time - a.time);
const what = named.length > 0 ? 'named' : slow ? 'slow' : 'fast';
console.log(
  `${what} suite: ${chosen.length} of ${all.length} test files in ${groups.length} processes, ${concurrency} at a time` +
    `${what === 'fast' ? ' (npm run test:slow runs the other ' + (all.length - chosen.length) + ')' : ''}`,
);

const startedAt = process.hrtime.bigint();
const loadBefore = os.loadavg();
const results = [];
let processCpu = 0;
const queue = [...groups];
async function worker() {
  for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
    const run = await runGroup(group.files);
    results.push(...run.files);
    processCpu += Number.isNaN(run.cpu) ? 0 : run.cpu;
    process.stdout.write(run.output);
    for (const result of run.files) console.log(`${result.ok ? 'ok    ' : 'FAILED'} ${result.file}  wall ${seconds(result.wall).trim()} s, cpu ${seconds(result.cpu).trim()} s`);
    if (run.files.length > 1) console.log(`       (one process for these ${run.files.length} files: wall ${seconds(run.wall).trim()} s, cpu ${seconds(run.cpu).trim()} s)`);
    console.log('');
  }
}
await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, worker));
const wall = Number(process.hrtime.bigint() - startedAt) / 1e9;

const durations = { ...previous };
for (const result of results) if (!Number.isNaN(result.wall)) durations[result.file] = Math.round(result.wall * 10) / 10;
fs.writeFileSync(DURATIONS, `${JSON.stringify(durations, null, 1)}\n`);
if (saveDurations) fs.writeFileSync(REFERENCE_DURATIONS, `${JSON.stringify(Object.fromEntries(Object.entries(durations).sort(([a], [b]) => a.localeCompare(b))), null, 1)}\n`);

results.sort((a, b) => (Number.isNaN(b.wall) ? Infinity : b.wall) - (Number.isNaN(a.wall) ? Infinity : a.wall));
// The test processes' own figures: they include what no file's suite ran in (start-up, loading the files).
const cpu = processCpu;
const failed = results.filter((result) => !result.ok);
console.log('  wall s   cpu s  file');
for (const result of results) console.log(`${seconds(result.wall)}  ${seconds(result.cpu)}  ${result.file}${result.ok ? '' : '  FAILED'}`);
const load = (values) => values.map((value) => value.toFixed(2)).join(' ');
console.log(
  `${what} suite: ${results.length - failed.length} of ${results.length} files passed in ${wall.toFixed(1)} s wall, ` +
    `${cpu.toFixed(1)} s CPU (user+sys, all test processes and their children); load average ${load(loadBefore)} at the start, ${load(os.loadavg())} at the end`,
);
if (failed.length > 0) console.log(`failed: ${failed.map((result) => result.file).join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
