// Spreads analysis jobs over worker threads. Each worker takes the next job
// when it finishes one (files differ a lot in size, so a fixed split would
// leave cores idle), and outcomes are put back by index: the caller sees
// them in job order whatever order they finished in.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisJob, FileOutcome } from './analyse.js';
import type { JobMessage, ReplyMessage } from './worker.js';

/** Below this many files, starting threads (each loads the parser and rules) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 16;
/**
 * Text per thread that earns its start-up: a thread spends ~0.3 s loading the
 * parser and rules, about what linting 150 KB takes, so it needs several times that.
 */
export const BYTES_PER_THREAD = 512 * 1024;

/**
 * How many threads to use for `fileCount` files holding `totalBytes` of text:
 * 0 means lint on this thread.
 * MLDL_WORKERS overrides the choice (0 or 1: never, n: n threads), for tests
 * and for machines where the guess is wrong.
 */
export function workerThreadsFor(fileCount: number, totalBytes: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.MLDL_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced.trim())) {
    const threads = Number(forced);
    return threads > 1 ? Math.min(threads, Math.max(fileCount, 1)) : 0;
  }
  const cores = os.availableParallelism();
  if (fileCount < MIN_FILES_FOR_WORKERS || cores < 2) return 0;
  const threads = Math.min(cores, Math.floor(totalBytes / BYTES_PER_THREAD));
  return threads > 1 ? threads : 0;
}

/** Runs every job on `threads` worker threads; outcomes in job order. Rejects on the first failure. */
export function analyseInWorkers(jobs: readonly AnalysisJob[], threads: number): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(jobs.length);
  if (jobs.length === 0) return Promise.resolve(outcomes);
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
      if (next >= jobs.length) return;
      const message: JobMessage = { index: next, job: jobs[next] };
      next++;
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
