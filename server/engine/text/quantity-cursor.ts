// A view of the tokens of one text for the quantity recogniser: neighbours,
// spaces, and longest-form look-ups in the lexicon's tables, forward and
// backward. `floor` is the end of the last quantity read, so no look-back
// reaches into it.
import { tokenize } from './quantity-tokens.js';
import type { Token } from './quantity-tokens.js';
import { ABBREVIATIONS } from './quantity-lexicon.js';
import type { Table } from './quantity-lexicon.js';

export interface Hit<T> {
  value: T;
  /** First token of the match (backward look-ups) or the token after it (forward). */
  at: number;
  form: string;
}

export function isUpperWord(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isTitleWord(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "users" → "user", "queries" → "query"; leaves "status", "class", "corpus" alone. */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us')) return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return lower;
}

export class TokenCursor {
  readonly toks: Token[];
  /** Token index before which nothing may be read again (the end of the last quantity). */
  floor = 0;

  constructor(readonly text: string) {
    this.toks = tokenize(text);
  }

  tok(i: number): Token | undefined {
    return i >= 0 && i < this.toks.length ? this.toks[i] : undefined;
  }

  adjacent(a: number, b: number): boolean {
    const x = this.tok(a);
    const y = this.tok(b);
    return !!x && !!y && x.end === y.start;
  }

  /** Index after an optional same-line space at `j`. */
  skipSpace(j: number): number {
    const t = this.tok(j);
    return t && t.kind === 'space' && !t.newline ? j + 1 : j;
  }

  /** Index of the token before `j`, over an optional same-line space; -1 if none or below the floor. */
  before(j: number): number {
    let k = j - 1;
    const t = this.tok(k);
    if (t && t.kind === 'space') {
      if (t.newline) return -1;
      k--;
    }
    return k >= this.floor ? k : -1;
  }

  isWordAt(i: number, lower?: string): boolean {
    const t = this.tok(i);
    return !!t && t.kind === 'word' && (lower === undefined || t.lower === lower);
  }

  textOf(i: number): string {
    return this.tok(i)?.text ?? '';
  }

  /** Longest form of `table` starting at token `j` (same line). */
  forward<T>(table: Table<T>, j: number): Hit<T> | undefined {
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
  backward<T>(table: Table<T>, j: number): Hit<T> | undefined {
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
  formBefore<T>(table: Table<T>, j: number): Hit<T> | undefined {
    const t = this.tok(j - 1);
    if (t && t.kind === 'space') return t.newline ? undefined : this.backward(table, j - 1);
    return this.backward(table, j);
  }

  /** Includes a trailing dot after an abbreviation ("тыс.", "руб.") unless it ends the sentence. */
  abbreviationDot(j: number, form: string): number {
    const dot = this.tok(j);
    if (!ABBREVIATIONS.has(form.toLowerCase()) || !dot || dot.text !== '.' || !this.adjacent(j - 1, j)) return j;
    const next = this.tok(this.skipSpace(j + 1));
    if (!next || (next.kind === 'space' && next.newline)) return j;
    if (next.kind === 'word' && isTitleWord(next.text) && !isUpperWord(next.text)) return j;
    return j + 1;
  }

  /** End of the run of adjacent identifier tokens (letters, digits, joiners) containing `i`. */
  chainEnd(i: number, joiners = '-_./:+#@'): number {
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

  /** Whether a letter or digit is glued at token `j` (so the word before it did not end). */
  gluedAfter(j: number): boolean {
    const t = this.tok(j);
    return !!t && this.adjacent(j - 1, j) && (t.kind === 'word' || t.kind === 'num');
  }
}
