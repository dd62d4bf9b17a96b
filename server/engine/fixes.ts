// Turns a rule's fix template into an exact insertion: at the end of the
// section of the rule's step, or as a new section placed in step order. Fixes
// only ever insert: the writer's text is never replaced or removed.
import type { DesignDoc, Section } from './model.js';
import { STEP_TITLES_BY_LANG } from './step-titles.js';
import { majorityLanguage } from './text/script.js';
import { STEPS, type Insertion, type Step } from './types.js';

/**
 * The snippet as plain text: each tab stop keeps its example value
 * (`${1:200}` → `200`), as VS Code shows a snippet before the writer edits it.
 * Angle-bracket placeholders would be read as HTML by Markdown, and the
 * inserted text must read as a statement so the finding clears.
 */
export function snippetToPlain(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
}

/** Escapes text that goes into a snippet literally. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

const languages = new WeakMap<DesignDoc, ReturnType<typeof majorityLanguage>>();

/** The language most of the doc is written in: new step sections and fix skeletons are written in it. */
export function documentLanguage(doc: DesignDoc): ReturnType<typeof majorityLanguage> {
  let lang = languages.get(doc);
  if (!lang) languages.set(doc, (lang = majorityLanguage(doc.units)));
  return lang;
}

function stepTitle(doc: DesignDoc, step: Step): string {
  return STEP_TITLES_BY_LANG[documentLanguage(doc)][step];
}

function stepIndex(step: Step): number {
  return STEPS.indexOf(step);
}

const stepSections = new WeakMap<DesignDoc, Map<Step, Section | undefined>>();

/**
 * The section a step's material belongs in: the outermost one whose heading
 * names the step. Kept per document and step: every document-level finding
 * asks for it (its place and its fix), and on a long document each ask was a
 * pass over every section, per finding and edit.
 */
export function sectionForStep(doc: DesignDoc, step: Step): Section | undefined {
  let byStep = stepSections.get(doc);
  if (!byStep) stepSections.set(doc, (byStep = new Map()));
  if (byStep.has(step)) return byStep.get(step);
  let found: Section | undefined;
  // The first of the lowest level, as a filter, a min and a find would pick it.
  for (const section of doc.sections) {
    if (section.steps.includes(step) && (!found || section.level < found.level)) found = section;
  }
  byStep.set(step, found);
  return found;
}

function endOfContent(doc: DesignDoc, section: Section): number {
  let end = section.end;
  while (end > section.start && /\s/.test(doc.text[end - 1])) end--;
  return end;
}

/**
 * Heading level new step sections get: that of the existing step sections, else 2. A plain-line
 * heading's level is mldl's convention (plain-heading.ts), not one to copy into a '#' heading.
 */
function stepSectionLevel(doc: DesignDoc): number {
  const levels = doc.sections.filter((s) => s.steps.length > 0 && !s.plain).map((s) => s.level);
  return levels.length > 0 ? Math.min(...levels) : 2;
}

function insertion(offset: number, before: string, body: string, after: string): Insertion {
  return {
    offset,
    text: before + snippetToPlain(body) + after,
    snippet: escapeSnippet(before) + body + escapeSnippet(after),
  };
}

/** Where and what to insert so that `body` (a snippet) lands in the step's section. */
export function insertionForStep(doc: DesignDoc, step: Step, body: string): Insertion {
  const planned = plannedInsertion(doc, step, body);
  const fence = doc.unclosedFenceStart;
  if (fence === undefined || planned.offset <= fence) return planned;
  // Past an unclosed code fence the text would land inside the code block:
  // insert it, as a whole block, just before the block holding the fence.
  const section = sectionForStep(doc, step);
  const lead = fence === 0 || doc.text.slice(Math.max(0, fence - 2), fence).endsWith('\n\n') ? '' : '\n';
  const heading = section ? '' : `${'#'.repeat(stepSectionLevel(doc))} ${stepTitle(doc, step)}\n\n`;
  return insertion(fence, lead + heading, body, '\n\n');
}

/**
 * A line holding a bare placeholder and nothing the writer wrote: `TBD`,
 * `- TODO`, `FIXME.`, `???`. "TODO: ask the data team" is not one (it says something).
 */
export const PLACEHOLDER_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:TBD|TODO|FIXME|XXX|\?{3,})[ \t]*[.!:]?[ \t]*$/i;

/** The section's body when it is a single placeholder line: its offset and text. */
function lonePlaceholder(doc: DesignDoc, section: Section): { offset: number; text: string } | undefined {
  if (!section.headingRange || section.children.length > 0) return undefined;
  const { text } = doc;
  const bodyStart = text.indexOf('\n', section.headingRange.end.offset);
  if (bodyStart < 0) return undefined;
  const end = endOfContent(doc, section);
  // The body after its leading line breaks must be one line: found by index, without copying a long body.
  let lineStart = bodyStart;
  while (lineStart < end && (text[lineStart] === '\n' || text[lineStart] === '\r')) lineStart++;
  const lineBreak = text.indexOf('\n', lineStart);
  if (lineBreak >= 0 && lineBreak < end) return undefined;
  const line = text.slice(lineStart, end);
  if (!PLACEHOLDER_LINE.test(line)) return undefined;
  return { offset: end - line.length, text: line };
}

function plannedInsertion(doc: DesignDoc, step: Step, body: string): Insertion {
  const section = sectionForStep(doc, step);
  if (section) {
    const placeholder = lonePlaceholder(doc, section);
    if (placeholder) return { ...insertion(placeholder.offset, '', body, ''), replaces: placeholder.text };
    const offset = endOfContent(doc, section);
    return insertion(offset, '\n\n', body, '');
  }
  const level = stepSectionLevel(doc);
  const heading = `${'#'.repeat(level)} ${stepTitle(doc, step)}\n\n`;
  // Before the first section of a later step, so the steps stay in order.
  // A plain-line heading ("二、模型选择") of the document's outline counts whatever its nominal level.
  const later = doc.sections.find((s) => s.level > 0 && (s.level <= level || (s.plain && (s.parent?.level ?? 0) <= 1)) && s.steps.some((x) => stepIndex(x) > stepIndex(step)));
  if (later) return insertion(later.start, heading, body, '\n\n');
  const end = doc.text.length;
  const lead = end === 0 ? '' : doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
  return insertion(end, lead + heading, body, '\n');
}

/** Applies `insertion` to `text` (in place of the placeholder it `replaces`, if any). */
export function applyInsertion(text: string, insertion: Insertion): string {
  return text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset + (insertion.replaces?.length ?? 0));
}

/** The same skeleton as a pure insertion after the placeholder it would replace (for edits that only insert). */
export function withoutReplacement(insertion: Insertion): Insertion {
  if (insertion.replaces === undefined) return insertion;
  const after = insertion.offset + insertion.replaces.length;
  return { offset: after, text: `\n\n${insertion.text}`, snippet: `\n\n${insertion.snippet}` };
}
