// One self-contained HTML page per run: inline CSS, an inline SVG bar chart of
// coverage per framework step for each document, and the findings grouped by
// step. Nothing is fetched (no scripts, fonts, images or style sheets from
// elsewhere), so the page opens offline and as a CI artifact.
import { REPORT_MARKER } from '../../engine/detect-data.js';
import type { Finding } from '../../engine/types.js';
import { escapeHtml } from '../../io/escape.js';
import {
  allSteps, beforeAfter, countSeverities, coverageChange, plural, REPORT_STEPS, reportPath, reviewOf, stepOfFinding, stepTitle, TOOL_NAME,
  type StepCount,
} from './report-model.js';
import { version } from '../version.js';
import type { FileResult, Formatter, FormatterOptions } from './types.js';

const CSS = `
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:0 0 8px;word-break:break-all}h3{font-size:15px;margin:16px 0 6px}
.doc{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 20px;margin:16px 0}
.meta,.overall{color:#59636e}.skipped{color:#59636e;font-style:italic}
ul.findings{list-style:none;padding:0;margin:0}ul.findings li{padding:3px 0;border-bottom:1px solid #eaeef2}
.sev{display:inline-block;min-width:58px;font-weight:600;font-size:12px;text-transform:uppercase}
.sev-error{color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#0969da}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eff2f5;padding:1px 4px;border-radius:4px}
.line{color:#59636e;font-variant-numeric:tabular-nums}
svg.coverage-chart text{font:12px system-ui,sans-serif;fill:#1f2328}
.legend{font-size:12px;color:#59636e}.swatch{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:middle}
`;

const ROW = 26;
const LABEL_WIDTH = 130;
const BAR_WIDTH = 320;

/** Horizontal bars, one per step: covered share in green over a grey track; the base version as a thin bar below. */
function coverageChart(title: string, after: StepCount[], before: StepCount[] | undefined): string {
  const height = after.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 110;
  const share = (c: StepCount): number => (c.total > 0 ? (c.covered / c.total) * BAR_WIDTH : 0);
  const rows = after.map((s, i) => {
    const y = i * ROW + 4;
    const was = before?.[i];
    const label = was ? beforeAfter(was, s) : s.total > 0 ? `${s.covered}/${s.total}` : 'n/a';
    return [
      `<g class="step" data-step="${s.step}">`,
      `<text x="0" y="${y + 14}">${escapeHtml(stepTitle(s.step))}</text>`,
      `<rect class="bar-track" x="${LABEL_WIDTH}" y="${y + 2}" width="${BAR_WIDTH}" height="14" rx="3" fill="#eaeef2"/>`,
      `<rect class="bar-covered" x="${LABEL_WIDTH}" y="${y + 2}" width="${share(s).toFixed(1)}" height="14" rx="3" fill="#2da44e" data-covered="${s.covered}" data-total="${s.total}"/>`,
      was ? `<rect class="bar-before" x="${LABEL_WIDTH}" y="${y + 18}" width="${share(was).toFixed(1)}" height="4" fill="#8c959f" data-covered="${was.covered}" data-total="${was.total}"/>` : '',
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 14}">${escapeHtml(label)}</text>`,
      '</g>',
    ].join('');
  });
  return `<svg class="coverage-chart" role="img" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(title)}</title>${rows.join('')}</svg>`;
}

/** `where` is "line", or "base line" for resolved findings, whose positions are in the base version. */
function findingItem(finding: Finding, where = 'line'): string {
  return `<li><span class="sev sev-${finding.severity}">${finding.severity}</span> <span class="line">${where} ${finding.range.start.line}:${finding.range.start.column}</span> ${escapeHtml(finding.message)} <code>${escapeHtml(finding.ruleId)}</code></li>`;
}

function findingsByStep(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<p class="meta">No findings.</p>';
  const parts: string[] = [];
  for (const step of REPORT_STEPS) {
    const inStep = findings.filter((f) => stepOfFinding(f) === step);
    if (inStep.length === 0) continue;
    parts.push(`<h3 data-step="${step}">${escapeHtml(stepTitle(step))} (${inStep.length})</h3><ul class="findings">${inStep.map((f) => findingItem(f)).join('')}</ul>`);
  }
  return parts.join('');
}

function documentSection(result: FileResult, options: FormatterOptions): string {
  const shown = reportPath(result.filePath, options.cwd);
  const heading = `<h2>${escapeHtml(shown)}</h2>`;
  if (result.skipped) return `<section class="doc skipped-doc">${heading}<p class="skipped">Skipped: ${escapeHtml(result.skipReason ?? 'not an ML design doc')}.</p></section>`;
  const review = reviewOf(result);
  const coverage = result.coverage ?? { covered: 0, total: 0 };
  if (review?.deleted) return `<section class="doc deleted-doc">${heading}<p class="meta">${escapeHtml(coverageChange(review, result.coverage))}.</p></section>`;
  const counts = countSeverities(result.findings);
  const before = review && !review.added ? allSteps(review.before) : undefined;
  const summary = review ? coverageChange(review, result.coverage) : `Coverage ${coverage.covered}/${coverage.total} rules`;
  const legend = before ? '<p class="legend"><span class="swatch" style="background:#2da44e"></span>after<span class="swatch" style="background:#8c959f"></span>before</p>' : '';
  const delta = review
    ? `<h3>Introduced by this change (${review.introduced.length})</h3>${review.introduced.length > 0 ? `<ul class="findings introduced">${review.introduced.map((f) => findingItem(f)).join('')}</ul>` : '<p class="meta">None.</p>'}` +
      `<h3>Resolved by this change (${review.resolved.length})</h3>${review.resolved.length > 0 ? `<ul class="findings resolved">${review.resolved.map((f) => findingItem(f, 'base line')).join('')}</ul>` : '<p class="meta">None.</p>'}`
    : '';
  return [
    `<section class="doc" data-file="${escapeHtml(shown)}">`,
    heading,
    `<p class="meta">${escapeHtml(summary)} · ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}</p>`,
    coverageChart(`Coverage per step: ${shown}`, allSteps(result.coverage), before),
    legend,
    delta,
    '<h3>Findings by step</h3>',
    findingsByStep(result.findings),
    '</section>',
  ].join('\n');
}

export const formatHtml: Formatter = (results, options) => {
  const linted = results.filter((r) => !r.skipped && !reviewOf(r)?.deleted);
  const counts = countSeverities(linted.flatMap((r) => r.findings));
  const base = results.map(reviewOf).find((r) => r)?.base;
  const title = base ? `ML design review against ${base}` : 'ML design review';
  const overall = `${plural(linted.length, 'document')} reviewed, ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`;
  return `<!doctype html>
${REPORT_MARKER}
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="overall">${escapeHtml(overall)} · ${TOOL_NAME} ${escapeHtml(version())}</p>
${results.length === 0 ? '<p class="meta">No design documents to review.</p>' : results.map((r) => documentSection(r, options)).join('\n')}
</main>
</body>
</html>
`;
};
