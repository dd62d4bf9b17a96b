// The editor assets derived from the rule catalog, so the extension never
// drifts from the engine:
//   - snippets/markdown.json: VS Code snippets, one per missing-section skeleton
//     (the rules' fix templates), one per framework step, one whole document;
//   - client/src/generated/catalog.json: the steps, the rules and a design-doc
//     skeleton per system type, the interview problem bank and the practice
//     hints' guiding questions, which the extension bundles (it has no engine);
//   - package.json: the `mldl.rules` setting's completion list (one entry per
//     rule, with its description and default), rewritten in place.
// `npm run generate` writes them (scripts/generate/main.ts).
import { lint } from '../../server/linter.js';
import { STEP_TITLES } from '../../server/engine/step-titles.js';
import { STEPS, SYSTEM_TYPES, type Step, type SystemType } from '../../server/engine/types.js';
import type { DocumentRule, Rule } from '../../server/engine/rule-api.js';
import { PRESET_NAMES, PRESETS } from '../../server/config/presets.js';
import { PROBLEMS } from '../../server/interview/problems.js';
import { PROBLEM_RULE_QUESTIONS, STEP_QUESTIONS } from '../../server/interview/guiding-questions.js';

export interface CatalogRule {
  id: string;
  step: Step | 'any';
  severity: string;
  description: string;
  kind: 'document' | 'passage';
  appliesTo: string;
  fixTitle?: string;
  fixSnippet?: string;
}

export interface Catalog {
  steps: Array<{ id: Step; title: string }>;
  rules: CatalogRule[];
  /** A whole design doc per system type, as a snippet (tab stops numbered once, in order). */
  skeletons: Record<SystemType, string>;
  /** The interview problem bank (server/interview/problems.ts), for "Start practice interview". */
  problems: Array<{ id: string; prompt: string; system: SystemType; problemRules: string[] }>;
  /** Practice hints (server/interview/guiding-questions.ts). */
  guidingQuestions: { steps: Record<Step, string>; problemRules: Record<string, string> };
}

interface VsCodeSnippet {
  prefix: string;
  description: string;
  body: string[];
}

const documentRules = (rules: readonly Rule[]): DocumentRule[] => rules.filter((r): r is DocumentRule => r.kind === 'document');

/**
 * Renumbers a snippet's tab stops to start after `base`, so several rule
 * templates can share one snippet without their `$1`s colliding.
 * Returns the new text and the highest stop used.
 */
export function renumberTabStops(snippet: string, base: number): { text: string; last: number } {
  let last = base;
  const text = snippet.replace(/\$\{(\d+)(?=[:}])|\$(\d+)/g, (_whole, braced: string | undefined, bare: string | undefined) => {
    const n = Number(braced ?? bare);
    if (n === 0) return braced !== undefined ? '${0' : '$0';
    const renumbered = base + n;
    last = Math.max(last, renumbered);
    return braced !== undefined ? `\${${renumbered}` : `$${renumbered}`;
  });
  return { text, last };
}

/** What the engine decides for a declared system type: which † and * rules apply. */
function profileOf(type: SystemType): { rankingShaped: boolean; rarePositives: boolean } {
  const { profile } = lint(`---\nsystem: ${type}\n---\n# Design doc\n`, { force: true });
  return { rankingShaped: profile.rankingShaped, rarePositives: profile.rarePositives };
}

function applicable(rule: DocumentRule, profile: { rankingShaped: boolean; rarePositives: boolean }): boolean {
  // Interview-problem rules (‡) never apply to a skeleton: it names no problem.
  if (rule.meta.appliesTo === 'problem') return false;
  if (rule.meta.appliesTo === 'ranking-shaped') return profile.rankingShaped;
  if (rule.meta.appliesTo === 'rare-positives') return profile.rarePositives;
  return true;
}

function stepOf(rule: DocumentRule): Step {
  return rule.meta.step === 'any' ? 'requirements' : rule.meta.step;
}

const TITLE_BY_TYPE: Record<SystemType, string> = {
  recommendation: 'Recommendation system',
  search: 'Search ranking',
  feed: 'Feed ranking',
  ads: 'Ad click prediction',
  fraud: 'Fraud detection',
  moderation: 'Harmful content detection',
  forecasting: 'Demand forecasting',
  other: 'ML system',
};

/**
 * The rules' example values come from a job recommender. Where an example
 * would misdescribe another kind of system (a fraud model "used for pointwise
 * ranking" reads as ranking-shaped to the engine), the skeleton uses these.
 */
const EXAMPLES_BY_TYPE: Partial<Record<SystemType, Record<string, string[]>>> = {
  fraud: { 'ml-objective': ['P(fraud | transaction)', 'binary classification with a score threshold'] },
  moderation: { 'ml-objective': ['P(harmful | post)', 'binary classification with a review threshold'] },
  forecasting: { 'ml-objective': ['units sold per item per store per day', 'regression over time series'] },
  other: { 'ml-objective': ['<the target> from <the inputs>', '<classification, regression or ranking>'] },
};

/** Replaces the default text of a snippet's placeholders, in order of appearance. */
export function withExamples(snippet: string, examples: readonly string[] | undefined): string {
  if (!examples) return snippet;
  let index = 0;
  return snippet.replace(/\$\{(\d+):([^}]*)\}/g, (whole, n: string) => {
    const example = examples[index++];
    return example === undefined ? whole : `\${${n}:${example}}`;
  });
}

/** A design doc in step order: front matter, title, the seven step sections with their skeletons. */
export function skeletonFor(rules: readonly Rule[], type: SystemType): string {
  const profile = profileOf(type);
  const parts: string[] = [`---\nsystem: ${type}\n---\n\n# \${1:${TITLE_BY_TYPE[type]}}: design doc\n`];
  let stop = 1;
  for (const step of STEPS) {
    parts.push(`## ${STEP_TITLES[step]}\n`);
    const bullets: string[] = [];
    for (const rule of documentRules(rules)) {
      if (stepOf(rule) !== step || !applicable(rule, profile)) continue;
      const { text, last } = renumberTabStops(withExamples(rule.fix.snippet, EXAMPLES_BY_TYPE[type]?.[rule.meta.id]), stop);
      bullets.push(text);
      stop = last;
    }
    parts.push(`${bullets.join('\n')}\n`);
  }
  return `${parts.join('\n')}$0`.replace(/\n\$0$/, '\n$0');
}

/** The section for one step with every always-applicable skeleton of that step. */
function stepSnippet(rules: readonly Rule[], step: Step): string {
  let stop = 0;
  const bullets: string[] = [];
  for (const rule of documentRules(rules)) {
    if (stepOf(rule) !== step || rule.meta.appliesTo !== 'always') continue;
    const { text, last } = renumberTabStops(rule.fix.snippet, stop);
    bullets.push(text);
    stop = last;
  }
  return `## ${STEP_TITLES[step]}\n\n${bullets.join('\n')}\n$0`;
}

export function buildCatalog(rules: readonly Rule[]): Catalog {
  const skeletons = Object.fromEntries(SYSTEM_TYPES.map((t) => [t, skeletonFor(rules, t)])) as Record<SystemType, string>;
  return {
    steps: STEPS.map((id) => ({ id, title: STEP_TITLES[id] })),
    rules: rules.map((rule) => ({
      id: rule.meta.id,
      step: rule.meta.step,
      severity: rule.meta.severity,
      description: rule.meta.description,
      kind: rule.kind,
      appliesTo: rule.meta.appliesTo,
      ...(rule.kind === 'document' ? { fixTitle: rule.fix.title, fixSnippet: rule.fix.snippet } : {}),
    })),
    skeletons,
    problems: PROBLEMS.map((p) => ({ id: p.id, prompt: p.prompt, system: p.system, problemRules: [...p.problemRules] })),
    guidingQuestions: { steps: { ...STEP_QUESTIONS }, problemRules: { ...PROBLEM_RULE_QUESTIONS } },
  };
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** The `mldl.rules` setting's per-rule entries: completion and hover text in the settings editor. */
export function rulesSettingProperties(rules: readonly Rule[]): Record<string, { description: string; enum: string[] }> {
  return Object.fromEntries(
    rules.map((rule) => {
      const problems = rule.meta.problems ?? [];
      const description =
        rule.meta.appliesTo === 'problem'
          ? `${rule.meta.description} (interview problem rule for ${problems.join(', ')}; default: off, ${rule.meta.severity} in the interview preset)`
          : `${rule.meta.description} (default: ${rule.meta.severity})`;
      return [rule.meta.id, { description, enum: [...SEVERITIES] }];
    }),
  );
}

/** The `mldl.preset` setting's values and their descriptions, from the preset definitions. */
export function presetSettingEnum(): { enum: string[]; enumDescriptions: string[] } {
  return { enum: [...PRESET_NAMES], enumDescriptions: PRESET_NAMES.map((name) => PRESETS[name].description) };
}

/** package.json with the generated `mldl.rules` entries and `mldl.preset` values; every other byte as it was. */
export function renderManifest(rules: readonly Rule[], current: string): string {
  type Setting = { properties?: unknown; enum?: string[]; enumDescriptions?: string[] };
  const manifest = JSON.parse(current) as { contributes: { configuration: { properties: Record<string, Setting> } } };
  const settings = manifest.contributes.configuration.properties;
  settings['mldl.rules'].properties = rulesSettingProperties(rules);
  Object.assign(settings['mldl.preset'], presetSettingEnum());
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function buildSnippets(rules: readonly Rule[]): Record<string, VsCodeSnippet> {
  const snippets: Record<string, VsCodeSnippet> = {};
  snippets['ML design doc'] = {
    prefix: 'mldl-doc',
    description: 'ML Design Lint: a whole design doc with the seven framework steps in order',
    body: skeletonFor(rules, 'other').split('\n'),
  };
  for (const step of STEPS) {
    snippets[`ML design: ${STEP_TITLES[step]} section`] = {
      prefix: `mldl-step-${step}`,
      description: `ML Design Lint: the ${STEP_TITLES[step]} section with its skeletons`,
      body: stepSnippet(rules, step).split('\n'),
    };
  }
  for (const rule of documentRules(rules)) {
    snippets[`ML design: ${rule.fix.title}`] = {
      prefix: `mldl-${rule.meta.id}`,
      description: `ML Design Lint (${rule.meta.id}): ${rule.meta.description}`,
      body: `${rule.fix.snippet}$0`.split('\n'),
    };
  }
  return snippets;
}

export function renderSnippets(rules: readonly Rule[]): string {
  return `${JSON.stringify(buildSnippets(rules), null, 2)}\n`;
}

export function renderClientCatalog(rules: readonly Rule[]): string {
  return `${JSON.stringify(buildCatalog(rules), null, 2)}\n`;
}
