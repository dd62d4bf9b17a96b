// Every quantity a design-doc writer writes, in English, Russian and Chinese,
// with exact offsets: "300 million DAU", "8k tickets per day", "p99 < 200 ms",
// "tens of milliseconds", "RTF ≤ 0.2", "1 млн руб.", "不超过200毫秒", "3千万".
//
// Hand-written rather than a library: the one multi-language recogniser
// (Microsoft Recognizers-Text) has no Russian and is built from large regex
// tables; the number-word packages (words-to-numbers and the like) are
// English-only and give no offsets. This is a small tokenizer
// (quantity-tokens.ts), data tables per language (quantity-lexicon.ts), and
// readers that look a bounded number of tokens around each number (so a
// document of any size is read in linear time): numbers as written
// (quantity-numbers.ts), units and denominators (quantity-units.ts), counted
// nouns (quantity-nouns.ts), percentiles (quantity-percentiles.ts) and
// numbers that are not quantities (quantity-exclusions.ts), put together
// below.
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
import { simplifyHan } from './normalize.js';
import {
  COMPARATIVES, COMPARATORS_AFTER, COMPARATORS_BEFORE, CURRENCY_BEFORE, DURATION_NOUNS, HAN_CLASSIFIERS, HAN_DATE_MARKS, MODEL_SIZE_NOUNS,
  ORDINAL_SUFFIXES, RANGE_DASHES, RANGE_OPENERS, RANK_WORDS, TIMES_WORDS,
} from './quantity-lexicon.js';
import type { Comparator, Dimension, UnitEntry } from './quantity-lexicon.js';
import { isUpperWord, TokenCursor } from './quantity-cursor.js';
import type { Hit } from './quantity-cursor.js';
import { digitsCore, hanCore, isYearLike, proportion, wordsCore } from './quantity-numbers.js';
import type { Core } from './quantity-numbers.js';
import { nameBefore, nounAfter, nounBefore, rateNameBefore } from './quantity-nouns.js';
import type { Noun } from './quantity-nouns.js';
import { PercentileReader } from './quantity-percentiles.js';
import { mayHoldQuantity } from './quantity-gate.js';
import { denominatorAfter, denominatorBefore, unitAfter } from './quantity-units.js';
import {
  attachedWordFits, dateOrTime, isDateNumber, isNameNumber, isSectionNumber, isSectionReference, joinedBefore, skip, skipIdentifier,
} from './quantity-exclusions.js';
import type { Quantity, QuantityRole, Step } from './quantity-types.js';

export type { Comparator, Dimension } from './quantity-lexicon.js';
export type { Quantity, QuantityRole } from './quantity-types.js';

/** A Chinese sentence: where a bare "500w" is five million. */
const HAN_TEXT = /\p{Script=Han}/u;

export function findQuantities(text: string): Quantity[] {
  // Traditional Chinese is read as Simplified ("兩千萬", "1 億用戶"), offsets unchanged (normalize.ts).
  const simplified = simplifyHan(text);
  // Most units hold no number at all: one regular expression says so without tokenizing them.
  return mayHoldQuantity(simplified) ? read(text, simplified) : [];
}

/** The recogniser without the gate: what test/text-quantity-gate.test.ts checks the gate against. */
export function readQuantities(text: string): Quantity[] {
  return read(text, simplifyHan(text));
}

/** Quantities read on the Simplified form; a counted noun keeps the words as written (matching normalises them). */
function read(text: string, simplified: string): Quantity[] {
  const quantities = new Recogniser(simplified).run();
  if (simplified !== text) for (const q of quantities) if (q.noun) q.noun.text = text.slice(q.noun.start, q.noun.end);
  return quantities;
}

const SIGNS = new Set(['-', '−', '+']);

function lastWord(phrase: string): string {
  const cut = Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-'));
  return phrase.slice(cut + 1);
}

/** A quantity being read: what its number, unit and context have said so far. */
interface Draft {
  core: Core;
  /** Token range of the whole quantity. */
  first: number;
  end: number;
  value: number;
  approximate: boolean;
  comparator?: Comparator;
  dimension?: Dimension;
  unit?: string;
  unitHit?: Hit<UnitEntry>;
  per?: string;
  perAmount?: number;
  role?: QuantityRole;
  noun?: Noun;
  range?: { low: number; high: number };
  /** Read before the number: a sign, a currency, a rank word, a comparator. */
  signed: boolean;
  currency: boolean;
  rank: boolean;
  comparedBefore: boolean;
}

/** Not a quantity after all. */
const REJECT = false;

class Recogniser extends TokenCursor {
  private readonly out: Quantity[] = [];
  private readonly percentiles = new PercentileReader(this);

  run(): Quantity[] {
    let i = 0;
    while (i < this.toks.length) {
      if (this.toks[i].kind === 'space') {
        i++;
        continue;
      }
      const afterMarker = this.percentiles.note(i);
      if (afterMarker !== undefined) {
        i = afterMarker;
        continue;
      }
      const step = this.readAt(i);
      if (!step) {
        i++;
        continue;
      }
      this.out.push(...step.found);
      i = Math.max(step.next, i + 1);
      if (step.found.length > 0) this.floor = i;
    }
    return this.out;
  }

  private readAt(i: number): Step | undefined {
    const t = this.toks[i];
    if (t.kind === 'num') return this.readDigits(i);
    const core = t.kind === 'word' ? wordsCore(this, i) : t.kind === 'han' ? hanCore(this, i) : undefined;
    return core ? this.complete(core) : undefined;
  }

  /** A number written in digits, unless it is part of an identifier, a date or an ordinal. */
  private readDigits(i: number): Step | undefined {
    const n = this.toks[i].num!;
    if (n.dotted) return skip(this, i); // 1.2.3, 10.0.0.1
    if (!Number.isFinite(n.value) || (n.integerDigits > 15 && !n.grouped)) return skip(this, i); // ids, hashes, digit soup
    const prev = this.tok(i - 1);
    if (prev && this.adjacent(i - 1, i)) {
      if (prev.kind === 'word') return skipIdentifier(this, i); // v2, K8s, L2, Q3, H100
      if (prev.kind === 'han' && prev.text === '第') return skip(this, i); // 第3章
      if (prev.kind === 'punct' && !joinedBefore(this, i)) return skipIdentifier(this, i);
    }
    const date = dateOrTime(this, i);
    if (date) return date;
    const next = this.tok(i + 1);
    if (next && this.adjacent(i, i + 1)) {
      if (next.kind === 'word' && !attachedWordFits(this, i + 1)) {
        return ORDINAL_SUFFIXES.has(next.lower) ? skip(this, i) : skipIdentifier(this, i); // 1st, 2FA, 3D, 5G
      }
      if (next.kind === 'han' && HAN_DATE_MARKS.has(next.text)) return skip(this, i); // 3月, 5日, 3点
      if (next.text === '_') return skipIdentifier(this, i);
    }
    return this.complete(proportion(this, i) ?? digitsCore(this, i));
  }

  /** Reads the unit, the counted thing, the denominator and the words around a number. */
  private complete(core: Core): Step | undefined {
    const d: Draft = {
      core, first: core.first, end: core.end, value: core.value, approximate: core.approximate, signed: false, currency: false, rank: false, comparedBefore: false,
      ...(core.comparator ? { comparator: core.comparator } : {}),
    };
    const range = this.readRange(core);
    if (range) d.range = range;
    d.value = core.value;
    d.end = core.end;
    d.approximate = core.approximate;
    const unit = this.readUnit(d);
    if (unit !== true) return unit || undefined;
    if (!this.readCounted(d) || !this.readDenominator(d)) return undefined;
    this.readComparatorAfter(d);
    if (!this.readBefore(d)) return undefined;
    this.classify(d);
    if (this.isNotAQuantity(d)) return skip(this, core.first);
    return { next: d.end, found: [this.build(d)] };
  }

  /** "100–200 ms", "5-10k", "between 2 and 3", "от 5 до 10", "100~200毫秒": widens the core to both ends. */
  private readRange(core: Core): { low: number; high: number } | undefined {
    const k = this.skipSpace(core.end);
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
    let other: Core | undefined;
    if (second?.kind === 'num' && !second.num!.dotted) other = digitsCore(this, secondAt);
    else if (second?.kind === 'word' && core.kind === 'words') other = wordsCore(this, secondAt);
    else if (second?.kind === 'han' && core.kind === 'han') other = hanCore(this, secondAt);
    if (!other || other.needsUnit || (other.kind === 'digits' && this.gluedAfter(other.end) && !attachedWordFits(this, other.end))) return undefined;
    // "5-10k": the multiplier of the second end is the first's too.
    let low = core.value;
    if (core.scale === 1 && other.scale > 1 && core.kind === 'digits') low *= other.scale;
    if (low > other.value) return undefined; // "from 200 to 100" is a change, not a range
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

  /** Whether an upper-case name of a count stands just before the number ("DAU 2000w", "QPS: 5w"). */
  private upperNameBefore(first: number): boolean {
    const name = this.tok(nameBefore(this, first));
    // Not a duration's name: "TTL 4w" is four weeks.
    return !!name && name.kind === 'word' && isUpperWord(name.text) && !DURATION_NOUNS.has(name.text.toLowerCase());
  }

  /** The unit: true to go on, false when the number needs a unit it lacks, a Step to skip a year ("2024 год", "the 1990s"). */
  private readUnit(d: Draft): boolean | Step {
    const { core } = d;
    let hit = core.percent ? undefined : unitAfter(this, core);
    // "5m": minutes, unless a counted noun follows ("5m users" is five million) or a currency precedes ("$5m").
    // "5 B": bytes, unless a counted noun follows ("5 B users", "2 B DAU" are billions; "40 B per vector" stays bytes).
    const magnitude = hit?.form === 'm' ? 1e6 : hit?.form === 'B' ? 1e9 : undefined;
    // "10w QPS", "日活 500w": Chinese writers' w is 万 (ten thousand), not weeks, before a counted
    // noun or a unit, after an upper-case name ("DAU 2000w", a table cell of a Chinese doc with no
    // Chinese in it), or in a Chinese sentence; "lookback 4w" stays four weeks.
    if ((hit?.form === 'w' || hit?.form === 'W') && (nounAfter(this, core, hit.at) || unitAfter(this, { ...core, end: hit.at }) || HAN_TEXT.test(this.text) || this.upperNameBefore(core.first))) {
      d.value *= 1e4;
      core.scale *= 1e4;
      core.end = hit.at;
      d.end = hit.at;
      hit = unitAfter(this, core);
    }
    if (hit && magnitude) {
      const counted = nounAfter(this, core, hit.at);
      if ((counted && !DURATION_NOUNS.has(counted.text.toLowerCase())) || this.currencyBefore(core.first)) {
        d.value *= magnitude;
        core.scale *= magnitude;
        d.end = hit.at;
        hit = undefined;
      }
    }
    if (hit) {
      const entry = hit.value;
      const isYear = entry.unit === 's' && (entry.factor === 365 * 86_400 || hit.form === 's');
      if (isYear && isYearLike(core)) return skip(this, core.first);
      d.unitHit = hit;
      d.dimension = entry.dimension;
      d.unit = entry.unit;
      d.value *= entry.factor;
      if (entry.per) d.per = entry.per;
      d.end = hit.at;
      // "10k QPS": the rate unit is also what is counted.
      if (entry.dimension === 'rate') {
        const start = this.toks[this.skipSpace(core.end)].start;
        const end = this.toks[hit.at - 1].end;
        d.noun = { start, end, text: this.text.slice(start, end), at: hit.at };
      }
    } else if (core.percent) {
      d.dimension = 'percent';
      d.unit = '%';
    } else if (core.proportion) {
      d.dimension = 'ratio';
    }
    if ((core.needsUnit || core.article) && !hit && !core.frequency) return REJECT;
    return true;
  }

  /** The counted thing; "N times" as a ratio; a model's size; false for number words that count nothing ("the two"). */
  private readCounted(d: Draft): boolean {
    const { core } = d;
    if (!d.dimension || d.dimension === 'rate') {
      d.noun ??= nounAfter(this, core, d.end);
      const noun = d.noun;
      if (noun && d.dimension !== 'rate' && TIMES_WORDS.has(noun.text.toLowerCase())) {
        const comparative = this.tok(this.skipSpace(noun.at));
        const isRatio = (comparative?.kind === 'word' && COMPARATIVES.has(comparative.lower)) || this.isWordAt(this.before(core.first), 'в');
        if (isRatio) {
          d.dimension = 'ratio';
          d.unit = 'x';
          d.end = noun.at;
          delete d.noun;
        }
      }
      if (d.noun && d.dimension !== 'ratio' && core.scale >= 1e6 && MODEL_SIZE_NOUNS.has(lastWord(d.noun.text).toLowerCase())) {
        d.role = 'model-size';
        d.unit = 'params';
        d.dimension = 'count';
      }
    }
    if (core.kind === 'han' && core.needsHanFollower && !d.unitHit) {
      const classifier = HAN_CLASSIFIERS.has(this.textOf(core.end)) && this.adjacent(core.end - 1, core.end);
      const large = this.toks.slice(core.first, core.end).some((t) => t.text === '万' || t.text === '亿');
      if (!(classifier && core.value !== 1) && !(large && d.noun)) return REJECT;
    }
    return !(core.bareWords && !d.unitHit && !d.noun && !core.frequency);
  }

  /** The denominator, after the noun or a Chinese classifier ("2万条/秒"); false for "once" without one. */
  private readDenominator(d: Draft): boolean {
    const classified = !d.unitHit && HAN_CLASSIFIERS.has(this.textOf(d.end)) && this.adjacent(d.end - 1, d.end) ? d.end + 1 : d.end;
    const from = d.noun && (d.dimension === undefined || d.dimension === 'rate') ? d.noun.at : classified;
    const per = d.dimension === 'ratio' ? undefined : denominatorAfter(this, from);
    if (!per) return !d.core.frequency;
    d.per = per.per;
    if (per.perAmount !== undefined) d.perAmount = per.perAmount;
    d.end = per.at;
    return true;
  }

  /** "or less", "10M+", "以内", "左右". */
  private readComparatorAfter(d: Draft): void {
    const spaced = this.tok(d.end)?.kind === 'space';
    const after = this.forward(COMPARATORS_AFTER, spaced ? this.skipSpace(d.end) : d.end);
    if (!after || (after.form === '+' && spaced)) return;
    d.comparator = after.value;
    d.end = after.at;
  }

  /** Sign, currency, rank word, comparator, range opener and Chinese denominator before the number; false for "a second model". */
  private readBefore(d: Draft): boolean {
    const sign = this.signBefore(d.first);
    if (sign) {
      if (sign.value === -1) d.value = -d.value;
      d.first = sign.at;
      d.signed = true;
    }
    const currency = this.currencyBefore(d.first);
    if (currency && (!d.dimension || d.dimension === 'money')) {
      d.dimension = 'money';
      d.unit = currency.value;
      d.first = currency.at;
      d.currency = true;
    }
    const rank = d.unitHit ? undefined : this.rankBefore(d.first);
    if (rank) {
      d.first = rank.at;
      d.rank = true;
    }
    const compared = this.subBefore(d.first) ?? this.formBefore(COMPARATORS_BEFORE, d.first);
    if (compared && !d.rank && !(d.range && RANGE_OPENERS.has(compared.form.toLowerCase()))) {
      d.comparator = compared.value;
      d.first = compared.at;
      d.comparedBefore = true;
    }
    if (d.range) d.first = this.rangeOpener(d.first)?.at ?? d.first;
    const per = d.per ? undefined : denominatorBefore(this, d.first);
    if (per) {
      d.per = per.value;
      d.first = per.at;
    }
    if (d.comparator === '~') d.approximate = true;
    if (d.core.needsComparator && !d.comparator) return false; // "One day we may…", "一天处理…"
    return !(d.core.article && !d.comparedBefore); // "within a second", not "a second model"
  }

  /** The dimension when no unit gave one: a rate named before ("QPS of 10k"), a rank, a ratio, a count, or plain. */
  private classify(d: Draft): void {
    const { core } = d;
    if (!d.dimension) {
      const rate = rateNameBefore(this, d.first);
      if (rate) {
        d.dimension = 'rate';
        d.unit = rate.value.unit;
        if (rate.value.per) d.per = rate.value.per;
        const t = this.toks[rate.at];
        d.noun ??= { start: t.start, end: t.end, text: t.text, at: rate.at + 1 };
      }
    }
    if (!d.noun && !d.dimension) d.noun = nounBefore(this, core, d.first);
    if (d.rank) {
      d.dimension = 'plain';
      d.role = 'rank-cutoff';
    } else if (!d.dimension) {
      if (d.per) d.dimension = 'rate';
      else if (core.num?.decimal && core.scale === 1 && core.value >= 0 && core.value <= 1) d.dimension = 'ratio';
      else if (d.noun || core.scale > 1 || core.kind !== 'digits') d.dimension = 'count';
      else d.dimension = 'plain';
    } else if (d.dimension === 'count' && d.per) d.dimension = 'rate';
  }

  /** Years, dates, section numbers and names read as bare numbers. */
  private isNotAQuantity(d: Draft): boolean {
    const { core } = d;
    const bare = core.kind === 'digits' && !d.unitHit && core.scale === 1 && !d.currency && !core.proportion && d.dimension !== 'ratio';
    if (bare && !d.comparator && !d.per && !d.range && isDateNumber(this, core, d.noun)) return true;
    if (d.range && !d.unitHit && !d.noun && isYearLike({ ...core, num: this.toks[core.first].num, scale: 1 })) return true; // 2019-2023
    return bare && !d.comparator && !d.rank && !d.signed && (isSectionNumber(this, core) || isSectionReference(this, core) || isNameNumber(this, core, d.noun));
  }

  private build(d: Draft): Quantity {
    const quantity: Quantity = {
      start: this.toks[d.first].start,
      end: this.toks[d.end - 1].end,
      value: Number.isFinite(d.value) ? d.value : undefined,
      approximate: d.approximate,
      dimension: d.dimension ?? 'plain',
    };
    if (d.unit) quantity.unit = d.unit;
    if (d.per) quantity.per = d.per;
    if (d.perAmount !== undefined) quantity.perAmount = d.perAmount;
    if (d.comparator) quantity.comparator = d.comparator;
    if (d.range) {
      const factor = d.unitHit ? d.unitHit.value.factor : 1;
      quantity.low = d.range.low * factor;
      quantity.high = d.range.high * factor;
    }
    if (d.role) quantity.role = d.role;
    if (d.noun && (quantity.dimension === 'count' || quantity.dimension === 'rate' || quantity.dimension === 'plain')) {
      quantity.noun = { start: d.noun.start, end: d.noun.end, text: d.noun.text };
    }
    const percentile = this.percentiles.attach(quantity.start, d.end);
    if (percentile !== undefined) quantity.percentile = percentile;
    return quantity;
  }

  private signBefore(first: number): Hit<number> | undefined {
    const t = this.tok(first - 1);
    if (!t || first - 1 < this.floor || !this.adjacent(first - 1, first) || !SIGNS.has(t.text)) return undefined;
    const p = this.tok(first - 2);
    if (p && this.adjacent(first - 2, first - 1) && (p.kind === 'word' || p.kind === 'num')) return undefined;
    return { value: t.text === '+' ? 1 : -1, at: first - 1, form: t.text };
  }

  /** "sub-100ms". */
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
}
