// Sentences of a unit, from Intl.Segmenter (ICU's sentence rules, which know
// "。", "！", "？" and the Russian and English full stops), with the one thing
// ICU gets wrong in technical prose fixed: a break right after an abbreviation
// ("e.g. ", "i.e. ", "т.е. ", "vs. ") is not the end of a sentence.
import type { Lang } from './script.js';
import { isStopword } from './stopwords.js';

export interface Span {
  start: number;
  end: number;
}

// Lower-case abbreviations that end in a full stop inside a sentence.
const ABBREVIATIONS = new Set([
  'e.g.', 'i.e.', 'etc.', 'vs.', 'cf.', 'approx.', 'incl.', 'excl.', 'resp.', 'min.', 'max.', 'avg.', 'no.', 'fig.', 'sec.', 'est.',
  'т.е.', 'т.д.', 'т.п.', 'т.к.', 'напр.', 'см.', 'др.', 'млн.', 'млрд.', 'тыс.', 'руб.', 'мин.', 'макс.', 'сек.', 'ср.', 'прим.',
]);

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenterFor(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return segmenter;
}

/** One white-space character. Module-level: a regular expression literal in a loop is a new RegExp object per character. */
const SPACE_CHAR = /\s/;

function endsWithAbbreviation(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && SPACE_CHAR.test(text[i - 1])) i--;
  let j = i;
  while (j > 0 && !SPACE_CHAR.test(text[j - 1])) j--;
  const word = text.slice(j, i).toLowerCase().replace(/^[("'«]+/, '');
  return ABBREVIATIONS.has(word) || /^(?:[a-zа-я]\.){2,}$/.test(word);
}

/**
 * A break followed by an arrow is a step of a drawn flow, not the end of a
 * sentence: a diagram's decision node "PSI > 0.2? → yes → retrain" (the
 * extractors write every arrow as " → ") states one condition and its action.
 */
function opensOnArrow(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && SPACE_CHAR.test(text[i])) i++;
  return text[i] === '→' || text[i] === '←';
}

/**
 * Text made only of characters that never end a sentence (Unicode's sentence
 * breaks, UAX #29, come only after a full stop, a sentence terminator or a
 * paragraph separator): letters, marks, digits, spaces and line breaks, ASCII
 * punctuation but `.`, `!` and `?`, and the usual Chinese and typographic
 * punctuation that is neither. Anything else goes to the segmenter.
 */
const NO_SENTENCE_END = /^[\p{L}\p{M}\p{N}\p{Zs}\t\n\r\x20\x22-\x2d\x2f-\x3e\x40-\x7e，、：；（）《》【】「」『』“”‘’—–…·→←]*$/u;

/** Sentence spans of `text`, trailing white space excluded; never empty for non-blank text. */
export function sentenceSpans(text: string, lang: Lang): Span[] {
  const spans: Span[] = [];
  let from = 0;
  if (text.includes('\n')) {
    for (const cut of lineSentenceEnds(text)) {
      readSentences(spans, text, from, cut, lang);
      from = cut;
    }
  }
  readSentences(spans, text, from, text.length, lang);
  return spans;
}

function readSentences(spans: Span[], full: string, from: number, to: number, lang: Lang): void {
  const text = full.slice(from, to);
  // A text with no character that can end a sentence is one sentence: most list items, table rows and
  // headings. The segmenter (ICU) costs more than the rest of this unit's reading for them.
  if (NO_SENTENCE_END.test(text)) {
    pushTrimmed(spans, full, from, to);
    return;
  }
  let start = 0;
  // ICU ends a sentence at every line break; a soft break inside a Markdown
  // paragraph is only a space (same length, so offsets hold).
  for (const piece of segmenterFor(lang).segment(text.replace(/[\r\n]/g, ' '))) {
    const end = piece.index + piece.segment.length;
    if (end < text.length && (endsWithAbbreviation(text, end) || opensOnArrow(text, end))) continue;
    pushTrimmed(spans, full, from + start, from + end);
    start = end;
  }
  if (start < text.length) pushTrimmed(spans, full, from + start, to);
}

// --- Lines as sentences -------------------------------------------------------------------------
// A soft line break is a space to Markdown, and mostly a space to the writer: a paragraph wrapped
// in the editor goes on in its next line. But writers also put one statement, item or label per line
// with no full stop ("① 创建特征表" / "② 插入特征数据", "Товары 18+" / "Продажи на следующие дни",
// a code comment's lines), and read as one sentence such a block lets a hedge or a negation of one
// line cover all the others. A line break ends a sentence when the line before ends with no
// punctuation and the next line starts something new: an item marker, Chinese text (Chinese is not
// wrapped in the source: a break there would show as a stray space), or a capital letter after a
// word that can end a sentence (not after "the", "of", "и", "в": a wrapped line). A short first line
// over the rest is a label, and stays with what it labels.

/** A line ending in one of these goes on in the next (a clause, a list, a label over its content) or has ended already. */
const LINE_GOES_ON_OR_ENDED = /[,，、;；:：(（\[【{«“"'‘\-–—/&+=→←|.!?。！？…]/;
/** An item marker opening a line: circled or parenthesised numbers, bullets, check marks, emoji, "1)", "(a)", "1、", "一、". */
const ITEM_START = /^(?:[\u2460-\u24ff\u2776-\u2793•·▪▫►▶▸◆◇■□●○✓✔✗✘☐☑☒✅❌⭐]|\p{Extended_Pictographic}|[(（]\s*(?:\d{1,2}|[a-zа-я]|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,2}|[a-zа-я])\)\s|\d{1,2}[、．]|[一二三四五六七八九十]{1,3}[、．]|\d{1,2}\.\s+\S)/u;
/**
 * Words that join a line to the one before it: a reason, a consequence, a contrast, an addition; and a
 * reason's label, which speaks of the line above ("What we ship: logistic regression" / "Why: start simple").
 */
const CONNECTIVE_START = /^(?:(?:因为|由于|所以|因此|但是|但|而且|并且|以及|或者|并|且|而|从而|以便|其中|即|以免|否则|同时|原因|理由)|(?:because|since|so|and|or|but|which|that|while|whereas|thus|hence|why|reason|rationale|потому|поэтому|так как|и|или|но|а|что|чтобы|который|которая|которые|которое|где|хотя|однако|почему|причина|обоснование)(?![\p{L}\p{N}]))/iu;
const HAN_CHAR = /\p{Script=Han}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * A short first line over a longer text is its label ("Baseline" over "Logistic regression on …",
 * "Бизнес-цель" over its goal, a bold line whose ** the text drops): the label goes with what it names.
 */
function isShortLabel(line: string): boolean {
  if (/[,，、;；]/.test(line)) return false;
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w) && !HAN_CHAR.test(w)).length;
  return han <= 6 && words + Math.ceil(han / 2) <= 4;
}

/** Offsets just after each line break of `text` that ends a sentence (see above). */
function lineSentenceEnds(text: string): number[] {
  const cuts: number[] = [];
  const lineByLine = writtenLineByLine(text);
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    // A blank line ends a paragraph, and so a sentence (an extractor writes one where a line it joined starts anew).
    const blank = text.slice(lineStart, nl).trim() === '';
    if (blank ? lineStart > 0 : breakEndsSentence(text, lineStart, nl, lineByLine)) cuts.push(nl + 1);
    lineStart = nl + 1;
  }
  return cuts;
}

/**
 * Whether `next` starts a new statement after `line`, read as lines written one statement each (a code
 * comment's lines: "# Fraud may be reported 30 days late" over "# Only use labels known at the cut-off").
 */
export function lineOpensStatement(line: string, next: string): boolean {
  const text = `${line}\n${next}`;
  return breakEndsSentence(text, 0, line.length, true);
}

/**
 * Three lines or more, none starting in lower case: a text written one statement a line. A paragraph
 * wrapped in the editor has lines that go on in lower case; one whose lines all start with a capital
 * by chance is rarely longer than two.
 */
function writtenLineByLine(text: string): boolean {
  let lines = 0;
  for (const line of text.split('\n')) {
    const first = line.match(/\S/u)?.[0];
    if (first === undefined) continue;
    if (LOWER.test(first)) return false;
    lines++;
  }
  return lines >= 3;
}

/** The first word of a line, lower-cased, when it is a capitalised function word ("The", "We", "Для"). */
function opensWithFunctionWord(text: string, s: number): boolean {
  const word = /^[\p{L}'’]+/u.exec(text.slice(s, s + 24))?.[0];
  return word !== undefined && UPPER.test(word[0]) && !/^\p{Lu}{2}/u.test(word) && isStopword(word.toLowerCase());
}

function breakEndsSentence(text: string, lineStart: number, nl: number, lineByLine: boolean): boolean {
  let e = nl;
  while (e > lineStart && /\s/.test(text[e - 1])) e--;
  if (e === lineStart || LINE_GOES_ON_OR_ENDED.test(text[e - 1])) return false;
  let s = nl + 1;
  while (s < text.length && /[ \t\r]/.test(text[s])) s++;
  if (s >= text.length || text[s] === '\n') return false;
  const next = text.slice(s, Math.min(text.length, s + 12));
  if (ITEM_START.test(next)) return true;
  if (lineStart === 0 && isShortLabel(text.slice(0, e))) return false;
  const first = text[s];
  const last = text[e - 1];
  // A line that opens with a connective goes on with the line before: "模型选择 LightGBM" / "因为…", "We chose X" / "Because …".
  if (CONNECTIVE_START.test(next)) return false;
  if (HAN_CHAR.test(first)) return true;
  if (HAN_CHAR.test(last)) return UPPER.test(first) || /\d/.test(first);
  if (!UPPER.test(first)) return false;
  // A capital is a new sentence when the line opens with a function word ("We", "The", "Это") or the text
  // is written line by line; otherwise it may be a name a wrapped line starts with ("we chose\nLightGBM").
  if (!lineByLine && !opensWithFunctionWord(text, s)) return false;
  // An acronym after a lower-case word is mostly a wrapped line too ("… and compute\nCTR daily").
  if (LOWER.test(last) && /^\p{Lu}{2}/u.test(next)) return false;
  // A capital after a function word is a wrapped line ("… trained on the\nGoogle logs").
  let w = e;
  while (w > lineStart && /[\p{L}\p{N}'’]/u.test(text[w - 1])) w--;
  const word = text.slice(w, e).toLowerCase();
  return word.length > 0 && !isStopword(word);
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  let s = start;
  while (s < e && /\s/.test(text[s])) s++;
  if (e > s) spans.push({ start: s, end: e });
}
