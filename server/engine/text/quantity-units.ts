// What a number is measured in: the unit after it ("200ms", "200 ms",
// "5-minute", "tens of milliseconds") and the denominator of a rate, after
// it ("per day", "/s", "a year", "в секунду", "per 1k tokens") or, in
// Chinese, before it ("每秒10万", "每天处理约2亿").
import { FUNCTION_WORDS, HAN_NOT_NOUNS, PER_AFTER, PER_BEFORE, PER_WORDS, UNITS } from './quantity-lexicon.js';
import type { UnitEntry } from './quantity-lexicon.js';
import { singular } from './quantity-cursor.js';
import { RUSSIAN_ADJECTIVE_ENDINGS } from './quantity-nouns.js';
import { scriptOfChar } from './script.js';
import type { Hit, TokenCursor } from './quantity-cursor.js';
import { digitsCore } from './quantity-numbers.js';
import type { Core } from './quantity-numbers.js';

export interface Denominator {
  per: string;
  /** "per 1k tokens": 1000. */
  perAmount?: number;
  /** Token after the denominator. */
  at: number;
}

export function unitAfter(c: TokenCursor, core: Core): Hit<UnitEntry> | undefined {
  const j = core.end;
  const next = c.tok(j);
  if (!next) return undefined;
  const candidates: Array<[number, boolean]> = [];
  if (next.kind !== 'space') candidates.push([j, false]);
  const spaced = c.skipSpace(j);
  if (spaced !== j) candidates.push([spaced, true]);
  if (next.text === '-' && c.adjacent(j - 1, j) && c.isWordAt(j + 1) && c.adjacent(j, j + 1)) candidates.push([j + 1, true]);
  if (core.takesOf || core.article || core.needsUnit) {
    const of = c.skipSpace(j);
    if (c.isWordAt(of, 'of')) candidates.push([c.skipSpace(of + 1), true]);
  }
  for (const [at, isSpaced] of candidates) {
    const hit = c.forward(UNITS, at);
    if (!hit) continue;
    const { attachment } = hit.value;
    if ((attachment === 'attached' && isSpaced) || (attachment === 'spaced' && !isSpaced)) continue;
    if (c.gluedAfter(hit.at) && c.tok(hit.at)?.kind !== 'han') continue; // "5 msgs", "10 secrets"
    if (hit.form === 'с' && c.isWordAt(c.skipSpace(hit.at))) continue; // Russian "с" before a word is "with"
    if (hit.form === 'x' && !c.adjacent(j - 1, j)) continue;
    return { ...hit, at: c.abbreviationDot(hit.at, hit.form) };
  }
  return spaced !== j ? qualifiedRateAfter(c, spaced) : undefined;
}

/** Words that say which requests a rate counts: "3 concurrent requests per second". */
const RATE_QUALIFIERS = new Set(['concurrent', 'simultaneous', 'parallel', 'incoming', 'inbound', 'outbound', 'peak', 'average', 'api', 'http', 'user', 'search', 'inference', 'scoring', 'prediction']);

/**
 * A rate unit that names what it counts, after one word qualifying it: "3 concurrent requests per second",
 * "3 одновременных запроса в секунду" (a Russian adjective by its ending). Only a rate ("requests per
 * second"), so "5 new ms" is nothing.
 */
function qualifiedRateAfter(c: TokenCursor, k: number): Hit<UnitEntry> | undefined {
  const word = c.tok(k);
  if (!word || word.kind !== 'word' || !c.isWordAt(k) || c.gluedAfter(k + 1)) return undefined;
  if (!RATE_QUALIFIERS.has(word.lower) && !(scriptOfChar(word.text[0]) === 'cyrillic' && RUSSIAN_ADJECTIVE_ENDINGS.some((e) => word.lower.endsWith(e)))) return undefined;
  const at = c.skipSpace(k + 1);
  if (at === k + 1) return undefined;
  const hit = c.forward(UNITS, at);
  if (!hit || hit.value.dimension !== 'rate' || !hit.value.per || hit.value.attachment === 'attached' || (c.gluedAfter(hit.at) && c.tok(hit.at)?.kind !== 'han')) return undefined;
  return { ...hit, at: c.abbreviationDot(hit.at, hit.form) };
}

export function denominatorAfter(c: TokenCursor, j: number): Denominator | undefined {
  const glued = c.tok(j)?.kind !== 'space';
  const k = c.skipSpace(j);
  const hit = c.forward(PER_AFTER, k);
  if (hit && (!hit.form.startsWith('/') || glued || c.adjacent(k, k + 1))) return { per: hit.value, at: hit.at };
  // "per request", "на пользователя", "/user", "per 1k tokens".
  const t = c.tok(k);
  if (!t) return undefined;
  const isSlash = t.text === '/' && c.adjacent(k, k + 1);
  if (!isSlash && !(t.kind === 'word' && PER_WORDS.has(t.lower))) return undefined;
  let w = isSlash ? k + 1 : c.skipSpace(k + 1);
  if (w === k + 1 && !isSlash) return undefined;
  let perAmount: number | undefined;
  if (c.tok(w)?.kind === 'num' && (!isSlash || c.adjacent(k, w))) {
    const amount = digitsCore(c, w);
    perAmount = amount.value;
    w = c.skipSpace(amount.end);
  }
  const noun = c.tok(w);
  if (!noun || noun.kind !== 'word' || FUNCTION_WORDS.has(noun.lower)) return undefined;
  return { per: singular(noun.text), ...(perAmount !== undefined ? { perAmount } : {}), at: c.chainEnd(w) };
}

export function denominatorBefore(c: TokenCursor, first: number): Hit<string> | undefined {
  const direct = c.formBefore(PER_BEFORE, first);
  if (direct) return direct;
  // A verb may stand between: "每天处理约2亿", "每天新增数百万"; and a space before the number, as many
  // Chinese writers type digits ("日均进件 5 万单"). Past a space the quantity keeps its own start, so the
  // word before it is still read as what it counts ("日均申请量 10 万笔": 申请量).
  const space = c.tok(first - 1);
  const spaced = space?.kind === 'space' && !space.newline && c.tok(first - 2)?.kind === 'han';
  const from = spaced ? first - 1 : first;
  for (let gap = 1; gap <= 3; gap++) {
    const k = from - gap;
    if (k <= c.floor || c.toks[k].kind !== 'han' || !c.adjacent(k, k + 1) || HAN_NOT_NOUNS.has(c.toks[k].text)) return undefined;
    const hit = c.backward(PER_BEFORE, k);
    if (hit && c.adjacent(k - 1, k)) return spaced ? { ...hit, at: first } : hit;
  }
  return undefined;
}
