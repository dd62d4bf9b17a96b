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

let hanSegmenter: Intl.Segmenter | undefined;

/**
 * The words of `text`; `norm` is its normalised form (normalize.ts), which a
 * unit has already made: a word's form is its slice of it, since normalising
 * maps each character on its own.
 */
export function tokenize(text: string, norm: string = normalize(text)): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const script = scriptOfChar(m[0]);
    if (script === 'han') {
      hanSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      for (const piece of hanSegmenter.segment(m[0])) {
        const start = m.index + piece.index;
        tokens.push({ word: piece.segment, stem: piece.segment, start, end: start + piece.segment.length, script });
      }
      continue;
    }
    const end = m.index + m[0].length;
    // The possessive "'s" is dropped ("’" is "'" once normalised).
    const possessive = end - m.index > 2 && norm.charCodeAt(end - 1) === 0x73 && norm.charCodeAt(end - 2) === 0x27;
    const word = norm.slice(m.index, possessive ? end - 2 : end);
    const mixed = script === 'other' ? scriptOfChar(word[word.length - 1] ?? '') : script;
    tokens.push({ word, stem: stemWord(word, mixed), start: m.index, end, script: mixed });
  }
  return tokens;
}
