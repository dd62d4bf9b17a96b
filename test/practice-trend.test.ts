// Earlier attempts per problem for the scorecard trend
// (client/src/practice/trend-store.ts) over an in-memory Memento.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTEMPTS_KEY, AttemptStore, MAX_ATTEMPTS_PER_PROBLEM, attemptDate, type KeyValueStore } from '../client/src/practice/trend-store.js';
import { buildScorecard } from '../server/interview/scorecard.js';
import { lint } from '../server/linter.js';

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    // A Memento hands out copies: a store that mutated what it read would pass here and fail in VS Code.
    const value = this.data.get(key);
    return value === undefined ? undefined : (structuredClone(value) as T);
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, structuredClone(value));
  }
}

test('attempts are kept per problem, oldest first', async () => {
  const store = new AttemptStore(new MemoryStore());
  assert.deepEqual(store.attempts('eta-prediction'), []);
  await store.record('eta-prediction', { date: '2026-11-21 10:00', score: 40 });
  await store.record('visual-search', { date: '2026-11-20 09:00', score: 70 });
  await store.record('eta-prediction', { date: '2026-11-19 10:00', score: 20 });
  assert.deepEqual(store.attempts('eta-prediction'), [
    { date: '2026-11-19 10:00', score: 20 },
    { date: '2026-11-21 10:00', score: 40 },
  ]);
  assert.deepEqual(store.attempts('visual-search'), [{ date: '2026-11-20 09:00', score: 70 }]);
});

test('only the latest attempts are kept', async () => {
  const store = new AttemptStore(new MemoryStore());
  for (let i = 0; i < MAX_ATTEMPTS_PER_PROBLEM + 5; i++) {
    await store.record('search-ranking', { date: `2026-01-01 00:${String(i).padStart(2, '0')}`, score: i });
  }
  const kept = store.attempts('search-ranking');
  assert.equal(kept.length, MAX_ATTEMPTS_PER_PROBLEM);
  assert.equal(kept[0].score, 5, 'the five oldest were dropped');
});

test('malformed stored data is ignored, not trusted', async () => {
  const memory = new MemoryStore();
  await memory.update(ATTEMPTS_KEY, { 'eta-prediction': [{ date: 1, score: 'x' }, { date: '2026-01-01', score: 10 }, null], __proto__x: 'nope', other: 'no' });
  const store = new AttemptStore(memory);
  assert.deepEqual(store.attempts('eta-prediction'), [{ date: '2026-01-01', score: 10 }]);
  assert.deepEqual(store.attempts('__proto__'), []);
  assert.deepEqual(store.attempts('toString'), []);
  await memory.update(ATTEMPTS_KEY, 'garbage');
  assert.deepEqual(store.attempts('eta-prediction'), []);
  await store.record('eta-prediction', { date: '2026-01-02', score: 12 });
  assert.deepEqual(store.attempts('eta-prediction'), [{ date: '2026-01-02', score: 12 }]);
});

test('clear forgets every attempt', async () => {
  const memory = new MemoryStore();
  const store = new AttemptStore(memory);
  await store.record('eta-prediction', { date: '2026-01-02', score: 12 });
  await store.clear();
  assert.equal(memory.data.has(ATTEMPTS_KEY), false);
});

test('attempt dates sort as text and feed the scorecard trend', async () => {
  assert.equal(attemptDate(new Date(Date.UTC(2026, 10, 21, 20, 5, 59))), '2026-11-21 20:05');
  const store = new AttemptStore(new MemoryStore());
  await store.record('eta-prediction', { date: '2026-11-20 08:00', score: 30 });
  const result = lint('---\nproblem: eta-prediction\nmldl: true\n---\n# ETA\n\n## Requirements\n', {});
  const card = buildScorecard(result, { attempts: store.attempts('eta-prediction'), date: '2026-11-21 09:00' });
  assert.deepEqual(card.trend?.attempts.map((a) => a.date), ['2026-11-20 08:00', '2026-11-21 09:00']);
  assert.equal(card.trend?.change, card.score - 30);
});
