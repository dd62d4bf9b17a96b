// The language-aware reading of one unit of text, shared by every rule: its
// normalised form, tokens with stems, language, and — computed on first use,
// since many units never hold a cue — its sentences, what each commits to and
// its quantities.
// A unit's text never changes, so all of it is kept with the unit's fragment
// and reused while an edit elsewhere leaves the fragment alone.
import { normalize } from './normalize.js';
import { analyzePolarity, type Polarity } from './polarity.js';
import { findQuantities, type Quantity } from './quantities.js';
import { detectLanguage, type Lang } from './script.js';
import { sentenceSpans, type Span } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

export class UnitText {
  readonly norm: string;
  readonly tokens: Token[];
  readonly lang: Lang;
  private sentenceList: Span[] | undefined;
  private polarityMarks: Polarity | undefined;
  private quantityList: Quantity[] | undefined;

  constructor(readonly text: string) {
    this.norm = normalize(text);
    this.tokens = tokenize(text, this.norm);
    this.lang = detectLanguage(text);
  }

  get sentences(): Span[] {
    return (this.sentenceList ??= sentenceSpans(this.text, this.lang));
  }

  get polarity(): Polarity {
    return (this.polarityMarks ??= analyzePolarity(this.text, this.norm, this.tokens, this.sentences, () => this.quantities));
  }

  /** Every quantity in the unit ("p99 < 200 ms", "300 million DAU"), read on first use and shared by every rule. */
  get quantities(): Quantity[] {
    return (this.quantityList ??= findQuantities(this.text));
  }

  /** Index of the sentence holding offset `at`. */
  sentenceIndexAt(at: number): number {
    const sentences = this.sentences;
    for (let i = 0; i < sentences.length; i++) if (at < sentences[i].end) return i;
    return Math.max(0, sentences.length - 1);
  }
}

/** Readings of short texts kept at most; past it the cache starts again (a document has far fewer headings). */
const SHARED_LIMIT = 4000;
const shared = new Map<string, UnitText>();

/**
 * The reading of a heading or a column header, shared: rules ask about the
 * same few strings for every unit under them, and a reading's tokens are also
 * the key of its phrase index (phrases.ts), so one reading is looked up once.
 */
export function readingOf(text: string): UnitText {
  let reading = shared.get(text);
  if (!reading) {
    if (shared.size >= SHARED_LIMIT) shared.clear();
    reading = new UnitText(text);
    shared.set(text, reading);
  }
  return reading;
}
