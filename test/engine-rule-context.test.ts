// A rule may read another document rule's decision (RuleContext.decisionOf):
// which of the other concept's combinations settle it, decided once per lint
// whatever that rule's severity, and without looping when two rules read
// each other. The documents are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';
import { ALL_RULES } from '../rules/index.js';
import { defaultConfig } from '../server/config/presets.js';
import { defineDocumentRule, definePassageRule, type RuleDecision, type Rule } from '../server/engine/rule-api.js';

const FIX = { title: 'Add it', snippet: 'it' };
const meta = (id: string) => ({ id, step: 'any' as const, severity: 'info' as const, appliesTo: 'always' as const, description: id });

/** A passage rule that records what data-leakage's decision said. */
function spy(seen: Array<RuleDecision | undefined>, ruleId = 'data-leakage'): Rule {
  return definePassageRule({
    meta: meta('spy'),
    prepare: ({ decisionOf }) => {
      seen.push(decisionOf(ruleId));
      return null;
    },
    checkUnit: () => [],
  });
}

test("data-leakage's decision names the combination that settles it", () => {
  const seen: Array<RuleDecision | undefined> = [];
  lint('# Churn\n\n## Data\n\nWe use a time-based split: train on January to September, test on October.\n', { force: true, rules: [spy(seen), ...ALL_RULES] });
  assert.ok(seen[0]?.evidence, 'settled');
  assert.ok(seen[0].settledBy?.some((parts) => parts.includes('timeSplit')), JSON.stringify(seen[0].settledBy));
});

test('a guard against leakage settles it by another combination, not by a time split', () => {
  const seen: Array<RuleDecision | undefined> = [];
  lint('# Churn\n\n## Data\n\nEvery feature is computed as of the prediction time, so no future information reaches training.\n', { force: true, rules: [spy(seen), ...ALL_RULES] });
  assert.ok(seen[0]?.evidence, 'settled');
  assert.ok(!seen[0].settledBy?.some((parts) => parts.includes('timeSplit')), JSON.stringify(seen[0].settledBy));
});

test('the decision is there when the rule is switched off, and missing when the doc lacks it', () => {
  const config = defaultConfig();
  config.rules['data-leakage'] = { severity: 'off', options: {} };
  const settled: Array<RuleDecision | undefined> = [];
  lint('# Churn\n\n## Data\n\nWe split by time: the last month is the test set.\n', { force: true, config, rules: [spy(settled), ...ALL_RULES] });
  assert.ok(settled[0]?.evidence);
  const missing: Array<RuleDecision | undefined> = [];
  lint('# Churn\n\n## Data\n\nWe collect churn events from billing.\n', { force: true, rules: [spy(missing), ...ALL_RULES] });
  assert.equal(missing[0]?.evidence, undefined);
  assert.deepEqual(missing[0]?.settledBy, []);
});

test('an unknown rule id gives no decision', () => {
  const seen: Array<RuleDecision | undefined> = [];
  lint('# Churn\n', { force: true, rules: [spy(seen, 'no-such-rule'), ...ALL_RULES] });
  assert.deepEqual(seen, [undefined]);
});

test('two rules reading each other do not loop', () => {
  const calls: string[] = [];
  const reader = (id: string, other: string): Rule =>
    defineDocumentRule({
      meta: meta(id),
      message: `${id} missing`,
      fix: FIX,
      decide: ({ decisionOf }) => {
        calls.push(id);
        return { evidence: decisionOf(other)?.evidence };
      },
    });
  const result = lint('# Doc\n', { force: true, rules: [reader('rule-a', 'rule-b'), reader('rule-b', 'rule-a')] });
  assert.deepEqual(result.findings.map((f) => f.ruleId).sort(), ['rule-a', 'rule-b']);
  assert.deepEqual(calls, ['rule-a', 'rule-b'], 'each decided once');
});
