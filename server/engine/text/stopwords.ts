// Function words per language, from the `stopword` package (Snowball's lists
// for English and Russian, a common list for Chinese), plus the scraps a design
// doc leaves after tokenizing ("e.g." → "e", "g"). Used to tell a statement from
// a topic label: "- A/B test" has no content word besides the concept's name.
import { eng, rus, zho } from 'stopword';
import type { Token } from './tokens.js';

const EXTRA = ['e', 'g', 'eg', 'ie', 'i', 'etc', 'vs', 'via', 'per', 'also', 'т', 'е', 'д', 'п', 'др', 'см'];

const STOPWORDS: ReadonlySet<string> = new Set([...eng, ...rus, ...zho, ...EXTRA]);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Content words among the tokens: not function words, not punctuation. */
export function contentWordCount(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) if (!STOPWORDS.has(token.word)) count++;
  return count;
}
