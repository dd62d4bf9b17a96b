// Sentences of a unit, from Intl.Segmenter (ICU's sentence rules, which know
// "。", "！", "？" and the Russian and English full stops), with the one thing
// ICU gets wrong in technical prose fixed: a break right after an abbreviation
// ("e.g. ", "i.e. ", "т.е. ", "vs. ") is not the end of a sentence.
import type { Lang } from './script.js';

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

function endsWithAbbreviation(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  let j = i;
  while (j > 0 && !/\s/.test(text[j - 1])) j--;
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
  while (i < text.length && /\s/.test(text[i])) i++;
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
  // A text with no character that can end a sentence is one sentence: most list items, table rows and
  // headings. The segmenter (ICU) costs more than the rest of this unit's reading for them.
  if (NO_SENTENCE_END.test(text)) {
    pushTrimmed(spans, text, 0, text.length);
    return spans;
  }
  let start = 0;
  // ICU ends a sentence at every line break; a soft break inside a Markdown
  // paragraph is only a space (same length, so offsets hold).
  for (const piece of segmenterFor(lang).segment(text.replace(/[\r\n]/g, ' '))) {
    const end = piece.index + piece.segment.length;
    if (end < text.length && (endsWithAbbreviation(text, end) || opensOnArrow(text, end))) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  if (start < text.length) pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  let s = start;
  while (s < e && /\s/.test(text[s])) s++;
  if (e > s) spans.push({ start: s, end: e });
}
