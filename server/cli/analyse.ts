// One file's text and configuration in, what the formatters need out. This is
// the unit of work the cache stores and worker threads run, so both its input
// and its output are plain, serialisable data (no engine objects).
import type { ResolvedConfig } from '../config/types.js';
import { reviewBudgetMs, withinBudget } from '../engine/budget.js';
import { lint } from '../linter.js';
import { type LintResult } from '../engine/lint.js';
import { STEPS, type Finding } from '../engine/types.js';
import type { FileResult } from './formatters/types.js';

export interface AnalysisJob {
  /** Absolute path (detection by name, front matter); undefined for unnamed stdin. */
  filePath: string | undefined;
  text: string;
  config: ResolvedConfig;
  force: boolean;
}

export interface FileOutcome {
  skipped: boolean;
  skipReason?: string;
  findings: Finding[];
  coverage?: FileResult['coverage'];
  /** The system type the engine profiled the doc as (recommendation, ranking, …). */
  systemType?: string;
  /** Not reviewed, and why (the parse budget ran out): one fatal line for the file. */
  fatal?: string;
}

function coverageOf(result: LintResult): FileOutcome['coverage'] {
  const count = (entries: LintResult['coverage']) => {
    const covered = entries.filter((c) => c.status === 'covered').length;
    return { covered, total: covered + entries.filter((c) => c.status === 'missing').length };
  };
  const steps = STEPS.map((step) => ({ step, ...count(result.coverage.filter((c) => c.step === step)) }));
  return { ...count(result.coverage), steps: steps.filter((s) => s.total > 0) };
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A file's outcome: the formatters read findings and coverage counts only, so rules are decided status-only (lint.ts `statusOnly`). */
export function analyse(job: AnalysisJob): FileOutcome {
  const text = stripByteOrderMark(job.text);
  const run = withinBudget(reviewBudgetMs(text.length), () => lint(text, { filePath: job.filePath, config: job.config, force: job.force, statusOnly: true }));
  if (!run.ok) return { skipped: false, findings: [], fatal: run.message };
  const result = run.value;
  if (result.skipped) return { skipped: true, skipReason: result.skipReason ?? 'not an ML design doc', findings: [] };
  return { skipped: false, findings: result.findings, coverage: coverageOf(result), systemType: result.profile.type };
}
