// "Insert every missing piece": applies the document-level fixes one at a
// time, re-linting in between, so that two rules of one step share the
// section the first one created instead of adding "## Data" twice.
import { applyInsertion } from './fixes.js';
import { lint, type LintOptions } from './lint.js';
import { ALL_RULES } from '../../rules/index.js';

const CATALOG_ORDER = new Map(ALL_RULES.map((rule, index) => [rule.meta.id, index]));

export interface FixAllResult {
  text: string;
  /** Rule ids whose skeletons were inserted, in order. */
  applied: string[];
}

export function insertAllMissing(text: string, options: LintOptions = {}): FixAllResult {
  const applied: string[] = [];
  let current = text;
  // Each round settles one rule; the bound guards against a fix that would not settle its own rule.
  for (let round = 0; round < 64; round++) {
    // In catalog order, so bullets land in each section in the framework's order.
    const next = lint(current, options)
      .findings.filter((f) => f.kind === 'document' && f.fixes.length > 0 && !applied.includes(f.ruleId))
      .sort((a, b) => (CATALOG_ORDER.get(a.ruleId) ?? 0) - (CATALOG_ORDER.get(b.ruleId) ?? 0))[0];
    if (!next) break;
    current = applyInsertion(current, next.fixes[0].insertion);
    applied.push(next.ruleId);
  }
  return { text: current, applied };
}
