// Transitional re-exports for code written before the text layer moved to
// server/engine/text/ (the old matchers of concepts.ts). New code imports from
// text/ directly.
import { scriptOfChar } from './text/script.js';
import { stemWord } from './text/stem.js';
export { normalize } from './text/normalize.js';
export { tokenize, type Token } from './text/tokens.js';
export { contentWordCount } from './text/stopwords.js';

export function stemOf(word: string): string {
  const lower = word.toLowerCase();
  return stemWord(lower, scriptOfChar(lower[0] ?? ''));
}
