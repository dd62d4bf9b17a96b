// A concept a document rule looks for, as data: the parts a statement of it is
// made of (cue phrases per language), which combinations of parts settle it
// and how strongly, the headings under which a plain statement settles it, and
// the other senses of its words to leave alone. Rules keep their concept in
// rules/<id>/concept.ts; adding a synonym or a language is an edit there.
import { PhraseSet } from '../text/phrases.js';
import type { Lang } from '../text/script.js';
import type { Dimension, QuantityRole } from '../text/quantity-types.js';

/** Cue phrases per language (syntax: server/engine/text/phrases.ts). Every language's cues are tried on every unit. */
export type CueSet = Partial<Record<Lang, readonly string[]>>;

export interface PartSpec {
  /** Phrases that name this part. */
  cues: CueSet;
  /**
   * Whether a quantity (text/quantities.ts) counts as this part: any quantity,
   * only of these dimensions (a time for a latency budget), or one that
   * `QuantityPart` narrows further (a count of users, not of jobs on a page).
   */
  quantity?: true | readonly QuantityDimension[] | QuantityPart;
  /**
   * The part means "not" by itself ("no future data", "without post-event
   * features", "never split at random"): a negation word before it is part of
   * the statement, not a denial. A predicate that says the thing is absent
   * ("leakage: not handled") still denies it.
   */
  negationIsContent?: boolean;
  /**
   * Only a cue that opens its unit as a label counts ("Reason: …", "**Why:** …",
   * "原因：…"): the word in running text ("the reason we retrain daily") is another use.
   */
  label?: boolean;
  /**
   * A cue inside a volume ("2M events daily", "每天几十万条点击": a rate of 100 or more per
   * period, text/quantities.ts) is the rate's period, not this part: a volume of data says
   * nothing of how often something runs ("раз в месяц" stays a frequency).
   */
  notInRate?: boolean;
  /**
   * Longer words that hold one of this part's cues and mean something else, for this part only
   * (`exclude` drops every part's hits): a Chinese cue is matched as text, so the condition "时"
   * ("下降时回滚", when it drops) is also inside 实时 (real time) and 耗时 (time taken), words
   * another part of the same concept may need.
   */
  notIn?: CueSet;
  /**
   * A cue that is all of a bracketed aside after a name ("Retail sales (target)", "销售额（目标）")
   * tags that column's role in the data (the variable a forecast predicts), not this part.
   */
  notBracketed?: boolean;
  /**
   * The concept's `exclude` does not apply to this part: it reads what another sense rules out,
   * for a combination that takes it back in a context that settles which sense it is ("Netflix
   * has 200M users" is background, but not under "Capacity estimation" or after "let's assume").
   */
  exemptFromExclude?: boolean;
  /**
   * A hit of this part joins parts said in other sentences of its unit (`within: 'unit'`) only when
   * its sentence has no subject of its own: it opens with a function word or pronoun ("It", "We",
   * "Это", "我们"), with a cue of the concept ("LightGBM handles …", "Because …"), or holds the
   * concept's name. "We use LightGBM. Holiday flags are added because …" gives the flags' reason.
   */
  subjectBound?: boolean;
  /**
   * What a hit of this part may not be said of: it is dropped when the thing its sentence names
   * nearest before it (else first after it) is one of these rather than a hit of a part without
   * `notSaidOf`. A schedule belongs to what it is said of: "The model is retrained by a scheduled
   * batch job" schedules training, not predictions; "Predictions are precomputed nightly, and the
   * model is retrained weekly" keeps its batch cue, which "Predictions" names first.
   */
  notSaidOf?: CueSet;
}

export type QuantityDimension = Dimension;

/** Which quantities count as a part. A model's size ("a 7B model") and a rank cut-off ("top-10") never do unless `roles` names them. */
export interface QuantityPart {
  /** Dimensions that count (default: all). */
  dimensions?: readonly QuantityDimension[];
  /**
   * The counted thing next to the number must be one of these ("300 million
   * DAU", "1M requests/day", "3亿用户"): a number with no noun, or another noun
   * ("1.2M training examples"), does not count.
   */
  nouns?: CueSet;
  /**
   * Only a number with no counted noun next to it ("Users: 10M", a cell under
   * a "DAU" column), whose thing another part names; "3,000 labelled photos"
   * is not one.
   */
  unnamed?: boolean;
  /** Only a rate over a period ("per day", "QPS"), not per thing ("10 questions per repository"). */
  perTime?: boolean;
  /** Bounds on the value as normalised (seconds for a time, the count as written): "25 jobs" on a page is not a scale. */
  atLeast?: number;
  atMost?: number;
  /** Roles that count too: 'model-size', 'rank-cutoff'. */
  roles?: readonly QuantityRole[];
}

export interface Combination {
  /** Parts that must all be present. */
  parts: readonly string[];
  /** How strongly they settle the concept, 0–1 (the threshold is 0.5 unless the concept says otherwise). */
  weight: number;
  /**
   * Where the parts must be: in one sentence (default), in one paragraph, list
   * item or table row, anywhere in one section (evidence spread over two
   * sentences of the same section), or anywhere in the document (two
   * statements that settle the point only together, wherever each is put:
   * the model family in the training section and the label table in the data
   * section). Weighed twice by the spread factor.
   */
  within?: 'sentence' | 'unit' | 'section' | 'document';
  /**
   * Only in sections whose heading, or a heading above it, names one of these
   * (or in a table row under such a column header): "- nDCG@10" is a complete
   * answer under "## Offline metrics", a passing word elsewhere.
   */
  underHeading?: CueSet;
  /**
   * Not in sections whose heading, or a heading above it, names one of these: an
   * "Experiment" heading under "Load testing" runs traffic at a service, not users
   * against a control. Read with `underHeading`, which a heading's one word makes too
   * broad for every chain it sits in.
   */
  unlessHeading?: CueSet;
  /**
   * With `underHeading`: a short label over a list item heads it as a heading would — the item it is
   * nested in ("7. **Retraining**" over "- Weekly pipeline or on drift") or the paragraph its list
   * follows ("**Model updates**" over "- weights re-estimated every two weeks"). Opt-in, since a
   * label's loose word names more than a heading's ("**Business Metrics**:" over online metrics).
   */
  listLabelHeads?: boolean;
  /** Overrides the concept's `minOtherWords` for this combination (0: a bare name is a complete answer). */
  minOtherWords?: number;
  /**
   * Every cue of the combination's parts in the sentence is a cue, not a word besides them: in
   * "Random Forest / XGBoost (interpretable)" the second name is one more candidate, not words
   * about the first. (Off by default: "weekly bookings per active user" names one metric twice.)
   */
  partCuesAreNotOtherWords?: boolean;
  /**
   * Only from a diagram (Mermaid, PlantUML, Graphviz, ASCII): with `within: 'section'`, the
   * edges of one drawn flow combine under any heading, while prose sections do not.
   */
  fromDiagram?: boolean;
}

export interface ConceptSpec {
  parts: Readonly<Record<string, PartSpec>>;
  /** The ways a statement settles the concept; the strongest one found counts. */
  settledBy: readonly Combination[];
  /**
   * Section headings under which a plain statement settles the concept
   * ("## Baseline" then "Popularity per city."): a heading alone never does.
   */
  headings?: CueSet;
  /** Weight of the first substantive statement under such a heading. Default 0.8. */
  headingWeight?: number;
  /**
   * Whether such a heading also takes the first statement of its sub-sections when it has no
   * text of its own ("## Baseline" over "### Rule-based heuristic" and its paragraph). For a
   * narrow heading that names one point; a broad one ("Design decisions") heads sub-sections
   * about other things.
   */
  headingOverSubsections?: boolean;
  /**
   * Whether a row of a comparison table not marked as the option chosen ("| Option | Pros | Cons |")
   * still counts: for a concept about weighing options (model-justification), where the pros and cons
   * of candidates are the trade-off itself; for the rest such a row is a candidate, not a decision.
   */
  candidatesCount?: boolean;
  /**
   * Other senses of the concept's words: a part matched inside one of these
   * phrases does not count ("baseline CTR" is a metric, not a baseline model).
   */
  exclude?: CueSet;
  /**
   * The part that names the concept ("A/B test", "baseline"): a reasoned
   * decision against it ("No A/B test: the change ships behind a kill switch
   * because …") settles the concept.
   */
  name?: string;
  /**
   * Content words a short statement needs besides the matched cues to be a
   * statement rather than a topic label ("- A/B testing"). Default 2.
   */
  minOtherWords?: number;
  /** Score at which the concept counts as settled. Default 0.5. */
  threshold?: number;
}

export interface CompiledQuantityPart {
  dimensions: ReadonlySet<QuantityDimension> | undefined;
  nouns: PhraseSet | undefined;
  unnamed: boolean;
  perTime: boolean;
  atLeast: number;
  atMost: number;
  roles: ReadonlySet<QuantityRole>;
}

export interface CompiledPart {
  name: string;
  phrases: PhraseSet;
  quantity: CompiledQuantityPart | undefined;
  negationIsContent: boolean;
  notInRate: boolean;
  label: boolean;
  notIn: PhraseSet | undefined;
  notBracketed: boolean;
  exemptFromExclude: boolean;
  subjectBound: boolean;
  notSaidOf: PhraseSet | undefined;
}

/**
 * A combination as judge/decide.ts reads it, every optional field of the spec
 * filled in as an own field. The specs are literals of many shapes (each sets
 * the optional fields it needs); read through them, the engine's hottest loop
 * saw a new shape late in a run and V8 threw its optimised code away and
 * compiled it again (docs/performance.md, "CLI cold, seventh pass").
 */
export interface CompiledCombination {
  combination: Combination;
  /** Indexes of its parts in the concept. */
  parts: number[];
  underHeading: PhraseSet | undefined;
  unlessHeading: PhraseSet | undefined;
  listLabelHeads: boolean;
  weight: number;
  within: 'sentence' | 'unit' | 'section' | 'document';
  /** The combination's own `minOtherWords`; undefined: the concept's. */
  minOtherWords: number | undefined;
  partCuesAreNotOtherWords: boolean;
  fromDiagram: boolean;
}

export interface CompiledConcept {
  /** Unique per concept: the cache key of its hits. */
  id: string;
  spec: ConceptSpec;
  parts: CompiledPart[];
  combinations: CompiledCombination[];
  headings: PhraseSet | undefined;
  exclude: PhraseSet | undefined;
  threshold: number;
  /** Every part's phrases: a unit where none matches and no part is a quantity holds no part. */
  partSets: readonly PhraseSet[];
  hasQuantityPart: boolean;
  /** Whether a part has `notSaidOf` (hits.ts reads what its sentence says it of only then). */
  hasNotSaidOf: boolean;
}

const cuesOf = (set: CueSet | undefined): string[] => (set ? Object.values(set).flatMap((list) => [...(list ?? [])]) : []);

export function compileConcept(id: string, spec: ConceptSpec): CompiledConcept {
  for (const combination of spec.settledBy) {
    for (const part of combination.parts) {
      if (!spec.parts[part]) throw new Error(`concept ${id}: combination names unknown part "${part}"`);
    }
  }
  if (spec.name !== undefined && !spec.parts[spec.name]) throw new Error(`concept ${id}: name is unknown part "${spec.name}"`);
  const headings = cuesOf(spec.headings);
  const exclude = cuesOf(spec.exclude);
  const names = Object.keys(spec.parts);
  const concept: Omit<CompiledConcept, 'partSets' | 'hasQuantityPart' | 'hasNotSaidOf'> = {
    id,
    spec,
    combinations: spec.settledBy.map((combination) => {
      const context = cuesOf(combination.underHeading);
      const unless = cuesOf(combination.unlessHeading);
      return {
        combination,
        parts: combination.parts.map((name) => names.indexOf(name)),
        underHeading: context.length > 0 ? new PhraseSet(context) : undefined,
        unlessHeading: unless.length > 0 ? new PhraseSet(unless) : undefined,
        listLabelHeads: combination.listLabelHeads === true,
        weight: combination.weight,
        within: combination.within ?? 'sentence',
        minOtherWords: combination.minOtherWords,
        partCuesAreNotOtherWords: combination.partCuesAreNotOtherWords === true,
        fromDiagram: combination.fromDiagram === true,
      };
    }),
    parts: Object.entries(spec.parts).map(([name, part]) => ({
      name,
      phrases: new PhraseSet(cuesOf(part.cues)),
      quantity: compileQuantityPart(part.quantity),
      negationIsContent: part.negationIsContent === true,
      notInRate: part.notInRate === true,
      exemptFromExclude: part.exemptFromExclude === true,
      subjectBound: part.subjectBound === true,
      label: part.label === true,
      notIn: part.notIn ? new PhraseSet(cuesOf(part.notIn)) : undefined,
      notBracketed: part.notBracketed === true,
      notSaidOf: part.notSaidOf ? new PhraseSet(cuesOf(part.notSaidOf)) : undefined,
    })),
    headings: headings.length > 0 ? new PhraseSet(headings) : undefined,
    exclude: exclude.length > 0 ? new PhraseSet(exclude) : undefined,
    threshold: spec.threshold ?? 0.5,
  };
  return { ...concept, partSets: concept.parts.map((part) => part.phrases), hasQuantityPart: concept.parts.some((part) => part.quantity !== undefined), hasNotSaidOf: concept.parts.some((part) => part.notSaidOf !== undefined) };
}

function compileQuantityPart(spec: PartSpec['quantity']): CompiledQuantityPart | undefined {
  if (spec === undefined) return undefined;
  const part: QuantityPart = spec === true ? {} : isDimensionList(spec) ? { dimensions: spec } : spec;
  const nouns = cuesOf(part.nouns);
  return {
    dimensions: part.dimensions ? new Set(part.dimensions) : undefined,
    nouns: nouns.length > 0 ? new PhraseSet(nouns) : undefined,
    unnamed: part.unnamed === true,
    perTime: part.perTime === true,
    atLeast: part.atLeast ?? -Infinity,
    atMost: part.atMost ?? Infinity,
    roles: new Set(part.roles ?? []),
  };
}

function isDimensionList(spec: readonly QuantityDimension[] | QuantityPart): spec is readonly QuantityDimension[] {
  return Array.isArray(spec);
}
