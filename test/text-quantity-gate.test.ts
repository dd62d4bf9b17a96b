// The gate before the quantity recogniser (server/engine/text/quantity-gate.ts)
// only saves work: wherever the recogniser finds a quantity, the gate must
// have let the text through. Checked on random texts made of the lexicon's own
// words (number words, articles, units, comparators, Han numerals, glued and
// spaced), on every paragraph of the test fixtures and examples, and on near
// misses it must turn away (else it would save nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { mayHoldQuantity } from '../server/engine/text/quantity-gate.js';
import { findQuantities, readQuantities } from '../server/engine/text/quantities.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.MLDL_FUZZ_RUNS ?? 1000);
const SEED = process.env.MLDL_FUZZ_SEED === undefined ? 20261205 : Number(process.env.MLDL_FUZZ_SEED);

/** Whether the recogniser finds a quantity in `text`; fails if the gate turned that text away. */
const letThrough = (text: string): boolean => {
  const found = readQuantities(text);
  if (found.length > 0) assert.ok(mayHoldQuantity(text), `the gate turned away ${JSON.stringify(text)}, which holds ${JSON.stringify(found)}`);
  return found.length > 0;
};

// Words the recogniser reads, in every role, and words near them that it does not.
const WORDS = [
  'a', 'A', 'an', 'An', 'one', 'two', 'Twenty', 'half', 'quarter', 'few', 'several', 'couple', 'dozen', 'tens', 'hundreds', 'hundred', 'thousand', 'Thousands', 'million', 'bn',
  'once', 'twice', 'раз', 'дважды', 'несколько', 'два', 'пять', 'сотни', 'тыс', 'млн', 'один', 'полтора',
  'second', 'seconds', 'Second', 'sec', 'ms', 'minute', 'hour', 'day', 'days', 'week', 'year', 's', 'h', 'B', 'MB', 'GB', 'percent', 'pp', 'QPS', 'req/s', 'x', 'dollars',
  'секунду', 'секунды', 'мс', 'час', 'день', 'с', 'ч', 'руб', 'процентов',
  'within', 'under', 'about', 'over', 'at', 'least', 'most', 'up', 'to', 'of', 'per', 'every', 'from', 'between', 'and', 'or', 'less', 'more', 'не', 'более', 'в', 'до', 'от', 'около',
  'secondary', 'someone', 'phone', 'data', 'model', 'users', 'requests', 'latency', 'p', 'p99', 'top', 'median', 'the', 'ofms', 'aof',
  '一', '两', '三', '十', '百', '千', '万', '亿', '数', '几', '上', '近', '过', '第', '个', '秒', '毫秒', '天', '用户', '以内', '左右', '分', '之', '级', '模型',
  '5', '10', '0.5', '1,000', '３', '2024',
  '%', '$', '€', '×', '~', '<', '≤', '-', '–', '/', '.', ',', ':', '(', ')', '|', '²',
];
const GAPS = [' ', ' ', ' ', '', '', '-', '\n', '\u00a0', '  '];

// The lone article needs a comparator before it and a unit after it: a small alphabet meets that often.
const ARTICLE_WORDS = ['within', 'under', 'about', 'не более', 'a', 'an', 'A', 'of', 'second', 'hour', 'ms', 'секунду', '秒', '%', '$', 'secondary', 'users', '-', 'few', 'day'];

const textOf = (alphabet: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).chain((words) =>
    fc.array(fc.constantFrom(...GAPS), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
  );
const text = fc.oneof(textOf(WORDS), textOf(ARTICLE_WORDS));

test('quantity gate: lets through every random text the recogniser finds a quantity in', () => {
  fc.assert(
    fc.property(text, (value) => {
      letThrough(value);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return entry.name.endsWith('.md') ? [file] : [];
  });
}

test('quantity gate: lets through every paragraph of the fixtures and examples that holds a quantity', () => {
  let held = 0;
  for (const file of [...markdownFiles(path.join(ROOT, 'test-fixtures')), ...markdownFiles(path.join(ROOT, 'examples'))]) {
    const source = fs.readFileSync(file, 'utf8');
    for (const piece of source.split(/\n\s*\n/)) {
      if (letThrough(piece)) held++;
    }
  }
  assert.ok(held > 500, `expected the fixtures to hold quantities, found ${held}`);
});

test('quantity gate: the article counts only before a unit', () => {
  for (const pass of ['within a second', 'under an hour', 'в течение a day', 'a-minute window', 'about a %', 'within a  ms']) {
    assert.ok(mayHoldQuantity(pass), pass);
  }
  assert.deepEqual(findQuantities('Responses come within a second.').length, 1);
  for (const near of ['a secondary model', 'an hourly job', 'a\nsecond line', 'a model of users', 'data second', 'someone called']) {
    assert.equal(mayHoldQuantity(near), false, near);
  }
});

test('quantity gate: turns away text without digits, numerals or number words, and not one with them', () => {
  for (const plain of ['We rank candidates with a gradient-boosted model.', 'Модель обучается на истории пользователя.', '我们用模型对候选排序。', 'Oneness and phones', 'Done.']) {
    assert.equal(mayHoldQuantity(plain), false, plain);
  }
  for (const held of ['300 million DAU', '３ seconds', 'two hundred users', 'a few hours', 'twice a day', 'несколько тысяч', 'раз в день', '三百万用户', '数百万', 'Several thousand rows', 'ONE MILLION']) {
    assert.ok(mayHoldQuantity(held), held);
  }
});
