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
 * Text each thread must have before threads pay. A worker is not free: it
 * starts a V8 isolate, imports the engine and warms up the parser's compiled
 * code on its own, and even one thread already keeps a second core partly busy
 * with V8's garbage collection and compiler threads. Measured on this 2-core
 * machine (shared with other work; docs/performance.md): 21 files / 386 KB
 * took 3.7 s with two workers against 2.7 s on one thread; 84 files / 1.5 MB
 * 4.0 s against 3.9 s; 294 files / 5.4 MB 9.8 s against 11.3 s.
 */
export const BYTES_PER_THREAD = 1024 * 1024;

/**
 * Young-generation size of a worker's heap, in MB. Parsing allocates many
 * short-lived objects, and a worker's default young generation is small (the
 * main thread's is sized by V8 from the machine's memory; a bigger one made
 * no difference there). Measured on the 294-file bench, two workers, four
 * back-to-back pairs: 16.3–19.3 s of CPU with 96 MB against 17.7–21.9 s with
 * the default, and 8.9 s against 9.8 s wall time in the quietest pair. Costs
 * ~90 MB more resident memory while the workers run.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * How many threads to use for files of these sizes (in bytes or UTF-16
 * units): 0 means lint on this thread. Each thread needs BYTES_PER_THREAD
 * of text, and the text beside the largest file (one file cannot be split)
 * must be enough for another thread; never more threads than cores or files.
 * MLDL_WORKERS overrides the choice (0 or 1: never, n: n threads), for tests
 * and for machines where the guess is wrong.
 */
export function workerThreadsFor(sizes: readonly number[], env: NodeJS.ProcessEnv): number {
  const forced = env.MLDL_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced.trim())) {
    const threads = Number(forced);
    return threads > 1 ? Math.min(threads, Math.max(sizes.length, 1)) : 0;
  }
  const cores = os.availableParallelism();
  if (sizes.length < 2 || cores < 2) return 0;
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const rest = total - sizes.reduce((largest, size) => Math.max(largest, size), 0);
  if (rest < BYTES_PER_THREAD) return 0;
  const threads = Math.min(cores, sizes.length, Math.floor(total / BYTES_PER_THREAD));
  return threads > 1 ? threads : 0;
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
      const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
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
