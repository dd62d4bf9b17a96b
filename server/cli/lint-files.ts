// Lints each discovered file with the configuration that applies to it and
// turns engine results into formatter results. A fault with one file (bad
// config above it, unreadable, not UTF-8) is recorded and the others are still linted.
import path from 'node:path';
import { ConfigError, displayPath } from '../config/errors.js';
import { outOfScopeReason, type ConfigLoader } from '../config/load.js';
import type { AnalysisJob, FileOutcome } from './analyse.js';
import type { LintCache } from './cache.js';
import { tooLargeMessage } from '../io/read-file.js';
import { readTextFile } from './file-kind.js';
import type { FileResult } from './formatters/index.js';
import { raiseInterruptBudget } from './jit-budget.js';
import { loadEngine } from './engine.js';
import { analyseInWorkers, workerThreadsFor } from './workers.js';

export interface LintSource {
  /** Absolute path: config lookup, detection by name, messages. Undefined for unnamed stdin. */
  filePath: string | undefined;
  /** Text already read (stdin); otherwise the file is read here. */
  text?: string;
  /** Standard input was larger than the document size limit (and was not kept). */
  tooLarge?: boolean;
  /** Named on the command line: kept in the results even when skipped. */
  explicit: boolean;
}

export interface SkipNote {
  filePath: string;
  reason: string;
}

export interface LintRun {
  results: FileResult[];
  /** One line each, ready for stderr. */
  fatalErrors: string[];
  skipped: SkipNote[];
}

export const STDIN_PATH = '<stdin>';

export interface LintSourcesOptions {
  loader: ConfigLoader;
  cwd: string;
  force: boolean;
  /** Outcomes of unchanged files are taken from here, and new ones stored. */
  cache?: LintCache;
  /** MLDL_WORKERS is read from here (the CLI's io.env). */
  env: NodeJS.ProcessEnv;
}

/** What to do for one source, in source order: a result known before linting, or a job to run. */
type Step = { kind: 'known'; skip: SkipNote; result?: FileResult } | { kind: 'job'; shownPath: string; jobIndex: number };

interface Plan {
  run: LintRun;
  steps: Step[];
  jobs: AnalysisJob[];
}

/**
 * Everything before the engine runs, file by file in order: configuration,
 * scope, reading. Cheap, so it stays on the main thread; only the jobs it
 * collects are worth spreading over threads.
 */
function plan(sources: readonly LintSource[], options: LintSourcesOptions): Plan {
  const result: Plan = { run: { results: [], fatalErrors: [], skipped: [] }, steps: [], jobs: [] };
  const reported = new Set<string>();
  const fatal = (line: string): void => {
    // A broken config above many files is one fault, reported once.
    if (!reported.has(line)) result.run.fatalErrors.push(line);
    reported.add(line);
  };
  for (const source of sources) {
    const shownPath = source.filePath ?? STDIN_PATH;
    let loaded;
    try {
      loaded = options.loader.load(source.filePath ?? path.join(options.cwd, STDIN_PATH));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const fault of error.all()) fatal(fault.format(options.cwd));
      continue;
    }
    const outOfScope = source.filePath ? outOfScopeReason(loaded, source.filePath, options.cwd) : undefined;
    if (outOfScope) {
      // Named on the command line: shown as skipped; found in a directory: only noted (--verbose).
      const shown: FileResult | undefined = source.explicit ? { filePath: shownPath, skipped: true, skipReason: outOfScope, findings: [] } : undefined;
      result.steps.push({ kind: 'known', skip: { filePath: shownPath, reason: outOfScope }, result: shown });
      continue;
    }
    let text = source.text;
    const limit = loaded.config.maxDocumentSize;
    if (text === undefined) {
      // Never blocks (a FIFO), never reads more than the limit, never reviews
      // mojibake (not UTF-8): one line naming the file instead.
      const read = readTextFile(source.filePath!, limit);
      if ('error' in read) {
        fatal(`${displayPath(shownPath, options.cwd)}: ${read.error}`);
        continue;
      }
      text = read.text;
    } else if (source.tooLarge || Buffer.byteLength(text) > limit) {
      fatal(`${displayPath(shownPath, options.cwd)}: skipped: ${tooLargeMessage(source.tooLarge ? undefined : Buffer.byteLength(text), limit)}`);
      continue;
    }
    result.steps.push({ kind: 'job', shownPath, jobIndex: result.jobs.length });
    result.jobs.push({ filePath: source.filePath, text, config: loaded.config, force: options.force });
  }
  return result;
}

/** Puts the outcomes back in source order. */
function assemble({ run, steps }: Plan, outcomes: readonly FileOutcome[], cwd: string): LintRun {
  for (const step of steps) {
    if (step.kind === 'known') {
      run.skipped.push(step.skip);
      if (step.result) run.results.push(step.result);
      continue;
    }
    const outcome = outcomes[step.jobIndex];
    if (outcome.fatal) {
      run.fatalErrors.push(`${displayPath(step.shownPath, cwd)}: ${outcome.fatal}`);
      continue;
    }
    if (outcome.skipped) {
      const reason = outcome.skipReason ?? 'not an ML design doc';
      run.skipped.push({ filePath: step.shownPath, reason });
      run.results.push({ filePath: step.shownPath, skipped: true, skipReason: reason, findings: [] });
      continue;
    }
    run.results.push({ filePath: step.shownPath, skipped: false, findings: outcome.findings, coverage: outcome.coverage });
  }
  return run;
}

/** Cached outcomes where the cache has them; `undefined` marks the jobs still to run. */
function fromCache(jobs: readonly AnalysisJob[], cache: LintCache | undefined): Array<FileOutcome | undefined> {
  return jobs.map((job) => (cache && job.filePath ? cache.get(job.filePath, job) : undefined));
}

function store(jobs: readonly AnalysisJob[], fresh: ReadonlyMap<number, FileOutcome>, cache: LintCache | undefined): void {
  if (!cache) return;
  // A budget that ran out depends on the machine's load: not an outcome to keep.
  for (const [index, outcome] of fresh) if (jobs[index].filePath && !outcome.fatal) cache.set(jobs[index].filePath!, jobs[index], outcome);
}

/**
 * The engine (parser and rules) is imported only when a file has to be
 * linted on this thread: a run where the cache has every file, or where
 * worker threads do the linting, never loads it here.
 */
async function loadAnalyse(): Promise<typeof import('./analyse.js').analyse> {
  return (await loadEngine()).analyse;
}

/** Lints the sources one after another on this thread. */
export async function lintSources(sources: readonly LintSource[], options: LintSourcesOptions): Promise<LintRun> {
  const planned = plan(sources, options);
  const outcomes = fromCache(planned.jobs, options.cache);
  const fresh = new Map<number, FileOutcome>();
  const analyse = outcomes.includes(undefined) ? await loadAnalyse() : undefined;
  planned.jobs.forEach((job, index) => {
    if (outcomes[index] === undefined) fresh.set(index, (outcomes[index] = analyse!(job)));
  });
  store(planned.jobs, fresh, options.cache);
  return assemble(planned, outcomes as FileOutcome[], options.cwd);
}

/**
 * Lints the sources on all cores when there are enough files to pay for
 * starting worker threads, otherwise as lintSources. Output order is the
 * source order either way.
 */
export async function lintSourcesConcurrently(sources: readonly LintSource[], options: LintSourcesOptions): Promise<LintRun> {
  const planned = plan(sources, options);
  const outcomes = fromCache(planned.jobs, options.cache);
  const missing = outcomes.flatMap((outcome, index) => (outcome === undefined ? [index] : []));
  const threads = workerThreadsFor(missing.map((index) => planned.jobs[index].text.length), options.env);
  let computed: FileOutcome[] = [];
  // A cold run is short: the engine's code is optimised only where it stays hot (jit-budget.ts).
  if (missing.length > 0) raiseInterruptBudget(options.env);
  if (threads > 1) computed = await analyseInWorkers(missing.map((index) => planned.jobs[index]), threads);
  else if (missing.length > 0) {
    const analyse = await loadAnalyse();
    computed = missing.map((index) => analyse(planned.jobs[index]));
  }
  const fresh = new Map<number, FileOutcome>();
  missing.forEach((jobIndex, i) => fresh.set(jobIndex, (outcomes[jobIndex] = computed[i])));
  store(planned.jobs, fresh, options.cache);
  return assemble(planned, outcomes as FileOutcome[], options.cwd);
}
