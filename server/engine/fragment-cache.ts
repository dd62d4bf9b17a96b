// What the engine computed on one fragment, kept with it so that an edit
// elsewhere in the document does not compute it again (see incremental.ts).
//
// Two kinds of entries:
// - context-free facts (word counts for the system type, …) depend only on
//   the fragment's own text and are kept for the fragment's life;
// - rule results (first evidence of a concept, passage hits) also depend on
//   the sections the fragment sits in and the unit before it. They are kept
//   under their context (model.ts `RegionContext`) and dropped when it changes.
import type { Match } from './types.js';

/** Evidence found in a fragment: the index of the unit in the fragment and the match in it. */
export interface LocalEvidence {
  index: number;
  match: Match;
}

export interface LocalHit {
  index: number;
  match: Match;
  message: string;
}

export interface FragmentCache {
  /** What the fragment's rule results depend on outside it (model.ts `RegionContext`); undefined before it is placed. */
  context: unknown;
  /** Changes whenever `context` does (unique over all fragments): a cheap test that the context is unchanged. */
  contextVersion: number;
  /**
   * Changes whenever the heading chain part of `context` does (changeChain),
   * and with the rest of it (changeContext).
   */
  chainVersion: number;
  /**
   * Rule results per object (a compiled concept's weighed candidates,
   * judge/decide.ts), dropped when the context changes other than in its
   * heading chain. A change of the chain alone keeps them: an entry records
   * the `chainVersion` it was made under and what it read of the chain, and
   * checks that itself.
   */
  judged: Map<object, unknown>;
  /** The run of regions starting here that concept decisions were last folded over (model.ts `DocBlock`). */
  block: BlockKey | undefined;
  /** The last run of regions made that holds this fragment (anywhere in it): see BlockKey `previous`. */
  lastBlock: BlockKey | undefined;
  /** Per search (a matcher and options, numbered by evidence.ts): the first evidence, or null. */
  evidence: Map<number, LocalEvidence | null>;
  /** Per passage rule and its document-level inputs: the hits. */
  passages: Map<string, LocalHit[]>;
  /** Context-free facts, per name. */
  facts: Map<string, unknown>;
  /**
   * Facts per object (a compiled concept: its hits and its weighed candidates
   * in this fragment, judge/decide.ts), found without building a string key.
   * An entry that also depends on the fragment's context checks that itself.
   */
  byObject: Map<object, unknown>;
  /**
   * How often the fragment was searched or checked because nothing was
   * cached: lets a test prove that an edit re-checks only the fragments it
   * touched (a rule that builds its matcher per call would re-check them all).
   */
  misses: number;
}

/**
 * A run of consecutive fragments, each in the context it had (its
 * `contextVersion`), and what was computed over the whole run: reused while
 * every fragment of the run is the same one in the same context.
 */
export interface BlockKey {
  fragments: readonly FragmentCache[];
  versions: readonly number[];
  facts: Map<object, unknown>;
  /** The run of blocks starting here that decisions were last folded over (model.ts `DocGroup`). */
  group: GroupKey | undefined;
  /**
   * The key this one replaced (one that held one of its fragments): a fold
   * kept there is reused when it was made of the same child summaries
   * (judge/decide.ts `keptSummary`). Never a chain: the replaced key's own
   * link is dropped.
   */
  previous: BlockKey | undefined;
  /** The last run of blocks made that starts with this one (see `previous`). */
  lastGroup: GroupKey | undefined;
}

/** A run of consecutive blocks and what was computed over it: reused while the run is the same blocks (the same keys). */
export interface GroupKey {
  blocks: readonly BlockKey[];
  facts: Map<object, unknown>;
  /** As BlockKey `previous`. */
  previous: GroupKey | undefined;
}

let lastContextVersion = 0;

export function emptyFragmentCache(): FragmentCache {
  return {
    context: undefined,
    contextVersion: 0,
    chainVersion: 0,
    judged: new Map(),
    block: undefined,
    lastBlock: undefined,
    evidence: new Map(),
    passages: new Map(),
    facts: new Map(),
    byObject: new Map(),
    misses: 0,
  };
}

/** The fragment now sits in a different context: the rule results of the old one are dropped. */
export function changeContext(cache: FragmentCache, context: unknown): void {
  changeChain(cache, context);
  cache.judged = new Map();
}

/**
 * The fragment sits under other headings, the rest of its context unchanged
 * (a heading above it was edited): the rule results that read the headings
 * only through what `judged` entries check themselves are kept, the others
 * dropped.
 */
export function changeChain(cache: FragmentCache, context: unknown): void {
  cache.context = context;
  cache.contextVersion = ++lastContextVersion;
  cache.chainVersion = cache.contextVersion;
  cache.evidence = new Map();
  cache.passages = new Map();
}

/** A context-free fact about the fragment, computed once. */
export function fragmentFact<T>(cache: FragmentCache, name: string, compute: () => T): T {
  if (cache.facts.has(name)) return cache.facts.get(name) as T;
  const value = compute();
  cache.facts.set(name, value);
  return value;
}
