// The review worker: a thread that runs the engine for the language server,
// so that a document that takes long to parse or lint never stops the main
// thread from answering other requests (issue 11, item 9). It keeps an
// incremental linter for each of the documents reviewed last (recent-linters.ts), and
// runs each job under the parse/review budget (engine/budget.ts). Jobs
// arrive one at a time from review-thread.ts, which restarts this thread if
// a job ever overruns its deadline anyway. This module is the thread's entry
// (in the bundled server, dist/review-worker.cjs).
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { ALL_RULES } from '../../rules/index.js';
import type { ResolvedConfig } from '../config/types.js';
import { loadScaledMs, withinBudget, type BudgetFailure } from '../engine/budget.js';
import type { KnownEdit } from '../engine/common-affix.js';
import { IncrementalLinter } from '../engine/incremental.js';
import type { LintOptions } from '../engine/lint.js';
import { lint, lintOptions } from '../linter.js';
import { INTERNAL_ERROR_RULE_ID } from '../engine/types.js';
import { scoreAnswer, type ScoreAnswerOptions } from '../interview/score-answer.js';
import { toHtml, toMarkdown } from '../interview/scorecard-render.js';
import type { Scorecard } from '../interview/scorecard.js';
import { FULL_COLLECT_MS, garbageCollections, idleCollector, YOUNG_COLLECT_MS, type IdleCollector } from './idle-collect.js';
import { insertAllMissing } from './insert-all.js';
import { KEPT_DOCUMENTS, RecentLinters } from './recent-linters.js';
import { reviewOf, type Review } from './review.js';
import { isReviewWorker } from './review-role.js';
import { overridesFrom, stallForTest } from './test-hooks.js';
import { SentTexts, STALE_TEXT, type TextDelta } from './text-sync.js';
import { IdleWarmUp } from './warm-up.js';
import type { TextInsertion } from './workspace-edits.js';

/**
 * Rules stop after this long on an idle machine and say so in a finding: the
 * rest of the budget is the parser's. Grown with the machine's load, as the
 * parse budget is, so a busy machine does not cut ordinary reviews short.
 */
const RULE_TIME_BUDGET_MS = 3000;

interface DocumentJob {
  text: string;
  filePath: string | undefined;
  config: ResolvedConfig;
  /** The deadline of the whole job (engine/budget.ts). */
  budgetMs: number;
}

/** A job as the worker runs it, the review's text whole (and, when made from a delta, the edit that made it). */
export type WorkerJob =
  | ({ id: number; kind: 'review'; uri: string; edit?: KnownEdit } & DocumentJob)
  | ({ id: number; kind: 'insert-all' } & DocumentJob)
  | { id: number; kind: 'scorecard'; text: string; options: ScoreAnswerOptions; budgetMs: number };

/**
 * A review's text as it crosses the port: whole, or the edit of the text the
 * worker kept for the document (text-sync.ts); `serial` names the text made.
 */
export type ReviewText = { serial: number } & ({ text: string; delta?: undefined } | { text?: undefined; delta: TextDelta });

export type WorkerRequest =
  | ({ id: number; kind: 'review'; uri: string } & Omit<DocumentJob, 'text'> & ReviewText)
  | Exclude<WorkerJob, { kind: 'review' }>
  | { kind: 'forget'; uri: string };

export type ScorecardAnswer = { ok: true; scorecard: Scorecard; html: string; markdown: string } | { ok: false; error: string };

/** What each kind of job answers. */
export interface WorkerValues {
  review: Review;
  'insert-all': TextInsertion[];
  scorecard: ScorecardAnswer;
}

export type WorkerFailure = BudgetFailure | 'error';

export type WorkerReply = { id: number } & ({ ok: true; value: unknown } | { ok: false; failure: WorkerFailure | typeof STALE_TEXT; message: string });


const overrides = overridesFrom(process.env, ALL_RULES);
const linters = new RecentLinters(() => new IncrementalLinter());
/** The text reviewed last of each recent document, which the next review's delta applies to. */
const texts = new SentTexts(KEPT_DOCUMENTS);
/**
 * Throwaway edits of a document just opened, while idle (warm-up.ts); not with a test's sabotaged rules. Its
 * end (set once serving) is where the worker has just allocated the most it will before the writer types.
 */
let warmUpFinished = (): void => undefined;
const warmUp = Object.keys(overrides).length === 0 ? new IdleWarmUp(undefined, () => warmUpFinished()) : undefined;
/** The idle collections (idle-collect.ts), once serving: a warm-up step is work too and restarts their pause. */
let idleCollections: IdleCollector | undefined;

function review(uri: string, job: DocumentJob & { edit?: KnownEdit }): Review {
  const opening = !linters.has(uri);
  const linter = linters.take(uri);
  const options = lintOptions({ filePath: job.filePath, config: job.config, timeBudgetMs: loadScaledMs(RULE_TIME_BUDGET_MS), ...overrides });
  const result = reviewOf(linter.lint(job.text, options, job.edit));
  warmUp?.drop(uri);
  if (opening) warmUp?.start(uri, job.text, (text) => throwawayLint(uri, linter, text, options, true));
  // After an idle full collection the same, without restarting the idle pause (which would collect again).
  warmUp?.remember(uri, job.text, (text) => throwawayLint(uri, linter, text, options, false));
  return result;
}

/** One step of a warm-up: the document's linter on a throwaway text, its result unused. */
function throwawayLint(uri: string, linter: IncrementalLinter, text: string, options: LintOptions, restartsIdlePause: boolean): boolean {
  if (linters.peek(uri) !== linter) return false;
  try {
    linter.lint(text, options);
    if (restartsIdlePause) idleCollections?.handled();
    return true;
  } catch {
    // Its state may be half updated: the next review starts afresh, as after a failed review.
    linters.forget(uri);
    return false;
  }
}

function run(request: WorkerJob): WorkerReply {
  stallForTest(process.env, request.text);
  const outcome = withinBudget(request.budgetMs, (): unknown => {
    if (request.kind === 'review') return review(request.uri, request);
    if (request.kind === 'insert-all') {
      return insertAllMissing(request.text, { filePath: request.filePath, config: request.config, force: true }, lint);
    }
    const scored = scoreAnswer(request.text, request.options);
    return scored.ok ? { ok: true, scorecard: scored.scorecard, html: toHtml(scored.scorecard), markdown: toMarkdown(scored.scorecard) } : scored;
  });
  if (outcome.ok) return { id: request.id, ok: true, value: outcome.value };
  // Cut short mid-parse (or by a stack overflow), the document's incremental state may be half
  // updated: start it afresh next time. Cut short in a rule, the parse it keeps is whole.
  if (request.kind === 'review' && outcome.failure !== 'review-budget') linters.forget(request.uri);
  return { id: request.id, ok: false, failure: outcome.failure, message: outcome.message };
}

/** The job with its review's text whole; undefined when the delta's text is not kept here. */
function resolve(request: Exclude<WorkerRequest, { kind: 'forget' }>): WorkerJob | undefined {
  if (request.kind !== 'review') return request;
  const { serial, delta, text, ...job } = request;
  if (delta === undefined) {
    texts.set(request.uri, serial, text);
    return { ...job, text };
  }
  const before = texts.get(request.uri)?.text;
  const applied = texts.apply(request.uri, serial, delta);
  if (applied === undefined || before === undefined) return undefined;
  // The linter compares the new text with the one it linted last only around the delta (common-affix.ts).
  return { ...job, text: applied, edit: { before, start: delta.start, end: delta.end } };
}

function handle(request: WorkerRequest): WorkerReply | undefined {
  if (request.kind === 'forget') {
    linters.forget(request.uri);
    texts.delete(request.uri);
    warmUp?.drop(request.uri);
    return undefined;
  }
  const job = resolve(request);
  if (job === undefined) return { id: request.id, ok: false, failure: STALE_TEXT, message: 'the text this edit applies to is not kept' };
  try {
    return run(job);
  } catch (error) {
    // The engine catches rule failures itself: what reaches here is a bug, reported on the document.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (request.kind === 'review') linters.forget(request.uri);
    return { id: request.id, ok: false, failure: 'error', message: `${INTERNAL_ERROR_RULE_ID}: ${message}` };
  }
}

function serveReviews(port: MessagePort): void {
  // An idle worker gives back the heap its lints grew (idle-collect.ts).
  const gc = garbageCollections();
  const stages = [
    { afterMs: YOUNG_COLLECT_MS, collect: gc.young },
    // A full collection undoes V8's warm-up of the per-edit paths (the next ~10 edits cost ~2×): warm up again.
    { afterMs: FULL_COLLECT_MS, collect: () => (gc.full(), warmUp?.again()) },
  ];
  const idle = idleCollector(stages, () => {
    const waiting = receiveMessageOnPort(port);
    if (waiting) serve(waiting.message as WorkerRequest);
    return waiting !== undefined;
  });
  idleCollections = idle;
  // A young collection once a warm-up has run its steps, unless a job is waiting (which runs instead): the open's
  // full lint and the warm-up fill the young generation, and a writer who starts
  // typing within the idle pause (YOUNG_COLLECT_MS after the last step) would meet its scavenge in an edit.
  warmUpFinished = (): void => {
    const waiting = receiveMessageOnPort(port);
    if (waiting) serve(waiting.message as WorkerRequest);
    else gc.young();
  };
  const serve = (request: WorkerRequest): void => {
    warmUp?.busy();
    const reply = handle(request);
    if (reply) port.postMessage(reply);
    warmUp?.idle();
    idle.handled();
  };
  port.on('message', serve);
}

if (isReviewWorker(workerData) && parentPort) serveReviews(parentPort);
