// A small tokenizer for the quantity recogniser: one pass over the string,
// each character looked at a bounded number of times (so a megabyte of
// digits or letters is linear), Unicode-aware (letters of any script, Han
// characters one by one, astral characters never split).
//
// Numbers are assembled here because their separators need look-ahead that a
// word segmenter does not give: "1,000,000", "1 000 000" (space, NBSP, thin
// space), "1.5", "1,5" (Russian decimal comma), "1e6", "10^6", "10⁶".

import { scriptOfChar } from './script.js';

export type TokenKind = 'num' | 'word' | 'han' | 'space' | 'punct';

export interface NumberInfo {
  value: number;
  /** Written with a decimal point or comma ("1.5", "1,5", ".85"). */
  decimal: boolean;
  /** Written with thousands separators. */
  grouped: boolean;
  /** Two or more dots ("1.2.3", "10.0.0.1"): a version or an address, never a quantity. */
  dotted: boolean;
  /** Written with an exponent ("1e6", "10^6", "10⁶"). */
  exponent: boolean;
  /** Digits before the decimal separator, separators not counted. */
  integerDigits: number;
}

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text of words. */
  lower: string;
  num?: NumberInfo;
  /** Spaces that contain a line break. */
  newline?: boolean;
}

const LETTER = /\p{L}|\p{M}/u;
const SPACE = /\s/u;

/** Characters that group thousands: a space, no-break space, thin space, narrow no-break space. */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u2009', '\u202f']);
const SUPERSCRIPT_DIGITS = new Map([...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((ch, i) => [ch, i]));

/** A Han character: Chinese text has no spaces, so each is its own token. */
export function isHan(ch: string): boolean {
  return scriptOfChar(ch) === 'han';
}

/** Value of an ASCII or full-width digit at `i`, or -1. */
function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

function isDigit(text: string, i: number): boolean {
  return i < text.length && digitAt(text, i) >= 0;
}

/** End of the run of digits starting at `i`. */
function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text, j)) j++;
  return j;
}

function digitString(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const d = digitAt(text, i);
    if (d >= 0) out += String(d);
  }
  return out;
}

/** Length in UTF-16 units of the code point at `i` (a lone surrogate counts as one). */
function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** A group of exactly three digits at `i`, not followed by a fourth. */
function groupOfThree(text: string, i: number): boolean {
  return isDigit(text, i) && isDigit(text, i + 1) && isDigit(text, i + 2) && !isDigit(text, i + 3);
}

interface Scanned {
  end: number;
  info: NumberInfo;
}

/** Reads the number starting at `start` (a digit, or a dot before a digit). */
function scanNumber(text: string, start: number): Scanned {
  let i = digitsEnd(text, start);
  let integer = digitString(text, start, i);
  let grouped = false;
  let separator: string | undefined;
  // Thousands groups: one kind of separator throughout, after a lead of at most three digits.
  if (integer.length >= 1 && integer.length <= 3) {
    for (;;) {
      const ch = text[i];
      const isGroupChar = ch === ',' || GROUP_SPACES.has(ch);
      if (!isGroupChar || (separator !== undefined && ch !== separator) || !groupOfThree(text, i + 1)) break;
      separator = ch;
      integer += digitString(text, i + 1, i + 4);
      i += 4;
      grouped = true;
    }
  }
  let fraction = '';
  let decimal = false;
  let dotted = false;
  if (text[i] === '.' && isDigit(text, i + 1)) {
    const end = digitsEnd(text, i + 1);
    fraction = digitString(text, i + 1, end);
    decimal = true;
    i = end;
    while (text[i] === '.' && isDigit(text, i + 1)) {
      dotted = true;
      i = digitsEnd(text, i + 1);
    }
  } else if (text[i] === ',' && isDigit(text, i + 1) && separator !== ',') {
    // A decimal comma ("1,5"; "1 000,5"), unless it is a list ("1,2,3") or a
    // thousands group (three digits: "1,000" was taken above).
    const end = digitsEnd(text, i + 1);
    const listContinues = (text[end] === ',' && isDigit(text, end + 1)) || (text[start - 1] === ',' && isDigit(text, start - 2));
    if (!listContinues && end - (i + 1) !== 3) {
      fraction = digitString(text, i + 1, end);
      decimal = true;
      i = end;
    }
  }
  let value = Number(`${integer || '0'}${fraction ? `.${fraction}` : ''}`);
  let exponent = false;
  // 1e6, 1.5e-3: an exponent only when no letter follows (else "1e3f" is an id).
  if ((text[i] === 'e' || text[i] === 'E') && integer) {
    const signed = text[i + 1] === '-' || text[i + 1] === '+' || text[i + 1] === '−';
    const from = i + 1 + (signed ? 1 : 0);
    const end = digitsEnd(text, from);
    if (end > from && end - from <= 3 && !(end < text.length && LETTER.test(text[end]))) {
      const power = Number(digitString(text, from, end)) * (text[i + 1] === '+' || !signed ? 1 : -1);
      value *= 10 ** power;
      exponent = true;
      i = end;
    }
  } else if (text[i] === '^' || (text[i] === '*' && text[i + 1] === '*')) {
    // 10^6, 10**6
    const from = i + (text[i] === '^' ? 1 : 2);
    const negative = text[from] === '-' || text[from] === '−';
    const end = digitsEnd(text, from + (negative ? 1 : 0));
    if (end > from + (negative ? 1 : 0) && end - from <= 4) {
      value = value ** (Number(digitString(text, from, end)) * (negative ? -1 : 1));
      exponent = true;
      i = end;
    }
  } else if (SUPERSCRIPT_DIGITS.has(text[i]) || (text[i] === '⁻' && SUPERSCRIPT_DIGITS.has(text[i + 1]))) {
    // 10⁶, 10⁻³
    const negative = text[i] === '⁻';
    let j = i + (negative ? 1 : 0);
    let power = 0;
    while (SUPERSCRIPT_DIGITS.has(text[j]) && j - i < 4) {
      power = power * 10 + SUPERSCRIPT_DIGITS.get(text[j])!;
      j++;
    }
    value = value ** (negative ? -power : power);
    exponent = true;
    i = j;
  }
  return { end: i, info: { value, decimal, grouped, dotted, exponent, integerDigits: integer.length } };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number, extra: Partial<Token> = {}): void => {
    const slice = text.slice(start, end);
    tokens.push({ kind, start, end, text: slice, lower: kind === 'word' ? slice.toLowerCase() : slice, ...extra });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const startsNumber = isDigit(text, i) || (ch === '.' && isDigit(text, i + 1) && !isDigit(text, i - 1));
    if (startsNumber) {
      const { end, info } = scanNumber(text, i);
      push('num', i, end, { num: info });
      i = end;
      continue;
    }
    if (SPACE.test(ch)) {
      let j = i;
      let newline = false;
      while (j < text.length && SPACE.test(text[j])) {
        if (text[j] === '\n' || text[j] === '\r') newline = true;
        j++;
      }
      push('space', i, j, newline ? { newline } : {});
      i = j;
      continue;
    }
    const length = charLength(text, i);
    const char = text.slice(i, i + length);
    if (isHan(char)) {
      push('han', i, i + length);
      i += length;
      continue;
    }
    if (LETTER.test(char)) {
      let j = i + length;
      while (j < text.length) {
        const next = text.slice(j, j + charLength(text, j));
        if (!LETTER.test(next) || isHan(next)) break;
        j += next.length;
      }
      push('word', i, j);
      i = j;
      continue;
    }
    push('punct', i, i + length);
    i += length;
  }
  return tokens;
}
