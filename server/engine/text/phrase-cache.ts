// The rules' cue phrases as phrases.ts compiles them, computed ahead of time.
// Compiling the ~15,000 phrases the rules write (expanding alternatives,
// normalising and stemming every word) costs ~0.3 s of CPU in every process
// that lints, which a one-file CLI run or a fresh language server pays in
// full. The CLI bundle (scripts/bundle.mjs --cli) compiles them once, with the
// very code it bundles, and puts the result in place of this module's
// `undefined`; compiled from out/ (tsc), phrases are compiled on first use.
// A phrase not in it (one added since, or a rule option's own terms) is
// compiled as usual: it can only be incomplete, never wrong.

/**
 * Compact, since a process parses it whole (~0.5 MB of JSON).
 * `words`: every distinct compiled word as "flags gapBefore stem word exact"
 * (flags: 1 prefix, 2 surface form only, 4 a number; exact '' for none).
 * `phrases`: per phrase as written, its expansions in order, separated by
 * '|': each the base-36 ids of its words, space-separated, or for Han text
 * matched literally, its pieces each after a '~' (an empty one is either).
 * Words hold no spaces, '|' or '~', pieces no '|' or '~': the snapshot
 * refuses any that would.
 */
export interface PrecompiledPhrases {
  words: string[];
  phrases: Record<string, string>;
}

/**
 * The precompiled phrases, read on first use: in the CLI bundle a phrase set the
 * precompiled index (below) holds never asks, so a one-file run does not parse them
 * (~2.9 MB of JSON). The CLI bundle reads them from phrases.json beside its code;
 * the review worker carries them in its code.
 */
export function precompiledPhrases(): PrecompiledPhrases | undefined {
  return undefined;
}

/**
 * The global phrase index of phrases.ts as it stands once every rule's phrase
 * sets were made, computed ahead of time like the phrases (the CLI bundle
 * only, which reads it from phrase-index.bin beside its code): filing the
 * ~110,000 entries of the ~440 sets a lint makes, word by word under their
 * keys, was ~25 % of a one-file run's CPU (docs/performance.md, "CLI cold,
 * tenth pass"). A set made at run time with the phrases of one in it reads
 * that one's entries; any other set is filed after them as usual. The form
 * is phrases.ts's own (phraseIndexSnapshot, restoreIndex).
 */
export const PRECOMPILED_INDEX: Uint8Array | undefined = undefined;
