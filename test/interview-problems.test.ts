// The interview problem bank: enough classic prompts, each well formed, and
// its problem-specific rules wired both ways (the bank lists the rule, the
// rule's metadata lists the problem), so that a doc naming the problem gets
// exactly that problem's rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRule, ALL_RULES } from '../rules/index.js';
import { applyLayer, defaultConfig, presetConfig } from '../server/config/presets.js';
import { lint } from '../server/linter.js';
import { SYSTEM_TYPES } from '../server/engine/types.js';
import { findProblem, PROBLEMS } from '../server/interview/problems.js';

const interview = () => applyLayer(defaultConfig(), presetConfig('mldl:interview'));

test('the bank has at least 12 problems with unique kebab-case ids and prompts', () => {
  assert.ok(PROBLEMS.length >= 12, `only ${PROBLEMS.length} problems`);
  const ids = PROBLEMS.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate problem ids');
  for (const problem of PROBLEMS) {
    assert.match(problem.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, problem.id);
    assert.ok(problem.prompt.length > 20 && !problem.prompt.includes('\n'), `${problem.id}: prompt must be one line`);
    assert.ok((SYSTEM_TYPES as readonly string[]).includes(problem.system), `${problem.id}: system "${problem.system}"`);
  }
});

test('every problem names existing rules: at least one problem-specific rule and some catalog key rules', () => {
  for (const problem of PROBLEMS) {
    assert.ok(problem.problemRules.length >= 1, `${problem.id}: no problem-specific rule`);
    assert.ok(problem.keyRules.length >= 1, `${problem.id}: no key rules`);
    for (const id of problem.problemRules) {
      const rule = findRule(id);
      assert.ok(rule, `${problem.id}: unknown rule ${id}`);
      assert.equal(rule.meta.appliesTo, 'problem', `${problem.id}: ${id} is not a problem-specific rule`);
      assert.ok(rule.meta.problems?.includes(problem.id), `${id}: meta.problems must list ${problem.id}`);
    }
    for (const id of problem.keyRules) {
      const rule = findRule(id);
      assert.ok(rule, `${problem.id}: unknown key rule ${id}`);
      assert.notEqual(rule.meta.appliesTo, 'problem', `${problem.id}: key rule ${id} must be a catalog rule`);
    }
  }
  assert.ok(PROBLEMS.filter((p) => p.problemRules.length >= 2).length >= 4, 'at least four problems need two problem-specific rules');
});

test('every problem-specific rule belongs to problems that list it', () => {
  for (const rule of ALL_RULES.filter((r) => r.meta.appliesTo === 'problem')) {
    assert.ok((rule.meta.problems ?? []).length > 0, `${rule.meta.id}: meta.problems is empty`);
    for (const id of rule.meta.problems ?? []) {
      assert.ok(findProblem(id)?.problemRules.includes(rule.meta.id), `${rule.meta.id}: problem ${id} does not list it`);
    }
  }
});

test('a problem\'s rules apply only to a doc that names the problem, and only under the interview preset', () => {
  const body = '# Payment fraud\n\n## Data\n\nLabels come from chargebacks reported by the card networks.\n';
  const fraud = `---\nproblem: payment-fraud-detection\n---\n${body}`;
  const statusOf = (text: string, id: string, config = interview()) => lint(text, { force: true, config }).coverage.find((c) => c.ruleId === id)?.status;
  assert.equal(statusOf(fraud, 'label-delay'), 'missing');
  assert.equal(statusOf(fraud, 'adversarial-drift'), 'missing');
  assert.equal(statusOf(fraud, 'calibration'), 'not-applicable', 'an ads rule must not apply to fraud');
  assert.equal(statusOf(body, 'label-delay'), 'not-applicable', 'no problem named: no problem rule');
  assert.equal(statusOf(fraud, 'label-delay', defaultConfig()), 'off', 'mldl:recommended leaves problem rules off');
  const firing = lint(fraud, { force: true, config: interview() }).findings.map((f) => f.ruleId);
  assert.ok(firing.includes('label-delay') && firing.includes('adversarial-drift'));
  assert.ok(!lint(fraud, { force: true }).findings.some((f) => f.ruleId === 'label-delay'));
  // The `problem` option (mldl scorecard --problem) wins over the front matter.
  const asAds = lint(fraud, { force: true, config: interview(), problem: 'ad-click-prediction' }).coverage;
  assert.equal(asAds.find((c) => c.ruleId === 'calibration')?.status, 'missing');
  assert.equal(asAds.find((c) => c.ruleId === 'adversarial-drift')?.status, 'not-applicable');
});
