// Generates the rules table (README.md, docs/rules.md) from the rules' own
// metadata, so the table never drifts from the engine. The table goes between
// `<!-- rules-table:start -->` and `<!-- rules-table:end -->`; everything else
// in the file is left alone. It also refreshes the one generated part of each
// rule page, rules/<id>/README.md: the skeleton shown under "## Quick fix", which is
// the rule's fix snippet as plain text (the prose around it is hand-written).
//   node out/scripts/gen-rules-table.js          rewrite what is stale
//   node out/scripts/gen-rules-table.js --check  exit 1 when anything is stale
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_RULES } from '../rules/index.js';
import { snippetToPlain } from '../server/engine/fixes.js';
import type { Applicability, Rule } from '../server/engine/rule-api.js';
import { STEPS } from '../server/engine/types.js';

export const START_MARKER = '<!-- rules-table:start -->';
export const END_MARKER = '<!-- rules-table:end -->';

/** Repository root: this file runs from out/scripts/. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files that may carry the markers, relative to the root. */
export const TABLE_FILES = ['README.md', 'docs/rules.md'] as const;

const APPLIES_MARKER: Record<Applicability, string> = {
  always: '',
  'ranking-shaped': ' †',
  'rare-positives': ' *',
  problem: ' ‡',
};

/** Position of a rule's step in the framework; `any` (placeholder-text) goes last. */
function stepOrder(rule: Rule): number {
  const index = (STEPS as readonly string[]).indexOf(rule.meta.step);
  return index === -1 ? STEPS.length : index;
}

function stepLabel(rule: Rule): string {
  const index = (STEPS as readonly string[]).indexOf(rule.meta.step);
  return index === -1 ? rule.meta.step : `${index + 1} ${rule.meta.step}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Rules in framework-step order; within a step, catalog order (document rules first). */
export function rulesInStepOrder(rules: readonly Rule[] = ALL_RULES): Rule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => stepOrder(a.rule) - stepOrder(b.rule) || a.index - b.index)
    .map(({ rule }) => rule);
}

/**
 * The Markdown table. `linkBase` is the path from the file holding the table
 * to the rules/ folder ("rules/" from README.md, "../rules/" from docs/).
 */
export function renderRulesTable(linkBase: string, rules: readonly Rule[] = ALL_RULES): string {
  const lines = [
    '| Rule | Step | Default | Kind | What it checks |',
    '|---|---|---|---|---|',
  ];
  for (const rule of rulesInStepOrder(rules)) {
    const { id, severity, description, appliesTo } = rule.meta;
    const link = `[\`${id}\`](${linkBase}${id}/README.md)${APPLIES_MARKER[appliesTo]}`;
    const kind = rule.kind === 'document' ? 'missing concept' : 'passage';
    lines.push(`| ${link} | ${stepLabel(rule)} | ${severity} | ${kind} | ${escapeCell(description)} |`);
  }
  return lines.join('\n');
}

/** Path from `file` (relative to the root) to rules/, with forward slashes. */
export function linkBaseFor(file: string): string {
  const fromDir = dirname(resolve(ROOT, file));
  const rel = relative(fromDir, resolve(ROOT, 'rules')).split(sep).join('/');
  return `${rel}/`;
}

export class MarkerError extends Error {}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * `text` with the region between the markers replaced by `table`, or
 * undefined when the file has no start marker. Throws MarkerError (with the
 * line) when the markers are unbalanced.
 */
export function replaceMarkedRegion(text: string, table: string, fileName: string): string | undefined {
  const start = text.indexOf(START_MARKER);
  if (start === -1) return undefined;
  if (text.indexOf(START_MARKER, start + START_MARKER.length) !== -1) {
    throw new MarkerError(`${fileName}:${lineOf(text, text.indexOf(START_MARKER, start + 1))}: a second ${START_MARKER}; keep one pair of markers`);
  }
  const end = text.indexOf(END_MARKER, start);
  if (end === -1) throw new MarkerError(`${fileName}:${lineOf(text, start)}: ${START_MARKER} has no ${END_MARKER} after it`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = table.split('\n').join(eol);
  return `${text.slice(0, start + START_MARKER.length)}${eol}${body}${eol}${text.slice(end)}`;
}

export interface TableFileStatus {
  file: string;
  current: string;
  expected: string;
}

/** Every table file under `root` that has the markers, with its current and expected text. */
export function tableFiles(root: string = ROOT): TableFileStatus[] {
  const found: TableFileStatus[] = [];
  for (const file of TABLE_FILES) {
    const full = resolve(root, file);
    if (!existsSync(full)) continue;
    const current = readFileSync(full, 'utf8');
    const expected = replaceMarkedRegion(current, renderRulesTable(linkBaseFor(file)), file);
    if (expected !== undefined) found.push({ file, current, expected });
  }
  return found;
}

const QUICK_FIX_BLOCK = /(^## Quick fix[ \t]*\r?\n(?:(?!## |```)[^\r\n]*\r?\n)*```markdown\r?\n)([^]*?)(^```)/m;

/**
 * `page` with the first ```markdown block under "## Quick fix" set to the
 * rule's fix as plain text; unchanged for passage rules (they have no fix)
 * and for pages without such a block (the rule-docs test reports those).
 */
export function syncQuickFix(page: string, rule: Rule): string {
  if (rule.kind !== 'document') return page;
  const eol = page.includes('\r\n') ? '\r\n' : '\n';
  const plain = snippetToPlain(rule.fix.snippet).split('\n').join(eol);
  return page.replace(QUICK_FIX_BLOCK, (_whole, head: string, _body: string, close: string) => `${head}${plain}${eol}${close}`);
}

/** Rule pages whose quick-fix skeleton is stale, with their current and expected text. */
export function rulePages(root: string = ROOT): TableFileStatus[] {
  const found: TableFileStatus[] = [];
  for (const rule of ALL_RULES) {
    const file = `rules/${rule.meta.id}/README.md`;
    const full = resolve(root, file);
    if (!existsSync(full)) continue;
    const current = readFileSync(full, 'utf8');
    found.push({ file, current, expected: syncQuickFix(current, rule) });
  }
  return found;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  let files: TableFileStatus[];
  try {
    files = tableFiles();
  } catch (error) {
    if (error instanceof MarkerError) {
      console.error(`gen-rules-table: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (files.length === 0) {
    console.error(`gen-rules-table: none of ${TABLE_FILES.join(', ')} has the ${START_MARKER} / ${END_MARKER} markers`);
    return 1;
  }
  let stale = 0;
  for (const { file, current, expected } of files) {
    if (current === expected) {
      console.log(`${file}: rules table up to date`);
      continue;
    }
    stale++;
    if (check) console.error(`${file}: rules table is out of date; run \`npm run rules-table\``);
    else {
      writeFileSync(resolve(ROOT, file), expected);
      console.log(`${file}: rules table written (${ALL_RULES.length} rules)`);
    }
  }
  for (const { file, current, expected } of rulePages()) {
    if (current === expected) continue;
    stale++;
    if (check) console.error(`${file}: quick-fix skeleton is out of date; run \`npm run rules-table\``);
    else {
      writeFileSync(resolve(ROOT, file), expected);
      console.log(`${file}: quick-fix skeleton updated`);
    }
  }
  return check && stale > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
