// Concept parts made of quantities (judge/concept.ts `quantity`): which of a
// unit's quantities a part takes — by dimension, bounds, counted noun and role.
// The sentences are written for these tests, not taken from any document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileConcept, type PartSpec } from '../server/engine/judge/concept.js';
import { findUnitHits } from '../server/engine/judge/hits.js';
import { UnitText } from '../server/engine/text/unit-text.js';

/** The words each quantity part takes in `text`. */
function taken(quantity: PartSpec['quantity'], text: string, exclude?: string[]): string[] {
  const concept = compileConcept(`test-${JSON.stringify(quantity)}`, {
    parts: { amount: { cues: {}, quantity } },
    settledBy: [{ parts: ['amount'], weight: 1 }],
    exclude: exclude ? { en: exclude } : undefined,
  });
  const hits = findUnitHits(concept, { kind: 'paragraph', words: new UnitText(text) });
  return (hits?.parts ?? []).map((h) => text.slice(h.start, h.end));
}

test('quantity: true takes every quantity but a model size and a rank cut-off', () => {
  assert.deepEqual(taken(true, 'We serve a 7B model. It ranks the top-10 results in 200 ms for 3 million users.'), ['200 ms', '3 million users']);
});

test('a dimension list takes only those dimensions', () => {
  assert.deepEqual(taken(['time'], 'p99 < 200 ms at 10k QPS'), ['< 200 ms']);
  assert.deepEqual(taken(['rate'], 'p99 < 200 ms at 10k QPS'), ['10k QPS']);
});

test('bounds apply to the normalised value (seconds for a time)', () => {
  assert.deepEqual(taken({ dimensions: ['time'], atMost: 3600 }, 'Answer within 2 seconds; retrain every 24 hours.'), ['within 2 seconds']);
  assert.deepEqual(taken({ dimensions: ['count'], atLeast: 100 }, 'The page shows 25 jobs out of 3 million jobs.'), ['3 million jobs']);
});

test('nouns: the counted thing must be one of the cues, in any of the three languages', () => {
  const users = { dimensions: ['count', 'rate'] as const, nouns: { en: ['user*', 'request*'], ru: ['пользовател*'], zh: ['用户'] } };
  assert.deepEqual(taken(users, 'We expect 300 million users and 1.2M training examples.'), ['300 million users']);
  assert.deepEqual(taken(users, 'Peak load is 1M requests/day.'), ['1M requests/day']);
  assert.deepEqual(taken(users, 'Около 1 млн пользователей в день.'), ['Около 1 млн пользователей в день']);
  assert.deepEqual(taken(users, '覆盖3亿用户。'), ['3亿用户']);
  assert.deepEqual(taken(users, 'Users: 10M.'), [], 'a number without a counted noun does not count');
});

test('unnamed: only a number with no counted noun, whose thing another part names', () => {
  assert.deepEqual(taken({ dimensions: ['count'], unnamed: true }, 'Users: 10M; 3,000 labelled photos.'), ['10M']);
});

test('perTime: only a rate over a period, not per thing', () => {
  assert.deepEqual(taken({ dimensions: ['rate'], perTime: true }, '1M requests/day, about 10 questions per repository.'), ['1M requests/day']);
});

test('roles: a model size counts only where the part asks for it', () => {
  assert.deepEqual(taken({ dimensions: ['count'], roles: ['model-size'] }, 'We fine-tune a 7B model.'), ['7B model']);
});

test('exclude covers the number with its noun', () => {
  assert.deepEqual(taken({ dimensions: ['count'] }, 'The dataset has 1.2M training examples.', ['training examples']), []);
});

test('a cue phrase never runs from one sentence into the next', () => {
  const concept = compileConcept('test-phrase-sentence-bound', {
    parts: { group: { cues: { en: ['metadata features'], zh: ['元数据…特征'] } } },
    settledBy: [{ parts: ['group'], weight: 1 }],
  });
  const found = (text: string): string[] =>
    (findUnitHits(concept, { kind: 'paragraph', words: new UnitText(text) })?.parts ?? []).map((h) => text.slice(h.start, h.end));
  assert.deepEqual(found('We will use message metadata. Features are to be decided.'), []);
  assert.deepEqual(found('The model reads metadata features of each message.'), ['metadata features']);
  assert.deepEqual(found('只用元数据。特征待定。'), []);
  assert.deepEqual(found('模型使用元数据特征。'), ['元数据特征']);
});
