// What the report formatters (SARIF, GitHub, Markdown, HTML) share: the tool's
// identity, paths as the reader sees them, which step a finding belongs to,
// and the before → after data `mldl review` attaches to a file's result.
import path from 'node:path';
import { findRuleMeta } from '../../../rules/meta.js';
import { STEP_TITLES } from '../../engine/step-titles.js';
import { STEPS, type Finding, type Step } from '../../engine/types.js';
import type { FileResult } from './types.js';

export const TOOL_NAME = 'mldl';
export const INFORMATION_URI = 'https://github.com/ml-design-lint/ml-design-lint';

/** Path relative to cwd with forward slashes (as CI systems and links expect); absolute when outside it. */
export function reportPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return filePath.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/** The framework step of a finding's rule; 'any' for cross-cutting rules (placeholders, unquantified words). */
export function stepOfFinding(finding: Finding): Step | 'any' {
  return findRuleMeta(finding.ruleId)?.step ?? 'any';
}

export function stepTitle(step: Step | 'any'): string {
  return step === 'any' ? 'Whole document' : STEP_TITLES[step];
}

/** Steps in framework order, then 'any'. */
export const REPORT_STEPS: ReadonlyArray<Step | 'any'> = [...STEPS, 'any'];

export interface StepCount {
  step: Step;
  covered: number;
  total: number;
}

/** Covered/total for all seven steps (0/0 where no rule of the step applies). */
export function allSteps(coverage: FileResult['coverage']): StepCount[] {
  return STEPS.map((step) => {
    const found = coverage?.steps?.find((s) => s.step === step);
    return { step, covered: found?.covered ?? 0, total: found?.total ?? 0 };
  });
}

/** What `mldl review` adds to a file's result: the base version's coverage and the finding delta. */
export interface DocReview {
  /** The git ref the doc was compared with, as the user wrote it. */
  base: string;
  /** The doc did not exist at the base, or was not a design doc there. */
  added: boolean;
  /** The change deleted the doc (a design doc at the base): `before` is its coverage then. */
  deleted?: boolean;
  /** The doc's path at the base when the change renamed it (relative to the repository root). */
  renamedFrom?: string;
  before?: FileResult['coverage'];
  /** Findings of the working-tree version that the base version did not have. */
  introduced: Finding[];
  /** Findings of the base version that the working-tree version no longer has (base positions). */
  resolved: Finding[];
}

export interface ReviewedFileResult extends FileResult {
  review?: DocReview;
}

export function reviewOf(result: FileResult): DocReview | undefined {
  return (result as ReviewedFileResult).review;
}

export function countSeverities(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * What the change did to a doc's coverage, one sentence without a final
 * full stop: "Coverage 1/3 → 3/3 rules (renamed from old.md)". Holds a
 * path from the repository: each format escapes it.
 */
export function coverageChange(review: DocReview, after: FileResult['coverage']): string {
  const before = review.before ?? { covered: 0, total: 0 };
  if (review.deleted) return `Deleted by this change (it covered ${before.covered}/${before.total} rules)`;
  const renamed = review.renamedFrom !== undefined ? ` (renamed from ${review.renamedFrom})` : '';
  return `Coverage ${beforeAfter(review.added ? undefined : before, after ?? { covered: 0, total: 0 })} rules${review.added ? ' (new document)' : ''}${renamed}`;
}

/** "1/3 → 3/3"; "—" stands for a side with no data (doc added). */
export function beforeAfter(before: { covered: number; total: number } | undefined, after: { covered: number; total: number }): string {
  const side = (c: { covered: number; total: number } | undefined): string => (c ? `${c.covered}/${c.total}` : '—');
  return `${side(before)} → ${side(after)}`;
}
