// Time per step from edit timestamps (client/src/practice/time-accounting.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCountdown, IDLE_CAP_MS, OUTSIDE_STEPS, StepClock } from '../client/src/practice/time-accounting.js';

test('each edit credits the time since the previous edit to its own step', () => {
  const clock = new StepClock(0);
  clock.record('requirements', 30_000); // 30 s thinking and typing requirements
  clock.record('requirements', 40_000);
  clock.record('data', 100_000); // 60 s on data
  clock.record('requirements', 105_000); // back to requirements for 5 s
  assert.deepEqual(clock.secondsPerStep(), { requirements: 45, data: 60 });
});

test('a long pause counts only up to the idle cap', () => {
  const clock = new StepClock(1_000);
  clock.record('model', 1_000 + 10 * 60_000);
  assert.equal(clock.millis('model'), IDLE_CAP_MS);
  assert.equal(clock.secondsPerStep().model, IDLE_CAP_MS / 1000);
});

test('edits outside the steps are kept apart and not reported as a step', () => {
  const clock = new StepClock(0);
  clock.record(undefined, 5_000);
  clock.record('serving', 8_000);
  assert.equal(clock.millis(OUTSIDE_STEPS), 5_000);
  assert.deepEqual(clock.secondsPerStep(), { serving: 3 });
});

test('a clock going backwards credits nothing and does not rewind', () => {
  const clock = new StepClock(10_000);
  clock.record('data', 5_000);
  clock.record('data', 12_000);
  assert.equal(clock.millis('data'), 2_000);
});

test('several changes at the same instant credit the elapsed time once', () => {
  const clock = new StepClock(0);
  clock.record('evaluation', 20_000);
  clock.record('monitoring', 20_000);
  assert.deepEqual(clock.secondsPerStep(), { evaluation: 20, monitoring: 0 });
});

test('the countdown reads minutes:seconds, hours when needed, never negative', () => {
  assert.equal(formatCountdown(45 * 60_000), '45:00');
  assert.equal(formatCountdown(59_001), '1:00');
  assert.equal(formatCountdown(5_000), '0:05');
  assert.equal(formatCountdown(0), '0:00');
  assert.equal(formatCountdown(-3_000), '0:00');
  assert.equal(formatCountdown(65 * 60_000), '1:05:00');
});
