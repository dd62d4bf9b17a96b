// Words of a unit with their stems and exact offsets. Latin and Cyrillic words
// are runs of letters and digits (a Unicode-aware regular expression: fast,
// and "A/B" splits into "a" and "b" so "a b test" matches "A/B-testing");
// Chinese, written without spaces, is cut into words by Intl.Segmenter
// (ICU's dictionary), run only on the Han stretches of the text.
import { normalize } from './normalize.js';
import { scriptOfChar, type Script } from './script.js';
import { stemWord } from './stem.js';

export interface Token {
  /** Lower-cased surface form ("ё" as "е"). */
  word: string;
  /** Snowball stem for English and Russian words; the word itself otherwise. */
  stem: string;
  start: number;
  end: number;
  script: Script;
}

// `[^\P{L}\p{Script=Han}]` is a letter of any script but Han.
const WORD = /\p{Script=Han}+|(?:[^\P{L}\p{Script=Han}]|\p{N})+(?:['’][^\P{L}\p{Script=Han}]+)?/gu;
const POSSESSIVE = /['’]s$/;

let hanSegmenter: Intl.Segmenter | undefined;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const script = scriptOfChar(m[0]);
    if (script === 'han') {
      hanSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      for (const piece of hanSegmenter.segment(m[0])) {
        const start = m.index + piece.index;
        tokens.push({ word: piece.segment, stem: piece.segment, start, end: start + piece.segment.length, script });
      }
      continue;
    }
    const word = normalize(m[0]).replace(POSSESSIVE, '');
    const mixed = script === 'other' ? scriptOfChar(word[word.length - 1] ?? '') : script;
    tokens.push({ word, stem: stemWord(word, mixed), start: m.index, end: m.index + m[0].length, script: mixed });
  }
  return tokens;
}
