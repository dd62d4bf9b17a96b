// Rule fixtures, markdownlint style: every rules/<rule-id>/fixtures/*.md is
// a small design doc whose expected findings are marked in the Markdown itself
// with `<!-- expect: rule-id -->` on the line where the finding belongs. For
// the folder's rule, the set of lines where it fires must equal the set of
// lines marked. Other rules' findings are ignored: each fixture tests one rule.
//
// Each rule's findings on its fixtures — message, range and quick fix — are
// also compared with its snapshot, rules/<id>/fixtures.snap.md (written by
// `npm run fixtures:update`, scripts/fixture-snapshots.ts).
//
// Fixtures listed in rules/PENDING.md are known failures of the
// current rule implementation. They are run as TODO tests (reported, not
// failing the suite), and a pending fixture that starts passing fails loudly
// so its line gets removed from PENDING.md.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_RULES } from '../rules/index.js';
import { fixtureNames, ruleFixtureDir, rulesWithFixtures } from '../scripts/rule-fixtures.js';
import { lintFixture, readSnapshot, renderSnapshot, sectionsByFixture, type LintedFixture } from '../scripts/fixture-snapshots.js';

// Compiled to out/test/, so the repository root is two levels up.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES = join(ROOT, 'rules');
const PENDING_FILE = join(RULES, 'PENDING.md');
const KNOWN_IDS = new Set(ALL_RULES.map((rule) => rule.meta.id));

const EXPECT_COMMENT = /<!--\s*expect:\s*([^>]*?)\s*-->/g;

interface Expectation {
  /** 1-based line → rule ids expected on it. */
  byLine: Map<number, string[]>;
  /** Rule ids named in comments that are not rules (typos in the fixture). */
  unknown: Array<{ line: number; id: string }>;
}

function readExpectations(text: string): Expectation {
  const byLine = new Map<number, string[]>();
  const unknown: Expectation['unknown'] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    for (const match of content.matchAll(EXPECT_COMMENT)) {
      for (const id of match[1].split(',').map((s) => s.trim()).filter(Boolean)) {
        if (!KNOWN_IDS.has(id)) unknown.push({ line, id });
        byLine.set(line, [...(byLine.get(line) ?? []), id]);
      }
    }
  });
  return { byLine, unknown };
}

function expectedLines(expectation: Expectation, ruleId: string): number[] {
  return [...expectation.byLine].filter(([, ids]) => ids.includes(ruleId)).map(([line]) => line).sort((a, b) => a - b);
}

/** `rule-id/file.md` → reason, from lines such as "- `rule-id/file.md` — what the rule does wrong". */
function readPending(): Map<string, string> {
  const pending = new Map<string, string>();
  if (!existsSync(PENDING_FILE)) return pending;
  for (const line of readFileSync(PENDING_FILE, 'utf8').split(/\r?\n/)) {
    const match = /^\s*[-*]\s+`?([a-z0-9-]+\/[^\s`]+\.md)`?\s*(?:[—–-]+\s*(.*))?$/.exec(line);
    if (match) pending.set(match[1], match[2]?.trim() || '(no reason given)');
  }
  return pending;
}

const fixturesOf = (ruleId: string): string => ruleFixtureDir(ROOT, ruleId);
const ruleFolders = (): string[] => rulesWithFixtures(ROOT);
const fixtureFiles = (ruleId: string): string[] => fixtureNames(ROOT, ruleId);

/** Compares expected and actual lines; returns a readable report, or '' when they agree. */
function mismatchReport(file: string, ruleId: string, expected: number[], got: Array<{ line: number; message: string }>): string {
  const gotLines = [...new Set(got.map((g) => g.line))].sort((a, b) => a - b);
  const missing = expected.filter((line) => !gotLines.includes(line));
  const extra = gotLines.filter((line) => !expected.includes(line));
  if (missing.length === 0 && extra.length === 0) return '';
  const lines = [`${file}: ${ruleId} expected on line(s) [${expected.join(', ')}], fired on [${gotLines.join(', ')}]`];
  for (const line of missing) lines.push(`  ${file}:${line}: expected ${ruleId}, got nothing`);
  for (const line of extra) {
    const message = got.find((g) => g.line === line)?.message ?? '';
    lines.push(`  ${file}:${line}: unexpected ${ruleId}: ${message}`);
  }
  return lines.join('\n');
}

const pending = readPending();
const pendingSeen = new Set<string>();
const pendingStillFailing: string[] = [];

test('every rule in ALL_RULES has a fixture folder', () => {
  const folders = new Set(ruleFolders());
  const missing = [...KNOWN_IDS].filter((id) => !folders.has(id));
  assert.deepEqual(missing, [], `rules without rules/<id>/fixtures/: ${missing.join(', ')}`);
});

test('every fixture folder is named after a rule', () => {
  const unknown = ruleFolders().filter((name) => !KNOWN_IDS.has(name));
  assert.deepEqual(unknown, [], `fixture folders that are not rule ids: ${unknown.join(', ')}`);
});

for (const ruleId of ruleFolders()) {
  describe(`rule ${ruleId}`, () => {
    const files = fixtureFiles(ruleId);

    test('has at least one firing and one non-firing fixture', () => {
      const firing = files.filter((f) => expectedLines(readExpectations(readFileSync(join(fixturesOf(ruleId), f), 'utf8')), ruleId).length > 0);
      assert.ok(firing.length > 0, `${ruleId}: no fixture expects the rule to fire`);
      assert.ok(firing.length < files.length, `${ruleId}: no fixture expects the rule to stay silent`);
    });

    const linted: LintedFixture[] = [];
    for (const file of files) {
      const key = `${ruleId}/${file}`;
      const path = join(fixturesOf(ruleId), file);
      const text = readFileSync(path, 'utf8');
      const fixture: LintedFixture = { name: file, source: text, result: lintFixture(ROOT, path) };
      linted.push(fixture);
      const expectation = readExpectations(text);
      const expected = expectedLines(expectation, ruleId);
      const reason = pending.get(key);
      if (reason) pendingSeen.add(key);

      const check = (): void => {
        assert.deepEqual(expectation.unknown, [], `${key}: expect comments name unknown rule ids: ${expectation.unknown.map((u) => `line ${u.line} "${u.id}"`).join(', ')}`);
        // The file name states the intent; the comments must agree with it.
        if (file.startsWith('fires-')) assert.ok(expected.length > 0, `${key}: a fires-* fixture needs an <!-- expect: ${ruleId} --> comment`);
        if (file.startsWith('passes-')) assert.equal(expected.length, 0, `${key}: a passes-* fixture must not expect ${ruleId}`);
        const { result } = fixture;
        const broken = result.findings.filter((f) => f.kind === 'engine');
        assert.deepEqual(broken.map((f) => `${f.range.start.line}: ${f.message}`), [], `${key}: the fixture itself has faults (front matter, directives)`);
        const got = result.findings
          .filter((f) => f.ruleId === ruleId)
          .map((f) => ({ line: f.range.start.line, message: f.message }));
        const report = mismatchReport(key, ruleId, expected, got);
        if (report) assert.fail(report);
      };

      if (!reason) {
        test(file, check);
        continue;
      }
      // Expected to fail until the rule is fixed. A pending fixture that
      // passes is an error too: its PENDING.md line must go.
      let failure: unknown;
      try {
        check();
      } catch (error) {
        failure = error;
      }
      if (failure) {
        pendingStillFailing.push(`${key} — ${reason}`);
        test(`${file} [PENDING: ${reason}]`, { todo: `known rule bug: ${reason}` }, () => {
          throw failure;
        });
      } else {
        test(`${file} [listed in PENDING.md]`, () => {
          assert.fail(`${key} now passes: remove its line from rules/PENDING.md`);
        });
      }
    }

    test('messages, ranges and fixes match fixtures.snap.md (`npm run fixtures:update` rewrites it)', () => {
      const committed = readSnapshot(ROOT, ruleId);
      assert.ok(committed !== undefined, `rules/${ruleId}/fixtures.snap.md is missing: run \`npm run fixtures:update\``);
      const rendered = renderSnapshot(ruleId, linted);
      if (committed === rendered) return;
      const before = sectionsByFixture(committed);
      const now = sectionsByFixture(rendered);
      const changed = [...new Set([...before.keys(), ...now.keys()])].filter((name) => before.get(name) !== now.get(name));
      const report = changed.map((name) => `--- snapshot\n${before.get(name) ?? '(no section)'}\n+++ now\n${now.get(name) ?? '(no fixture)'}`);
      assert.fail(
        `rules/${ruleId}/fixtures.snap.md: ${changed.length > 0 ? `the findings on ${changed.join(', ')} changed` : 'the header changed'}; ` +
          `if the change is intended, run \`npm run fixtures:update\` and review the diff\n${report.join('\n')}`,
      );
    });
  });
}

test('PENDING.md lists only existing fixtures', () => {
  const stale = [...pending.keys()].filter((key) => !pendingSeen.has(key));
  assert.deepEqual(stale, [], `PENDING.md names fixtures that do not exist: ${stale.join(', ')}`);
});

after(() => {
  if (pendingStillFailing.length === 0) return;
  // Loud on purpose: these are real rule bugs the suite is tolerating.
  console.warn(`\n!!! ${pendingStillFailing.length} rule fixture(s) PENDING (known rule bugs, see rules/PENDING.md):`);
  for (const line of pendingStillFailing) console.warn(`!!!   ${line}`);
});
