// Built-in presets, referenced from `extends` as `mldl:<name>`, and the merge
// of configuration layers (preset → parent dir → child dir → front matter).
import { RULE_META } from '../../rules/meta.js';
import type { ConfigFile, ResolvedConfig, RuleEntry, RuleSetting } from './types.js';
import type { SeverityOrOff } from '../engine/types.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, parseSize } from './size.js';

export const PRESET_NAMES = ['recommended', 'strict', 'interview'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

function everyRule(severity: (id: string) => SeverityOrOff): Record<string, RuleEntry> {
  return Object.fromEntries(RULE_META.map((rule) => [rule.meta.id, severity(rule.meta.id)]));
}

interface PresetDefinition {
  /**
   * One sentence for users: the `mldl.preset` setting's enum descriptions and
   * the configuration schema are generated from it, beside the definition so
   * that the two cannot drift apart.
   */
  description: string;
  config: () => ConfigFile;
}

const ruleMeta = (id: string) => RULE_META.find((r) => r.meta.id === id)!;

export const PRESETS: Record<PresetName, PresetDefinition> = {
  recommended: {
    description: "Each rule at its catalog severity; interview-problem rules off. The default.",
    config: () => ({
      rules: everyRule((id) => {
        const rule = ruleMeta(id);
        return rule.meta.appliesTo === 'problem' ? 'off' : rule.meta.severity;
      }),
    }),
  },
  strict: {
    description: 'Every rule is an error: a reviewer who sends back anything missing.',
    config: () => ({ rules: everyRule(() => 'error') }),
  },
  // An interviewer judges coverage of all seven steps; wording nits (targets on metrics) stay informational.
  interview: {
    description:
      'For system-design interview answers: every document-level rule at least a warning (interview-problem rules on), metric-without-target stays info.',
    config: () => ({
      rules: everyRule((id) => {
        const rule = ruleMeta(id);
        if (rule.kind === 'document') return rule.meta.severity === 'info' ? 'warning' : rule.meta.severity;
        return id === 'metric-without-target' ? 'info' : rule.meta.severity;
      }),
    }),
  },
};

/** `mldl:recommended`, … as written in `extends`. */
export const PRESET_REFERENCES: readonly string[] = PRESET_NAMES.map((name) => `mldl:${name}`);

export function isPresetReference(name: string): boolean {
  return name.startsWith('mldl:') && (PRESET_NAMES as readonly string[]).includes(name.slice(5));
}

export function presetConfig(reference: string): ConfigFile {
  const name = reference.replace(/^mldl:/, '') as PresetName;
  return PRESETS[name].config();
}

export function normalizeEntry(entry: RuleEntry, previous: RuleSetting | undefined): RuleSetting {
  if (typeof entry === 'string') return { severity: entry, options: previous?.options ?? {} };
  return { severity: entry[0], options: entry[1] ?? previous?.options ?? {} };
}

/** Applies one configuration layer on top of a resolved config. */
export function applyLayer(base: ResolvedConfig, layer: ConfigFile): ResolvedConfig {
  const rules = { ...base.rules };
  for (const [id, entry] of Object.entries(layer.rules ?? {})) rules[id] = normalizeEntry(entry, rules[id]);
  return {
    rules,
    system: layer.system ?? base.system,
    detect: layer.detect ?? base.detect,
    include: layer.include ?? base.include,
    exclude: layer.exclude ?? base.exclude,
    maxDocumentSize: parseSize(layer.maxDocumentSize) ?? base.maxDocumentSize,
  };
}

/** The configuration used when no file says otherwise: `mldl:recommended`. */
export function defaultConfig(): ResolvedConfig {
  return applyLayer({ rules: {}, detect: 'auto', include: [], exclude: [], maxDocumentSize: DEFAULT_MAX_DOCUMENT_BYTES }, presetConfig('mldl:recommended'));
}
