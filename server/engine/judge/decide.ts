// Whether a document settles a concept, as a score: every statement that
// holds the concept's parts is a candidate, weighed by how strongly its parts
// settle the concept and by what the statement is — a question or a
// placeholder settles nothing, a negation says the thing is absent (unless it
// is a reasoned decision against it), a hedge or a "Future work" section says
// it is not decided, a bare topic bullet only names it; a statement in the
// section of the rule's own step weighs a little more. The strongest
// candidate decides, and its score is the review's confidence.
import type { CompiledCombination, CompiledConcept } from './concept.js';
import { findUnitHits, Hedge, PackedHits, type PartHit, type UnitHits } from './hits.js';
import { DEFERRED_HEADING_ALONE, DEFERRED_SECTION, INCLUDED_HALF, NOT_DESIGN_SECTION } from './section-data.js';
import { headingWords, isBareDefinition, isGlossarySection } from './definitions.js';
import { CURRENT_VERSION_HEADING, opensWithCurrentVersion } from './current-version.js';
import { introducingUnit, isLabelItem, isLabelLine, keywordRunEnds, labelTokens, nameIndexAt, outOfScopeByLabel } from './labels.js';
import { sameCells, type FragmentUnit, type RecycledUnit } from '../fragment.js';
import { mapPacked } from '../packed-arrays.js';
import { blockPlan, groupPlan, type FoldPlan } from '../fold-plan.js';
import { stepsInScope, type DesignDoc, type DocBlock, type DocGroup, type DocRegion, type ProseUnit, type Section } from '../model.js';
import { PhraseSet } from '../text/phrases.js';
import { endsInQuestion } from '../text/polarity.js';
import { firstStatement } from '../substance.js';
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
const INCLUDED = new PhraseSet(Object.values(INCLUDED_HALF).flatMap((list) => [...(list ?? [])]));

interface Candidate {
  score: number;
  evidence: ConceptEvidence;
  /** The part names of the combination that made it (see ConceptDecision.settledBy). */
  parts: readonly string[];
}

/**
 * The key of a combination's part names among the settled ones ("leak+guard"), one string per list: the
 * lists are the weighing's own (one per combination) or constants, and the folds set these keys in maps per
 * group and concept, where the same string object compares at once and another of the same text does not.
 */
const settledKeys = new WeakMap<readonly string[], string>();

function settledKey(parts: readonly string[]): string {
  let key = settledKeys.get(parts);
  if (key === undefined) settledKeys.set(parts, (key = parts.join('+')));
  return key;
}

const HEADING_PARTS = ['#heading'] as const;
const AGAINST_PARTS = ['#against'] as const;

function better(a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

/**
 * A candidate of a kept summary. Its unit is the object itself: a fragment's
 * units are placed again, not made anew, while the fragment lives (model.ts
 * `placedUnits`), and so is the summary kept with it; so summaries fold into
 * their block's, group's and the document's without copying a candidate or
 * holder to re-base an index.
 */
interface LocalCandidate {
  score: number;
  unit: ProseUnit;
  start: number;
  end: number;
  parts: readonly string[];
}

/** The best statement holding a part, within a unit or a section (for combinations spread over sentences). */
interface LocalHolder {
  unit: ProseUnit;
  start: number;
  end: number;
  /** Its statement factor times its hedge. */
  factor: number;
  /**
   * Held by a question the unit answers (partsAsked): `topic`, what it is
   * about ("drift"); `for`, what it asks for ("why"), which counts only where
   * the answer holds every other part. Always an own field (undefined when
   * said), like every field of these objects: see `localHolder`.
   */
  asked: 'topic' | 'for' | undefined;
}

/**
 * Candidates and holders are made only here, so that every one has the same
 * fields in the same order: summarize and the folds run for every concept of
 * every region, and an object of another shape met late in a run makes V8
 * throw their optimised code away (docs/performance.md, "CLI cold, seventh pass").
 */
function localCandidate(score: number, unit: ProseUnit, start: number, end: number, parts: readonly string[]): LocalCandidate {
  return { score, unit, start, end, parts };
}

/**
 * A holder's factor for a hit of this hedge. One multiplication for every
 * holder: V8 learns from the common ones that factors are fractions, where a
 * rarely run copy of it would have seen only whole numbers and been optimised
 * for those (weighUnit's code was thrown away when a fraction came).
 */
function hedged(factor: number, hedge: Hedge): number {
  return factor * HEDGE_FACTOR[hedge];
}

function localHolder(unit: ProseUnit, start: number, end: number, factor: number, asked: LocalHolder['asked']): LocalHolder {
  return { unit, start, end, factor, asked };
}

/**
 * A region's or a block's share of a decision: what the whole-document pass
 * would make of its units, folded so that summaries combine in document order
 * to exactly the whole-document result (the first strongest candidate, the
 * combinations found in the order first found, per section the first best
 * holder of each part). Sections are indexes into `DocRegion.sections` or
 * `DocBlock.sections`, in the order the units first reach them.
 */
interface Summary {
  /** The first strongest candidate (of sentences, spread over a unit, decisions against). */
  best: LocalCandidate | undefined;
  /** Combinations that reached the threshold, in the order first found: [key, part names]. */
  settled: ReadonlyArray<[string, readonly string[]]>;
  /** Per section, the best holder of each part (for combinations spread over a section). */
  sections: ReadonlyArray<[number, Map<number, LocalHolder>]>;
  /** The same from diagram units only. */
  diagrams: ReadonlyArray<[number, Map<number, LocalHolder>]>;
  /** Sections whose heading names the concept and has a body, once per such heading unit. */
  headings: readonly number[];
}

const EMPTY: readonly never[] = Object.freeze([]);

/** A summary and the rule step it was weighed for (a statement in the step's section weighs more). */
interface KeptSummary {
  step: Step | 'any';
  summary: Summary;
}

/**
 * A region's summary, kept with its fragment (FragmentCache `judged`), and
 * what it read of the headings above the region: it stays valid when only
 * the heading chain changed (fragment-cache.ts `changeChain`) if that reads
 * the same (Weighing `chainReading`).
 */
interface KeptRegionSummary extends KeptSummary {
  /** The fragment's `chainVersion` the reading was last checked under. */
  chainVersion: number;
  reading: readonly number[] | undefined;
}

/**
 * The units of a region that hold a cue of the concept (by index), with their
 * hits: they depend on the region's text only, so they live as long as its
 * fragment, packed (hits.ts PackedHits).
 */
function regionHits(region: DocRegion, concept: CompiledConcept): PackedHits {
  const cache = region.fragment.cache.byObject;
  let hits = cache.get(concept) as PackedHits | undefined;
  if (!hits) {
    // Only the units that hold a cue are kept: a re-lint walks hits, not the whole document.
    const found: Array<[number, UnitHits]> = [];
    for (let index = 0; index < region.fragment.units.length; index++) {
      const unitHits = unitHitsAt(region, concept, index);
      if (unitHits) found.push([index, unitHits]);
    }
    hits = keepRegionHits(region, concept, found);
  }
  return hits;
}

function keepRegionHits(region: DocRegion, concept: CompiledConcept, found: ReadonlyArray<readonly [number, UnitHits]>): PackedHits {
  const hits = PackedHits.pack(found);
  region.fragment.cache.byObject.set(concept, hits);
  return hits;
}

/** The hits of the region's unit at `index` (null: none): kept from the unit it replaced, or found. */
function unitHitsAt(region: DocRegion, concept: CompiledConcept, index: number): UnitHits | null {
  const unit = region.fragment.units[index];
  const old = region.fragment.recycled?.[index];
  const kept = old ? keptHits(old, unit, concept) : undefined;
  return kept === undefined ? findUnitHits(concept, unit) : kept;
}

/**
 * The hits a replaced unit of the same text had (null: none), when its old
 * fragment has them for this concept and the unit is of the same kind under
 * the same column headers (what findUnitHits reads besides the text);
 * undefined when they must be found.
 */
function keptHits(old: RecycledUnit, unit: FragmentUnit, concept: CompiledConcept): UnitHits | null | undefined {
  if (old.kind !== unit.kind || !sameCells(old.tableHeader, unit.tableHeader)) return undefined;
  const packed = old.cache.byObject.get(concept) as PackedHits | undefined;
  return packed ? packed.hitsOfUnit(old.index) : undefined;
}

/** Whether a section (or one it is nested in) is deferred or not the design's: the same for every concept. */
const deferredSections = new WeakMap<Section, boolean>();
/** Per heading cue set, whether a section or one above it is named by it. */
const namedSections = new WeakMap<PhraseSet, WeakMap<Section, boolean>>();
const sectionSteps = new WeakMap<Section, ReadonlySet<Step>>();

interface SectionMemo {
  get(section: Section): boolean | undefined;
  set(section: Section, value: boolean): unknown;
}

/**
 * Per cue set, whether a heading unit holds one of its cues: a function of the
 * unit's text, kept as long as the unit, which lives as long as its fragment
 * (model.ts `placedUnits`), while the per-section memos above are made again
 * with the sections on every assembly.
 */
const headingCues = new WeakMap<PhraseSet, WeakMap<ProseUnit, boolean>>();

function headingHolds(heading: ProseUnit, cues: PhraseSet): boolean {
  let byUnit = headingCues.get(cues);
  if (!byUnit) headingCues.set(cues, (byUnit = new WeakMap()));
  let holds = byUnit.get(heading);
  if (holds === undefined) byUnit.set(heading, (holds = cues.matches(heading.text, heading.norm, heading.tokens).length > 0));
  return holds;
}

/** What joins the two halves of a heading: "and", "/", "vs", ",", "и", "与". */
const HALVES_JOINED = /(?:^|[\s\p{P}])(?:and|or|vs\.?|versus|и|или|против)(?:$|[\s\p{P}])|[\/&,;|—–与和及、]/iu;

/** Headings that defer only as the whole heading: "v2", «Версия 2», 「第二版」 (section-data DEFERRED_HEADING_ALONE). */
const DEFERRED_ALONE: ReadonlySet<string> = new Set(Object.values(DEFERRED_HEADING_ALONE).flat());

/** Per heading unit, whether it defers its section: a function of the heading's text. */
const deferringHeadings = new WeakMap<ProseUnit, boolean>();

/**
 * A heading with a deferred cue and no included half beside it: "Post-MVP", "Non-goals", not "Goals and
 * Non-Goals" or "MVP vs post-MVP", whose sections hold the design as well (INCLUDED_HALF).
 */
function headingDefers(heading: ProseUnit): boolean {
  let defers = deferringHeadings.get(heading);
  if (defers === undefined && DEFERRED_ALONE.has(headingWords(heading.text))) defers = true;
  if (defers === undefined) {
    const deferred = headingHolds(heading, DEFERRED) ? DEFERRED.matches(heading.text, heading.norm, heading.tokens) : [];
    // The included half comes first and is joined to the deferred one: "Goals and Non-Goals", "In scope /
    // out of scope", "MVP vs post-MVP"; not "Out of scope for v1" or "Post-MVP goals", which defer v1's scope.
    const first = deferred.length > 0 ? Math.min(...deferred.map((d) => d.start)) : 0;
    defers = deferred.length > 0 && !INCLUDED.matches(heading.text, heading.norm, heading.tokens).some((inc) => inc.end <= first && HALVES_JOINED.test(heading.text.slice(inc.end, first)));
    deferringHeadings.set(heading, defers);
  }
  return defers;
}

function isDeferredSection(section: Section, memo: SectionMemo): boolean {
  let deferred = memo.get(section);
  if (deferred === undefined) {
    const heading = section.units.find((u) => u.kind === 'heading');
    // A sub-section that is the version being designed ("### v1" under "## Roadmap", «### Первая версия» under «План развития») is not put off.
    const current = heading !== undefined && CURRENT_VERSION_HEADING.has(headingWords(heading.text));
    deferred = !current && ((heading !== undefined && headingDefers(heading)) || (section.parent !== undefined && isDeferredSection(section.parent, memo)));
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
function statementFactor(unit: ProseUnit, sentenceIndex: number, hits: readonly PartHit[], minOtherWords: number, tableStatement = false): number {
  if (unit.notStatement) return 0;
  const sentence = unit.words.polarity.sentences[sentenceIndex];
  // A diagram's "Drift detected?" is a decision node of the flow, not a question to the reader.
  if (!sentence || (sentence.question && unit.origin !== 'diagram') || sentence.placeholder) return 0;
  const originFactor = unit.origin ? ORIGIN_FACTOR[unit.origin] : undefined;
  if (originFactor !== undefined) return originFactor;
  if (unit.kind === 'heading') return unit.sectionHasBody ? HEADING : 0;
  if (unit.kind === 'table-header') return 0;
  // "| Pilot | 10 % |" under "Stage | Traffic share": the header says what the value is (hits.ts readRow).
  if (tableStatement) return 1;
  if (contentWordsReach(unit.tokens, sentence, hits, minOtherWords)) return 1;
  // "Success = more orders per session", «Цель = рост выручки», "目标 = 提升转化率": an equation defines its left side
  // by its right, a statement however short.
  if (EQUATION.test(unit.text.slice(sentence.start, sentence.end))) return 1;
  // "**Baseline.** Popularity per city": a lead label settled by the sentence after it.
  const rest = unit.words.polarity.sentences[sentenceIndex + 1];
  if (rest && !rest.question && !rest.placeholder && contentWordsReach(unit.tokens, rest, NO_HITS, 2)) return 1;
  // A label leads its line: a short sentence after one of substance ("… need immediate action. Spam can wait.") continues a statement.
  const before = sentenceIndex > 0 ? unit.words.polarity.sentences[sentenceIndex - 1] : undefined;
  if (before && !before.question && !before.placeholder && contentWordsReach(unit.tokens, before, NO_HITS, 2)) return 1;
  // A topic bullet is settled by the sub-bullets under it, as a heading is by its body.
  if (unit.kind === 'list-item' && unit.hasChildren && childrenHaveSubstance(unit)) return 1;
  return TOPIC_LABEL;
}

const NO_HITS: readonly PartHit[] = [];
/** Words, "=" (not "==", "<=", "=>"), words: a definition ("Success = more orders per session"). */
const EQUATION = /[\p{L}\p{N})*_]\s*(?<![=<>!])[=＝](?![=>])\s*[*_(]*[\p{L}\p{N}+\-−↑↓]/u;

/** A question in a unit whose next sentence answers it: a statement of substance, not another question or a placeholder. */
function answeredQuestion(unit: ProseUnit, sentenceIndex: number): boolean {
  if (unit.notStatement || unit.kind === 'heading' || unit.kind === 'table-header' || unit.origin) return false;
  const { sentences } = unit.words.polarity;
  const sentence = sentences[sentenceIndex];
  const answer = sentences[sentenceIndex + 1];
  if (!sentence?.question || sentence.placeholder || !answer || answer.question || answer.placeholder) return false;
  return contentWordsReach(unit.tokens, answer, NO_HITS, 3);
}

/** What questions lend to the statements that answer them (partsAsked). */
interface Asked {
  /** Per answering sentence, the topic parts a question names, with the question's hedge. */
  bySentence: Map<number, Map<number, Hedge>>;
  /** The hits of a question in the unit before, for combinations spread over the answering unit. */
  before: ReadonlyArray<{ hit: PartHit; asksFor: boolean }>;
  /**
   * Sentences of a list item that are the value of a bare label naming the concept ("**Data sources:**"
   * over "- clickstream"): label and item are one statement, so the item needs no words besides its cues.
   */
  values?: Set<number>;
}

const NOTHING_ASKED: Asked = { bySentence: new Map(), before: [] };

/**
 * The parts a question names that a statement after it answers: a question
 * sentence lends them to the next sentence of its unit when that one answers
 * it; a question that ends the unit before (askingUnit) to every statement of
 * this unit. Only the topic is lent to a sentence ("drift" of "How do we catch
 * drift?"), not what is asked for ("why", "how"): "Why LightGBM? Tuned with
 * Optuna." gives no reason. What is asked for still joins the combinations
 * spread over the answering unit, as a question in the unit itself does,
 * where the answer must hold the other parts ("Why LightGBM? It handles
 * sparse tabular features"). Negated parts are not lent.
 */
function partsAsked(unit: ProseUnit, bySentence: ReadonlyMap<number, readonly PartHit[]>, concept: CompiledConcept, intro: ProseUnit | undefined): Asked {
  let asked: Asked | undefined;
  const alone = partsSettlingAlone(concept);
  const lendable = (hit: PartHit): boolean => !hit.negated && !alone.has(hit.part);
  const lend = (sentence: number, hits: readonly PartHit[], text: string): void => {
    for (const hit of hits) {
      if (!lendable(hit) || asksFor(text, hit)) continue;
      asked ??= { bySentence: new Map(), before: [] };
      let parts = asked.bySentence.get(sentence);
      if (!parts) asked.bySentence.set(sentence, (parts = new Map()));
      const known = parts.get(hit.part);
      if (known === undefined || hit.hedge < known) parts.set(hit.part, hit.hedge);
    }
  };
  /** Lends `hits` of the unit before (a question, an introduction) to every statement of this unit. */
  const lendToStatements = (hits: readonly PartHit[], text: string): void => {
    unit.words.polarity.sentences.forEach((sentence, index) => {
      if (!sentence.question && !sentence.placeholder) lend(index, hits, text);
    });
  };
  for (const [index, hits] of bySentence) if (answeredQuestion(unit, index)) lend(index + 1, hits, unit.text);
  const question = askingUnit(unit);
  const hits = question ? (findUnitHits(concept, question)?.parts.filter((h) => lendable(h) && question.words.polarity.sentences[h.sentence]?.question) ?? []) : [];
  if (question && hits.length > 0) {
    lendToStatements(hits, question.text);
    asked ??= { bySentence: new Map(), before: [] };
    asked.before = mapPacked(hits, (hit) => ({ hit, asksFor: asksFor(question.text, hit) }));
  }
  // "Signals used by the ranker:" over a table: the introduction names what its rows are.
  const introHits = intro ? (findUnitHits(concept, intro)?.parts.filter((h) => !h.negated) ?? []) : [];
  if (intro && introHits.length > 0) {
    // A list item that is only a label ("- **Baseline (VQGAN)**") over this nested item reads as a label paragraph does.
    const labelLine = isLabelLine(intro);
    const label = labelLine || isLabelItem(intro);
    // Not to a list: after "**Business metrics:**" its items are topics as often as instances (introducingUnit).
    if (unit.kind !== 'list-item') lendToStatements(introHits.filter(lendable), intro.text);
    // "**Baseline:**" over "- popularity per city": a bare label and the line after it are one statement,
    // as "Baseline: popularity per city" is, so even a part that settles alone is lent; only to a sentence
    // that commits ("- none yet", "- maybe popularity, later" say the point is open). Over a list the
    // label's other parts are lent too ("**Business metrics:**" over "- orders per session", "**Features:**"
    // over "- age"): the item must still say a part itself (sentenceCandidates), so a list of topics under
    // the label ("- discuss with the PM") settles nothing, and the item is the label's value however short.
    // Those other parts must be the whole label: "**Business metrics:**" names the business metric, while to
    // offline metrics it is "metrics" of another kind. A list item that is only a label ("- **Baseline (VQGAN)**")
    // lends only the parts that settle alone: a bullet over bullets is as often a verb's lead ("- Used for:" over
    // "- A/B testing") as a name, and its nested items are then uses, not the label's values.
    const alone = introHits.filter((h) => !lendable(h));
    const whole = unit.kind === 'list-item' && labelLine && labelIsTheConcept(intro, introHits, 0);
    const named = whole ? introHits : alone;
    if (named.length > 0 && label && labelIsTheConcept(intro, named)) {
      unit.words.polarity.sentences.forEach((sentence, index) => {
        if (sentence.question || sentence.placeholder || !commits(unit, sentence)) return;
        // Under a label item the nested item must be a clause, not a topic's name (isCommittedStatement).
        if (!labelLine && !isCommittedStatement(unit, sentence)) return;
        lendAlone(index, named);
        if (whole) (asked!.values ??= new Set()).add(index);
      });
    }
  }
  return asked ?? NOTHING_ASKED;

  function lendAlone(sentence: number, hits: readonly PartHit[]): void {
    asked ??= { bySentence: new Map(), before: [] };
    let parts = asked.bySentence.get(sentence);
    if (!parts) asked.bySentence.set(sentence, (parts = new Map()));
    for (const hit of hits) {
      const known = parts.get(hit.part);
      if (known === undefined || hit.hedge < known) parts.set(hit.part, hit.hedge);
    }
  }
}

/**
 * A label that names the concept and little else ("**Baseline:**", "Базовая модель:", "基线："): at most one
 * content word besides the cue. "Ethical and Diversity Considerations:" names a topic the paragraph discusses.
 */
function labelIsTheConcept(label: ProseUnit, hits: readonly PartHit[], otherWords = 1): boolean {
  // A bracketed aside names what the label is ("**Baseline (VQGAN)**"): no more label words.
  const tokens = labelTokens(label);
  return hits.some((hit) => contentWordCount(tokens.filter((t) => t.end <= hit.start || t.start >= hit.end)) <= otherWords);
}

/** Whether a sentence of a unit says something outright: no negation and no hedge in it. */
function commits(unit: ProseUnit, sentence: { start: number; end: number }): boolean {
  const { negations, hedges, mildHedges } = unit.words.polarity;
  const inside = (scope: { cue: { start: number; end: number } }): boolean => scope.cue.start < sentence.end && scope.cue.end > sentence.start;
  return !negations.some(inside) && !hedges.some((h) => inside(h) || (h.start <= sentence.start && h.end >= sentence.end)) && !mildHedges.some(inside);
}

/**
 * Parts that settle the concept on their own (a combination of one part):
 * a question that names one asks for exactly that ("Which baseline do we
 * compare against?"), and the answer must say it ("The main model is GBDT"
 * is not one), so it is never lent.
 */
function partsSettlingAlone(concept: CompiledConcept): ReadonlySet<number> {
  let parts = settlingAlone.get(concept);
  if (!parts) settlingAlone.set(concept, (parts = new Set(concept.combinations.filter((c) => c.parts.length === 1).map((c) => c.parts[0]))));
  return parts;
}

const settlingAlone = new WeakMap<CompiledConcept, ReadonlySet<number>>();

/** Whether a question's hit is a question word: what it asks for rather than what it is about. */
function asksFor(text: string, hit: PartHit): boolean {
  return INTERROGATIVE.test(text.slice(hit.start, hit.end));
}

// In a question or a template's prompt, "reason" asks why as well: "（请说明选择的模型及原因）", "What is the reason for …?".
const INTERROGATIVE = /^(?:why|how|what|which|when|where|who|whether|reason|почему|зачем|как|какой|какая|какие|каким|когда|где|что|причин|为什么|为何|如何|怎么|怎样|哪|什么|是否|原因|理由|依据)/iu;

/**
 * The unit just before `unit` when it ends with a question that `unit`
 * answers: a paragraph of the same section, the list item `unit` is a
 * sub-item of, or the heading of the section `unit` opens; `unit` a statement
 * of substance (not a heading, a table, a placeholder or another question).
 * A question that follows another question is one of a list of questions
 * ("Does the model converge? … Is it overfitting?"), and what comes after the
 * list answers none of them in particular.
 */
function askingUnit(unit: ProseUnit): ProseUnit | undefined {
  const question = unit.previous;
  if (!question || unit.notStatement || unit.origin || (unit.kind !== 'paragraph' && unit.kind !== 'list-item')) return undefined;
  if (question.notStatement || question.origin || question.section !== unit.section) return undefined;
  if (question.kind === 'list-item' ? unit.parentItem !== question : question.kind !== 'paragraph' && question.kind !== 'heading') return undefined;
  if (!endsWithQuestion(question) || (question.kind !== 'heading' && question.previous !== undefined && endsWithQuestion(question.previous))) return undefined;
  const first = unit.words.polarity.sentences[0];
  if (!first || first.question || first.placeholder || contentWordCount(unit.tokens) < 3) return undefined;
  return question;
}

function endsWithQuestion(unit: ProseUnit): boolean {
  return endsInQuestion(unit.words.polarity);
}

/**
 * Whether the sentence has at least `min` content words outside `hits`
 * (counted until there are enough: this runs for every hit of every concept).
 */
function contentWordsReach(tokens: readonly Token[], sentence: { start: number; end: number }, hits: readonly PartHit[], min: number): boolean {
  if (min <= 0) return true;
  let count = 0;
  for (const t of tokens) {
    if (t.start >= sentence.end) break;
    if (t.start < sentence.start || t.end > sentence.end || isStopword(t.word) || tokenInHit(t, hits)) continue;
    if (++count >= min) return true;
  }
  return false;
}

/** Whether a token overlaps one of `hits` (a loop, not `some` with a closure per token). */
function tokenInHit(t: Token, hits: readonly PartHit[]): boolean {
  for (let k = 0; k < hits.length; k++) if (t.start < hits[k].end && t.end > hits[k].start) return true;
  return false;
}

/**
 * Whether the items nested in a list item say something: words enough, and one of them commits (a sentence
 * that is no question or placeholder, without negation or hedge: "- no model picked for it so far" leaves it
 * open, though a definition's own negation, "no lesson for four weeks", is lost with it), as the line after a label must
 * (partsAsked): "- **Baseline**" over "- maybe popularity, decide later" names the point and leaves it open.
 */
function childrenHaveSubstance(item: ProseUnit): boolean {
  const children = item.section.units.filter((u) => u.parentItem === item);
  return children.reduce((sum, u) => sum + contentWordCount(u.tokens), 0) >= 4 &&
    children.some((u) => u.words.polarity.sentences.some((s) => isCommittedStatement(u, s)));
}

/** Content words a nested item needs to say something rather than name a topic ("- Data drift detection"). */
const NESTED_STATEMENT_WORDS = 4;

/**
 * Whether a sentence of an item nested under a label says something outright: no question, placeholder,
 * negation or hedge, and words enough for a clause, not a topic's name as a template's outline lists them
 * ("- **Model Monitoring**" over "- Performance metrics", "- Data drift detection").
 */
function isCommittedStatement(unit: ProseUnit, sentence: { start: number; end: number; question: boolean; placeholder: boolean }): boolean {
  return !sentence.placeholder && !sentence.question && commits(unit, sentence) && contentWordsReach(unit.tokens, sentence, NO_HITS, NESTED_STATEMENT_WORDS);
}

/** The hits of each part that are not negated, least hedged first. */
function hitsPerPart(hits: readonly PartHit[]): Map<number, PartHit[]> {
  const byPart = new Map<number, PartHit[]>();
  for (const hit of hits) {
    if (hit.negated) continue;
    const list = byPart.get(hit.part);
    if (list) list.push(hit);
    else byPart.set(hit.part, [hit]);
  }
  // A list of one is in order (sorting it still makes a work array).
  for (const list of byPart.values()) if (list.length > 1) list.sort((a, b) => a.hedge - b.hedge);
  return byPart;
}

const overlaps = (a: PartHit, b: PartHit): boolean => a.start < b.end && b.start < a.end;

/**
 * One hit per part of a combination, each from different words: "v1" cannot
 * be both the simple model and the comparison. Undefined when a part is missing.
 */
function pickHits(parts: readonly number[], byPart: ReadonlyMap<number, readonly PartHit[]>): PartHit[] | undefined {
  for (let k = 0; k < parts.length; k++) if ((byPart.get(parts[k])?.length ?? 0) === 0) return undefined;
  // One hit per part, none overlapping another. A part's later hits are tried when its first one
  // blocks a later part ("against a golden set … reference answers": 'golden set' also starts
  // 'against a golden', so the correct-answer part must take 'reference answers'). The search
  // is bounded, so a unit dense with overlapping cues costs little. One list, grown and cut back as
  // the search goes: this runs for every combination of every sentence with hits.
  pickBudget = PICK_BUDGET;
  const chosen: PartHit[] = [];
  return pickFrom(parts, byPart, chosen) ? chosen : undefined;
}

/** Hits `pickFrom` may still try in the current `pickHits` (it does not recurse into another). */
let pickBudget = 0;

/** Extends `chosen` with a hit of each part after it; false (with `chosen` as it was) when none fit or the budget runs out. */
function pickFrom(parts: readonly number[], byPart: ReadonlyMap<number, readonly PartHit[]>, chosen: PartHit[]): boolean {
  if (chosen.length === parts.length) return true;
  const hits = byPart.get(parts[chosen.length])!;
  for (let k = 0; k < hits.length; k++) {
    // Once the budget is spent every level gives up, as each tries its next hit.
    if (pickBudget-- <= 0) return false;
    const hit = hits[k];
    if (overlapsOne(chosen, hit)) continue;
    chosen.push(hit);
    if (pickFrom(parts, byPart, chosen)) return true;
    chosen.pop();
  }
  return false;
}

function overlapsOne(chosen: readonly PartHit[], hit: PartHit): boolean {
  for (let k = 0; k < chosen.length; k++) if (overlaps(chosen[k], hit)) return true;
  return false;
}

/** How many hits `pickHits` may try for one combination in one sentence. */
const PICK_BUDGET = 64;

/**
 * Whether a unit sits under a heading (or, for a table row, a column header; for a list item of a
 * combination with `listLabelHeads`, a short label over it) that `cues` name.
 */
function underHeading(unit: ProseUnit, cues: PhraseSet, memo: SectionMemo, listLabelHeads: boolean): boolean {
  if (unit.kind === 'table-row' && columnNamed(unit, cues)) return true;
  if (listLabelHeads && unit.kind === 'list-item') {
    const label = listLabel(unit);
    if (label !== undefined && headingHolds(label, cues)) return true;
  }
  return sectionNamed(unit.section, cues, memo);
}

/** At most this many content words make the lead of a list a label that heads it ("Model updates", "Частота переобучения модели"). */
const LIST_LABEL_WORDS = 4;

/**
 * The short label a list item sits under, which heads it as a heading would: the item it is
 * nested in ("7. **Retraining**" over "- Weekly pipeline or on drift") or the paragraph its run of
 * items follows ("**Model updates**" over "- weights re-estimated every two weeks"). Both are in the
 * item's region or its context key (`parentItem`, `listIntro`), so incremental lint sees them too.
 */
function listLabel(unit: ProseUnit): ProseUnit | undefined {
  const lead = unit.parentItem ?? unit.listIntro;
  if (lead === undefined || lead.kind === 'heading') return undefined;
  // A label, not a sentence: few words, no full stop or question mark at its end.
  const words = contentWordCount(lead.tokens);
  return words > 0 && words <= LIST_LABEL_WORDS && !/[.!?。！？]\s*$/u.test(lead.text) ? lead : undefined;
}

/**
 * Whether a column header of a table row names the cues, alone or with the row's label (its first
 * cell) — a cell is named by its row and its column together: "精排模型" in the row and "更新周期"
 * over the column are the model's update cycle, "Ranking model" and "Refresh" the model's refresh.
 */
function columnNamed(unit: ProseUnit, cues: PhraseSet): boolean {
  const header = unit.tableHeader ?? [];
  // Whether the cues hold `first second` with a match that runs from one into the other (not the row label's own words).
  const holds = (first: string, second = ''): boolean => {
    const reading = readingOf(second ? `${first} ${second}` : first);
    return cues.matches(reading.text, reading.norm, reading.tokens).some((m) => !second || (m.start < first.length && m.end > first.length + 1));
  };
  if (header.some((cell) => holds(cell))) return true;
  const cut = unit.text.indexOf(' | ');
  const label = cut > 0 ? unit.text.slice(0, cut).trim() : '';
  // A row label of a few words, not a sentence; the columns after it (the first is the label's own).
  if (label === '' || label.length > ROW_LABEL_CHARS) return false;
  // In a two-column table of labels and what they hold ("| 项目 | 内容 |", "| Type | Metrics |") the label
  // heads its row as a heading heads a section: "| 实验 | 按尾号分流，50% 走新模型，跑三周 |".
  if (header.length === 2 && holds(label)) return true;
  return header.slice(1).some((cell) => cell !== '' && (holds(label, cell) || holds(cell, label)));
}

/** Whether the row of a two-column table of labels and contents has a label that names the cues (columnNamed). */
function rowLabelNamed(unit: ProseUnit, cues: PhraseSet): boolean {
  if (unit.tableHeader?.length !== 2) return false;
  const cut = unit.text.indexOf(' | ');
  const label = cut > 0 ? unit.text.slice(0, cut).trim() : '';
  if (label === '' || label.length > ROW_LABEL_CHARS) return false;
  const reading = readingOf(label);
  return cues.matches(reading.text, reading.norm, reading.tokens).length > 0;
}

/** The longest first cell read as a row's label. */
const ROW_LABEL_CHARS = 40;

function sectionNamed(section: Section, cues: PhraseSet, memo: SectionMemo): boolean {
  let named = memo.get(section);
  if (named === undefined) {
    const heading = section.units.find((u) => u.kind === 'heading');
    named = (heading !== undefined && headingHolds(heading, cues)) || (section.parent !== undefined && sectionNamed(section.parent, cues, memo));
    memo.set(section, named);
  }
  return named;
}

function spanOf(hits: readonly PartHit[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (let k = 0; k < hits.length; k++) {
    if (hits[k].start < start) start = hits[k].start;
    if (hits[k].end > end) end = hits[k].end;
  }
  return { start, end };
}

function holdersOf(bySection: Map<number, Map<number, LocalHolder>>, section: number): Map<number, LocalHolder> {
  let holders = bySection.get(section);
  if (!holders) bySection.set(section, (holders = new Map()));
  return holders;
}

/** Keeps the first best holder of a part (a later one must be strictly better, or as good and said rather than asked). */
function keepLocal(holders: Map<number, LocalHolder>, part: number, holder: LocalHolder): void {
  const known = holders.get(part);
  if (!known || holder.factor > known.factor || (known.asked && !holder.asked && holder.factor === known.factor)) holders.set(part, holder);
}

/**
 * keepLocal into a section's holders when there are any and the part is one they keep. Called for every
 * holder, whether or not it goes there: a call written inside `if (inDiagrams && …)` ran for the first
 * time only at the first diagram unit holding a diagram part, and V8 threw weighUnit's optimised code
 * away there for want of feedback on the call and compiled it again (a second ~150 ms of TurboFan in a
 * young server; docs/performance.md, "Live editing, fifteenth pass").
 */
function keepSpread(holders: Map<number, LocalHolder> | undefined, parts: ReadonlySet<number>, part: number, holder: LocalHolder): void {
  if (holders !== undefined && parts.has(part)) keepLocal(holders, part, holder);
}

/** Articles skipped before a sentence's subject ("The holiday flags …"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Chinese pronouns the stop-word list lacks: "我们这样选，是因为 …", "它…". */
const HAN_PRONOUNS: ReadonlySet<string> = new Set(['我们', '咱们', '它', '它们', '他们', '这样', '这个', '这种', '该', '其', '此']);

/**
 * Whether a sentence of a unit has a subject of its own, not the one a sentence before it named: its
 * first word (after an article) is a content word that no cue of the concept covers ("Holiday flags are
 * added because …", "任务编排使用 Airflow，因为 …"), and it holds no cue of the concept's name. A pronoun,
 * a function word or a zero subject ("It …", "Это …", "因为 …") and the model named again join.
 */
function ownSubject(unit: ProseUnit, sentenceIndex: number, hits: readonly PartHit[], nameIndex: number): boolean {
  if (hits.some((h) => h.part === nameIndex)) return false;
  const sentence = unit.words.polarity.sentences[sentenceIndex];
  if (!sentence) return false;
  let first: { word: string; start: number; end: number } | undefined;
  for (const token of unit.tokens) {
    if (token.end <= sentence.start) continue;
    if (token.start >= sentence.end) break;
    if (!ARTICLES.has(token.word)) {
      first = token;
      break;
    }
  }
  if (!first || isStopword(first.word) || HAN_PRONOUNS.has(first.word)) return false;
  const at = first;
  return !hits.some((h) => h.start < at.end && h.end > at.start);
}

/** What one decision reads about sections, memoised; and how it weighs a region. */
class Weighing {
  readonly minOtherWords: number;
  readonly nameIndex: number;
  readonly headingOverSubsections: boolean;
  readonly candidatesCount: boolean;
  /** Part names per combination, named once per decision rather than per candidate. */
  readonly names: Map<CompiledCombination, readonly string[]>;
  private readonly named: Map<CompiledCombination, SectionMemo>;
  private readonly unnamed: Map<CompiledCombination, SectionMemo>;
  /** The combinations that must, or must not, sit under headings naming them (see chainReading). */
  private readonly headingCombos: readonly CompiledCombination[];
  /** Parts of the combinations spread over a section (from prose, from diagrams): the only ones held per section. */
  private readonly sectionParts: ReadonlySet<number>;
  private readonly diagramParts: ReadonlySet<number>;
  /** Whether a combination is spread over the document (foldDocument). */
  readonly spreadOverDocument: boolean;
  /** The combinations spread over a section, of prose units and of diagram units, in the concept's order (sectionCandidates). */
  readonly sectionCombos: readonly CompiledCombination[];
  readonly diagramSectionCombos: readonly CompiledCombination[];

  constructor(
    readonly concept: CompiledConcept,
    readonly step: Step | 'any',
  ) {
    const spec = concept.spec;
    this.minOtherWords = spec.minOtherWords ?? DEFAULT_MIN_OTHER_WORDS;
    this.nameIndex = spec.name === undefined ? -1 : concept.parts.findIndex((p) => p.name === spec.name);
    this.headingOverSubsections = spec.headingOverSubsections === true;
    this.candidatesCount = spec.candidatesCount === true;
    this.names = new Map(concept.combinations.map((combo) => [combo, combo.parts.map((index) => concept.parts[index].name)]));
    // Parts of combinations spread over a section or the whole document are kept per section.
    const spread = concept.combinations.filter((combo) => combo.within === 'section' || combo.within === 'document');
    this.sectionParts = new Set(spread.filter((combo) => !combo.fromDiagram).flatMap((combo) => combo.parts));
    this.diagramParts = new Set(spread.filter((combo) => combo.fromDiagram).flatMap((combo) => combo.parts));
    this.named = new Map(concept.combinations.flatMap((combo) => (combo.underHeading ? [[combo, memoFor(combo.underHeading)]] : [])));
    this.unnamed = new Map(concept.combinations.flatMap((combo) => (combo.unlessHeading ? [[combo, memoFor(combo.unlessHeading)]] : [])));
    this.headingCombos = concept.combinations.filter((combo) => combo.underHeading || combo.unlessHeading);
    this.spreadOverDocument = concept.combinations.some((combo) => combo.within === 'document');
    this.sectionCombos = concept.combinations.filter((combo) => combo.within === 'section' && !combo.fromDiagram);
    this.diagramSectionCombos = concept.combinations.filter((combo) => combo.within === 'section' && combo.fromDiagram);
  }

  /**
   * All that summarize reads of the headings above a region, per section of
   * `region.sections` (every unit's section is one of them): whether it is
   * deferred, in the rule's step, a glossary, and named by each combination's headings,
   * as bits. Undefined when there are too many combinations to pack (the
   * summary is then weighed again whenever the chain changes).
   */
  chainReading(region: DocRegion): number[] | undefined {
    if (this.headingCombos.length > READING_BITS - 3) return undefined;
    return region.sections.map((section) => {
      let bits = (this.deferred(section) ? 1 : 0) | (this.prior(section) > 0 ? 2 : 0) | (isGlossarySection(section) ? 4 : 0);
      this.headingCombos.forEach((combo, k) => {
        if (this.sectionNamed(combo, section)) bits |= 8 << k;
      });
      return bits;
    });
  }

  deferred(section: Section): boolean {
    return isDeferredSection(section, deferredSections);
  }

  prior(section: Section): number {
    if (this.step === 'any') return 0;
    let steps = sectionSteps.get(section);
    if (!steps) sectionSteps.set(section, (steps = new Set(stepsInScope(section))));
    return steps.has(this.step) ? STEP_PRIOR : 0;
  }

  sectionNamed(combo: CompiledCombination, section: Section): boolean {
    return (!combo.underHeading || sectionNamed(section, combo.underHeading, this.named.get(combo)!)) && !this.excludedBy(combo, section);
  }

  inContext(combo: CompiledCombination, unit: ProseUnit): boolean {
    return (!combo.underHeading || underHeading(unit, combo.underHeading, this.named.get(combo)!, combo.listLabelHeads)) && !this.excludedBy(combo, unit.section) &&
      // A row label heads its row as a heading does, for what it rules out too: "| 离线实验 | 对比 LR 和 BERT |".
      !(combo.unlessHeading !== undefined && unit.kind === 'table-row' && rowLabelNamed(unit, combo.unlessHeading));
  }

  /** Whether a heading of the section's chain names what the combination's `unlessHeading` rules out. */
  private excludedBy(combo: CompiledCombination, section: Section): boolean {
    return combo.unlessHeading !== undefined && sectionNamed(section, combo.unlessHeading, this.unnamed.get(combo)!);
  }

  /**
   * The region's candidates and holders, as the whole-document pass weighs
   * them. They read, outside the region, only what its context key holds
   * (model.ts `RegionContext`): whether its sections are deferred, in the
   * rule's step or named by a combination's headings (of the heading chain,
   * only what `chainReading` packs), and whether its headings have a body.
   *
   * It runs for every concept of every region, so it is cut into methods of a
   * few hundred bytes of bytecode each (weighUnit, sentenceCandidates,
   * unitCandidates) rather than one: V8 compiles each on its own, and when a
   * rare input throws one's optimised code away, only that one is compiled
   * again. As one function it took V8 ~1.5 s to compile, six times in a cold
   * CLI run (docs/performance.md, "CLI cold, seventh pass").
   */
  summarize(region: DocRegion, hits: PackedHits): Summary {
    const tally = new RegionTally(this.concept.threshold);
    for (let k = 0; k < hits.length; k++) this.weighUnit(region, hits.unitAt(k), hits.hitsAt(k), tally);
    return tally.summary();
  }

  /** Weighs the hits of the unit at `index` in the region into `tally`. */
  weighUnit(region: DocRegion, index: number, unitHits: UnitHits, tally: RegionTally): void {
    const unit = region.units[index];
    const sectionRef = region.fragment.units[index].heading + 1;
    // A heading naming the concept takes the first statement under it, also when that is in a sub-section
    // ("## Baseline" over "### Rule-based heuristic"); the heading itself is no statement there (statementFactor).
    if (unitHits.headingCue && (unit.sectionHasBody || (unit.subSectionsHaveBody && this.headingOverSubsections))) tally.headings.push(sectionRef);
    // A glossary entry that only defines the term ("Cold start — a problem that occurs when …") does not handle it.
    const inDeferredSection = this.deferred(unit.section);
    const leftOut = outOfScopeByLabel(region.units, index, this.candidatesCount) || (isGlossarySection(unit.section) && isBareDefinition(unit));
    const unitContext = inDeferredSection || leftOut ? DEFERRED_FACTOR : 1;
    const prior = this.prior(unit.section);
    const inUnit = new Map<number, LocalHolder>();
    // Holders per section only for the parts a combination spread over a section uses. A section's
    // own units are contiguous in the document, so sections keep their order however late they are added.
    const inSection = this.sectionParts.size > 0 ? holdersOf(tally.bySection, sectionRef) : undefined;
    const inDiagrams = unit.origin === 'diagram' && this.diagramParts.size > 0 ? holdersOf(tally.diagramsBySection, sectionRef) : undefined;
    const bySentence = new Map<number, PartHit[]>();
    for (const hit of unitHits.parts) {
      const hits = bySentence.get(hit.sentence);
      if (hits) hits.push(hit);
      else bySentence.set(hit.sentence, [hit]);
    }
    const asked = partsAsked(unit, bySentence, this.concept, introducingUnit(region.units, index));
    for (const [sentenceIndex, hits] of bySentence) {
      // In a later-work section a sentence about the version being designed is the design: "Future work: v1 retrains weekly; …".
      const context = inDeferredSection && !leftOut && opensWithCurrentVersion(unit, sentenceIndex) ? 1 : unitContext;
      // "Why XGBoost? It works well on tabular data.": a question the unit answers lends its words
      // to the answer (combinations spread over the unit), never a statement of its own.
      const answered = answeredQuestion(unit, sentenceIndex);
      // A question, a placeholder, a heading without a body: nothing in this sentence counts.
      if (!answered && statementFactor(unit, sentenceIndex, [], 0) === 0) continue;
      const present = hitsPerPart(hits);
      if (answered) {
        for (const [part, [hit]] of present) keepLocal(inUnit, part, localHolder(unit, hit.start, hit.end, hedged(context, hit.hedge), asksFor(unit.text, hit) ? 'for' : 'topic'));
        continue;
      }
      // Whether a line is a bare topic label is judged on the words besides the cues a
      // candidate uses: a dense statement of several parts is still a statement.
      for (const [part, [hit]] of present) {
        const holder = localHolder(unit, hit.start, hit.end, hedged(statementFactor(unit, sentenceIndex, [hit], this.minOtherWords, unitHits.tableStatement) * context, hit.hedge), undefined);
        if (!this.concept.parts[part].subjectBound || !ownSubject(unit, sentenceIndex, hits, this.nameIndex)) keepLocal(inUnit, part, holder);
        keepSpread(inSection, this.sectionParts, part, holder);
        keepSpread(inDiagrams, this.diagramParts, part, holder);
      }
      // A column header names the part for every cell under it ("Latency" over "200 ms").
      for (const part of unitHits.headerParts) if (!present.has(part)) present.set(part, [{ part, start: -1, end: -1, sentence: sentenceIndex, negated: false, hedge: Hedge.None }]);
      // A question names the parts for the statement that answers it ("How do we catch drift?" over
      // "We compare weekly feature histograms with training and page the owner"), as a header does.
      const lent = asked.bySentence.get(sentenceIndex);
      if (lent) for (const [part, hedge] of lent) if (!present.has(part)) present.set(part, [{ part, start: -1, end: -1, sentence: sentenceIndex, negated: false, hedge }]);
      this.sentenceCandidates(unit, sentenceIndex, hits, present, lent, context, prior, tally, unitHits.tableStatement, asked.values);
      if (this.nameIndex >= 0) {
        const against = decisionAgainst(unit, sentenceIndex, hits, this.nameIndex, context);
        if (against) tally.consider(against.score, unit, against.evidence.start, against.evidence.end, against.parts);
      }
    }
    // A question just before the unit lends its words to the combinations spread over the unit (partsAsked).
    for (const { hit, asksFor } of asked.before) if (!inUnit.has(hit.part)) inUnit.set(hit.part, localHolder(unit, -1, -1, hedged(unitContext, hit.hedge), asksFor ? 'for' : 'topic'));
    if (inUnit.size > 0) this.unitCandidates(unit, inUnit, prior, tally);
  }

  /** The candidates of the combinations within one sentence: `present` holds its parts' hits, lent ones included. */
  private sentenceCandidates(unit: ProseUnit, sentenceIndex: number, hits: readonly PartHit[], present: ReadonlyMap<number, readonly PartHit[]>, lent: ReadonlyMap<number, Hedge> | undefined, context: number, prior: number, tally: RegionTally, tableStatement: boolean, values: ReadonlySet<number> | undefined): void {
    for (const combo of this.concept.combinations) {
      const { parts } = combo;
      if (combo.within !== 'sentence' || !this.inContext(combo, unit) || (combo.fromDiagram && unit.origin !== 'diagram')) continue;
      const used = pickHits(parts, present);
      if (!used) continue;
      // Loops, not filter and some with closures: this runs for every combination of every sentence with hits.
      let hedge = Hedge.None;
      let lentOnly = false;
      let said = 0;
      for (let k = 0; k < used.length; k++) {
        const h = used[k];
        if (h.hedge > hedge) hedge = h.hedge;
        if (h.start >= 0) said++;
        else if (lent !== undefined && lent.has(h.part)) lentOnly = true;
      }
      const inText = said === used.length ? used : used.filter((h) => h.start >= 0);
      if (spansNames(unit, inText)) continue;
      const fromQuestion = lentOnly;
      // The answer must say a part itself: a question's words alone settle nothing.
      if (fromQuestion && inText.length === 0) continue;
      const counted = combo.partCuesAreNotOtherWords ? [...inText, ...hits.filter((h) => parts.includes(h.part) && !inText.includes(h))] : inText;
      // A list item that is a concept label's value ("**Data sources:**" over "- clickstream") is a statement as it stands.
      const isValue = values?.has(sentenceIndex) ?? false;
      const weighed = statementFactor(unit, sentenceIndex, counted, isValue ? 0 : combo.minOtherWords ?? this.minOtherWords, tableStatement) * context;
      const score = Math.min(1, combo.weight * weighed * HEDGE_FACTOR[hedge] * (fromQuestion ? UNIT_SPREAD_FACTOR : 1) + prior);
      const span = spanOf(inText.length > 0 ? inText : hits);
      tally.consider(score, unit, span.start, span.end, this.names.get(combo)!);
    }
  }

  /** The candidates of the combinations spread over a unit's sentences, from the best holder of each part in it. */
  private unitCandidates(unit: ProseUnit, inUnit: ReadonlyMap<number, LocalHolder>, prior: number, tally: RegionTally): void {
    for (const combo of this.concept.combinations) {
      const { parts } = combo;
      if (combo.within !== 'unit' || !parts.every((p) => inUnit.has(p))) continue;
      if (combo.fromDiagram && unit.origin !== 'diagram') continue;
      if (!this.inContext(combo, unit)) continue;
      // The answer must say a part itself, and every part but the one a question asks for ("Which model,
      // and why? LightGBM, tuned on last quarter" names the model and gives no reason).
      let said = 0;
      let askedFor = false;
      let weakest = Infinity;
      let first: LocalHolder | undefined;
      for (let i = 0; i < parts.length; i++) {
        const holder = inUnit.get(parts[i])!;
        if (holder.asked === 'for') askedFor = true;
        if (holder.factor < weakest) weakest = holder.factor;
        if (holder.asked) continue;
        said++;
        // The earliest of the parts said; of equal starts, the first part.
        if (!first || holder.start < first.start) first = holder;
      }
      // Worked out for every combination, not only after a question: V8 then knows the types here
      // before it optimises this, rather than throwing the optimised code away the first time.
      const allButOneSaid = said >= parts.length - 1;
      if (!first || (askedFor && !allButOneSaid)) continue;
      if (spansNames(unit, parts.map((p) => inUnit.get(p)!).filter((h) => !h.asked && h.start >= 0))) continue;
      const score = Math.min(1, combo.weight * UNIT_SPREAD_FACTOR * weakest + prior);
      tally.consider(score, unit, first.start, first.end, this.names.get(combo)!);
    }
  }
}

/** What summarize gathers of one region as it weighs its units (see Summary). */
class RegionTally {
  best: LocalCandidate | undefined = undefined;
  readonly settled = new Map<string, readonly string[]>();
  readonly bySection = new Map<number, Map<number, LocalHolder>>();
  readonly diagramsBySection = new Map<number, Map<number, LocalHolder>>();
  readonly headings: number[] = [];

  constructor(private readonly threshold: number) {}

  consider(score: number, unit: ProseUnit, start: number, end: number, parts: readonly string[]): void {
    if (!this.best || score > this.best.score) this.best = localCandidate(score, unit, start, end, parts);
    if (score >= this.threshold) this.settled.set(settledKey(parts), parts);
  }

  summary(): Summary {
    // Kept per region and concept: a region without any of these shares one empty list.
    return {
      best: this.best,
      settled: this.settled.size > 0 ? [...this.settled] : EMPTY,
      sections: this.bySection.size > 0 ? [...this.bySection] : EMPTY,
      diagrams: this.diagramsBySection.size > 0 ? [...this.diagramsBySection] : EMPTY,
      headings: this.headings.length > 0 ? this.headings : EMPTY,
    };
  }
}

/** Bits per section in a chain reading (kept below the sign bit). */
const READING_BITS = 30;

function memoFor(cues: PhraseSet): SectionMemo {
  let memo = namedSections.get(cues);
  if (!memo) namedSections.set(cues, (memo = new WeakMap()));
  return memo;
}

/**
 * A region's summary, weighed again only when the region was re-parsed, its
 * context changed, or the headings above it changed in what the concept reads
 * of them.
 */
function regionSummary(region: DocRegion, weighing: Weighing): Summary | undefined {
  const hits = regionHits(region, weighing.concept);
  if (hits.length === 0) return undefined;
  const cache = region.fragment.cache;
  const kept = cache.judged.get(weighing.concept) as KeptRegionSummary | undefined;
  // The reading is a pass over the region's sections: taken once, for the check and for the new entry.
  let reading: readonly number[] | undefined;
  if (kept && kept.step === weighing.step) {
    if (kept.chainVersion === cache.chainVersion) return kept.summary;
    reading = weighing.chainReading(region);
    if (kept.reading && sameNumbers(kept.reading, reading)) {
      kept.chainVersion = cache.chainVersion;
      return kept.summary;
    }
  } else reading = weighing.chainReading(region);
  return keepRegionSummary(region, weighing, weighing.summarize(region, hits), reading);
}

function keepRegionSummary(region: DocRegion, weighing: Weighing, summary: Summary, reading: readonly number[] | undefined): Summary {
  const cache = region.fragment.cache;
  cache.judged.set(weighing.concept, { step: weighing.step, summary, chainVersion: cache.chainVersion, reading } satisfies KeptRegionSummary);
  return summary;
}

/**
 * The first candidate at the concept's threshold in the region, weighing its
 * units in order and finding their hits as it goes (a whole document is one
 * region when it is not edited: model.ts), for decideConceptStatus. When none
 * is, every unit was weighed: the hits and the summary are kept as regionHits
 * and regionSummary keep them, so the full decision that follows weighs
 * nothing again. A region already weighed or with its hits found takes
 * regionSummary's way.
 */
function firstSettling(region: DocRegion, weighing: Weighing): LocalCandidate | undefined {
  const { concept } = weighing;
  const cache = region.fragment.cache;
  if (cache.judged.has(concept) || cache.byObject.has(concept)) {
    const best = regionSummary(region, weighing)?.best;
    return best !== undefined && best.score >= concept.threshold ? best : undefined;
  }
  const tally = new RegionTally(concept.threshold);
  const found: Array<[number, UnitHits]> = [];
  for (let index = 0; index < region.fragment.units.length; index++) {
    const unitHits = unitHitsAt(region, concept, index);
    if (!unitHits) continue;
    found.push([index, unitHits]);
    weighing.weighUnit(region, index, unitHits, tally);
    if (tally.best !== undefined && tally.best.score >= concept.threshold) return tally.best;
  }
  if (found.length > 0) keepRegionSummary(region, weighing, tally.summary(), weighing.chainReading(region));
  keepRegionHits(region, concept, found);
  return undefined;
}

function sameNumbers(a: readonly number[], b: readonly number[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Whether the parts sit in different names of a keyword run (labels.ts `keywordRunEnds`): a list
 * of topics names them side by side and joins none of them.
 */
function spansNames(unit: ProseUnit, held: ReadonlyArray<{ start: number }>): boolean {
  if (held.length < 2) return false;
  const ends = keywordRunEnds(unit);
  if (!ends) return false;
  const first = nameIndexAt(ends, held[0].start);
  for (let i = 1; i < held.length; i++) if (nameIndexAt(ends, held[i].start) !== first) return true;
  return false;
}

/** What summaries are folded into, in document order: sections keyed by `S` (an index within a block or group, or the Section). */
interface Folded<S> {
  best: LocalCandidate | undefined;
  settled: Map<string, readonly string[]>;
  sections: Map<S, Map<number, LocalHolder>>;
  diagrams: Map<S, Map<number, LocalHolder>>;
  headings: S[];
  /**
   * The holder maps this fold made. A section that only one summary holds
   * takes that summary's map as it is; a second summary with holders in it
   * copies it first, so a kept summary is never changed.
   */
  owned: Set<Map<number, LocalHolder>>;
}

function folded<S>(): Folded<S> {
  return { best: undefined, settled: new Map(), sections: new Map(), diagrams: new Map(), headings: [], owned: new Set() };
}

const ALL_REFS = (): boolean => true;

/**
 * Folds `next` into `into`, in document order (only the sections `merges` takes into its holder maps): `sectionOf` maps `next`'s
 * section indexes to `into`'s. Candidates and holders are shared, not copied
 * (they name their unit, see LocalCandidate).
 */
function fold<S>(into: Folded<S>, next: Summary, sectionOf: (ref: number) => S, merges: (ref: number) => boolean = ALL_REFS): void {
  const best = next.best;
  // Strictly stronger only: of equal candidates the first in the document decides.
  if (best && (!into.best || best.score > into.best.score)) into.best = best;
  for (let k = 0; k < next.settled.length; k++) into.settled.set(next.settled[k][0], next.settled[k][1]);
  const merge = (target: Map<S, Map<number, LocalHolder>>, local: Summary['sections']): void => {
    for (let k = 0; k < local.length; k++) {
      const ref = local[k][0];
      if (!merges(ref)) continue;
      const section = sectionOf(ref);
      let merged = target.get(section);
      if (!merged) {
        target.set(section, local[k][1]);
        continue;
      }
      if (!into.owned.has(merged)) {
        target.set(section, (merged = new Map(merged)));
        into.owned.add(merged);
      }
      mergeHolders(merged, local[k][1]);
    }
  };
  merge(into.sections, next.sections);
  merge(into.diagrams, next.diagrams);
  for (let k = 0; k < next.headings.length; k++) into.headings.push(sectionOf(next.headings[k]));
}

/**
 * Keeps in `merged` each part's strongest holder, the one already there of equals. `forEach` with the
 * map as `this`: iterating a map's entries with for…of made an entry array per holder, and the folds of
 * an edited block were a fifth of an edit's allocation (docs/performance.md, "Live editing, seventeenth pass").
 */
function mergeHolders(merged: Map<number, LocalHolder>, holders: ReadonlyMap<number, LocalHolder>): void {
  holders.forEach(keepStronger, merged);
}

function keepStronger(this: Map<number, LocalHolder>, holder: LocalHolder, part: number): void {
  const known = this.get(part);
  if (!known || holder.factor > known.factor) this.set(part, holder);
}

/**
 * A fold's sections by number, in the order first held, as a map would keep them: a list, not a map, since
 * the children of a block or group come in document order and a child's first section is the one the child
 * before it ended in, so a section held again is the last one listed (the search back for an earlier one,
 * and for any once a section came out of order, keeps a map's meaning whatever the order). A section one
 * child holds shares that child's holder map; a second child holding it copies the map first (`owned`), so
 * a kept summary is never changed.
 */
class NumberedSections {
  readonly entries: Array<[number, Map<number, LocalHolder>]> = [];
  private owned: Set<Map<number, LocalHolder>> | undefined;
  /** Whether the sections are listed in ascending order, as a fold in document order lists them. */
  private ascending = true;

  add(local: Summary['sections'], offset: number): void {
    for (let k = 0; k < local.length; k++) {
      const section = offset + local[k][0];
      const holders = local[k][1];
      let at = this.entries.length - 1;
      // Past the last of sections listed in order: a new one (so a fold in order never searches).
      if (at >= 0 && (!this.ascending || section <= this.entries[at][0])) while (at >= 0 && this.entries[at][0] !== section) at--;
      else at = -1;
      if (at < 0) {
        if (this.entries.length > 0 && section < this.entries[this.entries.length - 1][0]) this.ascending = false;
        this.entries.push([section, holders]);
        continue;
      }
      let merged = this.entries[at][1];
      if (!this.owned?.has(merged)) {
        this.entries[at][1] = merged = new Map(merged);
        (this.owned ??= new Set()).add(merged);
      }
      mergeHolders(merged, holders);
    }
  }
}

/**
 * keptSummary's fold of its children's summaries in order: what `fold` does into a new `Folded<number>`
 * with each child's sections numbered on from the ones before it (`shape`), without the maps of sections
 * made only to be spread into the summary's lists.
 */
function foldChildren(summaries: ReadonlyArray<Summary | undefined>, shape: readonly number[]): Summary {
  let best: LocalCandidate | undefined;
  const settled = new Map<string, readonly string[]>();
  const sections = new NumberedSections();
  const diagrams = new NumberedSections();
  const headings: number[] = [];
  let base = 0;
  for (let index = 0; index < summaries.length; index++) {
    const child = summaries[index];
    if (child) {
      // Strictly stronger only: of equal candidates the first in the document decides.
      if (child.best && (!best || child.best.score > best.score)) best = child.best;
      for (let k = 0; k < child.settled.length; k++) settled.set(child.settled[k][0], child.settled[k][1]);
      sections.add(child.sections, base);
      diagrams.add(child.diagrams, base);
      for (let k = 0; k < child.headings.length; k++) headings.push(base + child.headings[k]);
    }
    base += shape[index] - 1;
  }
  return { best, settled: [...settled], sections: sections.entries, diagrams: diagrams.entries, headings };
}

/**
 * A block's or group's summary and what it was folded from: its children's
 * summaries in order (undefined for a region without hits) and how many
 * sections each child holds (the one open where it starts and its own), which
 * is all the fold reads (a child's sections are numbered on from the sections
 * before it).
 */
interface KeptFold extends KeptSummary {
  children: ReadonlyArray<Summary | undefined>;
  shape: readonly number[];
}

/** A block's or group's key (fragment-cache.ts BlockKey, GroupKey) as keptSummary reads it. */
interface FoldKey {
  facts: Map<unknown, unknown>;
  previous: { facts: Map<unknown, unknown> } | undefined;
}

/**
 * A summary folded from its children's, kept per concept in the key's
 * `facts` while the parent's children and contexts are unchanged (a block's
 * from its regions, a group's from its blocks). A new key (an edit changed a
 * child) reuses the fold of the key it replaced when that was made of the
 * same child summaries in the same shape: an edit of a region that holds no
 * hit of a concept, before or after, leaves that concept's folds alone.
 * The children the replaced key held the same way at its start and end
 * (`plan`, fold-plan.ts) have the summaries folded there, so only the ones in
 * between are asked for theirs.
 *
 * A child's sections are the one open where it starts, then its own
 * (model.ts DocRegion, DocBlock), and the parent's are its first child's
 * open one, then every child's own in order. So the section open where a
 * child starts is the parent's last section before it, and a child's section
 * `ref` is the parent's `ref` + the own sections of the children before it.
 */
function keptSummary<K extends FoldKey, C>(
  key: K,
  weighing: Weighing,
  children: readonly C[],
  summaryOf: (child: C, weighing: Weighing) => Summary | undefined,
  planOf: (key: K, children: readonly C[]) => FoldPlan,
): Summary {
  const kept = key.facts.get(weighing.concept) as KeptFold | undefined;
  if (kept && kept.step === weighing.step) return kept.summary;
  const plan = planOf(key, children);
  const { shape } = plan;
  const before = key.previous?.facts.get(weighing.concept) as KeptFold | undefined;
  let summaries: ReadonlyArray<Summary | undefined>;
  let summary: Summary;
  if (before && before.step === weighing.step && plan.aligned && before.children.length === plan.previousLength) {
    const { prefix, suffix } = plan;
    const end = children.length - suffix;
    const beforeEnd = before.children.length - suffix;
    // The children in between, compared with the replaced key's there as they come.
    let same = end === beforeEnd;
    const between = new Array<Summary | undefined>(end - prefix);
    for (let k = prefix; k < end; k++) {
      const child = summaryOf(children[k], weighing);
      between[k - prefix] = child;
      if (same && child !== before.children[k]) same = false;
    }
    if (same && sameShape(plan, before.shape)) {
      summaries = before.children;
      summary = before.summary;
    } else {
      summaries = before.children.slice(0, prefix).concat(between, before.children.slice(beforeEnd));
      summary = foldChildren(summaries, shape);
    }
  } else {
    const all = new Array<Summary | undefined>(children.length);
    for (let k = 0; k < children.length; k++) all[k] = summaryOf(children[k], weighing);
    summaries = all;
    summary = before && before.step === weighing.step && sameSummaries(before.children, summaries) && sameNumbers(before.shape, shape) ? before.summary : foldChildren(summaries, shape);
  }
  key.facts.set(weighing.concept, { step: weighing.step, summary, children: summaries, shape } satisfies KeptFold);
  return summary;
}

/** Whether the plan's shape is `shape` (compared once per plan and shape: every concept's fold of the replaced key has the same). */
function sameShape(plan: FoldPlan, shape: readonly number[]): boolean {
  if (plan.comparedShape !== shape) {
    plan.comparedShape = shape;
    plan.sameAsCompared = sameNumbers(plan.shape, shape);
  }
  return plan.sameAsCompared;
}

function sameSummaries(a: ReadonlyArray<Summary | undefined>, b: ReadonlyArray<Summary | undefined>): boolean {
  return a.length === b.length && a.every((summary, i) => summary === b[i]);
}

/** A block's summary: its regions' summaries folded. */
function blockSummary(block: DocBlock, weighing: Weighing): Summary {
  return keptSummary(block.key, weighing, block.regions, regionSummary, blockPlan);
}

/** A group's summary: its blocks' summaries folded. */
function groupSummary(group: DocGroup, weighing: Weighing): Summary {
  return keptSummary(group.key, weighing, group.blocks, blockSummary, groupPlan);
}

/** Per concept and rule step, what a decision reads of the concept (made once: it reads nothing of a document). */
const weighings = new WeakMap<CompiledConcept, Map<Step | 'any', Weighing>>();

function weighingFor(concept: CompiledConcept, step: Step | 'any'): Weighing {
  let bySteps = weighings.get(concept);
  if (!bySteps) weighings.set(concept, (bySteps = new Map()));
  let weighing = bySteps.get(step);
  if (!weighing) bySteps.set(step, (weighing = new Weighing(concept, step)));
  return weighing;
}

function holdsAll(holders: ReadonlyMap<number, LocalHolder>, parts: readonly number[]): boolean {
  for (let k = 0; k < parts.length; k++) if (!holders.has(parts[k])) return false;
  return true;
}

/** Candidates of the combinations spread over one section's sentences, in order; `onlyDiagrams`: from its diagram holders. */
function sectionCandidates(weighing: Weighing, holders: ReadonlyMap<number, LocalHolder>, section: Section, onlyDiagrams: boolean): Candidate[] {
  const found: Candidate[] = [];
  // Only the combinations spread over a section from this kind of unit: it runs for every section of a
  // folded group with holders, and most of a concept's combinations are within a sentence or a unit.
  const combos = onlyDiagrams ? weighing.diagramSectionCombos : weighing.sectionCombos;
  for (let c = 0; c < combos.length; c++) {
    const combo = combos[c];
    const { parts } = combo;
    if (!holdsAll(holders, parts)) continue;
    if (!weighing.sectionNamed(combo, section)) continue;
    const used = parts.map((p) => ({ holder: holders.get(p)!, unit: holders.get(p)!.unit }));
    const score = Math.min(1, combo.weight * SPREAD_FACTOR * Math.min(...used.map((u) => u.holder.factor)) + weighing.prior(section));
    const first = used.reduce((a, b) => (a.unit.start < b.unit.start || (a.unit === b.unit && a.holder.start <= b.holder.start) ? a : b));
    found.push({ score, evidence: { unit: first.unit, start: first.holder.start, end: first.holder.end }, parts: weighing.names.get(combo)! });
  }
  return found;
}

/**
 * A group's inner sections' candidates (of combinations spread over a section), per entry of its
 * summary's `sections` and `diagrams` (undefined for the two that may hold units of other groups:
 * the section open where the group starts, ref 0, and the one open where it ends, the last one
 * started in it; units always go to the section started last). An inner section's holders are the
 * group summary's own, so its candidates are kept with the group per weighing while that summary and
 * the group's section objects (which the weighing's per-section memos are keyed by) are the same:
 * an edit then makes candidates for its own group's sections and two per other group.
 */
function innerCandidates(group: DocGroup, summary: Summary, weighing: Weighing): InnerCandidates {
  const token = sectionsToken(group);
  const kept = group.key.facts.get(weighing) as InnerCandidates | undefined;
  if (kept && kept.summary === summary && kept.token === token) return kept;
  // A new key (an edit in the group) whose summary is the very one its replaced key's candidates were made of
  // (the edit held none of the concept's cues, before or after) over the same sections: those candidates.
  // The same object, so that the document's fold (foldGroups) is kept as well.
  const before = kept ? undefined : (group.key.previous?.facts.get(weighing) as InnerCandidates | undefined);
  if (before && before.summary === summary && before.token === token) {
    group.key.facts.set(weighing, before);
    return before;
  }
  const last = group.sections.length - 1;
  const spans = (ref: number): boolean => ref === 0 || ref === last;
  const { threshold } = weighing.concept;
  const of = (entries: Summary['sections'], onlyDiagrams: boolean): Placed => {
    const placed: Placed = [];
    let run: CandidateRun | undefined;
    let settled: Map<string, readonly string[]> | undefined;
    const close = (): void => {
      if (run && settled) run.settled = [...settled];
      run = settled = undefined;
    };
    for (let k = 0; k < entries.length; k++) {
      const ref = entries[k][0];
      if (spans(ref)) {
        close();
        placed.push(ref);
        continue;
      }
      const candidates = sectionCandidates(weighing, entries[k][1], group.sections[ref], onlyDiagrams);
      for (let c = 0; c < candidates.length; c++) {
        const candidate = candidates[c];
        if (!run) placed.push((run = new CandidateRun()));
        // As the decision's `consider` takes them one by one: the first strongest, the settling keys in the order first found.
        run.best = better(run.best, candidate);
        if (candidate.score >= threshold) (settled ??= new Map()).set(settledKey(candidate.parts), candidate.parts);
      }
    }
    close();
    return placed;
  };
  const spanning: Summary = {
    best: summary.best,
    settled: summary.settled,
    sections: summary.sections.filter(([ref]) => spans(ref)),
    diagrams: summary.diagrams.filter(([ref]) => spans(ref)),
    headings: summary.headings,
  };
  let anywhere: InnerCandidates['anywhere'];
  if (weighing.spreadOverDocument) {
    anywhere = [];
    let run: Map<number, LocalHolder> | undefined;
    for (const [ref, holders] of summary.sections) {
      if (spans(ref)) {
        anywhere.push(ref);
        run = undefined;
      } else {
        if (!run) anywhere.push((run = new Map()));
        keepStrongest(run, holders);
      }
    }
  }
  const made: InnerCandidates = { summary, token, spanning, sections: of(summary.sections, false), diagrams: of(summary.diagrams, true), anywhere };
  group.key.facts.set(weighing, made);
  return made;
}

/**
 * A group summary's sections in order, as the decision takes them: the `ref` of a section that may span groups
 * (its candidates are made over the document), or the candidates of the inner sections between two such
 * (only when they have some) as one run.
 */
type Placed = Array<CandidateRun | number>;

/**
 * Candidates in a row as the decision's `consider` leaves them: the first strongest (it replaces the one
 * before only when strictly stronger, so the first of equals in the run is the one that can), and the keys
 * of those at the threshold in the order first found, each with the parts set last. Taking the run whole is
 * taking its candidates one by one, so the document's fold replays one run per group, not every inner
 * section's candidates.
 */
class CandidateRun {
  best: Candidate | undefined = undefined;
  settled: ReadonlyArray<readonly [string, readonly string[]]> = EMPTY;
}

interface InnerCandidates {
  summary: Summary;
  token: object;
  /** The summary with only the sections that may span groups: what the document's fold takes of it. */
  spanning: Summary;
  sections: Placed;
  diagrams: Placed;
  /**
   * For a concept with combinations spread over the document, the `sections` entries in order with each run
   * of inner sections' holders as one map (each part's first strongest holder in the run); else undefined.
   */
  anywhere: Array<number | Map<number, LocalHolder>> | undefined;
}

/** A group's section objects as last seen, and their token (see sectionsToken). */
interface SectionsSeen {
  sections: readonly Section[];
  token: object;
}

function sameObjects(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Key of a group's last seen section objects in its key's facts. */
const SECTIONS_SEEN = {};
/** Per group of one assembly, the token of its section objects (see sectionsToken). */
const sectionTokens = new WeakMap<DocGroup, object>();

/**
 * An object that stays the same while the group's sections are the same objects (a group's key can
 * outlive them: a heading above re-parsed makes new sections under it with the same chain).
 */
function sectionsToken(group: DocGroup): object {
  let token = sectionTokens.get(group);
  if (token) return token;
  // A new key (an edit in the group) compares with what the key it replaced saw.
  const own = group.key.facts.get(SECTIONS_SEEN) as SectionsSeen | undefined;
  const seen = own ?? (group.key.previous?.facts.get(SECTIONS_SEEN) as SectionsSeen | undefined);
  if (seen && sameObjects(seen.sections, group.sections)) {
    token = seen.token;
    if (!own) group.key.facts.set(SECTIONS_SEEN, seen);
  } else group.key.facts.set(SECTIONS_SEEN, { sections: group.sections, token: (token = {}) });
  sectionTokens.set(group, token);
  return token;
}

/**
 * The decision over the whole document, folded from its groups' summaries:
 * a group is folded again only when one of its blocks changed, a block only
 * when one of its regions was re-parsed or changed context, and a region
 * weighed again only then, so an edit costs its own regions, its block, its
 * group and one lookup per other group.
 */
export function decideConcept(doc: DesignDoc, concept: CompiledConcept, step: Step | 'any'): ConceptDecision {
  const spec = concept.spec;
  const weighing = weighingFor(concept, step);
  // Combinations spread over the document read every section's holders: those concepts fold them all.
  const spread = concept.combinations.some((combo) => combo.within === 'document') ? foldDocument(doc, weighing) : foldGroups(doc, weighing);
  let best = spread.best;
  const settledBy = spread.settledBy;
  for (const section of spread.headings) {
    const candidate = statementUnderHeading(section, spec.headingWeight ?? DEFAULT_HEADING_WEIGHT, weighing.deferred(section));
    best = better(best, candidate);
    if (candidate && candidate.score >= concept.threshold) settledBy.set(settledKey(candidate.parts), candidate.parts);
  }
  const score = best?.score ?? 0;
  const settled = score >= concept.threshold;
  return { settled, score, confidence: settled ? (score >= STRONG ? 'strong' : 'weak') : undefined, evidence: settled ? best?.evidence : undefined, settledBy: [...settledBy.values()] };
}

/**
 * The decision before the headings naming the concept (whose candidates read their sections' text): the
 * strongest candidate, the settling combinations by key in the order found, and the sections whose
 * headings name the concept, in document order.
 */
interface Spread {
  best: Candidate | undefined;
  settledBy: Map<string, readonly string[]>;
  headings: readonly Section[];
}

/** The groups' summaries folded, and a `consider` that keeps the strongest candidate and the settling ones. */
function spreadFrom(into: Folded<Section>, threshold: number): { spread: Spread; consider: (candidate: Candidate) => void } {
  const spread: Spread = {
    best: into.best && { score: into.best.score, evidence: { unit: into.best.unit, start: into.best.start, end: into.best.end }, parts: into.best.parts },
    settledBy: into.settled,
    headings: into.headings,
  };
  const consider = (candidate: Candidate): void => {
    spread.best = better(spread.best, candidate);
    if (candidate.score >= threshold) spread.settledBy.set(settledKey(candidate.parts), candidate.parts);
  };
  return { spread, consider };
}

/**
 * A concept with combinations spread over the document: the groups' fold (foldGroups), which takes every
 * section's candidates as folding every group's whole summary would, then the document's combinations of
 * each part's first strongest holder in any section: of the inner sections' holders, kept per group in runs
 * (InnerCandidates `anywhere`), and of the spanning sections' holders folded over the groups, in the order
 * the sections are first held.
 */
function foldDocument(doc: DesignDoc, weighing: Weighing): Spread {
  return foldGroups(doc, weighing, true);
}

/** The document's combinations over the parts' first strongest holders in any section (`anywhere`). */
function documentCandidates(weighing: Weighing, anywhere: ReadonlyMap<number, LocalHolder>, consider: (candidate: Candidate) => void): void {
  for (const combo of weighing.concept.combinations) {
    if (combo.within !== 'document' || !combo.parts.every((p) => anywhere.has(p))) continue;
    const used = combo.parts.map((p) => anywhere.get(p)!);
    const score = Math.min(1, combo.weight * SPREAD_FACTOR * SPREAD_FACTOR * Math.min(...used.map((h) => h.factor)));
    const first = used.reduce((a, b) => (a.unit.start < b.unit.start || (a.unit === b.unit && a.start <= b.start) ? a : b));
    consider({ score, evidence: { unit: first.unit, start: first.start, end: first.end }, parts: weighing.names.get(combo)! });
  }
}

/** Each part's first strongest holder (keepLocal) of `holders`, kept into `into`. */
function keepStrongest(into: Map<number, LocalHolder>, holders: ReadonlyMap<number, LocalHolder>): void {
  for (const [part, holder] of holders) keepLocal(into, part, holder);
}

/**
 * What `foldGroups` made for a weighing: the same for the same groups' inner candidates (so the same
 * summaries over the same sections), whatever their text says under the headings.
 */
interface KeptSpread {
  inners: readonly InnerCandidates[];
  best: Candidate | undefined;
  settled: ReadonlyArray<readonly [string, readonly string[]]>;
  headings: readonly Section[];
}

const keptSpreads = new WeakMap<Weighing, KeptSpread>();

/**
 * A concept whose combinations spread over a section at most: each group's inner sections' candidates as
 * kept (innerCandidates), and the sections that may span groups folded across them. An edit that changed
 * no group's summary of the concept (its regions hold none of the concept's cues, before or after) takes
 * the last decision's as it was. `overDocument`: the concept's combinations spread over the document are
 * weighed too (foldDocument).
 */
function foldGroups(doc: DesignDoc, weighing: Weighing, overDocument = false): Spread {
  const inners = new Array<InnerCandidates>(doc.groups.length);
  for (let k = 0; k < doc.groups.length; k++) inners[k] = innerCandidates(doc.groups[k], groupSummary(doc.groups[k], weighing), weighing);
  const kept = keptSpreads.get(weighing);
  if (kept && kept.inners.length === inners.length && kept.inners.every((inner, k) => inner === inners[k])) {
    return { best: kept.best, settledBy: new Map(kept.settled), headings: kept.headings };
  }
  const into = folded<Section>();
  /** In document order: the sections whose holders span groups (their candidates made below) and the kept candidates of the others. */
  const order: { sections: Array<Section | CandidateRun>; diagrams: Array<Section | CandidateRun> } = { sections: [], diagrams: [] };
  const seenSections = new Set<Section>();
  const seenDiagrams = new Set<Section>();
  /** overDocument: the spanning sections at their first holders and the groups' runs of inner sections' holders, in document order. */
  const holdersOrder: Array<Section | Map<number, LocalHolder>> = [];
  const seenHolders = new Set<Section>();
  doc.groups.forEach((group, k) => {
    const inner = inners[k];
    fold(into, inner.spanning, (ref) => group.sections[ref]);
    const place = (placed: Placed, list: Array<Section | CandidateRun>, seen: Set<Section>): void => {
      for (let k = 0; k < placed.length; k++) {
        const item = placed[k];
        if (typeof item !== 'number') {
          list.push(item);
          continue;
        }
        const section = group.sections[item];
        // At its first holders in the document, as the order of the fold's map would have it.
        if (!seen.has(section)) {
          seen.add(section);
          list.push(section);
        }
      }
    };
    place(inner.sections, order.sections, seenSections);
    place(inner.diagrams, order.diagrams, seenDiagrams);
    if (overDocument) {
      for (const item of inner.anywhere!) {
        if (typeof item !== 'number') holdersOrder.push(item);
        else if (!seenHolders.has(group.sections[item])) {
          seenHolders.add(group.sections[item]);
          holdersOrder.push(group.sections[item]);
        }
      }
    }
  });
  const { spread, consider } = spreadFrom(into, weighing.concept.threshold);
  const replay = (list: ReadonlyArray<Section | CandidateRun>, holders: ReadonlyMap<Section, ReadonlyMap<number, LocalHolder>>, onlyDiagrams: boolean): void => {
    for (const item of list) {
      if (item instanceof CandidateRun) {
        spread.best = better(spread.best, item.best);
        for (let k = 0; k < item.settled.length; k++) spread.settledBy.set(item.settled[k][0], item.settled[k][1]);
      } else for (const candidate of sectionCandidates(weighing, holders.get(item)!, item, onlyDiagrams)) consider(candidate);
    }
  };
  replay(order.sections, into.sections, false);
  replay(order.diagrams, into.diagrams, true);
  if (overDocument) {
    // Each part's strongest holder in any section (the first of equals).
    const anywhere = new Map<number, LocalHolder>();
    for (const item of holdersOrder) keepStrongest(anywhere, item instanceof Map ? item : into.sections.get(item)!);
    documentCandidates(weighing, anywhere, consider);
  }
  keptSpreads.set(weighing, { inners, best: spread.best, settled: [...spread.settledBy], headings: spread.headings });
  return spread;
}

/**
 * Whether the document settles the concept, as `decideConcept` says, for a
 * caller that reads nothing else (the CLI counts covered rules and shows no
 * evidence). Units are weighed in document order (firstSettling) until one
 * holds a candidate at the threshold: the decision's score is its strongest
 * candidate's, and a candidate's score depends on its unit and the headings
 * above it, not on the units weighed before, so that one settles it whatever
 * comes after, and the rest of the document is not searched for the
 * concept's cues. Only when none does is the whole decision made
 * (combinations spread over a section and headings naming the concept are
 * found only there), with every unit's hits and weighing kept for it. So
 * `settled` is always decideConcept's; when settled early, the evidence, score
 * and confidence are the first such candidate's and `settledBy` holds only
 * its parts.
 */
export function decideConceptStatus(doc: DesignDoc, concept: CompiledConcept, step: Step | 'any'): ConceptDecision {
  const weighing = weighingFor(concept, step);
  for (const group of doc.groups) {
    for (const block of group.blocks) {
      for (const region of block.regions) {
        const best = firstSettling(region, weighing);
        if (best === undefined) continue;
        return {
          settled: true,
          score: best.score,
          confidence: best.score >= STRONG ? 'strong' : 'weak',
          evidence: { unit: best.unit, start: best.start, end: best.end },
          settledBy: [best.parts],
        };
      }
    }
  }
  return decideConcept(doc, concept, step);
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
  // The punctuation that gives the reason comes after the name ("No A/B test: …"); a run-in label's colon
  // before it ("Nearline scorer: re-scores … without full model retraining") introduces the item instead.
  const reason = polarity.reasons.some((r) => r.start >= sentence.start && r.end <= sentence.end) || /[:;—–]/.test(unit.text.slice(named.end, sentence.end));
  const said = contentWordCount(unit.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end));
  if (!reason || said < 5) return undefined;
  return { score: DECISION_AGAINST * context, evidence: { unit, start: named.start, end: named.end }, parts: AGAINST_PARTS };
}

/** The first substantive statement in a section (or its subsections) whose heading names the concept. */
function statementUnderHeading(section: Section, weight: number, deferred: boolean): Candidate | undefined {
  const first = firstStatementUnder(section);
  // "No baseline yet." under "## Baseline" is not one.
  if (!first?.commits) return undefined;
  return { score: weight * (deferred ? DEFERRED_FACTOR : 1), evidence: { unit: first.unit, start: first.start, end: first.end }, parts: HEADING_PARTS };
}

type Statement = NonNullable<ReturnType<typeof firstStatement<ProseUnit>>>;

/** `firstStatement` of the section's units, then its subsections' in order (each unit's own kept: unitStatement). */
function firstStatementUnder(section: Section): Statement | undefined {
  for (let k = 0; k < section.units.length; k++) {
    const found = unitStatement(section.units[k]);
    if (found) return found;
  }
  for (let k = 0; k < section.children.length; k++) {
    const found = firstStatementUnder(section.children[k]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Per unit, its first statement of substance (null: none). `firstStatement` of a list is the first of its
 * units' own, and a unit's reads only its own text and kind, which a placed unit keeps while its fragment
 * lives (model.ts `placedUnits`): every concept whose heading a section names asked for it on every edit.
 */
const unitStatements = new WeakMap<ProseUnit, Statement | null>();

function unitStatement(unit: ProseUnit): Statement | undefined {
  let found = unitStatements.get(unit);
  if (found === undefined) unitStatements.set(unit, (found = firstStatement([unit]) ?? null));
  return found ?? undefined;
}
