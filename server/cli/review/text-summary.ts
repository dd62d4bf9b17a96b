// The before → after section `mldl review` prints under the stylish output:
// per doc the coverage per step and the findings introduced and resolved.
import type { Finding } from '../../engine/types.js';
import { terminalPath, terminalText } from '../../io/escape.js';
import { palette } from '../color.js';
import { allSteps, beforeAfter, coverageChange, reportPath, reviewOf, stepTitle } from '../formatters/report-model.js';
import type { FileResult, FormatterOptions } from '../formatters/types.js';

function findingLine(finding: Finding): string {
  return `    ${finding.range.start.line}:${finding.range.start.column}  ${finding.severity}  ${terminalText(finding.message)}  ${terminalText(finding.ruleId)}`;
}

export function formatReviewSummary(results: readonly FileResult[], base: string, options: FormatterOptions): string {
  const colors = palette(options.color);
  const lines = [colors.bold(`Review against ${terminalText(base)}`)];
  if (results.length === 0) lines.push('  no changed Markdown files');
  for (const result of results) {
    // Names and messages come from the repository: one line each, no terminal sequences.
    const shown = terminalPath(reportPath(result.filePath, options.cwd));
    if (result.skipped) {
      lines.push(`${colors.underline(shown)}  ${colors.dim(`skipped: ${terminalText(result.skipReason ?? 'not an ML design doc')}`)}`);
      continue;
    }
    const review = reviewOf(result);
    if (!review) continue;
    const change = coverageChange(review, result.coverage);
    // "coverage 1/3 → 3/3 rules", lower case after the file name.
    lines.push(`${colors.underline(shown)}  ${terminalText(change.charAt(0).toLowerCase() + change.slice(1))}`);
    if (review.deleted) continue;
    const before = review.added ? undefined : allSteps(review.before);
    const steps = allSteps(result.coverage)
      .map((s, i) => ({ s, was: before?.[i] }))
      .filter(({ s, was }) => s.total > 0 || (was?.total ?? 0) > 0)
      .map(({ s, was }) => `${stepTitle(s.step)} ${beforeAfter(was, s)}`);
    if (steps.length > 0) lines.push(colors.dim(`  ${steps.join(' · ')}`));
    lines.push(`  introduced ${review.introduced.length}`, ...review.introduced.map(findingLine));
    lines.push(`  resolved ${review.resolved.length}`, ...review.resolved.map(findingLine));
  }
  return `\n${lines.join('\n')}\n`;
}
