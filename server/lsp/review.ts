// A review of one document version as it crosses from the review worker
// (review-worker.ts) to the language server's main thread: plain data that
// survives a structured clone, and only what diagnostics, hover, code
// actions and coverage read. The engine's model (sections linked to their
// parents, units, functions) stays in the worker.
import type { ResolvedConfig } from '../config/types.js';
import type { CoverageEntry, LintResult } from '../engine/lint.js';
import { STEPS, type Finding, type Point, type SourceRange, type Step, type SystemType } from '../engine/types.js';

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
  /** Read with reviewedSections(). */
  sections: PackedSections;
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
    sections: packSections(result.doc.sections),
    frontMatter: { present: fm.present, start: fm.start, end: fm.end, after: fm.after },
  };
}

/**
 * The sections as they cross the port on every review: one string of their
 * titles and one array of numbers, not an object per section. A structured
 * clone copies an object property by property on each side: the 778 sections
 * of the 10,118-line bench document took more to send than all the rest of a
 * review (docs/performance.md, "Live editing, fourteenth pass").
 */
export interface PackedSections {
  /** The titles one after another. */
  titles: string;
  /**
   * Per section: its title's length, its steps' count and their indexes in
   * STEPS, then 1 and the heading range's six numbers (start line, column,
   * offset, end line, column, offset), or 0 when it has no heading range.
   */
  numbers: Int32Array;
}

export function packSections(sections: readonly ReviewedSection[]): PackedSections {
  const numbers: number[] = [];
  const point = (p: Point): void => void numbers.push(p.line, p.column, p.offset);
  for (const { title, headingRange, steps } of sections) {
    numbers.push(title.length, steps.length);
    for (const step of steps) numbers.push(STEPS.indexOf(step));
    if (!headingRange) numbers.push(0);
    else {
      numbers.push(1);
      point(headingRange.start);
      point(headingRange.end);
    }
  }
  return { titles: sections.map((s) => s.title).join(''), numbers: Int32Array.from(numbers) };
}

export function unpackSections({ titles, numbers }: PackedSections): ReviewedSection[] {
  const sections: ReviewedSection[] = [];
  let at = 0;
  let titleAt = 0;
  const point = (): Point => ({ line: numbers[at++], column: numbers[at++], offset: numbers[at++] });
  while (at < numbers.length) {
    const titleLength = numbers[at++];
    const title = titles.slice(titleAt, titleAt + titleLength);
    titleAt += titleLength;
    const stepCount = numbers[at++];
    const steps = Array.from(numbers.subarray(at, at + stepCount), (index) => STEPS[index]);
    at += stepCount;
    const headingRange = numbers[at++] === 1 ? { start: point(), end: point() } : undefined;
    sections.push({ title, headingRange, steps });
  }
  return sections;
}

const unpacked = new WeakMap<PackedSections, ReviewedSection[]>();

/** The review's sections (unpacked once per review, when first read). */
export function reviewedSections(review: Review): ReviewedSection[] {
  let sections = unpacked.get(review.sections);
  if (!sections) unpacked.set(review.sections, (sections = unpackSections(review.sections)));
  return sections;
}
