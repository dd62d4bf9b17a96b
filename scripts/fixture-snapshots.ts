// Snapshots of what each rule reports on its fixtures, markdownlint style:
// rules/<id>/fixtures.snap.md lists, fixture by fixture, every finding of the
// rule with its range, message and quick fix (title, insertion point, inserted
// text). The `<!-- expect: <id> -->` comments in the fixtures say where a
// finding belongs; the snapshot pins what it says. test/fixtures.test.ts
// compares; `npm run fixtures:update` rewrites the snapshots after a change
// to a rule's wording or fix, and the diff shows what changed.
//   node out/scripts/fixture-snapshots.js [rule-id …]   rewrite (all rules, or these)
//   node out/scripts/fixture-snapshots.js --missing     write only the snapshots that do not
//                                                       exist yet (`npm run generate` does, for a new rule)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { location } from 'vfile-location';
import { lint } from '../server/linter.js';
import { type LintResult } from '../server/engine/lint.js';
import type { Finding, Point } from '../server/engine/types.js';
import { fixtureNames, ruleFixtureDir, rulesWithFixtures } from './rule-fixtures.js';

/** Repository root: this file runs from out/scripts/. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function snapshotFile(root: string, ruleId: string): string {
  return join(root, 'rules', ruleId, 'fixtures.snap.md');
}

/** `line:column`, 1-based, as editors show it. */
function at(point: Pick<Point, 'line' | 'column'>): string {
  return `${point.line}:${point.column}`;
}

/** `text` in a code span that survives any backticks inside it. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** One finding as snapshot lines: range and message, then each fix (inserted text JSON-quoted, so whitespace is exact). */
export function describeFinding(finding: Finding, source: string): string[] {
  const place = location(source);
  const lines = [`- ${code(`${at(finding.range.start)}-${at(finding.range.end)}`)} ${finding.message}`];
  for (const fix of finding.fixes) {
    const point = place.toPoint(fix.insertion.offset);
    const where = point ? at(point) : `offset ${fix.insertion.offset}`;
    lines.push(`  - fix **${fix.title}** inserts at ${code(where)}: ${code(JSON.stringify(fix.insertion.text))}`);
  }
  return lines;
}

/** A fixture linted as test/fixtures.test.ts lints it: forced, with the default configuration. */
export function lintFixture(root: string, path: string): LintResult {
  return lint(readFileSync(path, 'utf8'), { filePath: relative(root, path), force: true });
}

export interface LintedFixture {
  /** The file name in rules/<id>/fixtures/. */
  name: string;
  source: string;
  result: LintResult;
}

/** The section of one fixture: its name as a heading, then the rule's findings (or that there are none). */
export function fixtureSection(ruleId: string, fixture: LintedFixture): string {
  const findings = fixture.result.findings.filter((f) => f.ruleId === ruleId);
  const body = findings.length === 0 ? ['No finding.'] : findings.flatMap((f) => describeFinding(f, fixture.source));
  return [`## ${fixture.name}`, '', ...body].join('\n');
}

/** The whole snapshot file of a rule. */
export function renderSnapshot(ruleId: string, fixtures: readonly LintedFixture[]): string {
  const head = [
    `# ${ruleId}: fixture snapshots`,
    '',
    '<!-- Written by `npm run fixtures:update`; test/fixtures.test.ts compares. Do not edit by hand. -->',
    '',
    `What \`${ruleId}\` reports on each file in [fixtures/](fixtures/): range (line:column-line:column), message, and each quick fix with the point where it inserts and the exact text (JSON-quoted).`,
  ].join('\n');
  return `${[head, ...fixtures.map((fixture) => fixtureSection(ruleId, fixture))].join('\n\n')}\n`;
}

/** Sections of the committed snapshot by heading, to name the fixtures whose findings changed. */
export function sectionsByFixture(snapshot: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of snapshot.split(/^(?=## )/m).slice(1)) {
    const name = /^## (.+)$/m.exec(part)?.[1];
    if (name) sections.set(name, part.trimEnd());
  }
  return sections;
}

export function readSnapshot(root: string, ruleId: string): string | undefined {
  const file = snapshotFile(root, ruleId);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function main(args: string[]): number {
  const onlyMissing = args.includes('--missing');
  const argv = args.filter((arg) => arg !== '--missing');
  const known = rulesWithFixtures(ROOT);
  const unknown = argv.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    console.error(`fixtures:update: no rules/<id>/fixtures/ for ${unknown.join(', ')}`);
    return 1;
  }
  let written = 0;
  for (const ruleId of argv.length > 0 ? argv : known) {
    if (onlyMissing && readSnapshot(ROOT, ruleId) !== undefined) continue;
    const fixtures = fixtureNames(ROOT, ruleId).map((name) => {
      const path = join(ruleFixtureDir(ROOT, ruleId), name);
      return { name, source: readFileSync(path, 'utf8'), result: lintFixture(ROOT, path) };
    });
    const expected = renderSnapshot(ruleId, fixtures);
    if (readSnapshot(ROOT, ruleId) === expected) continue;
    writeFileSync(snapshotFile(ROOT, ruleId), expected);
    console.log(`wrote ${relative(ROOT, snapshotFile(ROOT, ruleId))}`);
    written++;
  }
  if (written === 0 && !onlyMissing) console.log('fixture snapshots are up to date');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
