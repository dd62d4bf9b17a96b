// A report a human reads in a pull request: a PR comment or the job summary
// ($GITHUB_STEP_SUMMARY). Per document: the seven framework steps with
// covered/total, the errors and warnings with links to their lines, and for
// `mldl review` what the change did (coverage before → after, findings
// introduced and resolved). Infos are counted, not listed: a summary that
// lists everything is not read.
import { REPORT_MARKER } from '../../engine/detect-data.js';
import type { Finding } from '../../engine/types.js';
import { escapeMarkdown, markdownCode, urlPath } from '../../io/escape.js';
import { allSteps, beforeAfter, countSeverities, coverageChange, plural, reportPath, reviewOf, stepTitle, type DocReview } from './report-model.js';
import type { FileResult, Formatter, FormatterOptions } from './types.js';

/** Where line links point: the file on GitHub when running in Actions, else a relative link. */
export interface LinkTarget {
  /** e.g. https://github.com/owner/repo/blob/<sha>/ — undefined: relative links. */
  blobBase?: string;
}

export function linkTargetFromEnv(env: NodeJS.ProcessEnv): LinkTarget {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return server && repository && sha ? { blobBase: `${server}/${repository}/blob/${sha}/` } : {};
}

function lineLink(shownPath: string, line: number, target: LinkTarget): string {
  return `[L${line}](${target.blobBase ?? ''}${urlPath(shownPath)}#L${line})`;
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/** No target: a resolved finding, shown by its line in the base version (no link: that line is gone). */
function findingItem(finding: Finding, shownPath: string, target: LinkTarget | undefined): string {
  const where = target ? lineLink(shownPath, finding.range.start.line, target) : `base line ${finding.range.start.line}`;
  return `- ${ICON[finding.severity]} **${finding.severity}** ${where}: ${escapeMarkdown(finding.message)} (${markdownCode(finding.ruleId)})`;
}

function stepTable(result: FileResult, review: DocReview | undefined): string[] {
  const after = allSteps(result.coverage);
  if (review) {
    const before = review.added ? undefined : allSteps(review.before);
    const rows = after.map((s, i) => {
      const was = before?.[i];
      const change = was === undefined ? 'new' : s.covered > was.covered ? `+${s.covered - was.covered}` : s.covered < was.covered ? `−${was.covered - s.covered}` : '';
      return `| ${stepTitle(s.step)} | ${beforeAfter(was, s)} | ${change} |`;
    });
    return ['| Step | Covered (before → after) | Change |', '| --- | --- | --- |', ...rows];
  }
  const rows = after.map((s) => `| ${stepTitle(s.step)} | ${s.covered}/${s.total} | ${s.total > 0 && s.covered === s.total ? '✅' : s.total === 0 ? '' : '⬜'} |`);
  return ['| Step | Covered | |', '| --- | --- | --- |', ...rows];
}

function documentSection(result: FileResult, options: FormatterOptions, target: LinkTarget): string[] {
  const shown = reportPath(result.filePath, options.cwd);
  if (result.skipped) return [`### ${markdownCode(shown)}`, '', `Skipped: ${escapeMarkdown(result.skipReason ?? 'not an ML design doc')}.`];
  const review = reviewOf(result);
  const coverage = result.coverage ?? { covered: 0, total: 0 };
  const lines = [`### ${markdownCode(shown)}`, ''];
  if (review?.deleted) return [...lines, `${escapeMarkdown(coverageChange(review, result.coverage))}.`];
  const overall = review ? coverageChange(review, result.coverage) : `Coverage ${coverage.covered}/${coverage.total} rules`;
  lines.push(`${escapeMarkdown(overall)}.`, '', ...stepTable(result, review), '');
  if (review) {
    lines.push(`**Introduced by this change** (${review.introduced.length})`, '');
    lines.push(...(review.introduced.length > 0 ? review.introduced.map((f) => findingItem(f, shown, target)) : ['- none']), '');
    // Resolved findings point into the base version, whose line numbers no longer hold.
    lines.push(`**Resolved by this change** (${review.resolved.length})`, '');
    lines.push(...(review.resolved.length > 0 ? review.resolved.map((f) => findingItem(f, shown, undefined)) : ['- none']), '');
  }
  const listed = result.findings.filter((f) => f.severity !== 'info');
  const infos = result.findings.length - listed.length;
  lines.push(`**Errors and warnings** (${listed.length})${infos > 0 ? ` · ${plural(infos, 'info')} not listed` : ''}`, '');
  lines.push(...(listed.length > 0 ? listed.map((f) => findingItem(f, shown, target)) : ['- none']));
  return lines;
}

export function formatMarkdownReport(results: readonly FileResult[], options: FormatterOptions, target: LinkTarget): string {
  const deleted = results.filter((r) => reviewOf(r)?.deleted).length;
  const linted = results.filter((r) => !r.skipped && !reviewOf(r)?.deleted);
  const counts = countSeverities(linted.flatMap((r) => r.findings));
  const covered = linted.reduce((sum, r) => sum + (r.coverage?.covered ?? 0), 0);
  const total = linted.reduce((sum, r) => sum + (r.coverage?.total ?? 0), 0);
  const reviewed = results.some((r) => reviewOf(r) !== undefined);
  const base = results.map(reviewOf).find((r) => r)?.base;
  // The marker (an HTML comment, invisible where the report is rendered) keeps a saved report from being linted as a design doc.
  const lines = [REPORT_MARKER, reviewed ? `## ML design review (against ${markdownCode(base ?? '')})` : '## ML design review', ''];
  if (results.length === 0) lines.push('No design documents to review.', '');
  for (const result of results) lines.push(...documentSection(result, options, target), '');
  const skipped = results.length - linted.length - deleted;
  lines.push(
    `**Overall:** ${plural(linted.length, 'document')} reviewed${skipped > 0 ? `, ${skipped} skipped` : ''}${deleted > 0 ? `, ${deleted} deleted` : ''}; ${covered}/${total} rules covered; ` +
      `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}.`,
  );
  return `${lines.join('\n')}\n`;
}

export const formatMarkdown: Formatter = (results, options) => formatMarkdownReport(results, options, linkTargetFromEnv(options.env));
