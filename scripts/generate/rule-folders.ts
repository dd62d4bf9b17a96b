// The rules as the generator sees them: one folder per rule, rules/<id>/rule.ts,
// whose default export is the rule. Found on disk (not through rules/index.ts,
// which is generated from them) and loaded from their compiled modules.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Rule } from '../../server/engine/rule-api.js';
import { STEPS } from '../../server/engine/types.js';
import { GenerateError } from './regions.js';

/** Repository root: this file runs from out/scripts/generate/. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A rule id is also a folder name and a URL segment. */
const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Folders under rules/ that hold a rule.ts, sorted by name. */
export function ruleFolderIds(root: string = ROOT): string[] {
  const rulesDir = resolve(root, 'rules');
  return readdirSync(rulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(rulesDir, entry.name, 'rule.ts')))
    .map((entry) => entry.name)
    .sort();
}

function isRule(value: unknown): value is Rule {
  if (!value || typeof value !== 'object') return false;
  const { kind, meta } = value as { kind?: unknown; meta?: { id?: unknown } };
  return (kind === 'document' || kind === 'passage') && typeof meta?.id === 'string';
}

/** Every rule folder's rule, checked: a default export that is a rule, whose id is its folder's name. */
export async function loadRuleFolders(root: string = ROOT): Promise<Rule[]> {
  const rules: Rule[] = [];
  const errors: string[] = [];
  for (const id of ruleFolderIds(root)) {
    const source = `rules/${id}/rule.ts`;
    if (!RULE_ID.test(id)) {
      errors.push(`${source}: the folder name "${id}" is not a rule id (lowercase words joined by hyphens)`);
      continue;
    }
    const compiled = resolve(root, 'out', 'rules', id, 'rule.js');
    if (!existsSync(compiled)) {
      errors.push(`${source}: not compiled (no out/rules/${id}/rule.js); \`npm run generate\` compiles before generating`);
      continue;
    }
    const module = (await import(pathToFileURL(compiled).href)) as { default?: unknown };
    if (!isRule(module.default)) {
      errors.push(`${source}: the default export must be a rule (export default defineDocumentRule({...}) or definePassageRule({...}))`);
      continue;
    }
    if (module.default.meta.id !== id) {
      errors.push(`${source}: meta.id is "${module.default.meta.id}" but the folder is "${id}"; they must be the same`);
      continue;
    }
    rules.push(module.default);
  }
  if (errors.length > 0) throw new GenerateError(errors.join('\n'));
  return rules;
}

/** Rule ids in the order rules/index.ts imports them (empty when there is no catalog yet). */
export function previousCatalogOrder(indexText: string | undefined): string[] {
  if (!indexText) return [];
  return [...indexText.matchAll(/^import \w+ from '\.\/([a-z0-9-]+)\/rule\.js';$/gm)].map((match) => match[1]);
}

/**
 * The catalog's groups: rules for every doc that fire when a concept is
 * missing, then the passage rules, then the interview-problem rules (‡).
 */
function groupOf(rule: Rule): number {
  if (rule.meta.appliesTo === 'problem') return 2;
  return rule.kind === 'passage' ? 1 : 0;
}

/** Position of a rule's step in the framework; `any` goes last. */
export function stepRank(rule: Rule): number {
  const index = (STEPS as readonly string[]).indexOf(rule.meta.step);
  return index === -1 ? STEPS.length : index;
}

function compareKeys(a: Rule, b: Rule): number {
  return groupOf(a) - groupOf(b) || stepRank(a) - stepRank(b);
}

/**
 * The catalog order. Rules already in the catalog keep their order (it
 * decides the order of skeleton bullets and of listings, so it only changes
 * on purpose, by editing rules/index.ts); a new rule goes after the last rule
 * of its group whose step is not later than its own, so a new data rule
 * follows the data rules. New rules among themselves: by group, step and id.
 */
export function orderRules(rules: readonly Rule[], previous: readonly string[]): Rule[] {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const ordered = previous.flatMap((id) => {
    const rule = byId.get(id);
    return rule ? [rule] : [];
  });
  const known = new Set(ordered.map((rule) => rule.meta.id));
  const added = rules.filter((rule) => !known.has(rule.meta.id)).sort((a, b) => compareKeys(a, b) || a.meta.id.localeCompare(b.meta.id));
  for (const rule of added) {
    let at = 0;
    ordered.forEach((existing, index) => {
      if (compareKeys(existing, rule) <= 0) at = index + 1;
    });
    ordered.splice(at, 0, rule);
  }
  return ordered;
}

/** The rules in catalog order, as `npm run generate` writes rules/index.ts. */
export async function catalogRules(root: string = ROOT): Promise<Rule[]> {
  const indexFile = resolve(root, 'rules', 'index.ts');
  const previous = previousCatalogOrder(existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined);
  return orderRules(await loadRuleFolders(root), previous);
}
