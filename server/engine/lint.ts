// The engine's entry point: text in, findings and coverage out. The rule
// catalog, the configuration and the interview problem ids are inputs
// (server/linter.ts binds the built-in ones): the engine imports neither
// rules/ nor server/config/.
import { didYouMean } from './did-you-mean.js';
import { detectDesignDoc } from './detect.js';
import { isDisabledAt, isDisabledForDocument } from './directives.js';
import type { Matcher } from './concepts.js';
import { deliberateDecision, findEvidence, type Evidence } from './evidence.js';
import { decideRule } from './judge/rule-decision.js';
import { documentLanguage, insertionForStep, sectionForStep } from './fixes.js';
import { buildDesignDoc, sourceSpan, type DesignDoc } from './model.js';
import { passageHits } from './passages.js';
import { docsUrl } from './docs-url.js';
import { wordingFor, type DocumentRule, type Rule, type RuleContext, type RuleDecision } from './rule-api.js';
import { isSystemType, profileSystem, type SystemProfile } from './system-type.js';
import { INTERNAL_ERROR_RULE_ID, SYSTEM_TYPES, type Finding, type ResolvedConfig, type Severity, type SourceRange, type Step, type SystemType } from './types.js';

/**
 * A fault in a front matter `mldl:` value, placed at `path` (keys from the
 * front matter's top, `['mldl', 'rules', 'cold-strat']`): on the key, or on its
 * value (a wrong severity). The `mldl` key itself when the path is not found.
 */
export interface FrontMatterSettingsFault {
  message: string;
  path: readonly string[];
  part: 'key' | 'value';
}

/** Reads a front matter `mldl:` value into the configuration. */
export type FrontMatterSettingsReader = (
  value: unknown,
  config: ResolvedConfig,
) => { config: ResolvedConfig; system?: SystemType; faults: readonly FrontMatterSettingsFault[] };

export interface LintOptions {
  filePath?: string;
  /** The rules to run, in catalog order. */
  rules: readonly Rule[];
  /** The configuration in force for the document, before its front matter. */
  config: ResolvedConfig;
  /** What front matter `mldl:` settings mean (server/config/front-matter.ts). */
  frontMatterSettings: FrontMatterSettingsReader;
  /** The interview problems a front matter `problem:` may name (server/interview/problems.ts). */
  knownProblems: ReadonlySet<string>;
  /** Lint even when auto-detection says this is not a design doc. */
  force?: boolean;
  /**
   * Stop running rules once this many milliseconds have passed and say so in
   * a finding (the editor sets one so a pathological doc cannot stall typing).
   */
  timeBudgetMs?: number;
  /** The interview problem the doc answers (`mldl scorecard --problem`); overrides front matter `problem:`. */
  problem?: string;
  /**
   * Only findings and each coverage entry's status are read (the CLI's lint
   * command): a rule's own concept is weighed only until a statement settles
   * it (judge/decide.ts decideConceptStatus), so a covered entry's evidence
   * and confidence may be another statement's than without it. Findings and
   * statuses are the same; a rule reading another's decision gets the full one.
   */
  statusOnly?: boolean;
}

export { INTERNAL_ERROR_RULE_ID } from './types.js';

export type CoverageStatus = 'covered' | 'missing' | 'off' | 'not-applicable';

export interface CoverageEntry {
  ruleId: string;
  step: Step;
  status: CoverageStatus;
  /** Where the doc settles the concept, when covered. */
  evidence?: SourceRange;
  /** How sure the review is that the evidence settles the concept: `weak` where a reviewer would hesitate. */
  confidence?: 'strong' | 'weak';
}

export interface LintResult {
  filePath?: string;
  skipped: boolean;
  skipReason?: string;
  findings: Finding[];
  coverage: CoverageEntry[];
  profile: SystemProfile;
  doc: DesignDoc;
  config: ResolvedConfig;
}

/** Reported for a fault in the front matter (invalid YAML, an unknown key or value). */
const FRONT_MATTER_RULE_ID = 'front-matter';
/** Reported for a `<!-- mldl-… -->` comment naming a rule that does not exist. */
export const DIRECTIVE_RULE_ID = 'directive';

/** Offset of rule id `id` in the directive comment that starts at `start` (the comment itself when not found). */
function idOffset(text: string, start: number, id: string): number {
  const end = text.indexOf('-->', start);
  const comment = text.slice(start, end < 0 ? undefined : end);
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(?<=[\\s,])${escaped}(?=[\\s,]|$)`).exec(comment);
  return found ? start + found.index : start;
}

/** Directives that name unknown rules: a typo would otherwise silently disable nothing. */
function directiveFindings(doc: DesignDoc, knownRules: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const directive of doc.directives) {
    for (const id of directive.rules.filter((r) => !knownRules.has(r))) {
      const start = idOffset(doc.text, directive.position.offset, id);
      findings.push({
        ruleId: DIRECTIVE_RULE_ID,
        severity: 'warning',
        kind: 'engine',
        message: `Unknown rule "${id}" in <!-- mldl-${directive.kind} --> comment: it has no effect.${didYouMean(id, knownRules)} Run \`mldl --list-rules\` for the ids.`,
        range: doc.rangeOf(start, start === directive.position.offset ? start + 4 : start + id.length),
        fixes: [],
      });
    }
  }
  return findings;
}

function evidenceRange(doc: DesignDoc, evidence: Evidence): SourceRange {
  return doc.rangeOf(...sourceSpan(evidence.unit, evidence.match.start, evidence.match.end));
}

/** Front matter can opt out (`mldl: false`), opt in (`mldl: true`) or carry settings. */
function frontMatterSettings(doc: DesignDoc, options: LintOptions, faults: Finding[]): {
  config: ResolvedConfig;
  optIn: boolean | undefined;
  system: SystemType | undefined;
} {
  const fm = doc.frontMatter;
  const fault = (message: string, range: SourceRange | undefined): void => {
    faults.push({ ruleId: FRONT_MATTER_RULE_ID, severity: 'error', kind: 'engine', message, range: range ?? doc.rangeOf(fm.start, fm.end), fixes: [] });
  };
  for (const f of fm.faults) fault(f.message, f.range);
  let config = options.config;
  let system = config.system;
  let optIn: boolean | undefined;
  if (!fm.data) return { config, optIn, system };
  if (fm.data.system !== undefined) {
    if (isSystemType(fm.data.system)) system = fm.data.system;
    else fault(`Front matter key "system": expected one of ${SYSTEM_TYPES.join(', ')}, got "${String(fm.data.system)}".${didYouMean(String(fm.data.system), SYSTEM_TYPES)}`, fm.keyRange(['system'], 'value'));
  }
  // A misspelt problem id would silently switch its interview rules off.
  if (fm.data.problem !== undefined && !options.knownProblems.has(String(fm.data.problem))) {
    fault(`Front matter key "problem": unknown interview problem "${String(fm.data.problem)}".${didYouMean(String(fm.data.problem), options.knownProblems)} Expected one of ${[...options.knownProblems].sort().join(', ')} (\`mldl scorecard --list-problems\`).`, fm.keyRange(['problem'], 'value'));
  }
  const mldl = fm.data.mldl;
  if (typeof mldl === 'boolean') optIn = mldl;
  else if (mldl !== undefined && mldl !== null) {
    const settings = options.frontMatterSettings(mldl, config);
    for (const found of settings.faults) fault(found.message, fm.keyRange(found.path, found.part) ?? fm.keyRange(['mldl']));
    if (settings.system) system = settings.system;
    config = settings.config;
    optIn = true;
  }
  return { config, optIn, system };
}

function placeFinding(doc: DesignDoc, step: Step | 'any'): SourceRange {
  if (step === 'any') return doc.titleRange;
  return sectionForStep(doc, step)?.headingRange ?? doc.titleRange;
}

function documentFinding(rule: DocumentRule, context: RuleContext, severity: Severity): Finding {
  const step = rule.meta.step === 'any' ? 'requirements' : rule.meta.step;
  const { message, fix } = wordingFor(rule, context, documentLanguage(context.doc));
  return {
    ruleId: rule.meta.id,
    severity,
    kind: 'document',
    message,
    range: placeFinding(context.doc, rule.meta.step),
    url: docsUrl(rule.meta.id),
    fixes: [{ title: fix.title, insertion: insertionForStep(context.doc, step, fix.snippet) }],
  };
}

/** The interview problem a doc answers, from its front matter (`problem: payment-fraud-detection`). */
export function problemOf(doc: DesignDoc): string | undefined {
  const problem = doc.frontMatter.data?.problem;
  return typeof problem === 'string' ? problem : undefined;
}

// One matcher per rule's names, so its evidence is cached like any other (fragment-cache.ts).
const decisions = new WeakMap<Matcher, Matcher>();
function decisionAgainst(names: Matcher): Matcher {
  let matcher = decisions.get(names);
  if (!matcher) {
    matcher = deliberateDecision(names);
    decisions.set(names, matcher);
  }
  return matcher;
}

function applies(rule: Rule, profile: SystemProfile, problem: string | undefined): boolean {
  if (rule.meta.appliesTo === 'problem') {
    return problem !== undefined && (rule.meta.problems ?? []).includes(problem);
  }
  if (rule.meta.appliesTo === 'ranking-shaped') return profile.rankingShaped;
  if (rule.meta.appliesTo === 'rare-positives') return profile.rarePositives;
  return true;
}

export function lint(text: string, options: LintOptions): LintResult {
  return lintDesignDoc(buildDesignDoc(text), options);
}

/** Lints a document already built (by `buildDesignDoc`, or from regions by incremental.ts). */
export function lintDesignDoc(doc: DesignDoc, options: LintOptions): LintResult {
  const faults: Finding[] = [];
  const settings = frontMatterSettings(doc, options, faults);
  const config = settings.config;
  const profile = profileSystem(doc, settings.system);
  const base = { filePath: options.filePath, profile, doc, config };

  if (settings.optIn === false) {
    return { ...base, skipped: true, skipReason: 'front matter says `mldl: false`', findings: [], coverage: [] };
  }
  if (!options.force && settings.optIn !== true && config.detect === 'auto') {
    const detection = detectDesignDoc(doc, options.filePath);
    if (!detection.isDesignDoc) {
      // Broken front matter is still reported: a silent pass would hide it.
      return { ...base, skipped: faults.length === 0, skipReason: detection.reason, findings: faults, coverage: [] };
    }
  }

  const { rules } = options;
  const findings: Finding[] = [...faults, ...directiveFindings(doc, new Set(rules.map((r) => r.meta.id)))];
  const coverage: CoverageEntry[] = [];
  const started = performance.now();
  const decisions = new Map<string, RuleDecision | undefined>();
  const decisionOf = (ruleId: string, context: RuleContext): RuleDecision | undefined => {
    if (!decisions.has(ruleId)) {
      decisions.set(ruleId, undefined); // two rules reading each other's decision see none, not a loop
      const rule = rules.find((r) => r.meta.id === ruleId);
      decisions.set(ruleId, rule?.kind === 'document' ? decideRule(rule, { ...context, decisionOf: (id) => decisionOf(id, context) }) : undefined);
    }
    return decisions.get(ruleId);
  };
  // Another rule reads a decision whole (settledBy): a status-only one is not kept for it.
  const ownDecision = (rule: DocumentRule, context: RuleContext): RuleDecision =>
    options.statusOnly && !decisions.has(rule.meta.id) ? decideRule(rule, context, true) : (decisionOf(rule.meta.id, context) ?? decideRule(rule, context));
  for (const [index, rule] of rules.entries()) {
    if (options.timeBudgetMs !== undefined && performance.now() - started > options.timeBudgetMs) {
      findings.push(engineFinding(doc, `Review stopped after ${options.timeBudgetMs} ms: ${rules.length - index} rules did not run on this document.`));
      break;
    }
    try {
      runRule(rule, doc, config, profile, findings, coverage, options.problem ?? problemOf(doc), decisionOf, ownDecision);
    } catch (error) {
      // One broken rule must not take the others down with it.
      const reason = error instanceof Error ? error.message : String(error);
      findings.push(engineFinding(doc, `Rule "${rule.meta.id}" failed on this document and was skipped: ${reason}`));
    }
  }
  findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  return { ...base, skipped: false, findings, coverage };
}

function engineFinding(doc: DesignDoc, message: string): Finding {
  return { ruleId: INTERNAL_ERROR_RULE_ID, severity: 'warning', kind: 'engine', message, range: doc.titleRange, fixes: [] };
}

function runRule(
  rule: Rule,
  doc: DesignDoc,
  config: ResolvedConfig,
  profile: SystemProfile,
  findings: Finding[],
  coverage: CoverageEntry[],
  problem: string | undefined,
  decisionOf: (ruleId: string, context: RuleContext) => RuleDecision | undefined,
  ownDecision: (rule: DocumentRule, context: RuleContext) => RuleDecision,
): void {
  const setting = config.rules[rule.meta.id] ?? { severity: rule.meta.severity, options: {} };
  const context: RuleContext = {
    doc,
    systemType: profile.type,
    rankingShaped: profile.rankingShaped,
    rarePositives: profile.rarePositives,
    generative: profile.generative,
    task: profile.task,
    options: setting.options,
    decisionOf: (ruleId) => decisionOf(ruleId, context),
  };
  const isApplicable = applies(rule, profile, problem);
  if (rule.kind === 'document') {
    const step = rule.meta.step === 'any' ? 'requirements' : rule.meta.step;
    const off = setting.severity === 'off' || isDisabledForDocument(doc.directives, rule.meta.id);
    if (!isApplicable) {
      coverage.push({ ruleId: rule.meta.id, step, status: 'not-applicable' });
      return;
    }
    const decision = ownDecision(rule, context);
    const confidence = decision.confidence;
    const evidence = decision.evidence ?? (rule.names ? findEvidence(doc, decisionAgainst(rule.names), { minOtherWords: 0 }) : undefined);
    // A rule switched off is out of the coverage count either way; its evidence is still shown.
    const status = setting.severity === 'off' ? 'off' : evidence ? 'covered' : off ? 'off' : 'missing';
    coverage.push({ ruleId: rule.meta.id, step, status, ...(evidence ? { evidence: evidenceRange(doc, evidence) } : {}), ...(confidence ? { confidence } : {}) });
    if (!evidence && setting.severity !== 'off') {
      const finding = documentFinding(rule, context, setting.severity);
      if (!off && !isDisabledAt(doc.directives, rule.meta.id, finding.range.start.line)) findings.push(finding);
    }
    return;
  }
  if (setting.severity === 'off' || !isApplicable) return;
  for (const hit of passageHits(doc, rule, rule.prepare(context))) {
    const range = doc.rangeOf(...sourceSpan(hit.unit, hit.match.start, hit.match.end));
    if (isDisabledAt(doc.directives, rule.meta.id, range.start.line)) continue;
    findings.push({
      ruleId: rule.meta.id,
      severity: setting.severity,
      kind: 'passage',
      message: hit.message,
      range,
      url: docsUrl(rule.meta.id),
      fixes: [],
    });
  }
}
