// "Addressed" means settled, not mentioned. This module finds a passage that
// settles a concept: the words must stand in a statement — not in a bare
// heading, not in a placeholder (TBD, TODO, "X ms"), not in a question, and
// not as a lone topic word in a list ("- A/B test").
import type { Match, Matcher } from './concepts.js';
import type { LocalEvidence } from './fragment-cache.js';
import { headingChain, stepsInScope, type DesignDoc, type DocRegion, type ProseUnit, type UnitKind } from './model.js';
import { contentWordCount, type Token } from './text.js';
import { bodyPart, hasSubstance as bodyHasSubstance, isPlaceholderText } from './substance.js';
import type { Step } from './types.js';

export interface Evidence {
  unit: ProseUnit;
  match: Match;
}

export interface EvidenceOptions {
  /** Kinds of unit that may settle the concept (headings never do unless listed). */
  kinds?: UnitKind[];
  /**
   * Content words a short line must have beside the matched words to be a
   * statement rather than a topic label. Default 2. Set 0 where a bare name is
   * a complete answer (a metric name under a "Metrics" heading).
   */
  minOtherWords?: number;
  /** Only units in sections of these steps (the heading chain). */
  steps?: Step[];
  /**
   * Whether a heading that names the concept settles it when the section
   * under it has substance of its own ("## Continuous training" followed by
   * how). A heading with nothing or only TBD under it never does. Default true.
   */
  headingWithBody?: boolean;
}

const DEFAULT_KINDS: UnitKind[] = ['paragraph', 'list-item', 'table-row'];

export { PLACEHOLDER, isPlaceholderText } from './substance.js';

interface Sentence {
  start: number;
  end: number;
}

/** Sentences of a unit: split after . ! ? when the next word does not start in lower case. */
export function sentencesOf(unit: ProseUnit): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]+(?=\s+[^a-z\s|→←])|[.!?]+$/g;
  for (const m of unit.text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < unit.text.length) sentences.push({ start, end: unit.text.length });
  return sentences;
}

function sentenceAround(unit: ProseUnit, match: Match): Sentence {
  const sentences = sentencesOf(unit);
  return sentences.find((s) => match.start >= s.start && match.start < s.end) ?? { start: 0, end: unit.text.length };
}

/** A question ("How fast must it be?", "200 ms?") asks; it does not settle. */
function isQuestion(unit: ProseUnit, sentence: Sentence): boolean {
  // Closing emphasis or brackets after the mark: "**200 ms?**", "(which one?)".
  let end = sentence.end;
  while (end > sentence.start && /[\s*_)\]]/.test(unit.text[end - 1])) end--;
  return unit.text[end - 1] === '?';
}

function tokensIn(unit: ProseUnit, from: number, to: number): Token[] {
  return unit.tokens.filter((t) => t.start >= from && t.end <= to);
}

/**
 * A short line that is little more than the matched words is a topic label.
 * Words in a sentence outside the match are what make it a statement.
 */
function isTopicLabel(unit: ProseUnit, sentence: Sentence, match: Match, minOtherWords: number): boolean {
  if (minOtherWords <= 0) return false;
  const inSentence = tokensIn(unit, sentence.start, sentence.end);
  const outside = inSentence.filter((t) => t.end <= match.start || t.start >= match.end);
  return contentWordCount(outside) < minOtherWords;
}

/** A few words that open a unit and end in a period or colon: "Business objective." */
function isLeadLabel(unit: ProseUnit, sentence: Sentence): boolean {
  if (sentence.start !== 0 || sentence.end >= unit.text.length) return false;
  return tokensIn(unit, sentence.start, sentence.end).length <= 5 && /[.:]\s*$/.test(unit.text.slice(sentence.start, sentence.end));
}

export function unitInSteps(unit: ProseUnit, steps: readonly Step[]): boolean {
  return stepsInScope(unit.section).some((s) => steps.includes(s));
}

/**
 * Whether the unit's context matches `re` (on lower-case text): its section
 * headings, innermost to outermost, and for a table row the table's header
 * cells (a row under a "Feature" column is a feature).
 */
export function headingsMatch(unit: ProseUnit, re: RegExp): boolean {
  return headingChain(unit.section).some((title) => re.test(title.toLowerCase())) || (unit.kind === 'table-row' && (unit.tableHeader ?? []).some((cell) => re.test(cell.toLowerCase())));
}

// "We have not chosen a baseline", "there is no dashboard yet": the words are
// there, the decision is not. A negation a few words before the match undoes
// it. A deliberate, reasoned decision not to do the thing the rule asks for
// ("No A/B test: the change ships behind a kill switch because …") does
// address the point; rules name their concept (`names`) for that.
// ("No. of requests" and "no of clicks" abbreviate "number".)
const NEGATION = /\b(?:not|no(?!\.|\s+of\b)|never|none|without|cannot|can't|don't|doesn't|didn't|haven't|hasn't|isn't|aren't|won't|lack\w*|missing)\b/;
const REASON = /\b(?:because|since|as|due to|given|so|instead|rather|therefore|hence|only|until)\b|[:;\u2014\u2013]|\s-\s/;
const PENDING = /\b(?:yet|later|eventually|someday|at some point|to be decided|to be defined)\b/;
const NEGATION_WINDOW = 40;

function negationBefore(unit: ProseUnit, sentence: Sentence, match: Match): number | undefined {
  const from = Math.max(sentence.start, match.start - NEGATION_WINDOW);
  const before = unit.norm.slice(from, match.start);
  const m = NEGATION.exec(before);
  return m ? from + m.index : undefined;
}


/**
 * Matches a concept's name only where the writer deliberately decides
 * against it and says why ("No cold-start handling: the module is shown only
 * to members with history, because …"). Such a decision addresses the point.
 */
export function deliberateDecision(names: Matcher): Matcher {
  return (unit) => {
    const match = names(unit);
    if (!match) return undefined;
    const sentence = sentenceAround(unit, match);
    const at = negationBefore(unit, sentence, match);
    if (at === undefined) return undefined;
    const sentenceNorm = unit.norm.slice(sentence.start, sentence.end);
    if (PENDING.test(sentenceNorm) || !REASON.test(unit.norm.slice(sentence.start, at) + unit.norm.slice(match.end, sentence.end))) return undefined;
    // The reason must say something: a few content words beside the concept.
    const said = tokensIn(unit, sentence.start, at).length + contentWordCount(tokensIn(unit, match.end, sentence.end));
    return said >= 4 ? { start: at, end: match.end } : undefined;
  };
}

/**
 * Whether `match` in `unit` is a settled statement under the given options.
 * `body` holds the units a topic bullet's sub-bullets are looked up in (the
 * unit's region: a list never crosses a top-level heading).
 */
export function settles(unit: ProseUnit, match: Match, options: EvidenceOptions = {}, body?: readonly ProseUnit[]): boolean {
  const sentence = sentenceAround(unit, match);
  const sentenceText = unit.text.slice(sentence.start, sentence.end);
  if (isPlaceholderText(sentenceText)) return false;
  if (isQuestion(unit, sentence)) return false;
  if (negationBefore(unit, sentence, match) !== undefined) return false;
  if (!isTopicLabel(unit, sentence, match, options.minOtherWords ?? 2)) return true;
  // "**Business objective.** More qualified applications …": a short label
  // opening a paragraph is settled by the sentence that follows it.
  if (isLeadLabel(unit, sentence)) {
    const rest = tokensIn(unit, sentence.end, unit.text.length);
    if (contentWordCount(rest) >= Math.max(3, options.minOtherWords ?? 2) && !isPlaceholderText(unit.text.slice(sentence.end))) return true;
  }
  // A topic bullet is settled by the sub-bullets under it, as a heading is by its body.
  return body !== undefined && unit.hasChildren && (options.headingWithBody ?? true) && hasSubstance(body.filter((u) => u.parentItem === unit));
}

function hasSubstance(body: readonly ProseUnit[]): boolean {
  return bodyHasSubstance(body.map((u) => bodyPart(u.text, contentWordCount(u.tokens))));
}


/** The first passage of the document that settles what `matcher` looks for. */
export function findEvidence(doc: DesignDoc, matcher: Matcher, options: EvidenceOptions = {}): Evidence | undefined {
  const search = searchId(matcher, options);
  for (const region of doc.regions) {
    const local = evidenceInRegion(region, matcher, options, search);
    if (local) return { unit: region.units[local.index], match: local.match };
  }
  return undefined;
}

// Searches are numbered (a matcher, weakly, times its options) so that a
// region's cache is one Map with number keys: a lookup per region per search
// is the inner loop of re-linting a long document.
const matcherIds = new WeakMap<Matcher, number>();
const optionIds = new Map<string, number>();
const MAX_OPTION_IDS = 1 << 16;
let nextMatcherId = 1;

function searchId(matcher: Matcher, options: EvidenceOptions): number {
  let matcherId = matcherIds.get(matcher);
  if (matcherId === undefined) {
    matcherId = nextMatcherId++;
    matcherIds.set(matcher, matcherId);
  }
  const key = optionsKey(options);
  let optionId = optionIds.get(key);
  if (optionId === undefined) {
    optionId = optionIds.size;
    if (optionId >= MAX_OPTION_IDS) throw new Error('internal: too many different evidence options');
    optionIds.set(key, optionId);
  }
  return matcherId * MAX_OPTION_IDS + optionId;
}

function optionsKey(options: EvidenceOptions): string {
  return `${options.kinds?.join(',') ?? '*'}|${options.minOtherWords ?? ''}|${options.steps?.join(',') ?? '*'}|${options.headingWithBody ?? ''}`;
}

/**
 * A fragment searched by a rule that builds its matcher on every call gets a
 * new entry each time: past this many, its cache starts over.
 */
const MAX_SEARCHES_PER_FRAGMENT = 4096;

/**
 * The region's first settling passage, kept with the region's fragment: while
 * the region's text and context do not change, an edit elsewhere does not
 * search it again.
 */
function evidenceInRegion(region: DocRegion, matcher: Matcher, options: EvidenceOptions, search: number): LocalEvidence | null {
  const cache = region.fragment.cache;
  let local = cache.evidence.get(search);
  if (local === undefined) {
    cache.misses++;
    local = firstEvidenceIn(region.units, matcher, options);
    if (cache.evidence.size >= MAX_SEARCHES_PER_FRAGMENT) cache.evidence.clear();
    cache.evidence.set(search, local);
  }
  return local;
}

function firstEvidenceIn(units: readonly ProseUnit[], matcher: Matcher, options: EvidenceOptions): LocalEvidence | null {
  const kinds = options.kinds ?? DEFAULT_KINDS;
  const headings = options.headingWithBody ?? true;
  for (const [index, unit] of units.entries()) {
    if (unit.kind === 'heading' && headings) {
      if (options.steps && !unitInSteps(unit, options.steps)) continue;
      const match = matcher(unit);
      if (match && unit.sectionHasBody && settles(unit, match, { minOtherWords: 0 })) return { index, match };
      continue;
    }
    if (!kinds.includes(unit.kind) || unit.notStatement) continue;
    if (options.steps && !unitInSteps(unit, options.steps)) continue;
    for (const match of matchesIn(unit, matcher)) {
      if (settles(unit, match, options, units)) return { index, match };
    }
  }
  return null;
}

/** A copy of the unit with everything before `from` blanked out (same length, so offsets hold). */
function unitFrom(unit: ProseUnit, from: number): ProseUnit {
  const blank = (s: string): string => ' '.repeat(from) + s.slice(from);
  return { ...unit, text: blank(unit.text), norm: blank(unit.norm), tokens: unit.tokens.filter((t) => t.start >= from) };
}

/**
 * Successive matches in a unit: when the first is rejected (a topic label,
 * a question), a later one in the same paragraph may still settle the concept.
 */
function* matchesIn(unit: ProseUnit, matcher: Matcher, limit = 8): Generator<Match> {
  let view = unit;
  for (let i = 0; i < limit; i++) {
    const match = matcher(view);
    if (!match) return;
    yield match;
    const next = Math.max(match.end, match.start + 1);
    if (next >= unit.text.length) return;
    view = unitFrom(unit, next);
  }
}

