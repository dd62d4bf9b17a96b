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
 * `words`: every distinct compiled word as [stem, word, prefix, surface,
 * exact (null for none), digit, gapBefore] (booleans as 0/1). `phrases`: per
 * phrase as written, its expansions in order, each the ids of its words or,
 * for Han text matched literally, its pieces (an empty list is either).
 */
export interface PrecompiledPhrases {
  words: Array<[string, string, number, number, string | null, number, number]>;
  phrases: Record<string, Array<number[] | string[]>>;
}

export const PRECOMPILED_PHRASES: PrecompiledPhrases | undefined = undefined;
