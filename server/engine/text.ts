// Word-level view of prose: tokens carry their stem (so "retraining",
// "retrained" and "retrain" match one term) and their position in the unit's
// plain text (so passage findings can point at the exact words).
import { stemmer } from 'stemmer';

export interface Token {
  /** Lower-cased surface form. */
  word: string;
  /** Porter stem of `word` (numbers and mixed tokens are kept as they are). */
  stem: string;
  start: number;
  end: number;
}

// Letters and digits make words; "a/b" is split into "a" and "b" so the term
// "a b test" matches "A/B test", "a/b-testing" and "A/B tests" alike.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const stemCache = new Map<string, string>();

export function stemOf(word: string): string {
  const lower = word.toLowerCase();
  let cached = stemCache.get(lower);
  if (cached === undefined) {
    // The Porter stemmer is for English words; tokens with digits (p99, 200ms)
    // or non-Latin script are compared as they are.
    cached = /^[a-z]+$/.test(lower) ? stemmer(lower) : lower;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(lower, cached);
  }
  return cached;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase().replace(/['’]s$/, '');
    tokens.push({ word, stem: stemOf(word), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * Lower-case, unify dashes, quotes and spaces so patterns can stay simple.
 * Keeps the length of the text so offsets into it stay offsets into the original.
 */
export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) out += '-';
    else if (code === 0x2018 || code === 0x2019) out += "'";
    else if (code === 0x201c || code === 0x201d) out += '"';
    else if (code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f) out += ' ';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === 1 ? lower : ch;
    }
  }
  return out;
}

/** Words that carry no content: used to tell a bare topic bullet from a statement. */
const STOPWORDS = new Set(
  (
    'a an the and or of to in on for with by at as is are be been was were it its this that these those ' +
    'we our us i you your they their them he she his her from into over under about via per than then ' +
    'so such if e g eg ie etc vs do does did can could should would will may might must has have had ' +
    'not no any all each every some more most other also only just which what who how when where why'
  ).split(' '),
);

/** Number of content words in a token list (not stopwords, not punctuation). */
export function contentWordCount(tokens: readonly Token[]): number {
  return tokens.filter((t) => !STOPWORDS.has(t.word)).length;
}
