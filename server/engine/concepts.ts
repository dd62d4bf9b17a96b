// A small vocabulary for "does this passage talk about X": term lists matched
// on word stems (so inflection does not matter), regular expressions on the
// normalised text, and combinators. Rules read as a list of concepts instead
// of a tangle of regexes.
import type { ProseUnit } from './model.js';
import { stemOf } from './text.js';
import type { Match } from './types.js';

export type { Match } from './types.js';

export type Matcher = (unit: ProseUnit) => Match | undefined;

interface TermPart {
  /** Stem to compare, or a prefix when `prefix` is set. */
  stem: string;
  prefix: boolean;
  /** Up to this many other words may come before this part. */
  gapBefore: number;
}

const GAP = /^(?:…|\.\.\.)$/;

function compileTerm(term: string): TermPart[] {
  const parts: TermPart[] = [];
  let gap = 0;
  for (const raw of term.toLowerCase().split(/[\s/-]+/).filter(Boolean)) {
    if (GAP.test(raw)) {
      gap = 4;
      continue;
    }
    const prefix = raw.endsWith('*');
    const word = prefix ? raw.slice(0, -1) : raw;
    parts.push({ stem: prefix ? word : stemOf(word), prefix, gapBefore: gap });
    gap = 0;
  }
  return parts;
}

function matchAt(unit: ProseUnit, parts: readonly TermPart[], index: number, partIndex: number): number {
  if (partIndex === parts.length) return index - 1;
  const part = parts[partIndex];
  const maxSkip = partIndex === 0 ? 0 : part.gapBefore;
  for (let skip = 0; skip <= maxSkip; skip++) {
    const token = unit.tokens[index + skip];
    if (!token) return -1;
    const hit = part.prefix ? token.word.startsWith(part.stem) : token.stem === part.stem || token.word === part.stem;
    if (hit) {
      const end = matchAt(unit, parts, index + skip + 1, partIndex + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/**
 * Matches any of the phrases, word by word on stems. In a phrase, `word*`
 * matches any word starting with `word`, and `…` allows up to four other
 * words in between ("split … by time").
 */
export function terms(...phrases: string[]): Matcher {
  const compiled = phrases.map(compileTerm).filter((p) => p.length > 0);
  // Index phrases by their first word so each token is tried only against
  // the phrases that can start there (a long doc has ~10⁵ tokens, a rule ~50 phrases).
  const byFirst = new Map<string, TermPart[][]>();
  const prefixed: TermPart[][] = [];
  for (const parts of compiled) {
    if (parts[0].prefix) prefixed.push(parts);
    else byFirst.set(parts[0].stem, [...(byFirst.get(parts[0].stem) ?? []), parts]);
  }
  const NONE: TermPart[][] = [];
  return (unit) => {
    for (let i = 0; i < unit.tokens.length; i++) {
      const token = unit.tokens[i];
      const lists = [byFirst.get(token.stem) ?? NONE, token.word !== token.stem ? byFirst.get(token.word) ?? NONE : NONE, prefixed];
      for (const list of lists) {
        for (const parts of list) {
          const last = matchAt(unit, parts, i, 0);
          if (last >= 0) return { start: token.start, end: unit.tokens[last].end };
        }
      }
    }
    return undefined;
  };
}

/**
 * Every regular expression handed to `pattern`/`textPattern`, including the
 * ones rules build at load time from strings, so the ReDoS test can check
 * them all.
 */
export const REGISTERED_PATTERNS: RegExp[] = [];

/** Matches a regular expression on the normalised (lower-case) text. */
export function pattern(re: RegExp): Matcher {
  const flags = re.flags.replace('g', '');
  const compiled = new RegExp(re.source, flags);
  REGISTERED_PATTERNS.push(compiled);
  return (unit) => {
    const m = compiled.exec(unit.norm);
    return m ? { start: m.index, end: m.index + m[0].length } : undefined;
  };
}

/** Matches a regular expression on the text as written (case matters: "MAP" the metric, not "map" the verb). */
export function textPattern(re: RegExp): Matcher {
  const compiled = new RegExp(re.source, re.flags.replace('g', ''));
  REGISTERED_PATTERNS.push(compiled);
  return (unit) => {
    const m = compiled.exec(unit.text);
    return m ? { start: m.index, end: m.index + m[0].length } : undefined;
  };
}

/** The leftmost match of any of the matchers (so later matches can be tried in order). */
export function anyOf(...matchers: Matcher[]): Matcher {
  return (unit) => {
    let best: Match | undefined;
    for (const matcher of matchers) {
      const m = matcher(unit);
      if (m && (!best || m.start < best.start)) best = m;
    }
    return best;
  };
}

/** `matcher` unless `veto` also matches the unit. */
export function unless(matcher: Matcher, veto: Matcher): Matcher {
  return (unit) => (veto(unit) ? undefined : matcher(unit));
}

/** Matches when the unit's own words or its section headings match `context`. */
export function inContext(matcher: Matcher, context: (unit: ProseUnit) => boolean): Matcher {
  return (unit) => (context(unit) ? matcher(unit) : undefined);
}

/** Every match of `matcher` in the unit, left to right (for passage rules). */
export function allMatches(unit: ProseUnit, re: RegExp): Match[] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...unit.norm.matchAll(global)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// Numbers a reviewer accepts as a quantity: digits, or orders of magnitude in words.
export const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|trillions?)\b/;
