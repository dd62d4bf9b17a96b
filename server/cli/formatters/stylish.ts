// Human output modelled on ESLint's "stylish": a header per file, one aligned
// row per finding (line:col, severity, message, rule id), then a summary. In
// a terminal, rows are fitted to its width (stylish-width.ts says when).
import { displayPath } from '../../config/errors.js';
import { terminalText } from '../../io/escape.js';
import type { Severity } from '../../engine/types.js';
import { STEP_TITLES } from '../../engine/step-titles.js';
import { palette, type Palette } from '../color.js';
import { displayWidth, truncateToWidth } from './stylish-width.js';
import type { FileResult, Formatter } from './types.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityLabel(severity: Severity, colors: Palette): string {
  if (severity === 'error') return colors.red('error');
  if (severity === 'warning') return colors.yellow('warning');
  return colors.blue('info');
}

/** Narrower than this, a cut message says too little: the row is left whole for the terminal to wrap. */
const MIN_MESSAGE_WIDTH = 24;

/** The coverage line, broken between steps (never inside one) to fit `width`. */
function coverageLines(head: string, parts: readonly string[], width: number | undefined): string[] {
  if (parts.length === 0) return [`  ${head}`];
  const lines = [`  ${head}: ${parts[0]}`];
  for (const part of parts.slice(1)) {
    const joined = `${lines[lines.length - 1]} · ${part}`;
    if (width === undefined || displayWidth(joined) <= width) lines[lines.length - 1] = joined;
    else lines.push(`    ${part}`);
  }
  return lines;
}

function fileBlock(result: FileResult, cwd: string, colors: Palette, terminalWidth: number | undefined): string[] {
  const rows = result.findings.map((finding) => ({
    line: String(finding.range.start.line),
    column: String(finding.range.start.column),
    severity: finding.severity,
    // ESLint drops a message's final full stop; the rule id follows it.
    // Messages may quote the document: escaped, so each stays one row without terminal sequences.
    message: terminalText(finding.message.replace(/([^ .])\.$/, '$1')),
    ruleId: terminalText(finding.ruleId),
  }));
  const width = (pick: (row: (typeof rows)[number]) => string): number => Math.max(0, ...rows.map((row) => pick(row).length));
  const lineWidth = width((r) => r.line);
  const columnWidth = width((r) => r.column);
  const severityWidth = width((r) => r.severity);
  const lines = [colors.underline(displayPath(result.filePath, cwd))];
  for (const row of rows) {
    const position = colors.dim(`${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`);
    const severity = severityLabel(row.severity, colors) + ' '.repeat(severityWidth - row.severity.length);
    // Messages are sentences of very different lengths; padding them to one
    // width would push short ones' rule ids far off to the right.
    const fixed = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2 + 2 + row.ruleId.length;
    const room = terminalWidth === undefined ? undefined : terminalWidth - fixed;
    const message = room !== undefined && room >= MIN_MESSAGE_WIDTH ? truncateToWidth(row.message, room) : row.message;
    lines.push(`  ${position}  ${severity}  ${message}  ${colors.dim(row.ruleId)}`);
  }
  if (result.coverage && result.coverage.total > 0) {
    // Per step, so the writer sees which part of the framework is thin.
    const perStep = (result.coverage.steps ?? []).map((s) => `${STEP_TITLES[s.step].toLowerCase()} ${s.covered}/${s.total}`);
    const head = `coverage ${result.coverage.covered}/${result.coverage.total} rules`;
    lines.push(...coverageLines(head, perStep, terminalWidth).map((line) => colors.dim(line)));
  }
  return lines;
}

export const formatStylish: Formatter = (results, options) => {
  const colors = palette(options.color);
  const counts = { error: 0, warning: 0, info: 0 };
  const blocks: string[] = [];
  for (const result of results) {
    if (result.skipped || result.findings.length === 0) continue;
    for (const finding of result.findings) counts[finding.severity]++;
    blocks.push(fileBlock(result, options.cwd, colors, options.width).join('\n'));
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'finding')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  const paint = counts.error > 0 ? colors.red : counts.warning > 0 ? colors.yellow : colors.blue;
  return `\n${blocks.join('\n\n')}\n\n${colors.bold(paint(summary))}\n`;
};
