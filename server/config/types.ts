// The shape of configuration as written and, once loaded and merged, as the
// engine takes it (defined by the engine, which does not import configuration).
import type { SeverityOrOff, SystemType } from '../engine/types.js';

export type { ResolvedConfig, RuleSetting } from '../engine/types.js';

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
