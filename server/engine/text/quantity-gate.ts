// Whether a text can hold a quantity at all, decided by one regular
// expression before the recogniser (quantities.ts) tokenizes it. Every rule
// with a quantity part asks about every unit, and four units in five of the
// corpus docs hold no quantity; the gate turns away two in three.
//
// The gate may let through a text that holds no quantity, never the reverse.
// Every quantity starts at a number core (quantity-numbers.ts), and a core
// starts only at
// - a digit (ASCII or full-width),
// - a Chinese numeral character (a vague prefix like 数 or 近 is followed by one),
// - a word of the number-word, frequency-word or spaced-multiplier tables
//   ("two", "several", "once", "thousand", "несколько", "раз", "млн"),
// - "a"/"an" as a lone article, which is a quantity only with a unit right after it
//   ("within a second", "under an hour", "a-minute"): the gate asks for the first
//   token of a unit form after it.
// The word lists are the lexicon's own tables, so a word added there is gated in.
// test/text-quantity-gate.test.ts checks the gate against the recogniser.
import { FREQUENCY_WORDS, HAN_DIGITS, HAN_MULTIPLIERS, MULTIPLIERS, NUMBER_WORDS, UNITS } from './quantity-lexicon.js';
import type { Table } from './quantity-lexicon.js';
import { tokenize } from './quantity-tokens.js';

/** A letter of a word token (quantity-tokens.ts): any letter or mark but a Han character. */
const WORD_CHAR = '(?:(?!\\p{Script=Han})[\\p{L}\\p{M}])';
/** A same-line space token. */
const SPACE = '[^\\S\\n\\r]+';
const ARTICLES = new Set(['a', 'an']);

const escape = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The first token of every form in the tables, lower-cased; `keep` chooses the forms by their value. */
function firstTokens<T>(tables: ReadonlyArray<Table<T>>, keep: (value: T) => boolean = () => true): string[] {
  const firsts = new Set<string>();
  for (const table of tables) {
    for (const [form, value] of [...table.exact, ...table.folded]) {
      const first = tokenize(form).find((t) => t.kind !== 'space');
      if (first && keep(value)) firsts.add(first.text.toLowerCase());
    }
  }
  return [...firsts];
}

/** Alternatives longest first, so that a longer form is not cut by a shorter one that starts it. */
const alternation = (forms: Iterable<string>): string => [...new Set(forms)].sort((a, b) => b.length - a.length).map(escape).join('|');

function gatePattern(): RegExp {
  const numberWords = firstTokens([NUMBER_WORDS]).filter((word) => !ARTICLES.has(word));
  const multiplierWords = firstTokens([MULTIPLIERS], (m) => m.attachment !== 'attached');
  const words = [...numberWords, ...multiplierWords, ...FREQUENCY_WORDS.keys()].filter((word) => tokenize(word)[0]?.kind === 'word');
  const numerals = [...HAN_DIGITS.keys(), ...HAN_MULTIPLIERS.keys()].join('');
  const unitStarts = firstTokens([UNITS]);
  const wordUnitStarts = unitStarts.filter((form) => tokenize(form)[0]?.kind === 'word');
  const otherUnitStarts = unitStarts.filter((form) => tokenize(form)[0]?.kind !== 'word');
  // After the article: the unit glued to it (only a non-letter can be), after a space or a
  // hyphen, or after " of" ("a quarter of a second" is read from "quarter", a number word).
  const before = `(?:${SPACE}of)?(?:${SPACE}|-)?`;
  const unit = `${before}(?:(?:${alternation(wordUnitStarts)})(?!${WORD_CHAR})|${alternation(otherUnitStarts)})`;
  const source = [
    '[0-9\\uff10-\\uff19]',
    `[${numerals}]`,
    `(?<!${WORD_CHAR})(?:${alternation(words)})(?!${WORD_CHAR})`,
    `(?<!${WORD_CHAR})an?(?!${WORD_CHAR})${unit}`,
  ].join('|');
  return new RegExp(source, 'iu');
}

/** Exported for the ReDoS test (test/regex-safety.test.ts). */
export const GATE_PATTERN = gatePattern();

/** False only for a text in which findQuantities finds nothing. */
export function mayHoldQuantity(text: string): boolean {
  return GATE_PATTERN.test(text);
}
