// The shape of configuration once loaded and merged: what the engine needs.
import type { SeverityOrOff, SystemType } from '../engine/types.js';

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Every known rule, with its severity and options after presets and overrides. */
  rules: Record<string, RuleSetting>;
  /** System type forced by configuration (front matter still wins). */
  system?: SystemType;
  /** 'auto': lint only docs that look like ML design docs; 'always': lint every file. */
  detect: 'auto' | 'always';
  include: string[];
  exclude: string[];
  /** Documents larger than this many bytes are skipped ("too large"), not read. */
  maxDocumentSize: number;
}

/** A rule entry as written by users: "warning", "off", or ["error", { …options }]. */
export type RuleEntry = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

/** A configuration file's content as written (before merging). */
export interface ConfigFile {
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  system?: SystemType;
  detect?: 'auto' | 'always';
  include?: string[];
  exclude?: string[];
  root?: boolean;
  /** Bytes, or a size such as "5MB" (validated into bytes). */
  maxDocumentSize?: number | string;
}
