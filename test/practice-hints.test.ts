// Practice hints (client/src/practice/hints.ts) over real scorecards: the next
// missing step's guiding question first, never an answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hintsFor, nextHint } from '../client/src/practice/hints.js';
import { PROBLEM_RULE_QUESTIONS, STEP_QUESTIONS } from '../server/interview/guiding-questions.js';
import { scoreAnswer } from '../server/interview/score-answer.js';
import { ALL_RULES } from '../rules/index.js';
import { STEPS } from '../server/engine/types.js';
import { FRAUD_FRAMING, FRAUD_REQUIREMENTS, fraudAnswer } from './fraud-answer.js';

const questions = { steps: { ...STEP_QUESTIONS }, problemRules: { ...PROBLEM_RULE_QUESTIONS } };

const ANSWER = fraudAnswer('problem: payment-fraud-detection\nmldl: true\n', 'Payment fraud detection', FRAUD_REQUIREMENTS, FRAUD_FRAMING);

function card(text: string) {
  const scored = scoreAnswer(text);
  assert.ok(scored.ok);
  return scored.ok ? scored.scorecard : (undefined as never);
}

test('every step and every problem-specific rule has a guiding question', () => {
  for (const step of STEPS) assert.ok(STEP_QUESTIONS[step]?.endsWith('?'), step);
  const problemRules = ALL_RULES.filter((r) => r.meta.appliesTo === 'problem').map((r) => r.meta.id).sort();
  assert.deepEqual(Object.keys(PROBLEM_RULE_QUESTIONS).sort(), problemRules);
  for (const q of Object.values(PROBLEM_RULE_QUESTIONS)) assert.ok(q.endsWith('?'), q);
});

test('a guiding question gives no answer away: no rule id or rule description words', () => {
  const ids = ALL_RULES.map((r) => r.meta.id);
  const giveaways = /\b(a\/b test|baseline|nDCG|AUC|precision|recall|calibrat|FAISS|HNSW|quantile|chargeback|maturation|exploration|propensit|leakage|drift|shadow|canary|feature store)\b/i;
  for (const q of [...Object.values(STEP_QUESTIONS), ...Object.values(PROBLEM_RULE_QUESTIONS)]) {
    for (const id of ids) assert.ok(!q.includes(id), `"${q}" names rule ${id}`);
    assert.doesNotMatch(q, giveaways);
  }
});

test('the first hint is the guiding question of the first step with something missing', () => {
  const scorecard = card(ANSWER);
  const firstMissing = scorecard.steps.find((s) => s.missing.length > 0)!;
  const hint = nextHint(scorecard, questions, new Set());
  assert.ok(hint);
  assert.equal(hint.step, firstMissing.step);
  assert.equal(hint.question, STEP_QUESTIONS[firstMissing.step as keyof typeof STEP_QUESTIONS]);
});

test('hints are revealed one at a time, problem-specific questions after their step, then none', () => {
  const scorecard = card(ANSWER);
  const all = hintsFor(scorecard, questions);
  const revealed = new Set<string>();
  const seen: string[] = [];
  for (let hint = nextHint(scorecard, questions, revealed); hint; hint = nextHint(scorecard, questions, revealed)) {
    seen.push(hint.id);
    revealed.add(hint.id);
  }
  assert.deepEqual(seen, all.map((h) => h.id));
  assert.equal(new Set(seen).size, seen.length, 'no hint twice');
  // Fraud's own points (label delay in Data, adversarial drift in Monitoring) come right after their step.
  assert.ok(seen.indexOf('rule:label-delay') === seen.indexOf('step:data') + 1, seen.join(' '));
  assert.ok(seen.indexOf('rule:adversarial-drift') > seen.indexOf('step:monitoring'), seen.join(' '));
  // Steps only appear while something in them is missing; framework order.
  const stepOrder = seen.filter((id) => id.startsWith('step:')).map((id) => id.slice(5));
  assert.deepEqual(stepOrder, STEPS.filter((s) => stepOrder.includes(s)));
});

test('no hint for a step that is fully covered', () => {
  const scorecard = card(ANSWER);
  const covered = scorecard.steps.filter((s) => s.missing.length === 0).map((s) => `step:${s.step}`);
  const ids = hintsFor(scorecard, questions).map((h) => h.id);
  for (const id of covered) assert.ok(!ids.includes(id), id);
  const none = hintsFor({ steps: scorecard.steps.map((s) => ({ ...s, missing: [] })) }, questions);
  assert.deepEqual(none, []);
});
