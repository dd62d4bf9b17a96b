// Whether a body of text says something: the test behind "a heading settles
// its concept when the section under it has substance" and "a topic bullet is
// settled by its sub-bullets". Kept apart so the model can tell, per section,
// whether its heading has a body (an input of the per-region rule cache).
import { isTemplatePrompt, type Polarity } from './text/polarity.js';
import { contentWordCount } from './text/stopwords.js';
import type { Token } from './text/tokens.js';

/** Content words a body needs before the heading (or bullet) above it counts as a statement. */
export const MIN_BODY_WORDS = 8;

export const PLACEHOLDER = /\b(?:tbd|tbc|todo|fixme|xxx|lorem ipsum)\b|\?\?\?|\(\?\)|\[\s*\]|<[a-z ]*(?:fill|placeholder|todo)[a-z ]*>/i;

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** What a unit adds to a body. */
export interface BodyPart {
  contentWords: number;
  /** A placeholder that says little else ("TBD"): a body holding one is not settled. */
  mostlyPlaceholder: boolean;
}

/** One sentence that asks rather than says: "What is the target variable?", a template's "Describe the task type (…)". */
const SINGLE_QUESTION = /^[^.!?。！？]*[?？]$/u;

export function bodyPart(text: string, contentWords: number): BodyPart {
  // A template's prompt left under its heading ("_Describe the task type and the target variable._")
  // or a question to the reader is not a body: the heading above it settles nothing.
  const trimmed = text.trim();
  const oneSentence = !/[.!?。！？]\s+\S/u.test(trimmed);
  if (oneSentence && (SINGLE_QUESTION.test(trimmed) || isTemplatePrompt(trimmed))) return { contentWords: 0, mostlyPlaceholder: false };
  return { contentWords, mostlyPlaceholder: contentWords < MIN_BODY_WORDS && isPlaceholderText(text) };
}

/** Whether a body (a section's units, a bullet's sub-bullets) says something: not empty, not a placeholder. */
export function hasSubstance(body: readonly BodyPart[]): boolean {
  if (body.some((part) => part.mostlyPlaceholder)) return false;
  return body.reduce((sum, part) => sum + part.contentWords, 0) >= MIN_BODY_WORDS;
}

/** `hasSubstance` of a body given as sums: its content words and how many of its parts are mostly placeholder. */
export function sumsHaveSubstance(contentWords: number, placeholders: number): boolean {
  return !(placeholders > 0) && contentWords >= MIN_BODY_WORDS;
}

/** Words that open a condition: a negation after one is part of the condition ("negative when no purchase follows"). */
const CONDITION_WORDS = new Set(['when', 'whenever', 'if', 'unless', 'once', 'where', 'если', 'когда', '如果', '当', '若', '只要']);

/** What `firstStatement` reads of a unit. */
export interface BodyUnit {
  kind: string;
  notStatement: boolean;
  tokens: readonly Token[];
  words: { polarity: Polarity };
}

/**
 * The first sentence of substance among a heading's units, and whether it commits to
 * something: "No baseline yet." or "We may mask phone numbers; to be decided with legal."
 * under "## Baseline" / "## Privacy" says the point is open, so the heading settles nothing.
 */
export function firstStatement<U extends BodyUnit>(units: Iterable<U>): { unit: U; start: number; end: number; commits: boolean } | undefined {
  for (const unit of units) {
    if (unit.kind === 'heading' || unit.kind === 'table-header' || unit.notStatement) continue;
    const { sentences, negations, hedges } = unit.words.polarity;
    const first = sentences.find((s) => !s.question && !s.placeholder);
    if (!first) continue;
    if (contentWordCount(unit.tokens.filter((t) => t.start >= first.start && t.end <= first.end)) < 2) continue;
    const conditionAt = unit.tokens.filter((t) => t.start >= first.start && t.end <= first.end && CONDITION_WORDS.has(t.word)).map((t) => t.start);
    // "A subscriber is churned when they make no top-up for 30 days": a "no" inside a condition is part of what is
    // stated, not a denial of it; a "no" before any condition ("No labels yet") still is.
    const denies = (n: Polarity['negations'][number]): boolean => n.cue.start >= first.start && n.cue.end <= first.end && !conditionAt.some((at) => at < n.cue.start);
    const commits = !negations.some(denies) && !hedges.some((h) => h.start <= first.start && h.end >= first.end);
    return { unit, start: first.start, end: first.end, commits };
  }
  return undefined;
}
