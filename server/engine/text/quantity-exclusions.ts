// Numbers that are not quantities: identifiers and model names ("GPT-4",
// "K8s", "Llama-3-8B" — whose size is reported), dates and clock times,
// years, section numbers and list markers, capitalised names before a bare
// number ("Figure 3", "ISO 8601").
import type { Token } from './quantity-tokens.js';
import { LABEL_WORDS, FUNCTION_WORDS, MONTHS, MONTHS_CASED, MULTIPLIERS, RANK_WORDS, RATE_NAMES, UNITS, YEAR_MARKS } from './quantity-lexicon.js';
import { isTitleWord, isUpperWord } from './quantity-cursor.js';
import type { TokenCursor } from './quantity-cursor.js';
import { isYearLike } from './quantity-numbers.js';
import type { Core } from './quantity-numbers.js';
import type { Quantity, Step } from './quantity-types.js';

/** How far back an identifier is followed. */
const MAX_LOOK = 8;

export function skip(c: TokenCursor, i: number): Step {
  return { next: c.chainEnd(i), found: [] };
}

/** Skips an identifier ("GPT-4", "Llama-3-8B", "K8s"), reporting a model size inside it. */
export function skipIdentifier(c: TokenCursor, i: number): Step {
  let first = i;
  while (first > c.floor && c.adjacent(first - 1, first) && c.toks[first - 1].kind !== 'space' && i - first < MAX_LOOK) first--;
  const end = c.chainEnd(i);
  const found: Quantity[] = [];
  for (let k = Math.max(first, i); k < end; k++) {
    const size = modelSizeInName(c, k, end);
    if (size) found.push(size);
  }
  return { next: end, found };
}

/** "…-8B", "…-70B-…": a parameter count inside a model name. */
export function modelSizeInName(c: TokenCursor, k: number, end: number): Quantity | undefined {
  const t = c.toks[k];
  const suffix = c.tok(k + 1);
  const joiner = c.tok(k - 1);
  if (t.kind !== 'num' || !t.num || t.num.dotted || !suffix || k + 1 >= end || !c.adjacent(k, k + 1)) return undefined;
  if (!joiner || !'-_'.includes(joiner.text) || !c.adjacent(k - 1, k)) return undefined;
  const scale = { B: 1e9, b: 1e9, M: 1e6, T: 1e12 }[suffix.text];
  const after = c.tok(k + 2);
  if (!scale || (after && c.adjacent(k + 1, k + 2) && after.kind !== 'punct')) return undefined;
  return { start: t.start, end: suffix.end, value: t.num.value * scale, approximate: false, dimension: 'count', unit: 'params', role: 'model-size' };
}

/** Whether the punctuation glued before number `i` still lets it start a quantity ("$5", "-5%", "(5", "top-10", "sub-100ms", "5-10"). */
export function joinedBefore(c: TokenCursor, i: number): boolean {
  const p = c.toks[i - 1];
  if ('#@№_'.includes(p.text)) return false;
  if (!'-./:'.includes(p.text)) return true;
  const pp = c.tok(i - 2);
  if (!pp || !c.adjacent(i - 2, i - 1)) return p.text !== '.' && p.text !== ':' && p.text !== '/';
  if (p.text === '-' && pp.kind === 'word' && (RANK_WORDS.has(pp.lower) || pp.lower === 'sub')) return true;
  return pp.kind !== 'word' && pp.kind !== 'num' && pp.kind !== 'han';
}

/** Letters glued after a number that are its unit or multiplier ("200ms", "8k", "10x", "5MB"), not an id ("2FA"). */
export function attachedWordFits(c: TokenCursor, j: number): boolean {
  const unit = c.forward(UNITS, j);
  if (unit && unit.value.attachment !== 'spaced' && !c.gluedAfter(unit.at)) return true;
  const mult = c.forward(MULTIPLIERS, j);
  if (mult && mult.value.attachment !== 'spaced' && (!c.gluedAfter(mult.at) || !!c.forward(UNITS, mult.at))) return true;
  return false;
}

/** Dates ("2024-01-05", "01/05/2024", "12/2024"), clock times ("10:30"), "24/7". */
export function dateOrTime(c: TokenCursor, i: number): Step | undefined {
  const a = c.toks[i].num!;
  const sep = c.tok(i + 1);
  const b = c.tok(i + 2)?.num;
  if (!sep || !b || !c.adjacent(i, i + 1) || !c.adjacent(i + 1, i + 2) || a.decimal || b.decimal) return undefined;
  const third = c.textOf(i + 3) === sep.text && c.adjacent(i + 2, i + 3) && c.tok(i + 4)?.kind === 'num' && c.adjacent(i + 3, i + 4);
  if (sep.text === '-' || sep.text === '/') {
    if (a.integerDigits === 4 && a.value >= 1900 && a.value <= 2100 && b.integerDigits <= 2 && b.value >= 1 && b.value <= 12) return skip(c, i);
    if (a.integerDigits <= 2 && b.integerDigits <= 2 && third) return skip(c, i);
    if (sep.text === '/' && a.integerDigits <= 2 && a.value <= 12 && b.integerDigits === 4) return skip(c, i);
    if (sep.text === '/' && a.value === 24 && b.value === 7) return skip(c, i);
  }
  if (sep.text === ':' && a.integerDigits <= 2 && a.value <= 24 && b.integerDigits === 2 && b.value <= 59 && a.value !== 1) return skip(c, i);
  return undefined;
}

/** A year ("in 2024", "Q3 2024"), or a day next to a month ("Jan 5", "5 марта"). */
export function isDateNumber(c: TokenCursor, core: Core, noun: { text: string } | undefined): boolean {
  const n = core.num!;
  if (isYearLike(core) && (!noun || MONTHS.has(noun.text.toLowerCase()) || YEAR_MARKS.has(noun.text.toLowerCase()))) return true;
  if (n.decimal || n.value < 1 || n.value > 31) return false;
  const prev = c.tok(c.before(core.first));
  const next = c.tok(c.skipSpace(core.end));
  const isMonth = (t: Token | undefined): boolean => !!t && t.kind === 'word' && (MONTHS.has(t.lower) || MONTHS_CASED.has(t.text));
  return isMonth(prev) || isMonth(next);
}

/**
 * "1. Introduction", "2) Next", "## 3.2 Data": a list marker or a section number at the start of a line. Chinese
 * writes them "1、数据来源", "（1）" and "3.2 召回策略": Han has no capitals, so a Han word after a line-start
 * decimal ("1.1 数据", "3.2召回") makes it a section number as a capital does after "3.2 Data".
 */
export function isSectionNumber(c: TokenCursor, core: Core): boolean {
  let k = core.first - 1;
  let heading = false;
  while (k >= 0 && c.toks[k].kind !== 'space' && ['#', '>'].includes(c.toks[k].text)) {
    heading ||= c.toks[k].text === '#';
    k--;
  }
  while (k >= 0 && (c.toks[k].kind === 'space' && !c.toks[k].newline || c.toks[k].text === '#' || c.toks[k].text === '>')) {
    heading ||= c.toks[k].text === '#';
    k--;
  }
  const lineStart = k < 0 || (c.toks[k].kind === 'space' && !!c.toks[k].newline);
  if (!lineStart) return false;
  const next = c.tok(core.end);
  if (next && (next.text === '.' || next.text === ')') && c.adjacent(core.end - 1, core.end) && (c.tok(core.end + 1)?.kind === 'space' || !c.tok(core.end + 1))) return true;
  if (next && (next.text === '、' || next.text === '）') && c.adjacent(core.end - 1, core.end) && !core.num?.decimal) return true;
  const word = c.tok(c.skipSpace(core.end));
  return (heading || lineStart) && !!word && (word.kind === 'word' && isTitleWord(word.text) || word.kind === 'han') && (heading || !!core.num?.decimal);
}

/** "3.2 Data", "Claude 3.5 Sonnet": a decimal number right before a capitalised word is a section or a version. */
export function isSectionReference(c: TokenCursor, core: Core): boolean {
  const word = c.tok(c.skipSpace(core.end));
  return !!core.num?.decimal && c.skipSpace(core.end) === core.end + 1 && !!word && word.kind === 'word' && isTitleWord(word.text) && !isUpperWord(word.text);
}

/** "Python 3.11", "Figure 3", "ISO 8601", "Раздел 2": a capitalised name just before a bare number. */
export function isNameNumber(c: TokenCursor, core: Core, noun: unknown): boolean {
  const k = c.before(core.first);
  const t = c.tok(k);
  if (!t || t.kind !== 'word' || k !== core.first - 2 || !isTitleWord(t.text) || core.num?.grouped) return false;
  if (FUNCTION_WORDS.has(t.lower) || RATE_NAMES.has(t.text.toUpperCase()) || RANK_WORDS.has(t.lower)) return false;
  if (LABEL_WORDS.has(t.lower)) return true;
  // Capitalised mid-sentence, a word is a name ("Python 3.11", "ISO 8601"); at
  // the start of a sentence it is just capitalised ("Храним 3 000 записей").
  return !startsSentence(c, k) || !noun;
}

export function startsSentence(c: TokenCursor, k: number): boolean {
  let p = k - 1;
  while (p >= 0 && c.toks[p].kind === 'punct' && '*_"\'«“(['.includes(c.toks[p].text)) p--;
  const t = c.tok(p);
  if (!t) return true;
  if (t.kind === 'space') {
    if (t.newline) return true;
    const before = c.tok(p - 1);
    return !before || (before.kind === 'punct' && '.!?:;'.includes(before.text));
  }
  return false;
}
