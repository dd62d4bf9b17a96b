// A deadline for one review. Some inputs make the parsers quadratic
// (micromark on `'*a_'.repeat(20000)`, 60 KB: 45 s; `'[a][b]'` repeated;
// setext headings repeated) and a rule's regular expression could blow up the
// same way; linear limits such as a size cap do not catch those. The review
// runs under a `vm` timeout, which V8 enforces by terminating the running
// JavaScript (a synchronous parser loop or a regular expression included),
// so the caller gets "parse budget exceeded" instead of a hang.
//
// `vm` rather than a worker per file: starting a worker costs ~100 ms and
// the engine's warm caches, a `vm` timeout ~0.1 ms. The language server still
// runs reviews in a worker (server/lsp/review-worker.ts) so that it answers
// other requests meanwhile; this budget is what lets that worker stop a
// review by itself instead of being restarted.
import os from 'node:os';
import vm from 'node:vm';

/**
 * Budget of a review of `length` UTF-16 units: a base that no ordinary
 * document comes near, plus time in proportion to the size, since a large
 * document legitimately takes longer (1.2 MB of real docs parsed in ~7 s on
 * a shared 2-core machine; the quadratic inputs are small and take minutes).
 */
export const BUDGET_BASE_MS = 10_000;
export const BUDGET_MS_PER_MB = 10_000;
/**
 * The budget is wall-clock time, so it grows with the machine's load (the
 * load average per core, up to this factor): on a machine running ten
 * processes per core everything takes ten times longer, and a budget that
 * ignored it would stop ordinary documents there, again at every edit.
 */
export const MAX_LOAD_FACTOR = 8;

/**
 * `ms` of wall-clock time on an idle machine, grown by the load average per
 * core (between 1 and MAX_LOAD_FACTOR). Every wall-clock limit on a review
 * goes through this: the language server's rule time limit too, which as a
 * fixed 3 s stopped the rules on a 15 KB document of nested lists on a shared
 * 2-core machine at load 15.
 */
export function loadScaledMs(ms: number, load = os.loadavg()[0], cores = os.availableParallelism()): number {
  const perCore = load / Math.max(1, cores);
  return Math.ceil(ms * Math.min(MAX_LOAD_FACTOR, Math.max(1, perCore)));
}

/**
 * The budget for a text of `length` units. MLDL_PARSE_BUDGET_MS=<ms> sets a
 * fixed budget instead (tests use a short one; a slow machine a longer one).
 */
export function reviewBudgetMs(length: number, env: NodeJS.ProcessEnv = process.env): number {
  const fixed = Number(env.MLDL_PARSE_BUDGET_MS);
  if (Number.isFinite(fixed) && fixed > 0) return fixed;
  return loadScaledMs(BUDGET_BASE_MS + (length / (1024 * 1024)) * BUDGET_MS_PER_MB);
}

export type BudgetFailure = 'parse-budget' | 'review-budget' | 'too-deep';

export type Budgeted<T> = { ok: true; value: T } | { ok: false; failure: BudgetFailure; message: string };

// Counted rather than flagged: a terminated parse never runs the code after
// it (not even `finally`), so "started but not finished" is what tells that
// the deadline struck inside a parser.
let parsesStarted = 0;
let parsesFinished = 0;

/** Runs a parser (Markdown, YAML), marking the time as parse time for the budget's message. */
export function parsing<T>(parse: () => T): T {
  parsesStarted++;
  const result = parse();
  parsesFinished++;
  return result;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

export function failureMessage(failure: BudgetFailure, budgetMs: number): string {
  if (failure === 'parse-budget') return `parse budget exceeded (${seconds(budgetMs)}): not reviewed`;
  if (failure === 'review-budget') return `review budget exceeded (${seconds(budgetMs)}): not reviewed`;
  return 'nested too deeply to review (stack overflow): not reviewed';
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

// Made on the first budgeted review, not when this module loads: the language
// server's main thread imports it for reviewBudgetMs alone, and a new V8
// context costs ~2 ms of CPU and ~170 kB of heap before `initialize` is
// answered (docs/performance.md, "Start-up, fifth pass").
let sandbox: { runner: vm.Script; context: vm.Context } | undefined;
function budgetSandbox(): { runner: vm.Script; context: vm.Context } {
  sandbox ??= { runner: new vm.Script('run()'), context: vm.createContext({ run: (): void => undefined }) };
  return sandbox;
}
let running = false;

/**
 * Runs `work` with a deadline of `budgetMs`. Past it, or when the input nests
 * so deeply that a tree walk overflows the stack, the result says why
 * instead of the value. Work cut short leaves no half-made state behind in
 * the engine: its caches are written only once a value is complete.
 */
export function withinBudget<T>(budgetMs: number, work: () => T): Budgeted<T> {
  if (running) return { ok: true, value: work() };
  let value: T | undefined;
  parsesStarted = 0;
  parsesFinished = 0;
  running = true;
  const { runner, context } = budgetSandbox();
  (context as { run: () => void }).run = () => {
    value = work();
  };
  try {
    runner.runInContext(context, { timeout: Math.max(1, Math.ceil(budgetMs)) });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      const failure: BudgetFailure = parsesStarted > parsesFinished ? 'parse-budget' : 'review-budget';
      return { ok: false, failure, message: failureMessage(failure, budgetMs) };
    }
    if (isStackOverflow(error)) return { ok: false, failure: 'too-deep', message: failureMessage('too-deep', budgetMs) };
    throw error;
  } finally {
    running = false;
    (context as { run: () => void }).run = () => undefined;
  }
  return { ok: true, value: value as T };
}
