// Configuration is data: nothing in a config file, front matter or document
// is ever evaluated, and keys that look like code are reported, not obeyed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeProject, removeProject, runCli, OPTED_IN_DOC } from './cli-harness.js';
import { lint } from '../server/linter.js';

test('__proto__ and constructor keys in .mldlrc.json are reported with file and key and pollute nothing', (t) => {
  const cwd = makeProject({
    '.mldlrc.json': '{ "__proto__": { "polluted": true }, "rules": { "constructor": "off" } }',
    'design.md': OPTED_IN_DOC,
  });
  t.after(() => removeProject(cwd));
  const run = runCli(['design.md'], { cwd });
  assert.equal(run.code, 2, run.stdout + run.stderr);
  assert.match(run.stderr, /\.mldlrc\.json/);
  assert.match(run.stderr, /constructor/);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('a YAML config with a !!js/function tag is not executed', (t) => {
  const sentinel = path.join(makeProject({}), 'executed');
  const cwd = makeProject({
    '.mldlrc.yaml': `rules:\n  cold-start: !!js/function "function () { require('fs').writeFileSync('${sentinel}', 'x') }"\n`,
    'design.md': OPTED_IN_DOC,
  });
  t.after(() => removeProject(cwd));
  const run = runCli(['design.md'], { cwd });
  assert.equal(run.code, 2, `a bad rule value is a config error:\n${run.stdout}${run.stderr}`);
  assert.match(run.stderr, /\.mldlrc\.yaml/);
  assert.equal(fs.existsSync(sentinel), false, 'the tagged function must never run');
});

test('front matter that looks like code is data', () => {
  const result = lint('---\nmldl: { __proto__: { polluted: yes }, rules: { toString: off } }\nsystem: !!js/undefined\n---\n# Doc\n', { force: true });
  const faults = result.findings.filter((f) => f.ruleId === 'front-matter').map((f) => f.message);
  assert.ok(faults.length > 0, 'the odd keys are reported');
  assert.ok(faults.some((m) => /toString/.test(m)), faults.join('\n'));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
