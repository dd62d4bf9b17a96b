// Shared vocabulary of the engine. Nothing here may import `vscode`: the same
// engine runs in the CLI, the language server and the tests.

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** The seven steps of the ML system design framework, in document order. */
export const STEPS = [
  'requirements',
  'framing',
  'data',
  'model',
  'evaluation',
  'serving',
  'monitoring',
] as const;
export type Step = (typeof STEPS)[number];

export const SYSTEM_TYPES = [
  'recommendation',
  'search',
  'feed',
  'ads',
  'fraud',
  'moderation',
  'forecasting',
  'other',
] as const;
export type SystemType = (typeof SYSTEM_TYPES)[number];

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

/**
 * Configuration once loaded and merged (server/config/ builds it): the engine
 * takes it as an input and never reads configuration files itself.
 */
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

/** A span of a prose unit's text (offsets into the unit, not the source). */
export interface Match {
  start: number;
  end: number;
}

/** A place in the source: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface SourceRange {
  start: Point;
  end: Point;
}

/**
 * An insertion the editor can apply; fixes never delete the writer's text.
 * The one exception is a section that holds nothing but a placeholder line
 * (`TBD`): the skeleton takes that line's place (`replaces`), so the section
 * is not left flagged by a placeholder that the skeleton has made stale.
 */
export interface Insertion {
  /** Offset in the source where `text` is inserted. */
  offset: number;
  /** Plain text to insert (placeholders in angle brackets). */
  text: string;
  /** The same text as an LSP/VS Code snippet with tab stops. */
  snippet: string;
  /** The text at `offset` that `text` replaces: only ever a bare placeholder (see PLACEHOLDER_LINE in fixes.ts). */
  replaces?: string;
}

export interface Fix {
  title: string;
  insertion: Insertion;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  /**
   * 'document' findings report a missing concept; 'passage' findings point at
   * words; 'engine' findings are the engine's own (front matter, directives,
   * an internal error): no quick fix, and no rule to disable.
   */
  kind: 'document' | 'passage' | 'engine';
  /** Link to the rule's documentation page. */
  url?: string;
  fixes: Fix[];
}

/** Findings the engine itself reports (a rule that threw, a review cut short); they cannot be disabled. */
export const INTERNAL_ERROR_RULE_ID = 'internal-error';
