// Findings of the engine itself (kind 'engine') about the document's own lint settings: they
// are never silently ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';
import { definePassageRule, type Rule } from '../server/engine/rule-api.js';
import { ALL_RULES } from '../rules/index.js';

test('a directive naming an unknown rule is reported where the comment is', () => {
  const text = '# Design\n\nSome text.\n\n<!-- mldl-disable cold-strat, placeholder-text -->\nTODO\n';
  const result = lint(text, { force: true });
  const found = result.findings.filter((f) => f.ruleId === 'directive');
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, 5);
  assert.match(found[0].message, /Unknown rule "cold-strat"/);
  // The known id in the same comment still works.
  assert.equal(result.findings.filter((f) => f.ruleId === 'placeholder-text').length, 0);
});

test('front matter keys that only a config file can set are reported, not ignored', () => {
  const text = '---\nmldl: {detect: always, include: ["*.md"], rules: {cold-start: off}}\n---\n# Design\n';
  const result = lint(text, { force: true });
  const messages = result.findings.filter((f) => f.ruleId === 'front-matter').map((f) => f.message);
  assert.equal(messages.length, 2, messages.join('\n'));
  assert.ok(messages.some((m) => m.includes('"mldl.detect"')));
  assert.ok(messages.some((m) => m.includes('"mldl.include"')));
  assert.ok(result.findings.every((f) => f.ruleId !== 'cold-start'), 'rules in front matter still apply');
});

test('front matter mistakes are reported at the faulty key or value, with the nearest valid value', () => {
  const text = [
    '---',
    'system: recomendation',
    'mldl:',
    '  sytem: ranking',
    '  rules:',
    '    cold-strat: off',
    '    baseline-model: warn',
    '  include: [x]',
    '---',
    '# Design',
    '',
  ].join('\n');
  const found = lint(text, { force: true })
    .findings.filter((f) => f.ruleId === 'front-matter')
    .map((f) => [f.range.start.line, f.range.start.column, text.split('\n')[f.range.start.line - 1].slice(f.range.start.column - 1), f.message.match(/Did you mean "[^"]+"/)?.[0]]);
  // Each range starts on what is wrong (the `mldl:` key was used for all).
  assert.deepEqual(found, [
    [2, 9, 'recomendation', 'Did you mean "recommendation"'],
    [4, 3, 'sytem: ranking', 'Did you mean "system"'],
    [6, 5, 'cold-strat: off', 'Did you mean "cold-start"'],
    [7, 21, 'warn', 'Did you mean "warning"'],
    [8, 3, 'include: [x]', undefined],
  ]);
});

test('a rule that throws is reported once as internal-error and the other rules still run', () => {
  const broken: Rule = definePassageRule({
    meta: { id: 'broken-rule', step: 'any', severity: 'warning', appliesTo: 'always', description: 'always throws' },
    checkUnit: () => {
      throw new Error('boom');
    },
  });
  const rules = [broken, ...ALL_RULES];
  const result = lint('# Design\n\nTODO\n', { force: true, rules });
  const internal = result.findings.filter((f) => f.ruleId === 'internal-error');
  assert.equal(internal.length, 1);
  assert.match(internal[0].message, /"broken-rule" failed .*boom/);
  assert.ok(result.findings.some((f) => f.ruleId === 'placeholder-text'), 'the other rules ran');
});

test('a time budget stops the run and says so', () => {
  const slow: Rule = definePassageRule({
    meta: { id: 'slow-rule', step: 'any', severity: 'info', appliesTo: 'always', description: 'takes its time' },
    prepare: () => {
      const until = performance.now() + 30;
      while (performance.now() < until);
      return null;
    },
    checkUnit: () => [],
  });
  const result = lint('# Design\n', { force: true, rules: [slow, ...ALL_RULES], timeBudgetMs: 10 });
  const stopped = result.findings.filter((f) => f.ruleId === 'internal-error');
  assert.equal(stopped.length, 1);
  assert.match(stopped[0].message, new RegExp(`stopped after 10 ms: ${ALL_RULES.length} rules did not run`));
});

test('a misspelt interview problem in front matter is reported, not silently ignored', () => {
  const result = lint('---\nproblem: payment-frud\n---\n# Fraud\n', { force: true });
  const problem = result.findings.find((f) => f.ruleId === 'front-matter');
  assert.ok(problem, 'front-matter problem reported');
  assert.equal(problem.range.start.line, 2);
  assert.match(problem.message, /unknown interview problem "payment-frud".*payment-fraud-detection/);
  const known = lint('---\nproblem: payment-fraud-detection\n---\n# Fraud\n', { force: true });
  assert.equal(known.findings.filter((f) => f.ruleId === 'front-matter').length, 0);
});
