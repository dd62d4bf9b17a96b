// Whether a document settles a concept, as a score: every statement that
// holds the concept's parts is a candidate, weighed by how strongly its parts
// settle the concept and by what the statement is — a question or a
// placeholder settles nothing, a negation says the thing is absent (unless it
// is a reasoned decision against it), a hedge or a "Future work" section says
// it is not decided, a bare topic bullet only names it; a statement in the
// section of the rule's own step weighs a little more. The strongest
// candidate decides, and its score is the review's confidence.
import type { CompiledCombination, CompiledConcept } from './concept.js';
import { findUnitHits, Hedge, type PartHit, type UnitHits } from './hits.js';
import { DEFERRED_SECTION, NOT_DESIGN_SECTION } from './section-data.js';
import { fragmentFact } from '../fragment-cache.js';
import { stepsInScope, type DesignDoc, type ProseUnit, type Section } from '../model.js';
import { PhraseSet } from '../text/phrases.js';
import { contentWordCount, isStopword } from '../text/stopwords.js';
import type { Token } from '../text/tokens.js';
import { readingOf } from '../text/unit-text.js';
import type { Step } from '../types.js';
import type { ExtractedKind } from '../extract/index.js';

export interface ConceptEvidence {
  unit: ProseUnit;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
}

export interface ConceptDecision {
  settled: boolean;
  /** 0–1: the strongest candidate's score. */
  score: number;
  /** `weak` where a reviewer would hesitate: settled, but only just. */
  confidence: 'strong' | 'weak' | undefined;
  evidence: ConceptEvidence | undefined;
  /**
   * The part names of every combination that reaches the threshold on its own
   * ("timeSplit"; "leak", "guard"): what the document says, for a rule that
   * reads another's decision. `#heading` and `#against` stand for a section
   * under the concept's heading and a reasoned decision against it.
   */
  settledBy: ReadonlyArray<readonly string[]>;
}

/** How much a statement in the rule's own step's section adds. */
const STEP_PRIOR = 0.15;
/** A bare topic label ("- A/B testing") only names the concept. */
const TOPIC_LABEL = 0.3;
/** A heading naming the concept, with a section of substance under it. */
const HEADING = 0.7;
const HEDGE_FACTOR: Record<Hedge, number> = { [Hedge.None]: 1, [Hedge.Mild]: 0.85, [Hedge.Strong]: 0.3 };
const DEFERRED_FACTOR = 0.3;
/** A reasoned decision against the concept ("No A/B test: … because …"). */
const DECISION_AGAINST = 0.9;
/** Parts spread over several sentences weigh a little less than in one: of one unit, of one section. */
const UNIT_SPREAD_FACTOR = 0.95;
const SPREAD_FACTOR = 0.9;
const STRONG = 0.75;
const DEFAULT_MIN_OTHER_WORDS = 2;
const DEFAULT_HEADING_WEIGHT = 0.8;

/** Sections whose statements are not the design's decisions: deferred plans, tables of contents, reading lists, exercises. */
const DEFERRED = new PhraseSet([DEFERRED_SECTION, NOT_DESIGN_SECTION].flatMap((set) => Object.values(set).flatMap((list) => [...(list ?? [])])));

interface Candidate {
  score: number;
  evidence: ConceptEvidence;
  /** The part names of the combination that made it (see ConceptDecision.settledBy). */
  parts: readonly string[];
}

const HEADING_PARTS = ['#heading'] as const;
const AGAINST_PARTS = ['#against'] as const;

function better(a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

/** Hits of the concept in each unit of the document, from the fragments' caches. */
function* unitsWithHits(doc: DesignDoc, concept: CompiledConcept): Generator<[ProseUnit, UnitHits]> {
  const key = `concept:${concept.id}`;
  for (const region of doc.regions) {
    // Only the units that hold a cue are kept: a re-lint walks hits, not the whole document.
    const hits = fragmentFact(region.fragment.cache, key, () => {
      const found: Array<[number, UnitHits]> = [];
      region.fragment.units.forEach((unit, index) => {
        const unitHits = findUnitHits(concept, unit);
        if (unitHits) found.push([index, unitHits]);
      });
      return found;
    });
    for (const [index, unitHits] of hits) yield [region.units[index], unitHits];
  }
}

function isDeferredSection(section: Section, memo: Map<Section, boolean>): boolean {
  let deferred = memo.get(section);
  if (deferred === undefined) {
    const heading = section.units.find((u) => u.kind === 'heading');
    deferred = (heading !== undefined && DEFERRED.matches(heading.text, heading.norm, heading.tokens).length > 0) || (section.parent !== undefined && isDeferredSection(section.parent, memo));
    memo.set(section, deferred);
  }
  return deferred;
}

/**
 * Evidence read from outside prose weighs less: a config entry or a diagram's
 * arrow says what is built but not why, and identifiers in code are weaker
 * still. They are never topic labels: a config entry is short by nature.
 */
const ORIGIN_FACTOR: Partial<Record<ExtractedKind, number>> = {
  'code-comment': 0.9,
  'code-config': 0.8,
  'code-sql': 0.8,
  'code-text': 0.5,
  diagram: 0.8,
  'front-matter': 0.9,
};

/** What a sentence of a unit is worth as a statement, before the concept's parts are weighed. */
function statementFactor(unit: ProseUnit, sentenceIndex: number, hits: readonly PartHit[], minOtherWords: number): number {
  if (unit.notStatement) return 0;
  const sentence = unit.words.polarity.sentences[sentenceIndex];
  // A diagram's "Drift detected?" is a decision node of the flow, not a question to the reader.
  if (!sentence || (sentence.question && unit.origin !== 'diagram') || sentence.placeholder) return 0;
  const originFactor = unit.origin ? ORIGIN_FACTOR[unit.origin] : undefined;
  if (originFactor !== undefined) return originFactor;
  if (unit.kind === 'heading') return unit.sectionHasBody ? HEADING : 0;
  if (unit.kind === 'table-header') return 0;
  if (contentWordsReach(unit.tokens, sentence, hits, minOtherWords)) return 1;
  // "**Baseline.** Popularity per city": a lead label settled by the sentence after it.
  const rest = unit.words.polarity.sentences[sentenceIndex + 1];
  if (rest && !rest.question && !rest.placeholder && contentWordsReach(unit.tokens, rest, NO_HITS, 2)) return 1;
  // A topic bullet is settled by the sub-bullets under it, as a heading is by its body.
  if (unit.kind === 'list-item' && unit.hasChildren && childrenHaveSubstance(unit)) return 1;
  return TOPIC_LABEL;
}

const NO_HITS: readonly PartHit[] = [];

/**
 * Whether the sentence has at least `min` content words outside `hits`
 * (counted until there are enough: this runs for every hit of every concept).
 */
function contentWordsReach(tokens: readonly Token[], sentence: { start: number; end: number }, hits: readonly PartHit[], min: number): boolean {
  if (min <= 0) return true;
  let count = 0;
  for (const t of tokens) {
    if (t.start >= sentence.end) break;
    if (t.start < sentence.start || t.end > sentence.end || isStopword(t.word) || hits.some((h) => t.start < h.end && t.end > h.start)) continue;
    if (++count >= min) return true;
  }
  return false;
}

function childrenHaveSubstance(item: ProseUnit): boolean {
  const children = item.section.units.filter((u) => u.parentItem === item);
  return children.reduce((sum, u) => sum + contentWordCount(u.tokens), 0) >= 4 && !children.every((u) => u.words.polarity.sentences.every((s) => s.placeholder || s.question));
}

/** The hits of each part that are not negated, least hedged first. */
function hitsPerPart(hits: readonly PartHit[]): Map<number, PartHit[]> {
  const byPart = new Map<number, PartHit[]>();
  for (const hit of hits) {
    if (hit.negated) continue;
    byPart.set(hit.part, [...(byPart.get(hit.part) ?? []), hit]);
  }
  for (const list of byPart.values()) list.sort((a, b) => a.hedge - b.hedge);
  return byPart;
}

const overlaps = (a: PartHit, b: PartHit): boolean => a.start < b.end && b.start < a.end;

/**
 * One hit per part of a combination, each from different words: "v1" cannot
 * be both the simple model and the comparison. Undefined when a part is missing.
 */
function pickHits(parts: readonly number[], byPart: ReadonlyMap<number, readonly PartHit[]>): PartHit[] | undefined {
  const chosen: PartHit[] = [];
  for (const part of parts) {
    const hit = byPart.get(part)?.find((h) => !chosen.some((c) => overlaps(c, h)));
    if (!hit) return undefined;
    chosen.push(hit);
  }
  return chosen;
}

/** Whether a unit sits under a heading (or, for a table row, a column header) that `cues` name. */
function underHeading(unit: ProseUnit, cues: PhraseSet, memo: Map<Section, boolean>): boolean {
  if (unit.kind === 'table-row' && (unit.tableHeader ?? []).some((cell) => {
    const reading = readingOf(cell);
    return cues.matches(reading.text, reading.norm, reading.tokens).length > 0;
  })) return true;
  return sectionNamed(unit.section, cues, memo);
}

function sectionNamed(section: Section, cues: PhraseSet, memo: Map<Section, boolean>): boolean {
  let named = memo.get(section);
  if (named === undefined) {
    const heading = section.units.find((u) => u.kind === 'heading');
    named = (heading !== undefined && cues.matches(heading.text, heading.norm, heading.tokens).length > 0) || (section.parent !== undefined && sectionNamed(section.parent, cues, memo));
    memo.set(section, named);
  }
  return named;
}

function spanOf(hits: readonly PartHit[]): { start: number; end: number } {
  return { start: Math.min(...hits.map((h) => h.start)), end: Math.max(...hits.map((h) => h.end)) };
}

/** The best statement holding a part, within a unit or a section (for combinations spread over sentences). */
interface Holder {
  hit: PartHit;
  unit: ProseUnit;
  /** Its statement factor times its hedge. */
  factor: number;
}

function keepBest(holders: Map<number, Holder>, part: number, holder: Holder): void {
  const known = holders.get(part);
  if (!known || holder.factor > known.factor) holders.set(part, holder);
}

export function decideConcept(doc: DesignDoc, concept: CompiledConcept, step: Step | 'any'): ConceptDecision {
  const spec = concept.spec;
  const minOtherWords = spec.minOtherWords ?? DEFAULT_MIN_OTHER_WORDS;
  const combos = concept.combinations;
  const headingMemos = new Map<CompiledCombination, Map<Section, boolean>>(combos.map((c) => [c, new Map()]));
  const inContext = (combo: CompiledCombination, unit: ProseUnit): boolean => !combo.underHeading || underHeading(unit, combo.underHeading, headingMemos.get(combo)!);
  const nameIndex = spec.name === undefined ? -1 : concept.parts.findIndex((p) => p.name === spec.name);
  const deferredMemo = new Map<Section, boolean>();
  const priorOf = (section: Section): number => (step !== 'any' && stepsInScope(section).includes(step) ? STEP_PRIOR : 0);
  const bySection = new Map<Section, Map<number, Holder>>();
  // The same, from diagram units only, for combinations that must come from a drawn flow.
  const diagramsBySection = new Map<Section, Map<number, Holder>>();
  const headingSections: Section[] = [];
  let best: Candidate | undefined;
  const settledBy = new Map<string, readonly string[]>();
  const consider = (candidate: Candidate | undefined): void => {
    best = better(best, candidate);
    if (candidate && candidate.score >= concept.threshold) settledBy.set(candidate.parts.join('+'), candidate.parts);
  };
  // Named once per decision, not per candidate: candidates are made for every hit.
  const names = new Map<CompiledCombination, readonly string[]>(combos.map((combo) => [combo, combo.parts.map((index) => concept.parts[index].name)]));
  const partNames = (combo: CompiledCombination): readonly string[] => names.get(combo)!;

  /**
   * Candidates of the combinations spread over one unit's or one section's sentences.
   * `onlyDiagrams`: every holder comes from a diagram (a diagram unit, or the section's diagram holders).
   */
  const spreadCandidates = (within: 'unit' | 'section', holders: ReadonlyMap<number, Holder>, section: Section, unit?: ProseUnit, onlyDiagrams = false): void => {
    for (const combo of combos) {
      const { combination, parts } = combo;
      if (combination.within !== within || !parts.every((p) => holders.has(p))) continue;
      if (combination.fromDiagram ? !onlyDiagrams : onlyDiagrams && within === 'section') continue;
      if (unit ? !inContext(combo, unit) : combo.underHeading && !sectionNamed(section, combo.underHeading, headingMemos.get(combo)!)) continue;
      const used = parts.map((p) => holders.get(p)!);
      const spreadFactor = within === 'unit' ? UNIT_SPREAD_FACTOR : SPREAD_FACTOR;
      const score = Math.min(1, combination.weight * spreadFactor * Math.min(...used.map((u) => u.factor)) + priorOf(section));
      const first = used.reduce((a, b) => (a.unit.start < b.unit.start || (a.unit === b.unit && a.hit.start <= b.hit.start) ? a : b));
      consider({ score, evidence: { unit: first.unit, start: first.hit.start, end: first.hit.end }, parts: partNames(combo) });
    }
  };

  for (const [unit, unitHits] of unitsWithHits(doc, concept)) {
    if (unitHits.headingCue && unit.sectionHasBody) headingSections.push(unit.section);
    const context = isDeferredSection(unit.section, deferredMemo) ? DEFERRED_FACTOR : 1;
    const prior = priorOf(unit.section);
    const inUnit = new Map<number, Holder>();
    let inSection = bySection.get(unit.section);
    if (!inSection) bySection.set(unit.section, (inSection = new Map()));
    let inDiagrams = diagramsBySection.get(unit.section);
    if (unit.origin === 'diagram' && !inDiagrams) diagramsBySection.set(unit.section, (inDiagrams = new Map()));
    const bySentence = new Map<number, PartHit[]>();
    for (const hit of unitHits.parts) bySentence.set(hit.sentence, [...(bySentence.get(hit.sentence) ?? []), hit]);
    for (const [sentenceIndex, hits] of bySentence) {
      // A question, a placeholder, a heading without a body: nothing in this sentence counts.
      if (statementFactor(unit, sentenceIndex, [], 0) === 0) continue;
      // Whether a line is a bare topic label is judged on the words besides the cues a
      // candidate uses: a dense statement of several parts is still a statement.
      const factorOf = (used: readonly PartHit[], words: number): number => statementFactor(unit, sentenceIndex, used, words) * context;
      const present = hitsPerPart(hits);
      for (const [part, [hit]] of present) {
        const holder = { hit, unit, factor: factorOf([hit], minOtherWords) * HEDGE_FACTOR[hit.hedge] };
        keepBest(inUnit, part, holder);
        keepBest(inSection, part, holder);
        if (unit.origin === 'diagram') keepBest(inDiagrams!, part, holder);
      }
      // A column header names the part for every cell under it ("Latency" over "200 ms").
      for (const index of unitHits.headerParts) if (!present.has(index)) present.set(index, [{ part: index, start: -1, end: -1, sentence: sentenceIndex, negated: false, hedge: Hedge.None }]);
      for (const combo of combos) {
        const { combination, parts } = combo;
        if ((combination.within ?? 'sentence') !== 'sentence' || !inContext(combo, unit) || (combination.fromDiagram && unit.origin !== 'diagram')) continue;
        const used = pickHits(parts, present);
        if (!used) continue;
        const hedge = Math.max(...used.map((h) => h.hedge)) as Hedge;
        const inText = used.filter((h) => h.start >= 0);
        const weighed = factorOf(inText, combination.minOtherWords ?? minOtherWords);
        const score = Math.min(1, combination.weight * weighed * HEDGE_FACTOR[hedge] + prior);
        consider({ score, evidence: { unit, ...spanOf(inText.length > 0 ? inText : hits) }, parts: partNames(combo) });
      }
      if (nameIndex >= 0) consider(decisionAgainst(unit, sentenceIndex, hits, nameIndex, context));
    }
    spreadCandidates('unit', inUnit, unit.section, unit, unit.origin === 'diagram');
  }
  for (const [section, holders] of bySection) spreadCandidates('section', holders, section);
  for (const [section, holders] of diagramsBySection) spreadCandidates('section', holders, section, undefined, true);
  for (const section of headingSections) consider(statementUnderHeading(section, spec.headingWeight ?? DEFAULT_HEADING_WEIGHT, isDeferredSection(section, deferredMemo)));

  const score = best?.score ?? 0;
  const settled = score >= concept.threshold;
  return { settled, score, confidence: settled ? (score >= STRONG ? 'strong' : 'weak') : undefined, evidence: settled ? best?.evidence : undefined, settledBy: [...settledBy.values()] };
}

/** "No A/B test: the change ships behind a kill switch because …": negated, with a reason, not deferred. */
function decisionAgainst(unit: ProseUnit, sentenceIndex: number, hits: readonly PartHit[], nameIndex: number, context: number): Candidate | undefined {
  const named = hits.find((h) => h.part === nameIndex && h.negated && h.hedge !== Hedge.Strong);
  if (!named) return undefined;
  const { polarity } = unit.words;
  const sentence = polarity.sentences[sentenceIndex];
  if (!sentence || sentence.question || sentence.placeholder) return undefined;
  // "We have not chosen a baseline yet; …" is pending, not decided.
  if (polarity.hedges.some((h) => h.cue.start >= sentence.start && h.cue.end <= sentence.end)) return undefined;
  const reason = polarity.reasons.some((r) => r.start >= sentence.start && r.end <= sentence.end) || /[:;—–]/.test(unit.text.slice(sentence.start, sentence.end));
  const said = contentWordCount(unit.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end));
  if (!reason || said < 5) return undefined;
  return { score: DECISION_AGAINST * context, evidence: { unit, start: named.start, end: named.end }, parts: AGAINST_PARTS };
}

/** The first substantive statement in a section (or its subsections) whose heading names the concept. */
function statementUnderHeading(section: Section, weight: number, deferred: boolean): Candidate | undefined {
  for (const unit of unitsUnder(section)) {
    if (unit.kind === 'heading' || unit.kind === 'table-header' || unit.notStatement) continue;
    const { sentences, negations, hedges } = unit.words.polarity;
    const first = sentences.find((s) => !s.question && !s.placeholder);
    if (!first) continue;
    const tokens = unit.tokens.filter((t) => t.start >= first.start && t.end <= first.end);
    if (contentWordCount(tokens) < 2) continue;
    // "No baseline yet." under "## Baseline" is not one.
    if (negations.some((n) => n.cue.start >= first.start && n.cue.end <= first.end) || hedges.some((h) => h.start <= first.start && h.end >= first.end)) return undefined;
    return { score: weight * (deferred ? DEFERRED_FACTOR : 1), evidence: { unit, start: first.start, end: first.end }, parts: HEADING_PARTS };
  }
  return undefined;
}

function* unitsUnder(section: Section): Generator<ProseUnit> {
  yield* section.units;
  for (const child of section.children) yield* unitsUnder(child);
}
