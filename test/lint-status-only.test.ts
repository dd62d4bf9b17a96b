// The CLI lints with `statusOnly` (server/cli/analyse.ts): a rule's concept is
// weighed only until a statement settles it (judge/decide.ts
// decideConceptStatus). What the CLI shows must not change: the findings and
// every coverage entry's status are those of the full review, on whole docs
// in the three languages (complete ones, drafts with hedges and deferrals),
// under the recommended and the interview presets. Only a covered entry's
// evidence and confidence may name another statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../server/linter.js';
import { applyLayer, defaultConfig, presetConfig } from '../server/config/presets.js';
import { REPO_ROOT } from './cli-harness.js';

const RECOMMENDED = defaultConfig();
const INTERVIEW = applyLayer(defaultConfig(), presetConfig('mldl:interview'));
// The test lints each doc twice per preset: every third complete doc (in name order, so all three
// languages), under the recommended preset only; the drafts and examples under both.
const DIRS: Array<[string, Record<string, typeof RECOMMENDED>, number]> = [
  ['test-fixtures/complete', { recommended: RECOMMENDED }, 3],
  ['test-fixtures/drafts', { recommended: RECOMMENDED, interview: INTERVIEW }, 1],
  ['examples', { recommended: RECOMMENDED, interview: INTERVIEW }, 1],
];

const files = DIRS.flatMap(([dir, configs, every]) =>
  fs
    .readdirSync(path.join(REPO_ROOT, dir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .filter((_, index) => index % every === 0)
    .map((name) => ({ file: path.join(REPO_ROOT, dir, name), configs })),
);

test('status-only lint: the same findings and coverage statuses as the full review', () => {
  assert.ok(files.length > 40, `expected the whole-doc fixtures, found ${files.length}`);
  let covered = 0;
  for (const { file, configs } of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [preset, config] of Object.entries(configs)) {
      const full = lint(text, { filePath: file, config, force: true });
      const quick = lint(text, { filePath: file, config, force: true, statusOnly: true });
      const where = `${path.relative(REPO_ROOT, file)} (${preset})`;
      assert.deepEqual(quick.findings, full.findings, where);
      assert.deepEqual(
        quick.coverage.map(({ ruleId, step, status }) => ({ ruleId, step, status })),
        full.coverage.map(({ ruleId, step, status }) => ({ ruleId, step, status })),
        where,
      );
      covered += quick.coverage.filter((entry) => entry.status === 'covered').length;
    }
  }
  // Not a comparison of two empty lists.
  assert.ok(covered > 300, `only ${covered} covered entries`);
});
