// The prose of a fragment as one string (units joined by line breaks), for
// document-wide word statistics that are kept per fragment and added up.
import type { FragmentUnit } from './fragment.js';

/** What `text.split(/\s+/).length` needs to be added up over joined pieces. */
export interface BodyWords {
  empty: boolean;
  /** Maximal runs of white space. */
  runs: number;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
}

export function joinedBody(units: readonly Pick<FragmentUnit, 'norm'>[]): { text: string; words: BodyWords } {
  const text = units.map((u) => u.norm).join('\n');
  return {
    text,
    words: { empty: units.length === 0, runs: text.match(/\s+/g)?.length ?? 0, startsWithSpace: /^\s/.test(text), endsWithSpace: /\s$/.test(text) },
  };
}

/**
 * `body.split(/\s+/).length` of the pieces joined by line breaks, without
 * joining them: each line break adds a run of white space unless it merges
 * with a run that ends the piece before it or starts the piece after it.
 */
export function wordCount(pieces: readonly BodyWords[]): number {
  const present = pieces.filter((p) => !p.empty);
  let runs = 0;
  present.forEach((piece, i) => {
    runs += piece.runs;
    if (i > 0) runs += 1 - Number(present[i - 1].endsWithSpace) - Number(piece.startsWithSpace);
  });
  return runs + 1;
}
