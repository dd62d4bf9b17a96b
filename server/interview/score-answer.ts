// Scores one interview answer the way `mldl scorecard` does: the problem from
// the caller or else the doc's front matter `problem:`, the mldl:interview
// preset with the problem's system type, configuration files ignored (the
// same answer gets the same score everywhere). Shared by the language
// server's `mldl/scorecard` request; pure, no I/O.
import { applyLayer, defaultConfig, presetConfig } from '../config/presets.js';
import { lint } from '../linter.js';
import { problemOf } from '../engine/lint.js';
import type { Step } from '../engine/types.js';
import { findProblem, type InterviewProblem } from './problems.js';
import { buildScorecard, type Attempt, type Scorecard } from './scorecard.js';

export interface ScoreAnswerOptions {
  filePath?: string;
  /** Problem id; default: the front matter's `problem:`. */
  problem?: string;
  timePerStep?: Partial<Record<Step, number>>;
  attempts?: readonly Attempt[];
  date?: string;
}

export type ScoreAnswerResult =
  | { ok: true; scorecard: Scorecard; problem: InterviewProblem | undefined }
  | { ok: false; error: string };

export function scoreAnswer(text: string, options: ScoreAnswerOptions = {}): ScoreAnswerResult {
  const id = options.problem ?? problemOf(lint(text, { force: true, rules: [] }).doc);
  const problem = id === undefined ? undefined : findProblem(id);
  if (id !== undefined && !problem) return { ok: false, error: `unknown interview problem "${id}"` };
  const config = applyLayer(applyLayer(defaultConfig(), presetConfig('mldl:interview')), problem ? { system: problem.system } : {});
  const result = lint(text, {
    config,
    force: true,
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
    ...(problem ? { problem: problem.id } : {}),
  });
  if (result.skipped) return { ok: false, error: `not scored: ${result.skipReason ?? 'skipped'}` };
  const scorecard = buildScorecard(result, {
    problem,
    ...(options.timePerStep ? { timePerStep: options.timePerStep } : {}),
    ...(options.attempts ? { attempts: options.attempts } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
  });
  return { ok: true, scorecard, problem };
}
