// Numbers as written, before their unit and context are read: digits with
// their multipliers ("8k", "300 million", "3 тыс.", "3亿"), English and
// Russian number words ("two hundred", "tens of", "сотни тысяч"), Chinese
// numerals ("三百万", "数百万", "上亿", "百分之五") and proportions ("1:10").
import type { NumberInfo } from './quantity-tokens.js';
import { FREQUENCY_WORDS, HAN_DIGITS, HAN_MULTIPLIERS, HAN_PREFIX_WORD_BEFORE, HAN_VAGUE_PREFIX, MULTIPLIERS, NUMBER_IDIOMS, NUMBER_WORDS, UNITS } from './quantity-lexicon.js';
import type { Comparator } from './quantity-lexicon.js';
import type { TokenCursor } from './quantity-cursor.js';

/** A number as written, before its unit and context are read. */
export interface Core {
  /** Token range of the number and its multipliers. */
  first: number;
  end: number;
  value: number;
  approximate: boolean;
  /** Product of the multipliers after the number (1 when none): "300 million", "8k", "3亿". */
  scale: number;
  kind: 'digits' | 'words' | 'han';
  num?: NumberInfo;
  /** "a", "one", "several", "half", "несколько": a number only before a scale word or a unit. */
  needsUnit: boolean;
  /** "a"/"an" with no scale ("within a second"): only after a comparator. */
  article: boolean;
  /** Number words without a scale ("two"): a quantity only with a noun or a unit. */
  bareWords: boolean;
  /** "tens of", "thousands of": "of" may stand before the unit or noun. */
  takesOf: boolean;
  comparator?: Comparator;
  /** once, twice, раз: only with a denominator. */
  frequency: boolean;
  /**
   * "one day", "一天": a duration only after or before a comparator ("within
   * one day", "一天内"); otherwise an idiom or, in Chinese, a denominator
   * ("一天处理…" is per day).
   */
  needsComparator: boolean;
  /** "百分之五": a percentage. */
  percent: boolean;
  /** Written as a fraction or proportion ("1/3", "1:10"). */
  proportion: boolean;
  /** Chinese numerals that need a unit or classifier to count ("三", "十"). */
  needsHanFollower: boolean;
}

const TIMES_SIGNS = new Set(['×', 'x', '*', '·']);

export function isYearLike(core: Core): boolean {
  const n = core.num;
  return core.kind === 'digits' && !!n && n.integerDigits === 4 && !n.decimal && !n.grouped && !n.exponent && core.scale === 1 && n.value >= 1900 && n.value <= 2039;
}

function blankCore(first: number, end: number, kind: Core['kind']): Core {
  return {
    first, end, kind, value: 0, approximate: false, scale: 1, needsUnit: false, article: false, bareWords: false, takesOf: false,
    frequency: false, needsComparator: false, percent: false, proportion: false, needsHanFollower: false,
  };
}

/** "1/3", "1:10": a proportion. */
export function proportion(c: TokenCursor, i: number): Core | undefined {
  const sep = c.tok(i + 1);
  const b = c.tok(i + 2);
  if (!sep || !b?.num || !c.adjacent(i, i + 1) || !c.adjacent(i + 1, i + 2) || (sep.text !== '/' && sep.text !== ':')) return undefined;
  if (b.num.value === 0 || c.gluedAfter(i + 3)) return undefined;
  const a = c.toks[i].num!.value;
  // "80/20", "50/50": a split of a hundred is the first share.
  const value = sep.text === '/' && a + b.num.value === 100 ? a / 100 : a / b.num.value;
  return { ...blankCore(i, i + 3, 'digits'), value, proportion: true };
}

export function digitsCore(c: TokenCursor, i: number): Core {
  const n = c.toks[i].num!;
  const core: Core = { ...blankCore(i, i + 1, 'digits'), value: n.value, num: n };
  // 1.5 × 10^6
  const times = c.skipSpace(i + 1);
  if (TIMES_SIGNS.has(c.textOf(times))) {
    const ten = c.skipSpace(times + 1);
    const power = c.tok(ten)?.num;
    if (power && power.exponent && c.textOf(ten).startsWith('10')) {
      core.value *= power.value;
      core.end = ten + 1;
    }
  }
  applyMultipliers(c, core);
  return core;
}

/** Multipliers after a number: "8k", "300 million", "3 тыс.", "3亿", "3千万", "100多万". */
export function applyMultipliers(c: TokenCursor, core: Core): void {
  for (let round = 0; round < 3; round++) {
    let j = core.end;
    let vague = false;
    if (c.textOf(j) === '多' && c.adjacent(j - 1, j) && c.forward(MULTIPLIERS, j + 1)) {
      vague = true;
      j++;
    }
    const spacedAt = c.skipSpace(j);
    const spaced = spacedAt !== j;
    const hit = c.forward(MULTIPLIERS, spacedAt);
    if (!hit) return;
    const { attachment, factor, plural } = hit.value;
    if ((attachment === 'attached' && spaced) || (attachment === 'spaced' && !spaced)) return;
    // "5 Mb", "8 KB": a unit, not a multiplier followed by a byte.
    // A Chinese multiplier is never the start of a unit: "5000万SKU" is fifty million SKUs.
    if (c.gluedAfter(hit.at) && !c.forward(UNITS, hit.at) && !/\p{Script=Han}/u.test(hit.form)) return;
    if (c.forward(UNITS, spacedAt)?.at === hit.at && attachment === 'attached' && hit.form.length > 1) return;
    core.value *= factor;
    core.scale *= factor;
    core.end = c.abbreviationDot(hit.at, hit.form);
    if (vague) {
      core.approximate = true;
      core.comparator = '>';
    }
    if (plural) {
      core.approximate = true;
      core.takesOf = true;
    }
  }
}

/** Fractions of one unit that join it with "of a" ("a quarter of a second", "half of an hour"). */
const FRACTION_WORDS = new Set(['half', 'quarter']);

/** The article of "… quarter of a second": after "of" that follows a fraction word. */
function afterFractionOf(c: TokenCursor, j: number): boolean {
  const of = c.before(j);
  return c.isWordAt(of, 'of') && FRACTION_WORDS.has(c.textOf(c.before(of)).toLowerCase());
}

/** English and Russian number words: "two hundred", "a dozen", "tens of", "hundreds of thousands", "сотни тысяч", "полтора миллиона". */
export function wordsCore(c: TokenCursor, i: number): Core | undefined {
  const first = c.toks[i];
  // once, twice, раз: a count only with a denominator, which the reader checks.
  const frequency = FREQUENCY_WORDS.get(first.lower);
  if (frequency !== undefined) return { ...blankCore(i, i + 1, 'words'), value: frequency, frequency: true };
  let total = 0;
  let current = 0;
  let approximate = false;
  let scaled = false;
  let article = false;
  let needsUnit = true;
  let takesOf = false;
  let counted = false;
  let previousWasArticle = false;
  let end = i;
  let j = i;
  for (let steps = 0; steps < 12 && j < c.toks.length; steps++) {
    const t = c.toks[j];
    if (t.kind !== 'word') break;
    const word = c.forward(NUMBER_WORDS, j);
    const mult = c.forward(MULTIPLIERS, j);
    if (word && word.at === j + 1 && !(mult && mult.at > word.at)) {
      const w = word.value;
      const isArticle = (t.lower === 'a' || t.lower === 'an') && (j === i || c.isWordAt(c.before(j), 'half') || afterFractionOf(c, j));
      if (isArticle) {
        article ||= j === i;
      } else if ((t.lower === 'few' || t.lower === 'couple') && !previousWasArticle) {
        break; // "few users" is not a number; "a few" is
      } else {
        if (w.kind === 'hundred' && current % 100 === 0 && current > 0) break; // "сто двести"
        current += w.value;
        counted = true;
        if (w.approximate) approximate = true;
        if (w.approximate && w.kind !== 'small') takesOf = true;
        if (t.lower === 'tens' || t.lower === 'dozens' || t.lower === 'десятки' || t.lower === 'десятков') takesOf = true;
        if (!w.needsFollower) needsUnit = false;
      }
      previousWasArticle = isArticle;
    } else if (mult && mult.value.attachment !== 'attached') {
      const factor = mult.value.factor;
      if (factor === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * factor;
        current = 0;
      }
      if (mult.value.plural && !counted) {
        approximate = true;
        takesOf = true;
      }
      scaled = true;
      counted = true;
      needsUnit = false;
      previousWasArticle = false;
      j = c.abbreviationDot(mult.at, mult.form) - 1;
    } else break;
    end = j + 1;
    // Continue over a space, a hyphen ("twenty-five"), "and" ("one hundred and fifty") or "of" ("hundreds of thousands").
    let k = end;
    const joiner = c.tok(k);
    if (joiner && joiner.kind === 'space' && !joiner.newline) k++;
    else if (joiner && joiner.text === '-' && c.adjacent(k - 1, k) && c.adjacent(k, k + 1)) k++;
    else break;
    if (c.isWordAt(k, 'and') || c.isWordAt(k, 'of')) {
      const after = c.skipSpace(k + 1);
      const isScale = !!c.forward(MULTIPLIERS, after) && c.forward(MULTIPLIERS, after)!.value.attachment !== 'attached';
      // "a quarter of a second": a fraction takes "of a" before its unit.
      const fractionOf = c.isWordAt(k, 'of') && FRACTION_WORDS.has(t.lower) && (c.isWordAt(after, 'a') || c.isWordAt(after, 'an'));
      if (!fractionOf && !(c.isWordAt(k, 'of') ? isScale && takesOf : c.forward(NUMBER_WORDS, after) || isScale)) break;
      k = after;
    }
    if (!c.isWordAt(k)) break;
    j = k;
  }
  // A lone article is one of a unit, and only after a comparator: "within a second", "under an hour".
  if (!counted && !article) return undefined;
  const value = counted ? total + current : 1;
  const core: Core = { ...blankCore(i, end, 'words'), value, approximate, scale: scaled ? value : 1, needsUnit: needsUnit && !scaled, article: !counted, takesOf };
  core.bareWords = !scaled && !approximate;
  core.needsComparator = !!c.forward(NUMBER_IDIOMS, i);
  return core;
}

/** Chinese numerals: "三百万", "两千", "数百万", "上亿", "百分之五". */
export function hanCore(c: TokenCursor, i: number): Core | undefined {
  if (c.textOf(i - 1) === '第' && c.adjacent(i - 1, i)) return undefined;
  let j = i;
  let prefix = HAN_VAGUE_PREFIX.get(c.textOf(i));
  const partOfWord = c.adjacent(i - 1, i) && HAN_PREFIX_WORD_BEFORE.has(c.textOf(i - 1));
  if (prefix && !partOfWord && c.adjacent(i, i + 1) && HAN_MULTIPLIERS.has(c.textOf(i + 1))) j++;
  else prefix = undefined;
  let percent = false;
  if (!prefix && c.textOf(i) === '百' && c.textOf(i + 1) === '分' && c.textOf(i + 2) === '之') {
    percent = true;
    j = i + 3;
    if (c.tok(j)?.kind === 'num') {
      const n = c.toks[j].num!;
      return { ...blankCore(i, j + 1, 'han'), value: n.value, percent, num: n };
    }
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  let hasDigit = false;
  let hasMultiplier = false;
  let k = j;
  while (k < c.toks.length && k - j < 20 && c.toks[k].kind === 'han' && (k === j || c.adjacent(k - 1, k))) {
    const ch = c.toks[k].text;
    const d = HAN_DIGITS.get(ch);
    const m = HAN_MULTIPLIERS.get(ch);
    if (d !== undefined) {
      digit = d;
      hasDigit = true;
    } else if (m !== undefined) {
      hasMultiplier = true;
      if (m === 1e8) {
        total = (total + section + digit || 1) * m;
        section = 0;
      } else if (m === 1e4) {
        total += (section + digit || 1) * m;
        section = 0;
      } else section += (digit || 1) * m;
      digit = 0;
    } else break;
    k++;
  }
  if (k === j) return undefined;
  const value = (total + section + digit) * (prefix?.factor ?? 1);
  const core: Core = { ...blankCore(i, k, 'han'), value, percent, scale: hasMultiplier ? value : 1 };
  if (prefix) {
    core.approximate = true;
    if (prefix.comparator) core.comparator = prefix.comparator;
    return core;
  }
  if (percent) return core;
  const startsWithLargeMultiplier = c.textOf(j) === '万' || c.textOf(j) === '亿';
  // "亿级用户", "万级 QPS": an order of magnitude, said with 级 (level) after it.
  if (startsWithLargeMultiplier && c.textOf(k) === '级' && c.adjacent(k - 1, k)) return { ...core, approximate: true };
  if (startsWithLargeMultiplier) return undefined; // 万一 (in case)
  // "三", "十", "一个": a count only before a unit or a classifier; "千万"/"百万" need a noun or unit.
  const large = c.toks.slice(j, k).some((t) => t.text === '万' || t.text === '亿');
  core.needsHanFollower = !(hasDigit && hasMultiplier && value >= 100) && !(large && hasDigit);
  core.needsComparator = value === 1 && !hasMultiplier;
  return core;
}
