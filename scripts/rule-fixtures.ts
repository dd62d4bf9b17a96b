// Where the rule fixtures live: each rule's own folder, rules/<id>/fixtures/*.md.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** rules/<id>/fixtures/ under the repository root. */
export function ruleFixtureDir(root: string, ruleId: string): string {
  return join(root, 'rules', ruleId, 'fixtures');
}

/** Ids of the rule folders that hold fixtures, sorted. */
export function rulesWithFixtures(root: string): string[] {
  return readdirSync(join(root, 'rules'))
    .filter((name) => {
      const dir = ruleFixtureDir(root, name);
      return existsSync(dir) && statSync(dir).isDirectory();
    })
    .sort();
}

/** The fixture file names (`fires-*.md`, `passes-*.md`) of one rule, sorted. */
export function fixtureNames(root: string, ruleId: string): string[] {
  return readdirSync(ruleFixtureDir(root, ruleId)).filter((name) => name.endsWith('.md')).sort();
}

/** Every rule fixture's full path, rule by rule. */
export function allRuleFixtures(root: string): string[] {
  return rulesWithFixtures(root).flatMap((id) => fixtureNames(root, id).map((name) => join(ruleFixtureDir(root, id), name)));
}
