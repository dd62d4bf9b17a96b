// An interviewer's scorecard for a design doc written as an interview answer:
// per framework step what was covered and what was missing (with why an
// interviewer asks), the red flags, an overall score, and optionally the time
// spent per step and the trend over earlier attempts. Built from a LintResult
// (run with the mldl:interview preset so every expectation counts); the
// renderers are in scorecard-render.ts.
import type { LintResult } from '../engine/lint.js';
import { STEP_TITLES } from '../engine/step-titles.js';
import { STEPS, type Step } from '../engine/types.js';
import { findRule } from '../../rules/index.js';
import type { InterviewProblem } from './problems.js';
import { wordingFor } from '../engine/rule-api.js';

export interface ScorecardItem {
  ruleId: string;
  /** One line: what the rule checks. */
  description: string;
  /** Why interviewers ask (the rule's finding message), for missing items. */
  why: string;
  /** A rule of the problem itself (‡), not of the catalog. */
  problemSpecific: boolean;
  /** One of the catalog rules the problem weighs most. */
  key: boolean;
  /** Weight in the score (see SCORE_FORMULA). */
  weight: number;
  /** 1-based line of the passage that settles it, when covered. */
  line?: number;
}

export interface StepScore {
  step: Step;
  title: string;
  covered: ScorecardItem[];
  missing: ScorecardItem[];
  /** Weighted share of the step's items covered, 0–1 (1 when the step has none). */
  coverage: number;
  /** Seconds spent on the step, when time per step was given. */
  seconds?: number;
}

export interface RedFlag {
  ruleId: string;
  message: string;
  /** 1-based line of the finding. */
  line: number;
}

export interface Attempt {
  /** ISO date (YYYY-MM-DD or a full timestamp). */
  date: string;
  score: number;
}

export interface Trend {
  /** Earlier attempts and this one, oldest first. */
  attempts: Attempt[];
  /** This score minus the previous attempt's; undefined on a first attempt. */
  change?: number;
  best: number;
}

export interface Scorecard {
  filePath?: string;
  problem?: { id: string; prompt: string };
  steps: StepScore[];
  redFlags: RedFlag[];
  /** Weighted coverage over all steps, 0–100, before red-flag penalties. */
  coveragePercent: number;
  /** Overall score, 0–100 (see SCORE_FORMULA). */
  score: number;
  /** Total seconds, when time per step was given. */
  totalSeconds?: number;
  trend?: Trend;
}

export interface ScorecardOptions {
  problem?: InterviewProblem;
  /** Seconds spent per step (from the editor's edit timestamps, or a stopwatch). */
  timePerStep?: Partial<Record<Step, number>>;
  /** Earlier attempts at the same problem. */
  attempts?: readonly Attempt[];
  /** Date of this attempt for the trend (default: today, UTC). */
  date?: string;
}

// Weights: an interviewer cares most about the problem's own points, then the
// points the problem is known for, then the catalog rules that are errors by
// default (objective, labels, baseline, metrics, leakage, drift); the rest
// are nice to have. A red flag is a mistake, not a gap, so it costs points on
// top of whatever it leaves uncovered.
const WEIGHT_PROBLEM_RULE = 3;
const WEIGHT_KEY_OR_ERROR = 2;
const WEIGHT_OTHER = 1;
const RED_FLAG_PENALTY = 10;
const MAX_RED_FLAG_PENALTY = 30;

export const SCORE_FORMULA =
  `score = round(100 × Σ weight of covered items / Σ weight of all items) − ${RED_FLAG_PENALTY} per red flag (at most ${MAX_RED_FLAG_PENALTY}), floored at 0; ` +
  `weights: problem-specific rule ${WEIGHT_PROBLEM_RULE}, key rule of the problem or error-level rule ${WEIGHT_KEY_OR_ERROR}, any other ${WEIGHT_OTHER}.`;

/**
 * Mistakes an interviewer treats as disqualifying when left in: leakage not
 * addressed, no baseline, accuracy on imbalanced data, a feature from after
 * the label. Any other error-level finding that points at words counts too.
 */
export const RED_FLAG_RULES: ReadonlySet<string> = new Set(['data-leakage', 'baseline-model', 'metric-mismatch', 'leaky-feature']);

function weightOf(ruleId: string, problem: InterviewProblem | undefined, severity: string): { weight: number; problemSpecific: boolean; key: boolean } {
  const problemSpecific = findRule(ruleId)?.meta.appliesTo === 'problem';
  const key = problem?.keyRules.includes(ruleId) ?? false;
  if (problemSpecific) return { weight: WEIGHT_PROBLEM_RULE, problemSpecific, key };
  if (key || severity === 'error') return { weight: WEIGHT_KEY_OR_ERROR, problemSpecific, key };
  return { weight: WEIGHT_OTHER, problemSpecific, key };
}

function weightedShare(covered: readonly ScorecardItem[], missing: readonly ScorecardItem[]): number {
  const sum = (items: readonly ScorecardItem[]): number => items.reduce((total, item) => total + item.weight, 0);
  const all = sum(covered) + sum(missing);
  return all === 0 ? 1 : sum(covered) / all;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function buildScorecard(result: LintResult, options: ScorecardOptions = {}): Scorecard {
  const { problem } = options;
  const steps: StepScore[] = STEPS.map((step) => ({ step, title: STEP_TITLES[step], covered: [], missing: [], coverage: 1 }));
  const byStep = new Map(steps.map((s) => [s.step, s]));
  for (const entry of result.coverage) {
    // Rules switched off or out of scope are not expected of this answer.
    if (entry.status !== 'covered' && entry.status !== 'missing') continue;
    const rule = findRule(entry.ruleId);
    if (!rule || rule.kind !== 'document') continue;
    const severity = result.config.rules[entry.ruleId]?.severity ?? rule.meta.severity;
    const item: ScorecardItem = {
      ruleId: entry.ruleId,
      description: rule.meta.description,
      why: wordingFor(rule, result.profile).message,
      ...weightOf(entry.ruleId, problem, severity),
      ...(entry.evidence ? { line: entry.evidence.start.line } : {}),
    };
    const card = byStep.get(entry.step)!;
    (entry.status === 'covered' ? card.covered : card.missing).push(item);
  }
  for (const card of steps) {
    card.coverage = weightedShare(card.covered, card.missing);
    const seconds = options.timePerStep?.[card.step];
    if (seconds !== undefined) card.seconds = seconds;
  }

  const redFlags: RedFlag[] = result.findings
    .filter((f) => f.kind !== 'engine' && (RED_FLAG_RULES.has(f.ruleId) || (f.kind === 'passage' && f.severity === 'error')))
    .map((f) => ({ ruleId: f.ruleId, message: f.message, line: f.range.start.line }));

  const coveragePercent = Math.round(
    100 * weightedShare(steps.flatMap((s) => s.covered), steps.flatMap((s) => s.missing)),
  );
  const penalty = Math.min(MAX_RED_FLAG_PENALTY, RED_FLAG_PENALTY * redFlags.length);
  const score = Math.max(0, coveragePercent - penalty);

  const card: Scorecard = { steps, redFlags, coveragePercent, score };
  if (result.filePath !== undefined) card.filePath = result.filePath;
  if (problem) card.problem = { id: problem.id, prompt: problem.prompt };
  if (options.timePerStep) card.totalSeconds = Object.values(options.timePerStep).reduce((a, b) => a + (b ?? 0), 0);
  if (options.attempts) card.trend = trendOf(options.attempts, { date: options.date ?? today(), score });
  return card;
}

function trendOf(earlier: readonly Attempt[], current: Attempt): Trend {
  const attempts = [...earlier].sort((a, b) => a.date.localeCompare(b.date));
  const previous = attempts.at(-1);
  attempts.push(current);
  return {
    attempts,
    ...(previous ? { change: current.score - previous.score } : {}),
    best: Math.max(...attempts.map((a) => a.score)),
  };
}
