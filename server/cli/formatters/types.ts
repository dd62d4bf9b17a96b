// The formatter contract: results in, text out. New output formats (SARIF,
// GitHub annotations, Markdown, HTML) are one function each, registered in
// index.ts.
import type { Finding, Step } from '../../engine/types.js';

export interface FileResult {
  /** Absolute path, or "<stdin>" for unnamed standard input. */
  filePath: string;
  skipped: boolean;
  skipReason?: string;
  findings: Finding[];
  /** Document-level rules the file settles, of those that apply and are not off, overall and per framework step. */
  coverage?: { covered: number; total: number; steps?: Array<{ step: Step; covered: number; total: number }> };
}

export interface FormatterOptions {
  /** Paths are shown relative to this directory when they are inside it. */
  cwd: string;
  color: boolean;
  /** Terminal columns stylish rows are fitted to; undefined: full text (pipes, files, --verbose). */
  width?: number;
  /** The environment of the run (the CI variables a report links to); the CLI's io.env, not process.env, so in-process runs see their own. */
  env: NodeJS.ProcessEnv;
}

export type Formatter = (results: readonly FileResult[], options: FormatterOptions) => string;
