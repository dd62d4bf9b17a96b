// Linting on worker threads: the same output, in the same order, as linting
// on one thread; threads only when there is enough text; a failure inside
// a worker is reported, not lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { analyse } from '../server/cli/analyse.js';
import { analyseInWorkers, BYTES_PER_THREAD, workerThreadsFor } from '../server/cli/workers.js';
import { defaultConfig } from '../server/config/presets.js';
import { DESIGN_DOC, OPTED_IN_DOC, README, parseJsonOutput, project, runCli, runCliInProcess, type CliOptions } from './cli-harness.js';

/**
 * The CLI through main() in this process with MLDL_WORKERS=`workers` in its
 * CliIO environment. The single-thread reference output comes from here, and
 * each threaded case's first run is a real process.
 */
function inProcess(workers: string, args: string[], options: CliOptions) {
  return runCliInProcess(args, { ...options, env: { ...options.env, MLDL_WORKERS: workers } });
}

/**
 * Docs of very different sizes (0.4 KB to 7 KB; the biggest are a design doc
 * with 4 to 84 repeated paragraphs) and outcomes, so threads finish out of
 * order. MLDL_WORKERS forces threads, so the texts need not be large enough
 * for the CLI to choose them on its own (BYTES_PER_THREAD); they were 40×
 * larger, which only made the test slow.
 */
function manyDocs(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = `docs/${String.fromCharCode(97 + (i % 26))}${i}.md`;
    if (i % 7 === 3) files[name] = README;
    else if (i % 5 === 0) files[name] = `${DESIGN_DOC}\n${'More prose about the ranking model and its features. TODO: numbers.\n\n'.repeat(4 * (i + 1))}`;
    else files[name] = OPTED_IN_DOC.replace('TODO', i % 2 === 0 ? 'TODO' : 'TBD').replace('Search ranking', `Search ranking ${i}`);
  }
  return files;
}

test('with worker threads the CLI prints exactly what it prints on one thread, in the same order', async (t) => {
  const cwd = project(t, manyDocs(24));
  const threadedOutput: Record<string, string> = {};
  for (const format of ['json', 'stylish']) {
    const single = await inProcess('0', ['-f', format, '--verbose', 'docs'], { cwd });
    const threaded = format === 'json' ? runCli(['-f', format, '--verbose', 'docs'], { cwd, env: { MLDL_WORKERS: '3' } }) : await inProcess('3', ['-f', format, '--verbose', 'docs'], { cwd });
    assert.equal(single.code, 1, single.stderr);
    assert.equal(threaded.stdout, single.stdout, format);
    assert.equal(threaded.stderr, single.stderr, format);
    assert.equal(threaded.code, single.code);
    threadedOutput[format] = threaded.stdout;
  }
  const results = parseJsonOutput(threadedOutput.json);
  const names = results.map((r) => path.basename(r.filePath));
  assert.ok(names.length >= 20, `${names.length} results`);
  assert.ok(results.some((r) => r.messages.length > 0));
});

test('worker threads and the cache together give the single-thread output', async (t) => {
  const cwd = project(t, manyDocs(20));
  const single = await inProcess('0', ['-f', 'json', 'docs'], { cwd });
  assert.equal(runCli(['--cache', '-f', 'json', 'docs'], { cwd, env: { MLDL_WORKERS: '2' } }).stdout, single.stdout);
  assert.equal((await inProcess('2', ['--cache', '-f', 'json', 'docs'], { cwd })).stdout, single.stdout);
});

test('outcomes come back in job order, equal to linting each job on this thread', async () => {
  const config = defaultConfig();
  const texts = Object.values(manyDocs(12));
  const jobs = texts.map((text, i) => ({ filePath: `/p/doc-${i}.md`, text, config, force: i % 3 === 0 }));
  const outcomes = await analyseInWorkers(jobs, 3);
  assert.equal(outcomes.length, jobs.length);
  assert.deepEqual(outcomes, jobs.map(analyse));
  assert.ok(outcomes.some((o) => o.skipped) && outcomes.some((o) => o.findings.length > 0));
  assert.deepEqual(await analyseInWorkers([], 2), []);
});

test('an error inside a worker rejects with its message', async () => {
  // Not text at all: the engine cannot get past reading it.
  const notText = 42 as unknown as string;
  const jobs = [
    { filePath: '/p/ok.md', text: OPTED_IN_DOC, config: defaultConfig(), force: false },
    { filePath: '/p/bad.md', text: notText, config: defaultConfig(), force: false },
  ];
  assert.throws(() => analyse(jobs[1]), 'the same job fails on this thread too');
  await assert.rejects(analyseInWorkers(jobs, 2), (error: Error) => error.message.length > 0);
});

test('threads are used only when text beyond the largest file can keep another core busy', () => {
  const unit = BYTES_PER_THREAD;
  const twoOrMore = os.availableParallelism() > 1;
  assert.equal(workerThreadsFor([100 * unit], {}), 0, 'one file cannot be split');
  assert.equal(workerThreadsFor([], {}), 0);
  assert.equal(workerThreadsFor([50 * unit, unit - 1], {}), 0, 'what is left beside the largest file is too little');
  assert.equal(workerThreadsFor(Array.from({ length: 1000 }, () => 10), {}), 0, 'many tiny files: too little text');
  const two = workerThreadsFor([unit, unit], {});
  assert.equal(two, twoOrMore ? 2 : 0, 'two files of one unit each');
  const many = workerThreadsFor(Array.from({ length: 300 }, () => unit), {});
  assert.ok(many === 0 || (many > 1 && many <= os.availableParallelism()), `${many}`);
  assert.equal(many > 1, twoOrMore);
  const plenty = Array.from({ length: 1000 }, () => unit);
  assert.equal(workerThreadsFor(plenty, { MLDL_WORKERS: '1' }), 0);
  assert.equal(workerThreadsFor(plenty, { MLDL_WORKERS: '0' }), 0);
  assert.equal(workerThreadsFor([1, 2, 3], { MLDL_WORKERS: '4' }), 3, 'forced, but never more threads than files');
  assert.equal(workerThreadsFor(Array.from({ length: 100 }, () => 10), { MLDL_WORKERS: '4' }), 4);
});
