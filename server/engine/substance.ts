// Whether a body of text says something: the test behind "a heading settles
// its concept when the section under it has substance" and "a topic bullet is
// settled by its sub-bullets". Kept apart so the model can tell, per section,
// whether its heading has a body (an input of the per-region rule cache).

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

export function bodyPart(text: string, contentWords: number): BodyPart {
  return { contentWords, mostlyPlaceholder: contentWords < MIN_BODY_WORDS && isPlaceholderText(text) };
}

/** Whether a body (a section's units, a bullet's sub-bullets) says something: not empty, not a placeholder. */
export function hasSubstance(body: readonly BodyPart[]): boolean {
  if (body.some((part) => part.mostlyPlaceholder)) return false;
  return body.reduce((sum, part) => sum + part.contentWords, 0) >= MIN_BODY_WORDS;
}
