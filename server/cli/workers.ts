// Spreads analysis jobs over worker threads. Jobs are handed out largest
// first, and each worker takes the next one when it finishes one: files differ
// a lot in size, and a big file left for last would keep one core busy while
// the others idle. Outcomes are put back by index, so the caller sees them in
// job order whatever order they finished in.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisJob, FileOutcome } from './analyse.js';
import type { JobMessage, ReplyMessage } from './worker.js';

/**
 * Text that a second thread must be able to take off the first before
 * threads pay. A worker is not free: it starts a V8 isolate, imports the
 * engine and warms up the parser's compiled code on its own, ~0.35 s of CPU
 * each. Measured on a 2-core machine shared with other work: 21 files of
 * 386 KB took 3.7 s with two workers and 2.7 s on one thread (0.7 s more CPU
 * in total). Half of 512 KB is ~0.8 s of linting moved to another core.
 */
export const BYTES_PER_THREAD = 512 * 1024;

/**
 * How many threads to use for files of these sizes (in bytes or UTF-16
 * units: only ratios matter): 0 means lint on this thread. Threads pay when
 * the text that is not in the largest file (one file cannot be split) is
 * enough to keep another core busy; never more threads than cores or files.
 * MLDL_WORKERS overrides the choice (0 or 1: never, n: n threads), for tests
 * and for machines where the guess is wrong.
 */
export function workerThreadsFor(sizes: readonly number[], env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.MLDL_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced.trim())) {
    const threads = Number(forced);
    return threads > 1 ? Math.min(threads, Math.max(sizes.length, 1)) : 0;
  }
  const cores = os.availableParallelism();
  if (sizes.length < 2 || cores < 2) return 0;
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const rest = total - Math.max(...sizes);
  if (rest < BYTES_PER_THREAD) return 0;
  return Math.max(2, Math.min(cores, sizes.length, Math.floor(total / BYTES_PER_THREAD)));
}

/** Runs every job on `threads` worker threads; outcomes in job order. Rejects on the first failure. */
export function analyseInWorkers(jobs: readonly AnalysisJob[], threads: number): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(jobs.length);
  if (jobs.length === 0) return Promise.resolve(outcomes);
  // Largest first (longest-processing-time scheduling); ties keep job order.
  const order = jobs.map((_, index) => index).sort((a, b) => jobs[b].text.length - jobs[a].text.length || a - b);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stopAll = (): void => {
      for (const worker of workers) void worker.terminate();
    };
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(error);
    };
    const feed = (worker: Worker): void => {
      if (next >= order.length) return;
      const index = order[next++];
      const message: JobMessage = { index, job: jobs[index] };
      worker.postMessage(message);
    };
    for (let i = 0; i < Math.min(threads, jobs.length); i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      workers.push(worker);
      worker.on('message', (reply: ReplyMessage) => {
        if ('error' in reply) {
          const error = new Error(reply.error);
          if (reply.stack) error.stack = reply.stack;
          fail(error);
          return;
        }
        outcomes[reply.index] = reply.outcome;
        done++;
        if (done === jobs.length) {
          stopAll();
          resolve(outcomes);
        } else feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < jobs.length && !failed) fail(new Error(`a lint worker stopped unexpectedly (exit code ${code})`));
      });
      feed(worker);
    }
  });
}
