// The contract between the language server and its clients beyond standard
// LSP: the coverage request, the command ids and the settings section. Types
// only, plus string constants, so the VS Code client can import this file
// without pulling the server in.
import type { Range } from 'vscode-languageserver';

/** Custom request: framework-step coverage of one open document. */
export const COVERAGE_REQUEST = 'mldl/coverage';

export interface CoverageParams {
  uri: string;
}

export type CoverageStatus = 'covered' | 'missing' | 'off' | 'not-applicable';

export interface RuleCoverage {
  ruleId: string;
  status: CoverageStatus;
  /** Severity from the configuration in force ('off' when switched off). */
  severity: 'error' | 'warning' | 'info' | 'off';
  description: string;
  /** Where the doc settles the concept (only when covered). */
  range?: Range;
  /** Only when covered: `weak` where a reviewer would hesitate ("weakly addressed at L40"). */
  confidence?: 'strong' | 'weak';
}

export interface StepCoverage {
  step: string;
  title: string;
  /** Rules of this step that are covered. */
  covered: number;
  /** Rules of this step that are covered or missing (off and not-applicable ones do not count). */
  total: number;
  rules: RuleCoverage[];
}

export interface CoverageResult {
  uri: string;
  /** The document version the coverage was computed on. */
  version: number;
  /** Inferred (or front-matter) system type; null when the doc was not reviewed. */
  systemType: string | null;
  steps: StepCoverage[];
  covered: number;
  total: number;
  /** True when the doc is not reviewed (not a design doc, `mldl: false`, disabled, bad config). */
  skipped: boolean;
  skipReason?: string;
}

/** Executed by the server: args `[uri, version]`; inserts every missing skeleton at once. */
export const INSERT_ALL_MISSING_COMMAND = 'mldl.insertAllMissing';
/**
 * Opens a rule's documentation: args `[ruleId, url]`. The VS Code client owns
 * this command; other editors send it to the server, which asks the client to
 * show the URL (window/showDocument) or prints it.
 */
export const SHOW_RULE_DOCS_COMMAND = 'mldl.showRuleDocs';

/** The `mldl` settings section. */
export interface MldlSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  preset: 'recommended' | 'strict' | 'interview';
  /** Rule id → severity, applied on top of the preset. */
  rules: Record<string, unknown>;
  /** false: lint every Markdown file, not only those that look like ML design docs. */
  autoDetect: boolean;
}

export const DEFAULT_SETTINGS: MldlSettings = {
  enable: true,
  run: 'onType',
  preset: 'recommended',
  rules: {},
  autoDetect: true,
};
