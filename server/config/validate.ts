// Checks configuration written by users — in .mldlrc files, package.json or
// front matter — and says exactly which key is wrong and what was expected.
// Configuration is data: nothing in it is ever evaluated.
import { RULE_META } from '../../rules/meta.js';
import { excerpt } from '../io/escape.js';
import { SYSTEM_TYPES, type SeverityOrOff } from '../engine/types.js';
import { didYouMean } from '../engine/did-you-mean.js';
import { isPresetReference, PRESET_REFERENCES } from './presets.js';
import { parseSize, SIZE_EXPECTED } from './size.js';
import type { ConfigFile, RuleEntry } from './types.js';

export interface ConfigFault {
  /** Dotted path of the offending key, e.g. "rules.cold-start". */
  key: string;
  message: string;
  /**
   * Where the fault is, when it is not the key itself: the key's value (a
   * wrong severity) or an item of a list (`extends.1`, a mistyped preset).
   */
  at?: { path: readonly string[]; part: 'key' | 'value' };
}

const SEVERITIES: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];
const KNOWN_RULES = new Set(RULE_META.map((r) => r.meta.id));
const TOP_LEVEL_KEYS = ['extends', 'rules', 'system', 'detect', 'include', 'exclude', 'root', 'maxDocumentSize', '$schema'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // A short excerpt: the "config" may be a secret behind a symlink, or megabytes long.
  if (typeof value === 'string') return `"${excerpt(value)}"`;
  return typeof value === 'object' ? 'a mapping' : String(value);
}

/**
 * `Unknown preset "mldl:recomended". Did you mean "mldl:recommended"? …`; a
 * name without the `mldl:` prefix is compared with the prefix added.
 */
export function unknownPresetMessage(name: string): string {
  const typed = name.startsWith('mldl:') ? name : `mldl:${name}`;
  return `Unknown preset "${excerpt(name)}".${didYouMean(typed, PRESET_REFERENCES)} Expected one of ${PRESET_REFERENCES.join(', ')}.`;
}

/** A fault with the value of `key` rather than with the key. */
function valueOf(key: string): ConfigFault['at'] {
  return { path: key.split('.'), part: 'value' };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function validateRuleEntry(id: string, entry: unknown, faults: ConfigFault[], keyPrefix = 'rules'): RuleEntry | undefined {
  const key = `${keyPrefix}.${id}`;
  if (!KNOWN_RULES.has(id)) {
    faults.push({ key, message: `Unknown rule "${excerpt(id)}".${didYouMean(id, KNOWN_RULES)} Run \`mldl --list-rules\` for the list.` });
    return undefined;
  }
  const severity = Array.isArray(entry) ? entry[0] : entry;
  if (!SEVERITIES.includes(severity as SeverityOrOff)) {
    const typo = typeof severity === 'string' ? didYouMean(severity, SEVERITIES) : '';
    const at = { path: [...key.split('.'), ...(Array.isArray(entry) ? ['0'] : [])], part: 'value' as const };
    faults.push({ key, message: `Expected one of off, info, warning, error (or [severity, {options}]), got ${describe(entry)}.${typo}`, at });
    return undefined;
  }
  if (Array.isArray(entry)) {
    if (entry.length > 2 || (entry.length === 2 && (typeof entry[1] !== 'object' || entry[1] === null || Array.isArray(entry[1])))) {
      faults.push({ key, message: `Expected [severity, {options}], got ${describe(entry[1])} as options.` });
      return undefined;
    }
    return entry as RuleEntry;
  }
  return severity as SeverityOrOff;
}

/** Validates a configuration object; returns what is usable and the faults found. */
export function validateConfig(value: unknown, keyPrefix = ''): { config: ConfigFile; faults: ConfigFault[] } {
  const faults: ConfigFault[] = [];
  const at = (key: string): string => (keyPrefix ? `${keyPrefix}.${key}` : key);
  const config: ConfigFile = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    faults.push({ key: keyPrefix || '(root)', message: `Expected a mapping of settings, got ${describe(value)}.` });
    return { config, faults };
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      const known = TOP_LEVEL_KEYS.filter((k) => k !== '$schema');
      faults.push({ key: at(key), message: `Unknown setting "${excerpt(key)}".${didYouMean(key, known)} Known settings: ${known.join(', ')}.` });
    }
  }
  if (input.extends !== undefined) {
    const list = typeof input.extends === 'string' ? [input.extends] : input.extends;
    if (!isStringList(list)) faults.push({ key: at('extends'), message: `Expected a preset name or a list of them, got ${describe(input.extends)}.` });
    else {
      const single = typeof input.extends === 'string';
      list.forEach((name, index) => {
        if (isPresetReference(name)) return;
        const where = single ? valueOf(at('extends')) : { path: [...at('extends').split('.'), String(index)], part: 'value' as const };
        faults.push({ key: at('extends'), message: unknownPresetMessage(name), at: where });
      });
      config.extends = list.filter((name) => isPresetReference(name));
    }
  }
  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) {
      faults.push({ key: at('rules'), message: `Expected a mapping of rule ids to severities, got ${describe(input.rules)}.` });
    } else {
      config.rules = {};
      for (const [id, entry] of Object.entries(input.rules)) {
        const valid = validateRuleEntry(id, entry, faults, at('rules'));
        if (valid !== undefined) config.rules[id] = valid;
      }
    }
  }
  if (input.system !== undefined) {
    if ((SYSTEM_TYPES as readonly unknown[]).includes(input.system)) config.system = input.system as ConfigFile['system'];
    else {
      const typo = typeof input.system === 'string' ? didYouMean(input.system, SYSTEM_TYPES) : '';
      faults.push({ key: at('system'), message: `Expected one of ${SYSTEM_TYPES.join(', ')}, got ${describe(input.system)}.${typo}`, at: valueOf(at('system')) });
    }
  }
  if (input.detect !== undefined) {
    if (input.detect === 'auto' || input.detect === 'always') config.detect = input.detect;
    else {
      const typo = typeof input.detect === 'string' ? didYouMean(input.detect, ['auto', 'always']) : '';
      faults.push({ key: at('detect'), message: `Expected "auto" or "always", got ${describe(input.detect)}.${typo}`, at: valueOf(at('detect')) });
    }
  }
  for (const key of ['include', 'exclude'] as const) {
    if (input[key] === undefined) continue;
    if (isStringList(input[key])) config[key] = input[key] as string[];
    else faults.push({ key: at(key), message: `Expected a list of glob patterns, got ${describe(input[key])}.`, at: valueOf(at(key)) });
  }
  if (input.maxDocumentSize !== undefined) {
    const bytes = parseSize(input.maxDocumentSize);
    if (bytes !== undefined) config.maxDocumentSize = bytes;
    else faults.push({ key: at('maxDocumentSize'), message: `Expected ${SIZE_EXPECTED}, got ${describe(input.maxDocumentSize)}.`, at: valueOf(at('maxDocumentSize')) });
  }
  if (input.root !== undefined) {
    if (typeof input.root === 'boolean') config.root = input.root;
    else faults.push({ key: at('root'), message: `Expected true or false, got ${describe(input.root)}.`, at: valueOf(at('root')) });
  }
  return { config, faults };
}
