// Worker-thread entry for `mldl` on many files: receives analysis jobs one at
// a time from workers.ts and answers each with its outcome (or the error it
// raised, which the main thread reports as it would its own).
import { parentPort } from 'node:worker_threads';
import type { AnalysisJob, FileOutcome } from './analyse.js';
import { loadEngine } from './engine.js';

export interface JobMessage {
  index: number;
  job: AnalysisJob;
}

export type ReplyMessage = { index: number; outcome: FileOutcome } | { index: number; error: string; stack?: string };

// Messages posted before the listener is attached wait in the port's queue.
const { analyse } = await loadEngine();

parentPort?.on('message', ({ index, job }: JobMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { index, outcome: analyse(job) };
  } catch (error) {
    reply = { index, error: (error as Error).message ?? String(error), stack: (error as Error).stack };
  }
  parentPort!.postMessage(reply);
});
