// The rules table (README.md, docs/rules.md) from the rules' own metadata, so
// the table never drifts from the engine. The table goes between
// `<!-- rules-table:start -->` and `<!-- rules-table:end -->`; everything else
// in the file is left alone.
import { dirname, relative, resolve, sep } from 'node:path';
import type { Applicability, Rule } from '../../server/engine/rule-api.js';
import { STEPS } from '../../server/engine/types.js';
import { replaceRegion } from './regions.js';
import { ROOT, stepRank } from './rule-folders.js';

export const TABLE_MARKERS = { start: '<!-- rules-table:start -->', end: '<!-- rules-table:end -->' } as const;

/** Files that may carry the markers, relative to the root. */
export const TABLE_FILES = ['README.md', 'docs/rules.md'] as const;

export const APPLIES_MARKER: Record<Applicability, string> = {
  always: '',
  'ranking-shaped': ' †',
  'rare-positives': ' *',
  problem: ' ‡',
};

/** "3 data"; `any` (placeholder-text) as it is. */
export function stepLabel(rule: Rule): string {
  const index = (STEPS as readonly string[]).indexOf(rule.meta.step);
  return index === -1 ? rule.meta.step : `${index + 1} ${rule.meta.step}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Rules in framework-step order; within a step, catalog order (document rules first). */
export function rulesInStepOrder(rules: readonly Rule[]): Rule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => stepRank(a.rule) - stepRank(b.rule) || a.index - b.index)
    .map(({ rule }) => rule);
}

/**
 * The Markdown table. `linkBase` is the path from the file holding the table
 * to the rules/ folder ("rules/" from README.md, "../rules/" from docs/).
 */
export function renderRulesTable(rules: readonly Rule[], linkBase: string): string {
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

/** `current` (the text of `file`) with its table regenerated, or undefined when it has no table markers. */
export function withRulesTable(rules: readonly Rule[], file: string, current: string): string | undefined {
  return replaceRegion(current, TABLE_MARKERS, renderRulesTable(rules, linkBaseFor(file)), file);
}
