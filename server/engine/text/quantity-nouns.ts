// The counted thing next to a count: after it ("300 million DAU", "1 млн
// активных пользователей", "3亿用户", "100万个请求") or before it ("DAU: 300M",
// "日活3亿", "QPS达到5万").
import { isHan } from './quantity-tokens.js';
import { scriptOfChar } from './script.js';
import { COMPARATORS_AFTER, FUNCTION_WORDS, HAN_CLASSIFIERS, HAN_LINKS, HAN_NOT_NOUNS, HAN_SELF_NAMING_CLASSIFIERS, MONTHS, PER_AFTER, RATE_NAMES, UNITS } from './quantity-lexicon.js';
import type { UnitEntry } from './quantity-lexicon.js';
import { isUpperWord, singular } from './quantity-cursor.js';
import type { Hit, TokenCursor } from './quantity-cursor.js';
import type { Core } from './quantity-numbers.js';

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
/** Russian adjectives before the noun they qualify ("активных пользователей"). */
export const RUSSIAN_ADJECTIVE_ENDINGS = ['ых', 'их', 'ые', 'ие', 'ый', 'ий', 'ой', 'ая', 'ого', 'ую'];
/** Between a name and its number: "QPS of 10k", "DAU: 300M", "MAU is 5M". */
const NAME_CONNECTORS = new Set([':', '=', 'of', 'is', 'are', 'at', '—']);

export interface Noun {
  start: number;
  end: number;
  text: string;
  /** Token after the noun. */
  at: number;
}

/** Chinese multipliers a count may end with ("5000万", "3亿"). */
const HAN_MULTIPLIERS = new Set(['万', '亿', '千', '百']);

/** The counted thing after a count: "300 million DAU", "8k tickets", "1 млн активных пользователей", "3亿用户", "100万个请求". */
export function nounAfter(c: TokenCursor, core: Core, j: number): Noun | undefined {
  if (c.textOf(j) === '+' && c.adjacent(j - 1, j)) j++; // "10M+ users"
  let k = c.skipSpace(j);
  const hyphenated = k === j && c.textOf(j) === '-' && c.adjacent(j - 1, j) && c.isWordAt(j + 1) && c.adjacent(j, j + 1);
  if (hyphenated) k = j + 1; // "3-tier", "7B-parameter"
  if (core.takesOf && c.isWordAt(k, 'of')) k = c.skipSpace(k + 1);
  const t = c.tok(k);
  if (!t) return undefined;
  if (t.kind === 'han') return hanNounAfter(c, k);
  // A word glued to the number is no counted noun ("5abc"), except after a Chinese multiplier, where
  // Chinese writers put no space before a Latin name: "5000万SKU", "3亿DAU".
  if (t.kind !== 'word' || (k === j && c.adjacent(j - 1, j) && core.kind !== 'han' && !HAN_MULTIPLIERS.has(c.textOf(j - 1)))) return undefined;
  // Up to three words; the noun ends at the last plural or upper-case one ("daily active users", "DAU").
  const chains: Array<{ first: number; end: number; text: string }> = [];
  let at = k;
  while (chains.length < (hyphenated ? 1 : 3) && c.isWordAt(at)) {
    const word = c.toks[at];
    const glued = c.gluedAfter(at + 1);
    if ((FUNCTION_WORDS.has(word.lower) && !glued) || c.forward(PER_AFTER, at) || c.forward(UNITS, at) || c.forward(COMPARATORS_AFTER, at) || MONTHS.has(word.lower)) break;
    const end = c.chainEnd(at, '-');
    chains.push({ first: at, end, text: c.text.slice(word.start, c.toks[end - 1].end) });
    const gap = c.tok(end);
    if (!gap || gap.kind !== 'space' || gap.newline) break;
    at = end + 1;
  }
  if (chains.length === 0) return undefined;
  let last = 0;
  if (scriptOfChar(chains[0].text[0]) === 'cyrillic') {
    while (last < chains.length - 1 && RUSSIAN_ADJECTIVE_ENDINGS.some((ending) => chains[last].text.endsWith(ending))) last++;
  } else {
    last = -1;
    chains.forEach((chain, idx) => {
      const w = chain.text;
      const acronymPlural = w.endsWith('s') && isUpperWord(w.slice(0, -1)); // GPUs, LLMs
      if (isUpperWord(w) || acronymPlural || singular(w) !== w.toLowerCase()) last = idx;
    });
    if (last < 0) last = 0;
  }
  const from = c.toks[chains[0].first].start;
  const to = c.toks[chains[last].end - 1].end;
  return { start: from, end: to, text: c.text.slice(from, to), at: chains[last].end };
}

export function hanNounAfter(c: TokenCursor, k: number): Noun | undefined {
  let at = k;
  const classifier = c.textOf(at);
  if (HAN_CLASSIFIERS.has(classifier) && classifier !== '人') {
    at++;
    // A Latin name after the measure word is the counted thing: "3000 万个 SKU", "200 个 API".
    const name = c.tok(c.skipSpace(at));
    if (name && name.kind === 'word' && isUpperWord(name.text)) return { start: name.start, end: name.end, text: name.text, at: c.skipSpace(at) + 1 };
  }
  const t = c.tok(at);
  // "144,233 行（…）": the measure word names what is counted when no noun follows it.
  const selfNamed = (): Noun | undefined => {
    if (at === k || !HAN_SELF_NAMING_CLASSIFIERS.has(classifier)) return undefined;
    const mark = c.tok(k)!;
    return { start: mark.start, end: mark.end, text: classifier, at };
  };
  if (!t || t.kind !== 'han' || (at > k && !c.adjacent(at - 1, at))) return selfNamed();
  const window = c.text.slice(t.start, Math.min(c.text.length, t.start + 12));
  const first = SEGMENTER.segment(window)[Symbol.iterator]().next();
  if (first.done) return undefined;
  let word = first.value.segment;
  // ICU leaves some two-character words unsplit-able ("模块" → 模 + 块): join two single characters.
  const second = word.length === 1 ? SEGMENTER.segment(window.slice(1))[Symbol.iterator]().next() : undefined;
  if (second && !second.done && second.value.segment.length === 1 && isHan(second.value.segment) && !HAN_NOT_NOUNS.has(second.value.segment)) word += second.value.segment;
  if (!first.value.isWordLike || !isHan(word[0]) || HAN_NOT_NOUNS.has(word) || HAN_NOT_NOUNS.has(word[0]) || c.forward(UNITS, at)) return undefined;
  // Keep only Han characters ("用户。" → "用户").
  let length = 0;
  for (const ch of word) {
    if (!isHan(ch)) break;
    length += ch.length;
  }
  word = word.slice(0, length);
  let end = at;
  while (end < c.toks.length && c.toks[end].end <= t.start + word.length) end++;
  return { start: t.start, end: t.start + word.length, text: word, at: end };
}

/** Index of the name before a number, over a connector ("QPS of 10k", "DAU: 300M", "QPS达到5万"). */
export function nameBefore(c: TokenCursor, first: number): number {
  const link = c.backward(HAN_LINKS, first);
  if (link) return link.at - 1 >= c.floor ? link.at - 1 : -1;
  const k = c.before(first);
  const connector = c.tok(k);
  if (connector && NAME_CONNECTORS.has(connector.lower)) return c.before(k);
  return k;
}

/** "QPS of 10k", "peak RPS: 500", "QPS ~ 10k", "QPS 1万". */
export function rateNameBefore(c: TokenCursor, first: number): Hit<UnitEntry> | undefined {
  const k = nameBefore(c, first);
  const t = c.tok(k);
  const entry = t && t.kind === 'word' ? RATE_NAMES.get(t.text.toUpperCase()) : undefined;
  return entry ? { value: entry, at: k, form: t!.text } : undefined;
}

/** "DAU: 300M", "MAU of 5M", "日活3亿": an upper-case name or a Chinese word just before a count. */
const VOLUME_SUFFIXES = new Set(['量', '数', '额', '池', '库']);

export function nounBefore(c: TokenCursor, core: Core, first: number): Noun | undefined {
  const k = nameBefore(c, first);
  const t = c.tok(k);
  if (!t || (core.kind === 'digits' && core.scale === 1)) return undefined;
  if (t.kind === 'word' && isUpperWord(t.text) && !c.adjacent(k - 1, k)) return { start: t.start, end: t.end, text: t.text, at: k + 1 };
  if (t.kind !== 'han') return undefined;
  const from = Math.max(c.tok(c.floor)?.start ?? 0, t.end - 8);
  const segments = [...SEGMENTER.segment(c.text.slice(from, t.end))];
  const isNoun = (seg: Intl.SegmentData | undefined): seg is Intl.SegmentData => !!seg && seg.isWordLike === true && isHan(seg.segment[0]) && !HAN_NOT_NOUNS.has(seg.segment);
  const last = segments[segments.length - 1];
  if (!isNoun(last)) return undefined;
  // ICU splits some two-character words ("日活" → 日 + 活): join single characters. A volume suffix
  // (量, 数, 额) or a pool (池, 库) belongs to the word before it: "申请量 10 万" counts applications, not 量;
  // "商品池 3000 万" items, not 池.
  const previous = segments[segments.length - 2];
  const adjacent = isNoun(previous) && previous.index + previous.segment.length === last.index;
  const joined = last.segment.length === 1 && adjacent && (previous.segment.length === 1 || VOLUME_SUFFIXES.has(last.segment));
  const start = from + (joined ? previous.index : last.index);
  return { start, end: t.end, text: c.text.slice(start, t.end), at: k + 1 };
}
