// A list that outlines the framework ("Framework I want to follow: 1. Clarify
// requirements … 7. Monitoring: drift, retraining") names topics a design
// covers; it settles none of them. The texts are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFrameworkOutline } from '../server/engine/outline.js';
import { lint } from '../server/linter.js';

const STEPS_EN = [
  'Clarify requirements (business goal, scale, latency)',
  'Frame the ML problem',
  'Data and features',
  'Model (baseline first!)',
  'Evaluation: offline + online, A/B test',
  'Serving',
  'Monitoring: drift, retraining',
];

test('an outline: a lead-in that calls it one, and short items naming four or more steps', () => {
  assert.equal(isFrameworkOutline('Framework I want to follow in the interview:', STEPS_EN), true);
  assert.equal(isFrameworkOutline('План ответа:', ['Требования и бизнес-метрики', 'Постановка ML-задачи', 'Данные и признаки', 'Модель и бейзлайн', 'Оценка: офлайн и A/B-тест', 'Мониторинг дрейфа']), true);
  assert.equal(isFrameworkOutline('答题框架：', ['需求澄清', '问题建模', '数据与特征', '模型与基线', '离线评估与AB实验', '上线与监控']), true);
});

test('not an outline: no lead-in, a lead-in of another kind, too few steps, or items that say something', () => {
  assert.equal(isFrameworkOutline(undefined, STEPS_EN), false);
  assert.equal(isFrameworkOutline('Design summary:', STEPS_EN), false);
  assert.equal(isFrameworkOutline('Framework:', ['Data and features', 'Model (baseline first!)', 'Serving']), false);
  assert.equal(
    isFrameworkOutline('Framework of the answer:', [
      'Requirements: 20M daily users, p99 under 150 ms for the whole notification decision path',
      'Data: push sends, opens and unsubscribes from the event log, joined daily in the warehouse',
      'Model: LightGBM on 60 features because it is fast and easy to explain to the product team',
      'Evaluation: AUC offline, then a two-week A/B test on open rate with unsubscribes as a guardrail',
      'Monitoring: PSI of the top features every day, alert above 0.2',
    ]),
    false,
  );
});

test("an outline's items settle nothing; the same items as a design's own terse notes do", () => {
  const outline = ['# Notification ranking — interview prep', '', 'Framework I want to follow:', '', ...STEPS_EN.map((s, i) => `${i + 1}. ${s}`), ''].join('\n');
  const covered = (text: string): string[] => lint(text, { force: true }).coverage.filter((c) => c.status === 'covered').map((c) => c.ruleId);
  assert.deepEqual(covered(outline), []);
  const notes = ['# Notification ranking — interview prep', '', 'Evaluation: offline + online, A/B test', '', '- Baseline model: rank notifications by their open rate last week.', ''].join('\n');
  assert.ok(covered(notes).includes('baseline-model'), 'a real statement outside an outline still counts');
});
