// What a rule module exports. Metadata sits beside the check, as in ESLint's
// rule `meta` and markdownlint's rule objects, so a rule reads top to bottom:
// what it is, when it applies, what settles it, how to fix it.
import type { DesignDoc, ProseUnit } from './model.js';
import type { Evidence } from './evidence.js';
import type { Match, Matcher } from './concepts.js';
import type { Severity, Step, SystemType } from './types.js';
import type { Task } from './system-type.js';
import type { ConceptSpec } from './judge/concept.js';

/**
 * † rules apply to ranking-shaped systems only; * rules where positives are
 * rare; ‡ rules only to an interview answer whose front matter names one of
 * the rule's `problems` (`problem: payment-fraud-detection`).
 */
export type Applicability = 'always' | 'ranking-shaped' | 'rare-positives' | 'problem';

export interface FixTemplate {
  /** Code action title, e.g. "Add a baseline model". */
  title: string;
  /**
   * Markdown inserted at the end of the step's section, with VS Code snippet
   * tab stops (`${1:metric}`) whose defaults are realistic example values;
   * the plain-text version keeps the values.
   */
  snippet: string;
}

/**
 * A document rule's quick-fix skeletons in the other languages a design doc is
 * written in (rules/<id>/fix-i18n.ts): the inserted text, like the section
 * title a fix creates, is in the document's language. `variants` holds the
 * snippet of each English variant that has a fix. Code action titles stay
 * English: they belong to the editor's interface, not to the document.
 */
export interface LocalizedFix {
  snippet: string;
  variants?: Partial<Record<MessageVariant, string>>;
}

export type FixLanguage = 'ru' | 'zh';
export type FixTranslations = Record<FixLanguage, LocalizedFix>;

export interface RuleMeta {
  id: string;
  step: Step | 'any';
  severity: Severity;
  /** One line for tables and `--list-rules`. */
  description: string;
  appliesTo: Applicability;
  /** For `appliesTo: 'problem'`: the interview problem ids (server/interview/problems.ts) the rule belongs to. */
  problems?: readonly string[];
  /** JSON Schema of the rule's options, if it takes any. */
  optionsSchema?: Record<string, unknown>;
}

export interface RuleContext {
  doc: DesignDoc;
  systemType: SystemType;
  rankingShaped: boolean;
  rarePositives: boolean;
  /** An LLM, RAG or agent system. */
  generative: boolean;
  /** What the model does, for wording a message to fit (a regression target, a ranking label, an LLM's answer). */
  task: Task;
  /** Options from configuration ({} when none). */
  options: Record<string, unknown>;
  /**
   * Another document rule's decision on this document, for a rule whose
   * judgement depends on it (leaky-feature reads whether data-leakage is
   * settled by a split in time). Undefined for an unknown id or a rule that
   * does not score. Decided at most once per lint, whatever the rule's severity.
   */
  decisionOf(ruleId: string): RuleDecision | undefined;
}

/** A rule that reports a concept the whole document is missing. */
export interface DocumentRule {
  kind: 'document';
  meta: RuleMeta;
  /** Why a reviewer asks, in one sentence: the finding's message. */
  message: string;
  fix: FixTemplate;
  /**
   * The message and fix in the words of other kinds of system, where the
   * default speaks of one (a label for a classifier is "positive vs negative";
   * for a regression it is the target, for an LLM the judgement of an answer).
   * `generative` applies to LLM / RAG / agent systems whatever their task.
   */
  variants?: Partial<Record<MessageVariant, { message?: string; fix?: FixTemplate }>>;
  /**
   * What settles the rule, as data (rules/<id>/concept.ts): the engine scores
   * every statement against it. Rules not yet converted give `findEvidence` instead.
   */
  concept?: ConceptSpec;
  /** The passage that settles the concept, or undefined when the doc is missing it (older rules). */
  findEvidence?(context: RuleContext): Evidence | undefined;
  /**
   * A decision of the rule's own, instead of the engine's scoring of `concept`
   * (the engine's test hooks use it to make a rule slow or throw).
   */
  decide?(context: RuleContext): RuleDecision;
  /**
   * How writers name the concept ("A/B test", "cold start"). A reasoned
   * decision not to do it ("No A/B test: … because …") addresses the rule.
   */
  names?: Matcher;
  /** The fix's skeleton in Russian and Chinese; the catalog (rules/index.ts) adds it from rules/<id>/fix-i18n.ts. */
  fixTranslations?: FixTranslations;
}

export type MessageVariant = Task | 'generative';

/**
 * The message and fix that fit the document's kind of system; the fix's
 * snippet in the document's language `lang` when the rule has it (else English).
 */
export function wordingFor(
  rule: DocumentRule,
  context: Pick<RuleContext, 'generative' | 'task'>,
  lang: 'en' | FixLanguage = 'en',
): { message: string; fix: FixTemplate } {
  const key: MessageVariant | undefined = context.generative && rule.variants?.generative ? 'generative' : rule.variants?.[context.task] ? context.task : undefined;
  const variant = key === undefined ? undefined : rule.variants?.[key];
  const fix = variant?.fix ?? rule.fix;
  const localized = lang === 'en' ? undefined : rule.fixTranslations?.[lang];
  // A variant's fix is translated as a variant: never the default skeleton in its place.
  const snippet = localized && (variant?.fix ? key !== undefined && localized.variants?.[key] : localized.snippet);
  return { message: variant?.message ?? rule.message, fix: snippet ? { title: fix.title, snippet } : fix };
}

/** `rule` with its fix translations (the generated catalog calls this for each rules/<id>/fix-i18n.ts). */
export function withFixTranslations(rule: Rule, fixTranslations: FixTranslations | undefined): Rule {
  return rule.kind === 'document' && fixTranslations ? { ...rule, fixTranslations } : rule;
}

export interface RuleDecision {
  evidence: Evidence | undefined;
  /** `weak` where a reviewer would hesitate; undefined when missing (or for rules that do not score). */
  confidence?: 'strong' | 'weak';
  /** For concept rules: the part names of every combination that settles it on its own (judge/decide.ts). */
  settledBy?: ReadonlyArray<readonly string[]>;
}

/** Offending words in one unit. */
export interface UnitHit {
  match: Match;
  message: string;
}

export interface PassageHit extends UnitHit {
  unit: ProseUnit;
}

/**
 * A rule that points at offending words. It looks at one unit at a time, so
 * the engine can keep each region's hits while the region is unchanged; what
 * the check needs from the whole document (options, whether positives are
 * rare, …) comes from `prepare`, whose JSON is part of that cache's key.
 */
export interface PassageRule {
  kind: 'passage';
  meta: RuleMeta;
  prepare(context: RuleContext): unknown;
  checkUnit(unit: ProseUnit, prepared: unknown): UnitHit[];
}

export type Rule = DocumentRule | PassageRule;

export function defineDocumentRule(rule: Omit<DocumentRule, 'kind'>): DocumentRule {
  return { kind: 'document', ...rule };
}

export function definePassageRule<Prepared = null>(rule: {
  meta: RuleMeta;
  /** Document-level inputs of the check; must be plain JSON data. */
  prepare?: (context: RuleContext) => Prepared;
  checkUnit: (unit: ProseUnit, prepared: Prepared) => UnitHit[];
}): PassageRule {
  return {
    kind: 'passage',
    meta: rule.meta,
    prepare: rule.prepare ?? (() => null),
    checkUnit: rule.checkUnit as (unit: ProseUnit, prepared: unknown) => UnitHit[],
  };
}
