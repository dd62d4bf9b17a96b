// Percentiles a value is stated at: "p99 < 200 ms", "P95 latency under 1 s",
// "the 99th percentile latency is 250 ms", "200 ms at p99", "99-й перцентиль",
// "99分位", "median". A marker before a value reaches it within the same
// clause; a marker just after a value belongs to it.
import type { NumberInfo } from './quantity-tokens.js';
import { MEDIAN_WORDS, ORDINAL_SUFFIXES, PERCENTILE_LETTERS, PERCENTILE_WORDS, UNITS } from './quantity-lexicon.js';
import type { TokenCursor } from './quantity-cursor.js';

// Not "|": in a table row "| p95 latency | 150 ms |" the percentile cell names the value's.
const CLAUSE_BREAKS = new Set(['.', ';', '!', '?', '。', '；', '！', '？', ',', '，', '、', '\n']);
const REACH = 60;

/** A percentile marker: its value and the token after it. */
interface Marker {
  value: number;
  at: number;
}

function isPercentileValue(n: NumberInfo | undefined): boolean {
  return !!n && !n.dotted && !n.exponent && n.value > 0 && n.value <= 100;
}

export class PercentileReader {
  private pending: { value: number; end: number } | undefined;
  /** A marker already given to the value before it ("200 ms at p99"): not carried to the next. */
  private usedBefore = -1;

  constructor(private readonly c: TokenCursor) {}

  /** Remembers the marker at token `i`, if one starts there; returns the token after it. */
  note(i: number): number | undefined {
    const found = this.marker(i);
    if (!found) return undefined;
    if (i >= this.usedBefore) this.pending = { value: found.value, end: this.c.toks[found.at - 1].end };
    return found.at;
  }

  /** "p99", "P99.9", "99th percentile", "99-й перцентиль", "99分位", "percentile 95", "median". */
  private marker(i: number): Marker | undefined {
    const t = this.c.toks[i];
    if (t.kind === 'word' && PERCENTILE_LETTERS.has(t.text) && this.c.adjacent(i, i + 1) && isPercentileValue(this.c.toks[i + 1].num)) {
      const lettered = this.c.tok(i - 1);
      const glued = lettered && this.c.adjacent(i - 1, i) && lettered.kind === 'word';
      const tail = this.c.tok(i + 2);
      const gluedAfter = tail && this.c.adjacent(i + 1, i + 2) && (tail.kind === 'word' || tail.kind === 'num');
      if (!glued && !gluedAfter) return { value: this.c.toks[i + 1].num!.value, at: i + 2 };
      const hanWord = !glued && tail?.kind === 'han' ? this.c.forward(PERCENTILE_WORDS, i + 2) : undefined; // P99分位
      if (hanWord) return { value: this.c.toks[i + 1].num!.value, at: hanWord.at };
    }
    if (t.kind === 'num' && isPercentileValue(t.num) && !(this.c.tok(i - 1)?.kind === 'word' && this.c.adjacent(i - 1, i))) {
      let k = i + 1;
      if (this.c.textOf(k) === '-' && this.c.adjacent(k - 1, k)) k++;
      if (this.c.isWordAt(k) && this.c.adjacent(k - 1, k) && ORDINAL_SUFFIXES.has(this.c.toks[k].lower)) k++;
      if (this.c.textOf(k) === '-' && this.c.adjacent(k - 1, k)) k++;
      const word = this.c.forward(PERCENTILE_WORDS, this.c.skipSpace(k));
      if (word) return { value: t.num!.value, at: word.at };
    }
    const median = t.kind !== 'num' ? this.c.forward(MEDIAN_WORDS, i) : undefined;
    if (median) return { value: 50, at: median.at };
    const named = t.kind === 'word' ? this.c.forward(PERCENTILE_WORDS, i) : undefined;
    if (named) {
      const k = this.c.skipSpace(named.at);
      const n = this.c.tok(k);
      if (n && n.kind === 'num' && isPercentileValue(n.num) && !this.unitAfterNumber(k)) return { value: n.num!.value, at: k + 1 };
    }
    return undefined;
  }

  /** Whether a unit follows the number at `k` ("percentile 99 ms" is not a percentile marker). */
  private unitAfterNumber(k: number): boolean {
    return !!this.c.forward(UNITS, this.c.skipSpace(k + 1));
  }

  /** The percentile of the quantity at [startOffset, token endTok): a pending marker in the same clause, or one just after it. */
  attach(startOffset: number, endTok: number): number | undefined {
    const pending = this.pending;
    if (pending && pending.end <= startOffset && startOffset - pending.end <= REACH) {
      let broken = false;
      for (let o = pending.end; o < startOffset && !broken; o++) broken = CLAUSE_BREAKS.has(this.c.text[o]);
      if (!broken) {
        this.pending = undefined;
        return pending.value;
      }
    }
    // After the quantity: "200 ms at p99", "200 ms (p95)", "200 мс на 99-м перцентиле".
    let k = this.c.skipSpace(endTok);
    if (this.c.isWordAt(k, 'at') || this.c.isWordAt(k, 'на') || this.c.textOf(k) === '(' || this.c.textOf(k) === '@') k = this.c.skipSpace(k + 1);
    if (this.c.isWordAt(k, 'the')) k = this.c.skipSpace(k + 1);
    const marker = this.c.tok(k) ? this.marker(k) : undefined;
    if (marker && k - endTok <= 5) {
      this.usedBefore = marker.at;
      return marker.value;
    }
    return undefined;
  }
}
