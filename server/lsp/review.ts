// A review of one document version as it crosses from the review worker
// (review-worker.ts) to the language server's main thread: plain data that
// survives a structured clone, and only what diagnostics, hover, code
// actions and coverage read. The engine's model (sections linked to their
// parents, units, functions) stays in the worker.
import type { ResolvedConfig } from '../config/types.js';
import type { CoverageEntry, LintResult } from '../engine/lint.js';
import type { Finding, SourceRange, Step, SystemType } from '../engine/types.js';

export interface ReviewedSection {
  /** Heading text; '' for the part before the first heading. */
  title: string;
  headingRange: SourceRange | undefined;
  /** Framework steps the heading names. */
  steps: Step[];
}

/** Where the front matter is: quick fixes add settings to it. */
export interface FrontMatterSpan {
  present: boolean;
  /** Offsets of the block, fences included. */
  start: number;
  end: number;
  /** First offset after the closing fence's line. */
  after: number;
}

export interface Review {
  skipped: boolean;
  skipReason?: string;
  findings: Finding[];
  coverage: CoverageEntry[];
  systemType: SystemType;
  /** The configuration in force, front matter included. */
  config: ResolvedConfig;
  sections: ReviewedSection[];
  frontMatter: FrontMatterSpan;
}

export function reviewOf(result: LintResult): Review {
  const fm = result.doc.frontMatter;
  return {
    skipped: result.skipped,
    ...(result.skipReason !== undefined ? { skipReason: result.skipReason } : {}),
    findings: result.findings,
    coverage: result.coverage,
    systemType: result.profile.type,
    config: result.config,
    sections: result.doc.sections.map((s) => ({ title: s.title, headingRange: s.headingRange, steps: s.steps })),
    frontMatter: { present: fm.present, start: fm.start, end: fm.end, after: fm.after },
  };
}
