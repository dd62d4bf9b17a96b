// The main thread's side of the review worker (review-worker.ts): jobs go to
// one worker thread, one at a time, and the main thread stays free to answer
// requests meanwhile. Three guarantees:
// - a review waiting for the worker is replaced by a newer review of the same
//   document (its caller hears "superseded"), so a burst of edits or of
//   settings changes queues at most one review per document;
// - a job that overruns its budget plus a grace period gets the worker
//   terminated and a new one started: the job answers "parse budget
//   exceeded", the jobs waiting behind it run on the new worker;
// - a worker that dies (a bug, out of memory) is replaced the same way.
// A review sends the worker the edit of the text it sent last for the
// document, not the whole text (text-sync.ts).
import type { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { failureMessage } from '../engine/budget.js';
import type { ScoreAnswerOptions } from '../interview/score-answer.js';
import type { Review } from './review.js';
import { REVIEW_WORKER_DATA } from './review-role.js';
import { workerThreadsModule } from './lazy-builtins.js';
import { KEPT_DOCUMENTS } from './recent-linters.js';
import type { WorkerFailure, WorkerJob, WorkerReply, WorkerRequest, WorkerValues } from './review-worker.js';
import { SentTexts, STALE_TEXT, textDelta } from './text-sync.js';
import type { TextContent } from './chunked-document.js';

/** Time a job gets past its own budget (which the worker enforces itself) before the worker is restarted. */
export const DEADLINE_GRACE_MS = 2000;

export type JobFailure = WorkerFailure | 'superseded';

export type JobAnswer<T> = { ok: true; value: T } | { ok: false; failure: JobFailure; message: string };

export interface DocumentJob {
  text: string;
  filePath: string | undefined;
  config: ResolvedConfig;
  budgetMs: number;
}

/** A review's text in pieces (chunked-document.ts), from which the worker gets a delta or the whole text. */
export type ReviewJob = Omit<DocumentJob, 'text'> & { content: TextContent };

type JobRequest =
  | ({ kind: 'review'; uri: string } & ReviewJob)
  | (Exclude<WorkerJob, { kind: 'review' }> extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never);

interface Job {
  request: JobRequest;
  /** Jobs with the same key replace each other while they wait. */
  key: string | undefined;
  settle(answer: JobAnswer<unknown>): void;
}

const SUPERSEDED: JobAnswer<never> = { ok: false, failure: 'superseded', message: 'superseded by a newer review of the document' };

export class ReviewThread {
  private worker: Worker | undefined;
  private readonly waiting: Job[] = [];
  private running: { job: Job; id: number; timer: NodeJS.Timeout } | undefined;
  private nextId = 1;
  /** What the worker keeps of each document's text (as far as this thread knows): the text a review's delta applies to. */
  private readonly sent = new SentTexts<TextContent>(KEPT_DOCUMENTS);
  private nextSerial = 1;
  /** Workers started so far (the first one included): tests and logs read it. */
  started = 0;

  constructor(
    private readonly entry: URL,
    private readonly log: (message: string) => void,
  ) {}

  review(uri: string, job: ReviewJob): Promise<JobAnswer<WorkerValues['review']>> {
    return this.submit({ kind: 'review', uri, ...job }, `review ${uri}`) as Promise<JobAnswer<Review>>;
  }

  insertAll(job: DocumentJob): Promise<JobAnswer<WorkerValues['insert-all']>> {
    return this.submit({ kind: 'insert-all', ...job }, undefined) as Promise<JobAnswer<WorkerValues['insert-all']>>;
  }

  scorecard(text: string, options: ScoreAnswerOptions, budgetMs: number): Promise<JobAnswer<WorkerValues['scorecard']>> {
    return this.submit({ kind: 'scorecard', text, options, budgetMs }, undefined) as Promise<JobAnswer<WorkerValues['scorecard']>>;
  }

  /** The document was closed or reopened: its waiting review is dropped, and the worker forgets its state. */
  forget(uri: string): void {
    const index = this.waiting.findIndex((job) => job.key === `review ${uri}`);
    if (index >= 0) this.waiting.splice(index, 1)[0].settle(SUPERSEDED);
    this.sent.delete(uri);
    const request: WorkerRequest = { kind: 'forget', uri };
    this.worker?.postMessage(request);
  }

  dispose(): void {
    for (const job of this.waiting.splice(0)) job.settle(SUPERSEDED);
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.job.settle(SUPERSEDED);
      this.running = undefined;
    }
    this.stopWorker();
  }

  private submit(request: JobRequest, key: string | undefined): Promise<JobAnswer<unknown>> {
    return new Promise((settle) => {
      const job: Job = { request, key, settle };
      const index = key === undefined ? -1 : this.waiting.findIndex((waiting) => waiting.key === key);
      if (index >= 0) {
        // Keeps its place in the line: a document edited without pause is not starved.
        const replaced = this.waiting[index];
        this.waiting[index] = job;
        replaced.settle(SUPERSEDED);
      } else this.waiting.push(job);
      this.pump();
    });
  }

  private pump(): void {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) return;
    const id = this.nextId++;
    const timer = setTimeout(() => this.overran(), job.request.budgetMs + DEADLINE_GRACE_MS);
    this.running = { job, id, timer };
    const worker = this.workerThread();
    worker.postMessage(this.wire(job.request, id, false));
  }

  /** The request as it crosses the port: a review's text as a delta when the worker keeps the text it applies to. */
  private wire(request: JobRequest, id: number, whole: boolean): WorkerRequest {
    if (request.kind !== 'review') return { ...request, id };
    const serial = this.nextSerial++;
    const kept = whole ? undefined : this.sent.get(request.uri);
    const { content, ...job } = request;
    this.sent.set(request.uri, serial, content);
    return kept ? { ...job, id, serial, delta: textDelta(kept.serial, kept.text, content) } : { ...job, id, serial, text: content.pieces.join('') };
  }

  private finish(answer: JobAnswer<unknown>): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.job.settle(answer);
    this.pump();
  }

  private onReply(reply: WorkerReply): void {
    const running = this.running;
    if (reply.id !== running?.id) return;
    if (reply.ok) this.finish({ ok: true, value: reply.value });
    // The worker lost the text the delta applied to: the same job again, with the whole text.
    else if (reply.failure === STALE_TEXT) this.workerThread().postMessage(this.wire(running.job.request, running.id, true));
    else this.finish({ ok: false, failure: reply.failure, message: reply.message });
  }

  private overran(): void {
    const budgetMs = this.running?.job.request.budgetMs ?? 0;
    this.log(`A review job did not finish within its budget (${budgetMs} ms) and ${DEADLINE_GRACE_MS} ms more: restarting the review worker.`);
    this.stopWorker();
    this.finish({ ok: false, failure: 'parse-budget', message: failureMessage('parse-budget', budgetMs) });
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.sent.clear();
    if (worker) void worker.terminate();
  }

  private workerThread(): Worker {
    if (this.worker) return this.worker;
    const { Worker } = workerThreadsModule();
    // V8's default young generation, on purpose: a 96 or 192 MB one (perfworker3) put fewer scavenges inside edits
    // (2 of 68 corpus docs over 25 ms p95 against 3–4) but kept 3–8 MB more in glibc's arenas after the idle pause
    // (151–156 MB with 50 docs against 147–148, the 150 MB target) and ~100 MB more right after a burst
    // (docs/performance.md, "Live editing, twenty-fourth pass").
    const worker = new Worker(this.entry, { workerData: REVIEW_WORKER_DATA });
    this.started++;
    worker.on('message', (reply: WorkerReply) => {
      if (worker === this.worker) this.onReply(reply);
    });
    const died = (why: string): void => {
      // A worker stopped on purpose is no longer this.worker.
      if (worker !== this.worker) return;
      this.worker = undefined;
      this.sent.clear();
      this.log(`The review worker stopped (${why}); the next review starts a new one.`);
      this.finish({ ok: false, failure: 'error', message: `the review worker stopped (${why})` });
    };
    worker.on('error', (error: Error) => died(error.message));
    worker.on('exit', (code: number) => died(`exit code ${code}`));
    // The connection keeps the process alive; an idle worker must not.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
