// What the quantity recogniser reports (see quantities.ts and docs/text-layer.md).
import type { Comparator, Dimension } from './quantity-lexicon.js';

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

/** Where reading goes on after a look at one token, with what was found there. */
export interface Step {
  next: number;
  found: Quantity[];
}
