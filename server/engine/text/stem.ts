// Stems per script: the Snowball stemmers for English and Russian (through
// @orama/stemmers, a maintained TypeScript port), so "retraining",
// "retrained" and "retrain" — or "модели", "модель", "моделью" — compare equal.
// Chinese has no inflection: a word is its own stem. Tokens with digits
// ("p99", "200ms") are compared as written.
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import type { Script } from './script.js';

const cache = new Map<string, string>();
const MAX_CACHE = 100_000;

const LATIN_WORD = /^[a-z]+$/;
const CYRILLIC_WORD = /^[а-яе]+$/;

/** The stem of a lower-case word of the given script. */
export function stemWord(word: string, script: Script): string {
  if (script !== 'latin' && script !== 'cyrillic') return word;
  let stem = cache.get(word);
  if (stem === undefined) {
    if (script === 'latin') stem = LATIN_WORD.test(word) && word.length > 2 ? englishStemmer(word) : word;
    else stem = CYRILLIC_WORD.test(word) && word.length > 2 ? russianStemmer(word) : word;
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
