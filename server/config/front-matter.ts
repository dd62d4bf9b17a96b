// A document's own settings, the `mldl:` key of its front matter, applied on
// top of the configuration in force for it. The engine calls this through
// LintOptions.frontMatterSettings: it knows where the key is, not what it means.
import type { FrontMatterSettingsFault } from '../engine/lint.js';
import type { ResolvedConfig, SystemType } from '../engine/types.js';
import { applyLayer } from './presets.js';
import { validateConfig } from './validate.js';

/** The only configuration keys front matter may set. */
const FRONT_MATTER_KEYS = new Set(['system', 'rules']);
/** Keys of a configuration file that make no sense for one document. */
const FILE_ONLY_KEYS = new Set(['extends', 'detect', 'include', 'exclude', 'root', 'maxDocumentSize']);

export interface FrontMatterSettings {
  config: ResolvedConfig;
  system?: SystemType;
  /** What is wrong with the value, each placed at its key or value (the engine finds the position). */
  faults: FrontMatterSettingsFault[];
}

/** `mldl: { system, rules }` from front matter, validated and applied to `config`. */
export function readFrontMatterSettings(value: unknown, config: ResolvedConfig): FrontMatterSettings {
  const { config: layer, faults: found } = validateConfig(value, 'mldl');
  const faults: FrontMatterSettingsFault[] = found.map((p) => ({
    message: `Front matter key "${p.key}": ${p.message}`,
    path: p.at?.path ?? p.key.split('.'),
    part: p.at?.part ?? 'key',
  }));
  // File-level settings only make sense in a config file: say so rather than ignore them.
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  for (const key of keys.filter((k) => !FRONT_MATTER_KEYS.has(k) && FILE_ONLY_KEYS.has(k))) {
    faults.push({ message: `Front matter key "mldl.${key}" is not supported in front matter (only system and rules are); set it in .mldlrc instead.`, path: ['mldl', key], part: 'key' });
  }
  return { config: applyLayer(config, { rules: layer.rules }), ...(layer.system ? { system: layer.system } : {}), faults };
}
