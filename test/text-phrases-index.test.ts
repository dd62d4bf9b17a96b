// The global index of cue phrases (server/engine/text/phrases.ts) only saves
// work: every set's matches on a unit must be exactly what a scan of every
// token finds (`matchesByScan`), for every kind of first part (a word, a
// stem, a prefix, an exact spelling, a number, a Han literal) and of second
// part (the same kinds, right after the first or after a gap), for
// sets that share first words, and for a set compiled after a unit was
// indexed. Random texts from the sets' own words, with a fixed seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseSet } from '../server/engine/text/phrases.js';
import { UnitText } from '../server/engine/text/unit-text.js';

const RUNS = Number(process.env.MLDL_FUZZ_RUNS ?? 300);
const SEED = process.env.MLDL_FUZZ_SEED === undefined ? 20261205 : Number(process.env.MLDL_FUZZ_SEED);

// Phrases of every syntax, sharing first words across sets on purpose.
const PHRASE_LISTS: string[][] = [
  ['baseline', 'base model', 'simple … baseline', '{popularity|heuristic} baseline', '!MAP', 'model*'],
  ['model retrain*', 'retrain* {weekly|daily}', '# times per day', 'every # {hours|days}', '=possibly'],
  ['cold start*', 'new users', 'новые пользователи', 'холодный старт', '冷启动', '新用户…推荐'],
  ['a b test*', 'a/b-testing', 'split … by time', 'random split', 'не … случайн*', 'ten thousand'],
  ['user\'s history', 'users', '!AUC', 'auc', 'precision at #', '离线…评估', '在线'],
  ['mean !AP', 'very =possibly', 'the … # days', 'cold … start*', 'new … !MAP', '# … =users', 'a … simple model'],
  // Many entries after the same two words, sharing their later words (findHits remembers a later word's miss at a token).
  ['a b test* … vs', 'a b test* … versus', 'a b … current model', 'a b … current system', 'a b test*', '# # by user', '# # per user', '# # by day'],
];
// Words the texts are made of: the sets' words in other forms, and some others.
const WORDS = [
  'baseline', 'Baselines', 'base', 'model', 'models', 'modelling', 'MAP', 'map', 'simple', 'a', 'very', 'popularity', 'heuristic',
  'retrain', 'retrained', 'retraining', 'weekly', 'daily', '3', 'ten', 'thousand', 'times', 'per', 'day', 'every', 'hours', 'days',
  'possibly', 'possible', 'cold', 'start', 'starts', 'new', 'users', "user's", 'history', 'A/B', 'test', 'testing', 'split', 'by',
  'time', 'random', 'AUC', 'auc', 'precision', 'at', '10', 'новые', 'пользователи', 'холодный', 'старт', 'не', 'случайно',
  '冷启动', '新用户', '推荐', '离线', '评估', '在线', '模型', 'mean', 'AP', 'ap', 'the', 'and', ',', '.', '-',
  'vs', 'versus', 'current', 'system', 'user', ';',
];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).chain((words) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n', '/'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);

const same = (set: PhraseSet, reading: UnitText): void => {
  // The shortcut that skips a unit for a group of sets must say "no match" only when there is none.
  // (It may say "maybe" for a Han literal whose first character is there but not the rest.)
  if (set.matchesByScan(reading.text, reading.norm, reading.tokens).length > 0) assert.ok(PhraseSet.anyMatches([set], reading.text, reading.norm, reading.tokens), `anyMatches on ${JSON.stringify(reading.text)}`);
  assert.deepEqual(set.matches(reading.text, reading.norm, reading.tokens), set.matchesByScan(reading.text, reading.norm, reading.tokens), `${JSON.stringify(reading.text)} with ${JSON.stringify(set.phrases)}`);
};

test('phrase index: every set finds what a scan of every token finds', () => {
  const sets = PHRASE_LISTS.map((phrases) => new PhraseSet(phrases));
  fc.assert(
    fc.property(text, (value) => {
      const reading = new UnitText(value);
      for (const set of sets) same(set, reading);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test('phrase index: a set compiled after a unit was indexed finds its matches there too', () => {
  const first = new PhraseSet(PHRASE_LISTS[0]);
  let made = 0;
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: PHRASE_LISTS.length - 1 }), (value, which) => {
      const reading = new UnitText(value);
      same(first, reading);
      // Made now: after the unit's index, which must grow to include it. A phrase of its own
      // each time, so that it is a new set, not one with an earlier set's phrases (which reads that one's entries).
      const later = new PhraseSet([...PHRASE_LISTS[which], `later${made++}`]);
      same(later, reading);
      same(first, reading);
    }),
    { numRuns: Math.ceil(RUNS / 3), seed: SEED },
  );
});

test('phrase index: a phrase another set already has is matched once and found for both, also when compiled after the unit was indexed', () => {
  const reading = new UnitText('A simple popularity baseline, retrained weekly; the baseline model is retrained every 3 days.');
  const earlier = new PhraseSet(['popularity baseline', 'retrain* … # days', 'baseline model*']);
  same(earlier, reading);
  // Its phrases are copies of the earlier set's entries (phrases.ts `copies`): only the earlier ones are tried.
  const later = new PhraseSet(['baseline model*', 'retrain* … # days', 'popularity baseline', 'weekly']);
  same(later, reading);
  same(earlier, reading);
  assert.deepEqual(
    later.matches(reading.text, reading.norm, reading.tokens).map((m) => [reading.text.slice(m.start, m.end), m.phrase]),
    [['popularity baseline', 2], ['weekly', 3], ['baseline model', 0], ['retrained every 3 days', 1]],
  );
});

test('phrase index: a set with the same phrases as an earlier one reads its entries and finds the same; one that differs does not', () => {
  const reading = new UnitText('A simple popularity baseline, retrained weekly; the baseline model is retrained every 3 days. Новые пользователи, 冷启动.');
  const phrases = ['baseline model*', 'retrain* … # days', 'popularity baseline', 'новые пользователи', '冷启动', 'weekly'];
  const earlier = new PhraseSet(phrases);
  same(earlier, reading);
  // The same phrases, made after the unit was indexed, from another array.
  const again = new PhraseSet([...phrases]);
  same(again, reading);
  assert.deepEqual(again.matches(reading.text, reading.norm, reading.tokens), earlier.matches(reading.text, reading.norm, reading.tokens));
  assert.equal(again.matches(reading.text, reading.norm, reading.tokens).length, 6);
  // The same first phrase and size, another last phrase: a set of its own.
  const other = new PhraseSet([...phrases.slice(0, -1), 'daily']);
  same(other, reading);
  assert.equal(other.matches(reading.text, reading.norm, reading.tokens).length, 5);
  // The same phrases in another order: its own phrase indices.
  const reordered = new PhraseSet([...phrases].reverse());
  same(reordered, reading);
  assert.deepEqual(
    reordered.matches(reading.text, reading.norm, reading.tokens).map((m) => m.phrase).sort(),
    earlier.matches(reading.text, reading.norm, reading.tokens).map((m) => phrases.length - 1 - m.phrase).sort(),
  );
});

test('phrase index: known matches, so the comparison above is not of two empty lists', () => {
  const set = new PhraseSet(PHRASE_LISTS[1]);
  const reading = new UnitText('We retrain weekly: the model retrained 3 times per day, possibly.');
  const found = set.matches(reading.text, reading.norm, reading.tokens).map((m) => reading.text.slice(m.start, m.end));
  assert.deepEqual(found, ['retrain weekly', 'model retrained', '3 times per day', 'possibly']);
  // A gap lets up to five words stand between; the sixth is one too many.
  const gapped = new PhraseSet(PHRASE_LISTS[5]);
  const near = new UnitText('the pipeline runs again in about 7 days');
  assert.deepEqual(gapped.matches(near.text, near.norm, near.tokens).map((m) => near.text.slice(m.start, m.end)), ['the pipeline runs again in about 7 days']);
  const far = new UnitText('the pipeline runs again in about every 7 days');
  assert.deepEqual(gapped.matches(far.text, far.norm, far.tokens), []);
  const zh = new PhraseSet(PHRASE_LISTS[2]);
  const zhReading = new UnitText('冷启动时给新用户做热门推荐');
  assert.deepEqual(
    zh.matches(zhReading.text, zhReading.norm, zhReading.tokens).map((m) => zhReading.text.slice(m.start, m.end)),
    ['冷启动', '新用户做热门推荐'],
  );
});

test('phrase index: a word read before any phrase could start with it is read again once one can', () => {
  // A token's keys are kept by word, filtered to the keys some phrase has: a set
  // compiled later that brings a new key must make the words read again.
  const before = new PhraseSet(['zyxwvut start*']);
  const early = new UnitText('quokkas and quolls quarrel');
  assert.deepEqual(before.matches(early.text, early.norm, early.tokens), []);
  const later = new PhraseSet(['quokka', 'quol*', 'qua* … quarrel*']);
  const reading = new UnitText('quokkas and quolls quarrel');
  const found = later.matches(reading.text, reading.norm, reading.tokens).map((m) => reading.text.slice(m.start, m.end));
  assert.deepEqual(found, ['quokkas', 'quolls']);
  same(later, reading);
});

test('phrase index: a later word missed at one place is still looked for at the next, and in the next unit', () => {
  // "current" misses after the first "a b" (a semicolon stands between); the same entries tried after the second
  // "a b", and in another unit at the same token, must look again.
  const set = new PhraseSet(PHRASE_LISTS[6]);
  const reading = new UnitText('a b; current model a b and the current model');
  assert.deepEqual(set.matches(reading.text, reading.norm, reading.tokens).map((m) => reading.text.slice(m.start, m.end)), ['a b and the current model']);
  same(set, reading);
  const next = new UnitText('a b the current system, 3 4 per user');
  assert.deepEqual(set.matches(next.text, next.norm, next.tokens).map((m) => next.text.slice(m.start, m.end)), ['a b the current system', '3 4 per user']);
  same(set, next);
});
