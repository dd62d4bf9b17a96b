// Every quantity a design-doc writer writes, in English, Russian and Chinese,
// with exact offsets: "300 million DAU", "8k tickets per day", "p99 < 200 ms",
// "tens of milliseconds", "RTF ≤ 0.2", "1 млн руб.", "不超过200毫秒", "3千万".
//
// Hand-written rather than a library: the one multi-language recogniser
// (Microsoft Recognizers-Text) has no Russian and is built from large regex
// tables; the number-word packages (words-to-numbers and the like) are
// English-only and give no offsets. This is a small tokenizer
// (quantity-tokens.ts), data tables per language (quantity-lexicon.ts) and
// the reading below, which looks a bounded number of tokens around each
// number, so a document of any size is read in linear time.
//
// Decisions a rule author needs (also in docs/text-layer.md, "Quantities"):
// - A model's size ("a 7B model", "70B parameters", the 8B of "Llama-3-8B")
//   is a count with unit 'params' and role 'model-size'; the rest of a model
//   or product name ("GPT-4", "Llama-3", "Python 3.11") is not a quantity.
// - "top-10" is a rank cut-off: dimension 'plain', role 'rank-cutoff', with
//   the ranked thing as its noun.
// - A range ("100–200 ms", "5-10k") has `low` and `high`; `value` is `high`.
// - Vague amounts are an order of magnitude with approximate: true: "tens
//   of" 10, "hundreds of" 100, "a few"/"several"/"несколько"/"数" 3.
// - Rates keep the count as written ("1M requests/day": value 1e6, per
//   'day'); time is in seconds, data sizes in bytes (or bits), money in the
//   currency as written.
import { isHan, tokenize } from './quantity-tokens.js';
import type { NumberInfo, Token } from './quantity-tokens.js';
import {
  ABBREVIATIONS, COMPARATIVES, DURATION_NOUNS, COMPARATORS_AFTER, COMPARATORS_BEFORE, CURRENCY_BEFORE, FREQUENCY_WORDS, FUNCTION_WORDS, HAN_CLASSIFIERS,
  HAN_DATE_MARKS, HAN_DIGITS, HAN_LINKS, HAN_MULTIPLIERS, HAN_NOT_NOUNS, HAN_VAGUE_PREFIX, MEDIAN_WORDS, MODEL_SIZE_NOUNS, MONTHS, MONTHS_CASED,
  LABEL_WORDS, MULTIPLIERS, NUMBER_WORDS, ORDINAL_SUFFIXES, PERCENTILE_LETTERS, PERCENTILE_WORDS, PER_AFTER, PER_BEFORE, PER_WORDS, RANGE_DASHES,
  RANGE_OPENERS, RANK_WORDS, RATE_NAMES, TIMES_WORDS, UNITS, YEAR_MARKS,
} from './quantity-lexicon.js';
import type { Comparator, Dimension, Table, UnitEntry } from './quantity-lexicon.js';

export type { Comparator, Dimension } from './quantity-lexicon.js';

export type QuantityRole = 'model-size' | 'rank-cutoff';

export interface Quantity {
  /** UTF-16 offsets of the whole quantity, sign, currency, comparator and unit included. */
  start: number;
  end: number;
  /** Normalised: 300 million → 3e8; 8k → 8000; 200 ms → 0.2 (seconds); 5 % → 5. */
  value: number | undefined;
  /** "tens of", "a few", "около", "约", "~", "≈", "数百万". */
  approximate: boolean;
  dimension: Dimension;
  /** Canonical unit: 's', '%', 'pp', 'USD', 'B' (bytes), 'bit', 'QPS', 'x', 'params'. */
  unit?: string;
  /** Rate denominator: 'second' … 'year', or a counted thing ('request', 'user'). */
  per?: string;
  /** "$5 per 1k tokens": the count in the denominator (1000). */
  perAmount?: number;
  comparator?: Comparator;
  /** "p99 < 200 ms", "99th percentile", "P95", "median" → 99 / 95 / 50. */
  percentile?: number;
  /** The counted thing next to a count: "300 million DAU" → DAU. */
  noun?: { start: number; end: number; text: string };
  /** Both ends of a range ("100–200 ms"); `value` is `high`. */
  low?: number;
  high?: number;
  role?: QuantityRole;
}

export function findQuantities(text: string): Quantity[] {
  return new Recogniser(text).run();
}

/** A number as written, before its unit and context are read. */
interface Core {
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
  /** "百分之五": a percentage. */
  percent: boolean;
  /** Written as a fraction or proportion ("1/3", "1:10"). */
  proportion: boolean;
  /** Chinese numerals that need a unit or classifier to count ("三", "十"). */
  needsHanFollower: boolean;
}

interface Hit<T> {
  value: T;
  /** First token of the match (backward look-ups) or the token after it (forward). */
  at: number;
  form: string;
}

interface Step {
  next: number;
  found: Quantity[];
}

const MAX_LOOK = 8;
const TIMES_SIGNS = new Set(['×', 'x', '*', '·']);
const SIGNS = new Set(['-', '−', '+']);
/** Between a name and its number: "QPS of 10k", "DAU: 300M", "MAU is 5M". */
const NAME_CONNECTORS = new Set([':', '=', 'of', 'is', 'are', 'at', '—']);
// Not "|": in a table row "| p95 latency | 150 ms |" the percentile cell names the value's.
const CLAUSE_BREAKS = new Set(['.', ';', '!', '?', '。', '；', '！', '？', ',', '，', '、', '\n']);
const PERCENTILE_REACH = 60;
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us')) return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return lower;
}

/** Russian adjectives before the noun they qualify ("активных пользователей"). */
const RUSSIAN_ADJECTIVE_ENDINGS = ['ых', 'их', 'ые', 'ие', 'ый', 'ий', 'ой', 'ая', 'ого', 'ую'];

function lastWord(phrase: string): string {
  const cut = Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-'));
  return phrase.slice(cut + 1);
}

function isUpperWord(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function isTitleWord(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isYearLike(core: Core): boolean {
  const n = core.num;
  return core.kind === 'digits' && !!n && n.integerDigits === 4 && !n.decimal && !n.grouped && !n.exponent && core.scale === 1 && n.value >= 1900 && n.value <= 2039;
}

function isPercentileValue(n: NumberInfo | undefined): boolean {
  return !!n && !n.dotted && !n.exponent && n.value > 0 && n.value <= 100;
}

class Recogniser {
  private readonly toks: Token[];
  private readonly out: Quantity[] = [];
  /** Token index before which nothing may be read again (the end of the last quantity). */
  private floor = 0;
  private pendingPercentile: { value: number; end: number } | undefined;
  /** A percentile marker already given to the quantity before it ("200 ms at p99"). */
  private usedMarkerBefore = -1;

  constructor(private readonly text: string) {
    this.toks = tokenize(text);
  }

  run(): Quantity[] {
    let i = 0;
    while (i < this.toks.length) {
      if (this.toks[i].kind === 'space') {
        i++;
        continue;
      }
      const marker = this.percentileMarker(i);
      if (marker) {
        if (i >= this.usedMarkerBefore) this.pendingPercentile = { value: marker.value, end: this.toks[marker.at - 1].end };
        i = marker.at;
        continue;
      }
      const step = this.readAt(i);
      if (!step) {
        i++;
        continue;
      }
      for (const q of step.found) this.out.push(q);
      i = Math.max(step.next, i + 1);
      if (step.found.length > 0) this.floor = i;
    }
    return this.out;
  }

  // ------------------------------------------------------------ token helpers

  private tok(i: number): Token | undefined {
    return i >= 0 && i < this.toks.length ? this.toks[i] : undefined;
  }

  private adjacent(a: number, b: number): boolean {
    const x = this.tok(a);
    const y = this.tok(b);
    return !!x && !!y && x.end === y.start;
  }

  /** Index after an optional same-line space at `j`. */
  private skipSpace(j: number): number {
    const t = this.tok(j);
    return t && t.kind === 'space' && !t.newline ? j + 1 : j;
  }

  /** Index of the token before `j`, over an optional same-line space; -1 if none or below the floor. */
  private before(j: number): number {
    let k = j - 1;
    const t = this.tok(k);
    if (t && t.kind === 'space') {
      if (t.newline) return -1;
      k--;
    }
    return k >= this.floor ? k : -1;
  }

  private isWordAt(i: number, lower?: string): boolean {
    const t = this.tok(i);
    return !!t && t.kind === 'word' && (lower === undefined || t.lower === lower);
  }

  private textOf(i: number): string {
    return this.tok(i)?.text ?? '';
  }

  /** Longest form of `table` starting at token `j` (same line). */
  private forward<T>(table: Table<T>, j: number): Hit<T> | undefined {
    let best: Hit<T> | undefined;
    let raw = '';
    for (let k = j; k < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.kind === 'space') {
        if (t.newline || k === j) break;
        raw += ' ';
        continue;
      }
      raw += t.text;
      const folded = raw.toLowerCase();
      if (!table.prefixes.has(folded)) break;
      const value = table.exact.get(raw) ?? table.folded.get(folded);
      if (value !== undefined) best = { value, at: k + 1, form: raw };
    }
    return best;
  }

  /** Longest form of `table` ending just before token `j` (same line, not below the floor). */
  private backward<T>(table: Table<T>, j: number): Hit<T> | undefined {
    let best: Hit<T> | undefined;
    let raw = '';
    for (let k = j - 1; k >= this.floor; k--) {
      const t = this.toks[k];
      if (t.kind === 'space') {
        if (t.newline || k === j - 1) break;
        raw = ` ${raw}`;
        continue;
      }
      raw = t.text + raw;
      const folded = raw.toLowerCase();
      if (!table.suffixes.has(folded)) break;
      // A form must start a word: "under" in "thunder" is not a comparator.
      const prev = this.tok(k - 1);
      const startsWord = !prev || prev.kind !== 'word' || prev.end !== t.start || t.kind !== 'word';
      const value = table.exact.get(raw) ?? table.folded.get(folded);
      if (value !== undefined && startsWord) best = { value, at: k, form: raw };
    }
    return best;
  }

  /** Backward look-up over at most one space between the form and token `j`. */
  private formBefore<T>(table: Table<T>, j: number): Hit<T> | undefined {
    const t = this.tok(j - 1);
    if (t && t.kind === 'space') return t.newline ? undefined : this.backward(table, j - 1);
    return this.backward(table, j);
  }

  /** Includes a trailing dot after an abbreviation ("тыс.", "руб.") unless it ends the sentence. */
  private abbreviationDot(j: number, form: string): number {
    const dot = this.tok(j);
    if (!ABBREVIATIONS.has(form.toLowerCase()) || !dot || dot.text !== '.' || !this.adjacent(j - 1, j)) return j;
    const next = this.tok(this.skipSpace(j + 1));
    if (!next || (next.kind === 'space' && next.newline)) return j;
    if (next.kind === 'word' && isTitleWord(next.text) && !isUpperWord(next.text)) return j;
    return j + 1;
  }

  /** End of the run of adjacent identifier tokens (letters, digits, joiners) containing `i`. */
  private chainEnd(i: number, joiners = '-_./:+#@'): number {
    let k = i + 1;
    while (k < this.toks.length && this.adjacent(k - 1, k)) {
      const t = this.toks[k];
      if (t.kind === 'word' || t.kind === 'num') {
        k++;
        continue;
      }
      const joiner = t.kind === 'punct' && joiners.includes(t.text);
      const continues = this.adjacent(k, k + 1) && (this.toks[k + 1].kind === 'word' || this.toks[k + 1].kind === 'num');
      if (!joiner || !continues) break;
      k += 2;
    }
    return k;
  }

  /** Skips an identifier ("GPT-4", "Llama-3-8B", "K8s"), reporting a model size inside it. */
  private skipIdentifier(i: number): Step {
    let first = i;
    while (first > this.floor && this.adjacent(first - 1, first) && this.toks[first - 1].kind !== 'space' && i - first < MAX_LOOK) first--;
    const end = this.chainEnd(i);
    const found: Quantity[] = [];
    for (let k = Math.max(first, i); k < end; k++) {
      const size = this.modelSizeInName(k, end);
      if (size) found.push(size);
    }
    return { next: end, found };
  }

  /** "…-8B", "…-70B-…": a parameter count inside a model name. */
  private modelSizeInName(k: number, end: number): Quantity | undefined {
    const t = this.toks[k];
    const suffix = this.tok(k + 1);
    const joiner = this.tok(k - 1);
    if (t.kind !== 'num' || !t.num || t.num.dotted || !suffix || k + 1 >= end || !this.adjacent(k, k + 1)) return undefined;
    if (!joiner || !'-_'.includes(joiner.text) || !this.adjacent(k - 1, k)) return undefined;
    const scale = { B: 1e9, b: 1e9, M: 1e6, T: 1e12 }[suffix.text];
    const after = this.tok(k + 2);
    if (!scale || (after && this.adjacent(k + 1, k + 2) && after.kind !== 'punct')) return undefined;
    return { start: t.start, end: suffix.end, value: t.num.value * scale, approximate: false, dimension: 'count', unit: 'params', role: 'model-size' };
  }

  // ------------------------------------------------------------ percentiles

  /** "p99", "P99.9", "99th percentile", "99-й перцентиль", "99分位", "percentile 95", "median". */
  private percentileMarker(i: number): Hit<number> | undefined {
    const t = this.toks[i];
    if (t.kind === 'word' && PERCENTILE_LETTERS.has(t.text) && this.adjacent(i, i + 1) && isPercentileValue(this.toks[i + 1].num)) {
      const lettered = this.tok(i - 1);
      const glued = lettered && this.adjacent(i - 1, i) && lettered.kind === 'word';
      const tail = this.tok(i + 2);
      const gluedAfter = tail && this.adjacent(i + 1, i + 2) && (tail.kind === 'word' || tail.kind === 'num');
      if (!glued && !gluedAfter) return { value: this.toks[i + 1].num!.value, at: i + 2, form: '' };
      if (!glued && tail && tail.kind === 'han' && this.forward(PERCENTILE_WORDS, i + 2)) return { value: this.toks[i + 1].num!.value, at: this.forward(PERCENTILE_WORDS, i + 2)!.at, form: '' };
    }
    if (t.kind === 'num' && isPercentileValue(t.num) && !(this.tok(i - 1)?.kind === 'word' && this.adjacent(i - 1, i))) {
      let k = i + 1;
      if (this.textOf(k) === '-' && this.adjacent(k - 1, k)) k++;
      if (this.isWordAt(k) && this.adjacent(k - 1, k) && ORDINAL_SUFFIXES.has(this.toks[k].lower)) k++;
      if (this.textOf(k) === '-' && this.adjacent(k - 1, k)) k++;
      const word = this.forward(PERCENTILE_WORDS, this.skipSpace(k));
      if (word) return { value: t.num!.value, at: word.at, form: '' };
    }
    const median = t.kind !== 'num' ? this.forward(MEDIAN_WORDS, i) : undefined;
    if (median) return { value: 50, at: median.at, form: '' };
    const named = t.kind === 'word' ? this.forward(PERCENTILE_WORDS, i) : undefined;
    if (named) {
      const k = this.skipSpace(named.at);
      const n = this.tok(k);
      if (n && n.kind === 'num' && isPercentileValue(n.num) && !this.unitAfterNumber(k)) return { value: n.num!.value, at: k + 1, form: '' };
    }
    return undefined;
  }

  /** Whether a unit follows the number at `k` ("percentile 99 ms" is not a percentile marker). */
  private unitAfterNumber(k: number): boolean {
    return !!this.forward(UNITS, this.skipSpace(k + 1));
  }

  private percentileFor(startOffset: number, endTok: number): number | undefined {
    const pending = this.pendingPercentile;
    if (pending && pending.end <= startOffset && startOffset - pending.end <= PERCENTILE_REACH) {
      let broken = false;
      for (let c = pending.end; c < startOffset && !broken; c++) broken = CLAUSE_BREAKS.has(this.text[c]);
      if (!broken) {
        this.pendingPercentile = undefined;
        return pending.value;
      }
    }
    // After the quantity: "200 ms at p99", "200 ms (p95)", "200 мс на 99-м перцентиле".
    let k = this.skipSpace(endTok);
    if (this.isWordAt(k, 'at') || this.isWordAt(k, 'на') || this.textOf(k) === '(' || this.textOf(k) === '@') k = this.skipSpace(k + 1);
    if (this.isWordAt(k, 'the')) k = this.skipSpace(k + 1);
    const marker = this.tok(k) ? this.percentileMarker(k) : undefined;
    if (marker && k - endTok <= 5) {
      this.usedMarkerBefore = marker.at;
      return marker.value;
    }
    return undefined;
  }

  // ------------------------------------------------------------ reading a quantity

  private readAt(i: number): Step | undefined {
    const t = this.toks[i];
    if (t.kind === 'num') return this.readDigits(i);
    if (t.kind === 'word') {
      const core = this.wordsCore(i);
      return core ? this.complete(core) : undefined;
    }
    if (t.kind === 'han') {
      const core = this.hanCore(i);
      return core ? this.complete(core) : undefined;
    }
    return undefined;
  }

  private skip(i: number): Step {
    return { next: this.chainEnd(i), found: [] };
  }

  private readDigits(i: number): Step | undefined {
    const t = this.toks[i];
    const n = t.num!;
    if (n.dotted) return this.skip(i); // 1.2.3, 10.0.0.1
    if (!Number.isFinite(n.value) || (n.integerDigits > 15 && !n.grouped)) return this.skip(i); // ids, hashes, digit soup
    const prev = this.tok(i - 1);
    if (prev && this.adjacent(i - 1, i)) {
      if (prev.kind === 'word') return this.skipIdentifier(i); // v2, K8s, L2, Q3, H100
      if (prev.kind === 'han' && prev.text === '第') return this.skip(i); // 第3章
      if (prev.kind === 'punct' && !this.joinedBefore(i)) return this.skipIdentifier(i);
    }
    const date = this.dateOrTime(i);
    if (date) return date;
    const next = this.tok(i + 1);
    if (next && this.adjacent(i, i + 1)) {
      if (next.kind === 'word' && !this.attachedWordFits(i + 1)) {
        return ORDINAL_SUFFIXES.has(next.lower) ? this.skip(i) : this.skipIdentifier(i); // 1st, 2FA, 3D, 5G
      }
      if (next.kind === 'han' && HAN_DATE_MARKS.has(next.text)) return this.skip(i); // 3月, 5日, 3点
      if (next.text === '_') return this.skipIdentifier(i);
    }
    const proportion = this.proportion(i);
    if (proportion) return this.complete(proportion);
    const core = this.digitsCore(i);
    return this.complete(core);
  }

  /** Whether the punctuation glued before number `i` still lets it start a quantity ("$5", "-5%", "(5", "top-10", "sub-100ms", "5-10"). */
  private joinedBefore(i: number): boolean {
    const p = this.toks[i - 1];
    if ('#@№_'.includes(p.text)) return false;
    if (!'-./:'.includes(p.text)) return true;
    const pp = this.tok(i - 2);
    if (!pp || !this.adjacent(i - 2, i - 1)) return p.text !== '.' && p.text !== ':' && p.text !== '/';
    if (p.text === '-' && pp.kind === 'word' && (RANK_WORDS.has(pp.lower) || pp.lower === 'sub')) return true;
    return pp.kind !== 'word' && pp.kind !== 'num' && pp.kind !== 'han';
  }

  /** Letters glued after a number that are its unit or multiplier ("200ms", "8k", "10x", "5MB"), not an id ("2FA"). */
  private attachedWordFits(j: number): boolean {
    const unit = this.forward(UNITS, j);
    if (unit && unit.value.attachment !== 'spaced' && !this.gluedAfter(unit.at)) return true;
    const mult = this.forward(MULTIPLIERS, j);
    if (mult && mult.value.attachment !== 'spaced' && (!this.gluedAfter(mult.at) || !!this.forward(UNITS, mult.at))) return true;
    return false;
  }

  /** Whether a letter or digit is glued at token `j` (so the word before it did not end). */
  private gluedAfter(j: number): boolean {
    const t = this.tok(j);
    return !!t && this.adjacent(j - 1, j) && (t.kind === 'word' || t.kind === 'num');
  }

  /** Dates ("2024-01-05", "01/05/2024", "12/2024"), clock times ("10:30"), "24/7". */
  private dateOrTime(i: number): Step | undefined {
    const a = this.toks[i].num!;
    const sep = this.tok(i + 1);
    const b = this.tok(i + 2)?.num;
    if (!sep || !b || !this.adjacent(i, i + 1) || !this.adjacent(i + 1, i + 2) || a.decimal || b.decimal) return undefined;
    const third = this.textOf(i + 3) === sep.text && this.adjacent(i + 2, i + 3) && this.tok(i + 4)?.kind === 'num' && this.adjacent(i + 3, i + 4);
    if (sep.text === '-' || sep.text === '/') {
      if (a.integerDigits === 4 && a.value >= 1900 && a.value <= 2100 && b.integerDigits <= 2 && b.value >= 1 && b.value <= 12) return this.skip(i);
      if (a.integerDigits <= 2 && b.integerDigits <= 2 && third) return this.skip(i);
      if (sep.text === '/' && a.integerDigits <= 2 && a.value <= 12 && b.integerDigits === 4) return this.skip(i);
      if (sep.text === '/' && a.value === 24 && b.value === 7) return this.skip(i);
    }
    if (sep.text === ':' && a.integerDigits <= 2 && a.value <= 24 && b.integerDigits === 2 && b.value <= 59 && a.value !== 1) return this.skip(i);
    return undefined;
  }

  /** "1/3", "1:10": a proportion. */
  private proportion(i: number): Core | undefined {
    const sep = this.tok(i + 1);
    const b = this.tok(i + 2);
    if (!sep || !b?.num || !this.adjacent(i, i + 1) || !this.adjacent(i + 1, i + 2) || (sep.text !== '/' && sep.text !== ':')) return undefined;
    if (b.num.value === 0 || this.gluedAfter(i + 3)) return undefined;
    return { ...this.blankCore(i, i + 3, 'digits'), value: this.toks[i].num!.value / b.num.value, proportion: true };
  }

  private blankCore(first: number, end: number, kind: Core['kind']): Core {
    return {
      first, end, kind, value: 0, approximate: false, scale: 1, needsUnit: false, article: false, bareWords: false, takesOf: false,
      frequency: false, percent: false, proportion: false, needsHanFollower: false,
    };
  }

  private digitsCore(i: number): Core {
    const n = this.toks[i].num!;
    const core: Core = { ...this.blankCore(i, i + 1, 'digits'), value: n.value, num: n };
    // 1.5 × 10^6
    const times = this.skipSpace(i + 1);
    if (TIMES_SIGNS.has(this.textOf(times))) {
      const ten = this.skipSpace(times + 1);
      const power = this.tok(ten)?.num;
      if (power && power.exponent && this.textOf(ten).startsWith('10')) {
        core.value *= power.value;
        core.end = ten + 1;
      }
    }
    this.applyMultipliers(core);
    return core;
  }

  /** Multipliers after a number: "8k", "300 million", "3 тыс.", "3亿", "3千万", "100多万". */
  private applyMultipliers(core: Core): void {
    for (let round = 0; round < 3; round++) {
      let j = core.end;
      let vague = false;
      if (this.textOf(j) === '多' && this.adjacent(j - 1, j) && this.forward(MULTIPLIERS, j + 1)) {
        vague = true;
        j++;
      }
      const spacedAt = this.skipSpace(j);
      const spaced = spacedAt !== j;
      const hit = this.forward(MULTIPLIERS, spacedAt);
      if (!hit) return;
      const { attachment, factor, plural } = hit.value;
      if ((attachment === 'attached' && spaced) || (attachment === 'spaced' && !spaced)) return;
      // "5 Mb", "8 KB": a unit, not a multiplier followed by a byte.
      if (this.gluedAfter(hit.at) && !this.forward(UNITS, hit.at)) return;
      if (this.forward(UNITS, spacedAt)?.at === hit.at && attachment === 'attached' && hit.form.length > 1) return;
      core.value *= factor;
      core.scale *= factor;
      core.end = this.abbreviationDot(hit.at, hit.form);
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

  /** English and Russian number words: "two hundred", "a dozen", "tens of", "hundreds of thousands", "сотни тысяч", "полтора миллиона". */
  private wordsCore(i: number): Core | undefined {
    const first = this.toks[i];
    const frequency = FREQUENCY_WORDS.get(first.lower);
    if (frequency !== undefined && this.perAt(i + 1)) {
      return { ...this.blankCore(i, i + 1, 'words'), value: frequency, frequency: true };
    }
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
    for (let steps = 0; steps < 12 && j < this.toks.length; steps++) {
      const t = this.toks[j];
      if (t.kind !== 'word') break;
      const word = this.forward(NUMBER_WORDS, j);
      const mult = this.forward(MULTIPLIERS, j);
      if (word && word.at === j + 1 && !(mult && mult.at > word.at)) {
        const w = word.value;
        const isArticle = (t.lower === 'a' || t.lower === 'an') && (j === i || this.isWordAt(this.before(j), 'half'));
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
        j = this.abbreviationDot(mult.at, mult.form) - 1;
      } else break;
      end = j + 1;
      // Continue over a space, a hyphen ("twenty-five"), "and" ("one hundred and fifty") or "of" ("hundreds of thousands").
      let k = end;
      const joiner = this.tok(k);
      if (joiner && joiner.kind === 'space' && !joiner.newline) k++;
      else if (joiner && joiner.text === '-' && this.adjacent(k - 1, k) && this.adjacent(k, k + 1)) k++;
      else break;
      if (this.isWordAt(k, 'and') || this.isWordAt(k, 'of')) {
        const after = this.skipSpace(k + 1);
        const isScale = !!this.forward(MULTIPLIERS, after) && this.forward(MULTIPLIERS, after)!.value.attachment !== 'attached';
        if (!(this.isWordAt(k, 'of') ? isScale && takesOf : this.forward(NUMBER_WORDS, after) || isScale)) break;
        k = after;
      }
      if (!this.isWordAt(k)) break;
      j = k;
    }
    // A lone article is one of a unit, and only after a comparator: "within a second", "under an hour".
    if (!counted && !article) return undefined;
    const value = counted ? total + current : 1;
    const core: Core = { ...this.blankCore(i, end, 'words'), value, approximate, scale: scaled ? value : 1, needsUnit: needsUnit && !scaled, article: !counted, takesOf };
    core.bareWords = !scaled && !approximate;
    return core;
  }

  /** Chinese numerals: "三百万", "两千", "数百万", "上亿", "百分之五". */
  private hanCore(i: number): Core | undefined {
    if (this.textOf(i - 1) === '第' && this.adjacent(i - 1, i)) return undefined;
    let j = i;
    let prefix = HAN_VAGUE_PREFIX.get(this.textOf(i));
    if (prefix && this.adjacent(i, i + 1) && HAN_MULTIPLIERS.has(this.textOf(i + 1))) j++;
    else prefix = undefined;
    let percent = false;
    if (!prefix && this.textOf(i) === '百' && this.textOf(i + 1) === '分' && this.textOf(i + 2) === '之') {
      percent = true;
      j = i + 3;
      if (this.tok(j)?.kind === 'num') {
        const n = this.toks[j].num!;
        return { ...this.blankCore(i, j + 1, 'han'), value: n.value, percent, num: n };
      }
    }
    let total = 0;
    let section = 0;
    let digit = 0;
    let hasDigit = false;
    let hasMultiplier = false;
    let k = j;
    while (k < this.toks.length && k - j < 20 && this.toks[k].kind === 'han' && (k === j || this.adjacent(k - 1, k))) {
      const ch = this.toks[k].text;
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
    const core: Core = { ...this.blankCore(i, k, 'han'), value, percent, scale: hasMultiplier ? value : 1 };
    if (prefix) {
      core.approximate = true;
      if (prefix.comparator) core.comparator = prefix.comparator;
      return core;
    }
    if (percent) return core;
    const startsWithLargeMultiplier = this.textOf(j) === '万' || this.textOf(j) === '亿';
    if (startsWithLargeMultiplier) return undefined; // 万一 (in case)
    // "三", "十", "一个": a count only before a unit or a classifier; "千万"/"百万" need a noun or unit.
    const large = this.toks.slice(j, k).some((t) => t.text === '万' || t.text === '亿');
    core.needsHanFollower = !(hasDigit && hasMultiplier && value >= 100) && !(large && hasDigit);
    return core;
  }

  // ------------------------------------------------------------ after the number

  private completeRange(core: Core): { low: number; high: number } | undefined {
    let k = this.skipSpace(core.end);
    const dash = this.tok(k);
    if (!dash) return undefined;
    let connector = dash.kind === 'word' ? dash.lower : dash.text;
    let afterDash = k + 1;
    if (connector === '.' && this.textOf(k + 1) === '.') {
      connector = '..';
      afterDash = k + 2;
    }
    if (!RANGE_DASHES.has(connector)) return undefined;
    if (dash.kind === 'word' && (this.skipSpace(k + 1) === k + 1 || k === core.end)) return undefined;
    if ((connector === '~' || connector === '～') && (k !== core.end || !this.adjacent(k, k + 1))) return undefined;
    const opener = this.rangeOpener(core.first);
    if ((connector === 'до' || connector === 'and') && RANGE_OPENERS.get(opener?.form ?? '') !== connector) return undefined;
    const secondAt = this.skipSpace(afterDash);
    const second = this.tok(secondAt);
    if (!second) return undefined;
    let other: Core | undefined;
    if (second.kind === 'num' && !second.num!.dotted) other = this.digitsCore(secondAt);
    else if (second.kind === 'word' && core.kind === 'words') other = this.wordsCore(secondAt);
    else if (second.kind === 'han' && core.kind === 'han') other = this.hanCore(secondAt);
    if (!other || other.needsUnit || (other.kind === 'digits' && this.gluedAfter(other.end) && !this.attachedWordFits(other.end))) return undefined;
    let low = core.value;
    if (core.scale === 1 && other.scale > 1 && core.kind === 'digits') low *= other.scale;
    if (low > other.value) return undefined;
    core.value = other.value;
    core.scale = Math.max(core.scale, other.scale);
    core.end = other.end;
    if (other.approximate) core.approximate = true;
    return { low, high: other.value };
  }

  /** "from", "between", "от", "从" just before the first number of a range. */
  private rangeOpener(first: number): Hit<string> | undefined {
    const k = this.before(first);
    const t = this.tok(k);
    if (!t) return undefined;
    const form = t.kind === 'word' ? t.lower : t.text;
    return RANGE_OPENERS.has(form) ? { value: form, at: k, form } : undefined;
  }

  /** The unit after a number: attached ("200ms"), spaced ("200 ms"), hyphenated ("5-minute"), after "of" ("tens of milliseconds"). */
  private unitAt(core: Core): Hit<UnitEntry> | undefined {
    const j = core.end;
    const candidates: Array<[number, boolean]> = [];
    const next = this.tok(j);
    if (!next) return undefined;
    if (next.kind !== 'space') candidates.push([j, false]);
    const spaced = this.skipSpace(j);
    if (spaced !== j) candidates.push([spaced, true]);
    if (next.text === '-' && this.adjacent(j - 1, j) && this.isWordAt(j + 1) && this.adjacent(j, j + 1)) candidates.push([j + 1, true]);
    if (core.takesOf || core.article || core.needsUnit) {
      const of = this.skipSpace(j);
      if (this.isWordAt(of, 'of')) candidates.push([this.skipSpace(of + 1), true]);
    }
    for (const [at, isSpaced] of candidates) {
      const hit = this.forward(UNITS, at);
      if (!hit) continue;
      const { attachment } = hit.value;
      if ((attachment === 'attached' && isSpaced) || (attachment === 'spaced' && !isSpaced)) continue;
      if (this.gluedAfter(hit.at) && this.tok(hit.at)?.kind !== 'han') continue; // "5 msgs", "10 secrets"
      if ((hit.form === 'с' || hit.form === 'c') && this.isWordAt(this.skipSpace(hit.at))) continue; // "с" = "with"
      if (hit.form === 'x' && !this.adjacent(j - 1, j)) continue;
      return { ...hit, at: this.abbreviationDot(hit.at, hit.form) };
    }
    return undefined;
  }

  /** The counted thing after a count: "300 million DAU", "8k tickets", "1 млн активных пользователей", "3亿用户", "100万个请求". */
  private nounAfter(core: Core, j: number): { start: number; end: number; text: string; at: number } | undefined {
    if (this.textOf(j) === '+' && this.adjacent(j - 1, j)) j++; // "10M+ users"
    let k = this.skipSpace(j);
    const hyphenated = k === j && this.textOf(j) === '-' && this.adjacent(j - 1, j) && this.isWordAt(j + 1) && this.adjacent(j, j + 1);
    if (hyphenated) k = j + 1; // "3-tier", "7B-parameter"
    if (core.takesOf && this.isWordAt(k, 'of')) k = this.skipSpace(k + 1);
    const t = this.tok(k);
    if (!t) return undefined;
    if (t.kind === 'han') return this.hanNounAfter(k);
    if (t.kind !== 'word' || (k === j && this.adjacent(j - 1, j) && core.kind !== 'han')) return undefined;
    // Up to three words; the noun ends at the last plural or upper-case one ("daily active users", "DAU").
    const chains: Array<{ first: number; end: number; text: string }> = [];
    let at = k;
    while (chains.length < (hyphenated ? 1 : 3) && this.isWordAt(at)) {
      const word = this.toks[at];
      const glued = this.gluedAfter(at + 1);
      if ((FUNCTION_WORDS.has(word.lower) && !glued) || this.forward(PER_AFTER, at) || this.forward(UNITS, at) || this.forward(COMPARATORS_AFTER, at) || MONTHS.has(word.lower)) break;
      const end = this.chainEnd(at, '-');
      chains.push({ first: at, end, text: this.text.slice(word.start, this.toks[end - 1].end) });
      const gap = this.tok(end);
      if (!gap || gap.kind !== 'space' || gap.newline) break;
      at = end + 1;
    }
    if (chains.length === 0) return undefined;
    let last = 0;
    const cyrillic = (s: string): boolean => s.charCodeAt(0) >= 0x400 && s.charCodeAt(0) <= 0x4ff;
    if (cyrillic(chains[0].text)) {
      while (last < chains.length - 1 && RUSSIAN_ADJECTIVE_ENDINGS.some((ending) => chains[last].text.endsWith(ending))) last++;
    } else {
      last = -1;
      chains.forEach((c, idx) => {
        const w = c.text;
        const acronymPlural = w.endsWith('s') && isUpperWord(w.slice(0, -1)); // GPUs, LLMs
        if (isUpperWord(w) || acronymPlural || singular(w) !== w.toLowerCase()) last = idx;
      });
      if (last < 0) last = 0;
    }
    const from = this.toks[chains[0].first].start;
    const to = this.toks[chains[last].end - 1].end;
    return { start: from, end: to, text: this.text.slice(from, to), at: chains[last].end };
  }

  private hanNounAfter(k: number): { start: number; end: number; text: string; at: number } | undefined {
    let at = k;
    const classifier = this.textOf(at);
    if (HAN_CLASSIFIERS.has(classifier) && classifier !== '人') at++;
    const t = this.tok(at);
    if (!t || t.kind !== 'han' || (at > k && !this.adjacent(at - 1, at))) return undefined;
    const window = this.text.slice(t.start, Math.min(this.text.length, t.start + 12));
    const first = SEGMENTER.segment(window)[Symbol.iterator]().next();
    if (first.done) return undefined;
    let word = first.value.segment;
    // ICU leaves some two-character words unsplit-able ("模块" → 模 + 块): join two single characters.
    const second = word.length === 1 ? SEGMENTER.segment(window.slice(1))[Symbol.iterator]().next() : undefined;
    if (second && !second.done && second.value.segment.length === 1 && isHan(second.value.segment) && !HAN_NOT_NOUNS.has(second.value.segment)) word += second.value.segment;
    if (!first.value.isWordLike || !isHan(word[0]) || HAN_NOT_NOUNS.has(word) || HAN_NOT_NOUNS.has(word[0]) || this.forward(UNITS, at)) return undefined;
    // Keep only Han characters ("用户。" → "用户").
    let length = 0;
    for (const ch of word) {
      if (!isHan(ch)) break;
      length += ch.length;
    }
    word = word.slice(0, length);
    let end = at;
    while (end < this.toks.length && this.toks[end].end <= t.start + word.length) end++;
    return { start: t.start, end: t.start + word.length, text: word, at: end };
  }

  /** A denominator after the quantity: "per day", "/s", "a year", "в секунду", "/天", "per request", "на пользователя". */
  private perAt(j: number): { per: string; perAmount?: number; at: number } | undefined {
    const glued = this.tok(j)?.kind !== 'space';
    const k = this.skipSpace(j);
    const hit = this.forward(PER_AFTER, k);
    if (hit && (!hit.form.startsWith('/') || glued || this.adjacent(k, k + 1))) return { per: hit.value, at: hit.at };
    const t = this.tok(k);
    if (!t) return undefined;
    const isSlash = t.text === '/' && this.adjacent(k, k + 1);
    if (!isSlash && !(t.kind === 'word' && PER_WORDS.has(t.lower))) return undefined;
    let w = isSlash ? k + 1 : this.skipSpace(k + 1);
    if (w === k + 1 && !isSlash) return undefined;
    let perAmount: number | undefined;
    const amount = this.tok(w);
    if (amount?.kind === 'num' && !isSlash) {
      const core = this.digitsCore(w);
      perAmount = core.value;
      w = this.skipSpace(core.end);
    }
    const noun = this.tok(w);
    if (!noun || noun.kind !== 'word' || FUNCTION_WORDS.has(noun.lower)) return undefined;
    return { per: singular(noun.text), ...(perAmount !== undefined ? { perAmount } : {}), at: this.chainEnd(w) };
  }

  // ------------------------------------------------------------ putting it together

  private complete(core: Core): Step | undefined {
    const range = this.completeRange(core);
    let unitHit = core.percent ? undefined : this.unitAt(core);
    let dimension: Dimension | undefined;
    let unit: string | undefined;
    let per: string | undefined;
    let perAmount: number | undefined;
    let role: QuantityRole | undefined;
    let comparator = core.comparator;
    let approximate = core.approximate;
    let value = core.value;
    let end = core.end;
    let noun: ReturnType<Recogniser['nounAfter']>;

    // "5m": minutes, unless a counted noun follows ("5m users" is five million).
    const countedAfterM = unitHit?.form === 'm' ? this.nounAfter(core, unitHit.at) : undefined;
    if (unitHit && unitHit.form === 'm' && ((countedAfterM && !DURATION_NOUNS.has(countedAfterM.text.toLowerCase())) || this.currencyBefore(core.first))) {
      value *= 1e6;
      core.scale *= 1e6;
      end = unitHit.at;
      unitHit = undefined;
    }
    if (unitHit) {
      const entry = unitHit.value;
      if (entry.unit === 's' && entry.factor === 365 * 86_400 && isYearLike(core)) return this.skip(core.first); // 2024 год, 2024年
      if (entry.unit === 's' && entry.factor === 1 && unitHit.form === 's' && isYearLike(core)) return this.skip(core.first); // the 1990s
      dimension = entry.dimension;
      unit = entry.unit;
      value *= entry.factor;
      if (entry.per) per = entry.per;
      end = unitHit.at;
      if (entry.dimension === 'rate') noun = { start: this.toks[this.skipSpace(core.end)].start, end: this.toks[unitHit.at - 1].end, text: '', at: unitHit.at };
    } else if (core.percent) {
      dimension = 'percent';
      unit = '%';
    } else if (core.proportion) {
      dimension = 'ratio';
    }
    if (core.needsUnit && !unitHit && !core.frequency) return undefined;
    if (core.article && !unitHit) return undefined;
    if (noun) noun.text = this.text.slice(noun.start, noun.end);

    // The counted thing, and "N times".
    if (!dimension || dimension === 'rate') {
      noun ??= this.nounAfter(core, end);
      if (noun && dimension !== 'rate') {
        const lower = noun.text.toLowerCase();
        if (TIMES_WORDS.has(lower)) {
          const comparative = this.tok(this.skipSpace(noun.at));
          const ratioCue = (comparative?.kind === 'word' && COMPARATIVES.has(comparative.lower)) || this.isWordAt(this.before(core.first), 'в');
          if (ratioCue) {
            dimension = 'ratio';
            unit = 'x';
            end = noun.at;
            noun = undefined;
          }
        }
      }
      if (noun && dimension !== 'ratio') {
        if (core.scale >= 1e6 && MODEL_SIZE_NOUNS.has(lastWord(noun.text).toLowerCase())) {
          role = 'model-size';
          unit = 'params';
          dimension = 'count';
        }
      }
    }
    if (core.kind === 'han' && core.needsHanFollower && !unitHit) {
      const classifier = HAN_CLASSIFIERS.has(this.textOf(core.end)) && this.adjacent(core.end - 1, core.end);
      const large = this.toks.slice(core.first, core.end).some((t) => t.text === '万' || t.text === '亿');
      if (!(classifier && core.value !== 1) && !(large && noun)) return undefined;
    }
    if (core.bareWords && !unitHit && !noun && !core.frequency) return undefined;

    // A denominator, after the noun or a Chinese classifier ("2万条/秒").
    const classified = !unitHit && HAN_CLASSIFIERS.has(this.textOf(end)) && this.adjacent(end - 1, end) ? end + 1 : end;
    const perFrom = noun && (dimension === undefined || dimension === 'rate') ? noun.at : classified;
    const perHit = dimension === 'ratio' ? undefined : this.perAt(perFrom);
    if (perHit) {
      per = perHit.per;
      if (perHit.perAmount !== undefined) perAmount = perHit.perAmount;
      end = perHit.at;
    } else if (core.frequency) return undefined;

    // After it: "or less", "+", "以内", "左右".
    const after = this.forward(COMPARATORS_AFTER, this.tok(end)?.kind === 'space' ? this.skipSpace(end) : end);
    if (after && (after.form !== '+' || this.tok(end)?.kind !== 'space')) {
      comparator = after.value;
      if (after.value === '~') approximate = true;
      end = after.at;
    }

    // Before it: sign, currency, comparator, "sub-", a rank word, a range opener, a Chinese denominator.
    let first = core.first;
    const sign = this.signBefore(first);
    if (sign) {
      if (sign.value === -1) value = -value;
      first = sign.at;
    }
    const currency = this.currencyBefore(first);
    if (currency && (!dimension || dimension === 'money')) {
      dimension = 'money';
      unit = currency.value;
      first = currency.at;
    }
    let rank = false;
    const rankWord = this.rankBefore(first);
    if (rankWord && !unitHit) {
      rank = true;
      first = rankWord.at;
    }
    const before = this.subBefore(first) ?? this.formBefore(COMPARATORS_BEFORE, first);
    if (before && !rank && !(range && RANGE_OPENERS.has(before.form.toLowerCase()))) {
      comparator = before.value;
      if (before.value === '~') approximate = true;
      first = before.at;
    }
    if (range) {
      const opener = this.rangeOpener(first);
      if (opener) first = opener.at;
    }
    const perBefore = per ? undefined : this.perBefore(first);
    if (perBefore) {
      per = perBefore.value;
      first = perBefore.at;
    }
    if (comparator === '~') approximate = true;
    if (core.article && !before) return undefined; // "a second model" is not a duration

    // What it measures, when no unit said so.
    if (!dimension) {
      const rate = this.rateNameBefore(first);
      if (rate) {
        dimension = 'rate';
        unit = rate.value.unit;
        per = rate.value.per;
        noun ??= { start: this.toks[rate.at].start, end: this.toks[rate.at].end, text: this.toks[rate.at].text, at: rate.at + 1 };
      }
    }
    if (!noun && !dimension) noun = this.nounBefore(core, first);
    if (rank) {
      dimension = 'plain';
      role = 'rank-cutoff';
    } else if (!dimension) {
      if (per) dimension = 'rate';
      else if (core.num?.decimal && core.scale === 1 && core.value >= 0 && core.value <= 1) dimension = 'ratio';
      else if (noun || core.scale > 1 || core.kind !== 'digits') dimension = 'count';
      else dimension = 'plain';
    } else if (dimension === 'count' && per) dimension = 'rate';

    // Numbers that are not quantities: years, section numbers, names.
    const bare = core.kind === 'digits' && !unitHit && core.scale === 1 && !currency && !core.proportion && dimension !== 'ratio';
    if (bare && !comparator && !per && !range && this.isDateNumber(core, noun)) return this.skip(core.first);
    if (range && isYearLike({ ...core, num: this.toks[core.first].num, scale: 1 }) && !unitHit && !noun) return this.skip(core.first);
    if (bare && !comparator && !rank && !sign && (this.isSectionNumber(core) || this.isSectionReference(core) || this.isNameNumber(core, noun))) return this.skip(core.first);

    const quantity: Quantity = {
      start: this.toks[first].start,
      end: this.toks[end - 1].end,
      value: Number.isFinite(value) ? value : undefined,
      approximate,
      dimension,
    };
    if (unit) quantity.unit = unit;
    if (per) quantity.per = per;
    if (perAmount !== undefined) quantity.perAmount = perAmount;
    if (comparator) quantity.comparator = comparator;
    if (range) {
      const factor = unitHit ? unitHit.value.factor : 1;
      quantity.low = range.low * factor;
      quantity.high = range.high * factor;
    }
    if (role) quantity.role = role;
    if (noun && (dimension === 'count' || dimension === 'rate' || dimension === 'plain')) quantity.noun = { start: noun.start, end: noun.end, text: noun.text };
    const percentile = this.percentileFor(quantity.start, end);
    if (percentile !== undefined) quantity.percentile = percentile;
    return { next: end, found: [quantity] };
  }

  private signBefore(first: number): Hit<number> | undefined {
    const t = this.tok(first - 1);
    if (!t || first - 1 < this.floor || !this.adjacent(first - 1, first) || !SIGNS.has(t.text)) return undefined;
    const p = this.tok(first - 2);
    if (p && this.adjacent(first - 2, first - 1) && (p.kind === 'word' || p.kind === 'num')) return undefined;
    return { value: t.text === '+' ? 1 : -1, at: first - 1, form: t.text };
  }

  /** "每秒10万", "每天约100万", "每天处理约2亿": a Chinese denominator, perhaps with a verb between. */
  private perBefore(first: number): Hit<string> | undefined {
    const direct = this.formBefore(PER_BEFORE, first);
    if (direct) return direct;
    for (let gap = 1; gap <= 3; gap++) {
      const k = first - gap;
      if (k <= this.floor || this.toks[k].kind !== 'han' || !this.adjacent(k, k + 1) || HAN_NOT_NOUNS.has(this.toks[k].text)) return undefined;
      const hit = this.backward(PER_BEFORE, k);
      if (hit && this.adjacent(k - 1, k)) return hit;
    }
    return undefined;
  }

  /** "sub-100ms", "sub-second". */
  private subBefore(first: number): Hit<Comparator> | undefined {
    const sub = first - 2;
    if (sub < this.floor || this.textOf(first - 1) !== '-' || !this.isWordAt(sub, 'sub') || !this.adjacent(sub, first - 1) || !this.adjacent(first - 1, first)) return undefined;
    return { value: '<', at: sub, form: 'sub-' };
  }

  private currencyBefore(first: number): Hit<string> | undefined {
    return this.formBefore(CURRENCY_BEFORE, first);
  }

  /** "top-10", "top 10", "топ-10", "前10". */
  private rankBefore(first: number): Hit<boolean> | undefined {
    let k = first - 1;
    if (this.textOf(k) === '-' && this.adjacent(k, first)) k--;
    else if (this.tok(k)?.kind === 'space' && !this.tok(k)?.newline) k--;
    const t = this.tok(k);
    if (!t || k < this.floor || !RANK_WORDS.has(t.kind === 'word' ? t.lower : t.text)) return undefined;
    if (t.kind === 'han' && !this.adjacent(k, first)) return undefined;
    return { value: true, at: k, form: t.text };
  }

  /** Index of the name before a number, over a connector ("QPS of 10k", "DAU: 300M", "QPS达到5万"). */
  private nameBefore(first: number): number {
    const link = this.backward(HAN_LINKS, first);
    if (link) return link.at - 1 >= this.floor ? link.at - 1 : -1;
    const k = this.before(first);
    const connector = this.tok(k);
    if (connector && NAME_CONNECTORS.has(connector.lower)) return this.before(k);
    return k;
  }

  /** "QPS of 10k", "peak RPS: 500", "QPS ~ 10k", "QPS 1万". */
  private rateNameBefore(first: number): Hit<UnitEntry> | undefined {
    const k = this.nameBefore(first);
    const t = this.tok(k);
    const entry = t && t.kind === 'word' ? RATE_NAMES.get(t.text.toUpperCase()) : undefined;
    return entry ? { value: entry, at: k, form: t!.text } : undefined;
  }

  /** "DAU: 300M", "MAU of 5M", "日活3亿": an upper-case name or a Chinese word just before a count. */
  private nounBefore(core: Core, first: number): { start: number; end: number; text: string; at: number } | undefined {
    const k = this.nameBefore(first);
    const t = this.tok(k);
    if (!t || (core.kind === 'digits' && core.scale === 1)) return undefined;
    if (t.kind === 'word' && isUpperWord(t.text) && !this.adjacent(k - 1, k)) return { start: t.start, end: t.end, text: t.text, at: k + 1 };
    if (t.kind !== 'han') return undefined;
    const from = Math.max(this.tok(this.floor)?.start ?? 0, t.end - 8);
    const segments = [...SEGMENTER.segment(this.text.slice(from, t.end))];
    const isNoun = (seg: Intl.SegmentData | undefined): seg is Intl.SegmentData => !!seg && seg.isWordLike === true && isHan(seg.segment[0]) && !HAN_NOT_NOUNS.has(seg.segment);
    const last = segments[segments.length - 1];
    if (!isNoun(last)) return undefined;
    // ICU splits some two-character words ("日活" → 日 + 活): join single characters.
    const previous = segments[segments.length - 2];
    const joined = last.segment.length === 1 && isNoun(previous) && previous.segment.length === 1 && previous.index + 1 === last.index;
    const start = from + (joined ? previous.index : last.index);
    return { start, end: t.end, text: this.text.slice(start, t.end), at: k + 1 };
  }

  /** A year ("in 2024", "Q3 2024"), or a day next to a month ("Jan 5", "5 марта"). */
  private isDateNumber(core: Core, noun: { text: string } | undefined): boolean {
    const n = core.num!;
    if (isYearLike(core) && (!noun || MONTHS.has(noun.text.toLowerCase()) || YEAR_MARKS.has(noun.text.toLowerCase()))) return true;
    if (n.decimal || n.value < 1 || n.value > 31) return false;
    const prev = this.tok(this.before(core.first));
    const next = this.tok(this.skipSpace(core.end));
    const isMonth = (t: Token | undefined): boolean => !!t && t.kind === 'word' && (MONTHS.has(t.lower) || MONTHS_CASED.has(t.text));
    return isMonth(prev) || isMonth(next);
  }

  /** "1. Introduction", "2) Next", "## 3.2 Data": a list marker or a section number at the start of a line. */
  private isSectionNumber(core: Core): boolean {
    let k = core.first - 1;
    let heading = false;
    while (k >= 0 && this.toks[k].kind !== 'space' && ['#', '>'].includes(this.toks[k].text)) {
      heading ||= this.toks[k].text === '#';
      k--;
    }
    while (k >= 0 && (this.toks[k].kind === 'space' && !this.toks[k].newline || this.toks[k].text === '#' || this.toks[k].text === '>')) {
      heading ||= this.toks[k].text === '#';
      k--;
    }
    const lineStart = k < 0 || (this.toks[k].kind === 'space' && !!this.toks[k].newline);
    if (!lineStart) return false;
    const next = this.tok(core.end);
    if (next && (next.text === '.' || next.text === ')') && this.adjacent(core.end - 1, core.end) && (this.tok(core.end + 1)?.kind === 'space' || !this.tok(core.end + 1))) return true;
    const word = this.tok(this.skipSpace(core.end));
    return (heading || lineStart) && !!word && word.kind === 'word' && isTitleWord(word.text) && (heading || !!core.num?.decimal);
  }

  /** "3.2 Data", "Claude 3.5 Sonnet": a decimal number right before a capitalised word is a section or a version. */
  private isSectionReference(core: Core): boolean {
    const word = this.tok(this.skipSpace(core.end));
    return !!core.num?.decimal && this.skipSpace(core.end) === core.end + 1 && !!word && word.kind === 'word' && isTitleWord(word.text) && !isUpperWord(word.text);
  }

  /** "Python 3.11", "Figure 3", "ISO 8601", "Раздел 2": a capitalised name just before a bare number. */
  private isNameNumber(core: Core, noun: unknown): boolean {
    const k = this.before(core.first);
    const t = this.tok(k);
    if (!t || t.kind !== 'word' || k !== core.first - 2 || !isTitleWord(t.text) || core.num?.grouped) return false;
    if (FUNCTION_WORDS.has(t.lower) || RATE_NAMES.has(t.text.toUpperCase()) || RANK_WORDS.has(t.lower)) return false;
    if (LABEL_WORDS.has(t.lower)) return true;
    // Capitalised mid-sentence, a word is a name ("Python 3.11", "ISO 8601"); at
    // the start of a sentence it is just capitalised ("Храним 3 000 записей").
    return !this.startsSentence(k) || !noun;
  }

  private startsSentence(k: number): boolean {
    let p = k - 1;
    while (p >= 0 && this.toks[p].kind === 'punct' && '*_"\'«“(['.includes(this.toks[p].text)) p--;
    const t = this.tok(p);
    if (!t) return true;
    if (t.kind === 'space') {
      if (t.newline) return true;
      const before = this.tok(p - 1);
      return !before || (before.kind === 'punct' && '.!?:;'.includes(before.text));
    }
    return false;
  }
}
