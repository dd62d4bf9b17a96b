// The scorecard as Markdown (for a terminal, a PR comment, a notes file) and
// as a self-contained HTML page: inline CSS, an inline SVG bar per step, no
// scripts and nothing fetched from the network, so the editor's webview and a
// browser opened offline show the same thing.
import { REPORT_MARKER } from '../engine/detect-data.js';
import { escapeHtml, escapeMarkdown, markdownCode } from '../io/escape.js';
import { SCORE_FORMULA, type Scorecard, type ScorecardItem, type StepScore } from './scorecard.js';

function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return minutes > 0 ? `${minutes} min ${String(rest).padStart(2, '0')} s` : `${rest} s`;
}

function percent(share: number): number {
  return Math.round(share * 100);
}

function tags(item: ScorecardItem): string {
  const parts = [item.problemSpecific ? 'problem-specific' : '', item.key ? 'key point' : ''].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function trendLine(card: Scorecard): string | undefined {
  if (!card.trend) return undefined;
  const series = card.trend.attempts.map((a) => `${a.date}: ${a.score}`).join(' → ');
  const change = card.trend.change === undefined ? 'first attempt' : `${card.trend.change >= 0 ? '+' : ''}${card.trend.change} since last attempt`;
  return `${series} (${change}; best ${card.trend.best})`;
}

function markdownStep(step: StepScore, index: number): string[] {
  const time = step.seconds !== undefined ? `, ${duration(step.seconds)}` : '';
  const lines = [`### ${index + 1}. ${step.title} — ${percent(step.coverage)} % covered${time}`, ''];
  if (step.covered.length === 0 && step.missing.length === 0) lines.push('Nothing expected in this step.', '');
  for (const item of step.covered) {
    lines.push(`- [x] \`${item.ruleId}\`${tags(item)}: ${item.description}${item.line !== undefined ? ` (line ${item.line})` : ''}`);
  }
  for (const item of step.missing) {
    lines.push(`- [ ] \`${item.ruleId}\`${tags(item)}: ${item.description}`, `  - Why interviewers ask: ${item.why}`);
  }
  if (step.covered.length + step.missing.length > 0) lines.push('');
  return lines;
}

export function toMarkdown(card: Scorecard): string {
  const lines = ['# Interview scorecard', ''];
  if (card.problem) lines.push(`**Problem:** ${card.problem.prompt} (\`${card.problem.id}\`)`, '');
  if (card.filePath) lines.push(`**Answer:** ${markdownCode(card.filePath)}`, '');
  lines.push(`**Score: ${card.score} / 100** (coverage ${card.coveragePercent} %, ${card.redFlags.length} red flag${card.redFlags.length === 1 ? '' : 's'})`, '');
  if (card.totalSeconds !== undefined) lines.push(`**Time:** ${duration(card.totalSeconds)}`, '');
  const trend = trendLine(card);
  if (trend) lines.push(`**Trend:** ${trend}`, '');
  lines.push('## Red flags', '');
  if (card.redFlags.length === 0) lines.push('None.', '');
  else {
    for (const flag of card.redFlags) lines.push(`- line ${flag.line}, \`${flag.ruleId}\`: ${escapeMarkdown(flag.message)}`);
    lines.push('');
  }
  lines.push('## Steps', '');
  card.steps.forEach((step, index) => lines.push(...markdownStep(step, index)));
  // The marker (an HTML comment, not shown where the Markdown is rendered) keeps a saved scorecard from being linted as a design doc.
  lines.push('---', '', `Score: ${SCORE_FORMULA}`, '', REPORT_MARKER, '');
  return lines.join('\n');
}


const BAR_WIDTH = 200;

/** A horizontal bar: the covered share filled, the rest outlined. */
function svgBar(step: StepScore): string {
  const filled = Math.round(step.coverage * BAR_WIDTH);
  const colour = step.coverage >= 0.8 ? '#2e7d32' : step.coverage >= 0.5 ? '#f9a825' : '#c62828';
  return (
    `<svg class="bar" role="img" aria-label="${escapeHtml(step.title)}: ${percent(step.coverage)} % covered" width="${BAR_WIDTH}" height="14" viewBox="0 0 ${BAR_WIDTH} 14" data-step="${step.step}" data-coverage="${percent(step.coverage)}">` +
    `<rect x="0" y="0" width="${BAR_WIDTH}" height="14" rx="3" fill="#eceff1"/>` +
    `<rect x="0" y="0" width="${filled}" height="14" rx="3" fill="${colour}"/></svg>`
  );
}

function htmlItems(step: StepScore): string {
  const covered = step.covered.map(
    (item) => `<li class="covered"><code>${escapeHtml(item.ruleId)}</code>${escapeHtml(tags(item))}: ${escapeHtml(item.description)}${item.line !== undefined ? ` <span class="muted">(line ${item.line})</span>` : ''}</li>`,
  );
  const missing = step.missing.map(
    (item) => `<li class="missing"><code>${escapeHtml(item.ruleId)}</code>${escapeHtml(tags(item))}: ${escapeHtml(item.description)}<div class="why">Why interviewers ask: ${escapeHtml(item.why)}</div></li>`,
  );
  return covered.length + missing.length === 0 ? '<p class="muted">Nothing expected in this step.</p>' : `<ul>${[...covered, ...missing].join('')}</ul>`;
}

// Colours are custom properties: a browser gets light or dark by
// prefers-color-scheme, and inside a VS Code webview the theme's own
// variables (--vscode-*) win, so the page follows the editor's theme.
const CSS = `
:root{--fg:#1c2833;--bg:#fff;--muted:#607d8b;--why:#455a64;--code:#eceff1;--line:#cfd8dc;--flag:#b71c1c;--ok:#2e7d32;--miss:#c62828}
@media (prefers-color-scheme:dark){:root{--fg:#e0e0e0;--bg:#1e1e1e;--muted:#90a4ae;--why:#b0bec5;--code:#37474f;--line:#455a64;--flag:#ef9a9a;--ok:#81c784;--miss:#e57373}}
body{font-family:var(--vscode-font-family,system-ui,-apple-system,"Segoe UI",sans-serif);max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45;
color:var(--vscode-editor-foreground,var(--fg));background:var(--vscode-editor-background,var(--bg))}
h1{margin-bottom:.25rem}.score{font-size:2.5rem;font-weight:700}.muted{color:var(--vscode-descriptionForeground,var(--muted))}
section.step{border-top:1px solid var(--vscode-panel-border,var(--line));padding:.5rem 0}
.step-head{display:flex;align-items:center;gap:1rem;flex-wrap:wrap}.step-head h3{margin:.25rem 0;width:13rem}
ul{padding-left:1.25rem}li{margin:.25rem 0}li.covered::marker{content:"✓ ";color:var(--ok)}li.missing::marker{content:"✗ ";color:var(--miss)}
.why{color:var(--vscode-descriptionForeground,var(--why));font-size:.92em}.flags li{color:var(--vscode-errorForeground,var(--flag))}
code{background:var(--vscode-textCodeBlock-background,var(--code));color:inherit;padding:0 .25em;border-radius:3px}
`;

export function toHtml(card: Scorecard): string {
  const title = card.problem ? `Scorecard: ${card.problem.id}` : 'Interview scorecard';
  const trend = trendLine(card);
  const flags =
    card.redFlags.length === 0
      ? '<p>None.</p>'
      : `<ul class="flags">${card.redFlags.map((f) => `<li>line ${f.line}, <code>${escapeHtml(f.ruleId)}</code>: ${escapeHtml(f.message)}</li>`).join('')}</ul>`;
  const steps = card.steps
    .map((step, index) => {
      const time = step.seconds !== undefined ? `<span class="muted">${duration(step.seconds)}</span>` : '';
      return `<section class="step" id="step-${step.step}"><div class="step-head"><h3>${index + 1}. ${escapeHtml(step.title)}</h3>${svgBar(step)}<span>${percent(step.coverage)} %</span>${time}</div>${htmlItems(step)}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
${REPORT_MARKER}
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>Interview scorecard</h1>
${card.problem ? `<p><strong>Problem:</strong> ${escapeHtml(card.problem.prompt)} <code>${escapeHtml(card.problem.id)}</code></p>` : ''}
${card.filePath ? `<p class="muted">${escapeHtml(card.filePath)}</p>` : ''}
<p><span class="score">${card.score}</span> / 100 <span class="muted">(coverage ${card.coveragePercent} %, ${card.redFlags.length} red flag${card.redFlags.length === 1 ? '' : 's'})</span></p>
${card.totalSeconds !== undefined ? `<p><strong>Time:</strong> ${duration(card.totalSeconds)}</p>` : ''}
${trend ? `<p><strong>Trend:</strong> ${escapeHtml(trend)}</p>` : ''}
<h2>Red flags</h2>
${flags}
<h2>Steps</h2>
${steps}
<p class="muted">Score: ${escapeHtml(SCORE_FORMULA)}</p>
</body>
</html>
`;
}
