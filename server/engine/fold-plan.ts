// How a block's or group's new key lines up with the key it replaced, for what is folded over its children
// (judge/decide.ts keptSummary, detect.ts blockFacts). An edit replaces a few regions in one block of one
// group: the new block key holds the regions before and after them as the replaced key did, and the new group
// key holds the blocks before and after the edited one. A child the replaced key held the same way (the same
// fragment in the same context, or the same block key) has what was folded there (its summary of every
// concept, its facts), so a fold needs to look only at the children in between, and not at every child.
import { isDeepStrictEqual } from 'node:util';
import type { BlockKey, FragmentCache, GroupKey } from './fragment-cache.js';

export interface FoldPlan {
  /** The children's array the plan was made for (a new assembly's block or group has a new one). */
  readonly children: readonly unknown[];
  /**
   * Whether it lines up with the key's `previous` (set when the key is made, and only ever dropped after):
   * not the key itself, so that a plan kept with a key does not keep the key it replaced alive.
   */
  readonly aligned: boolean;
  /** How many children at the start, and at the end, are the previous key's, in the same context. */
  readonly prefix: number;
  readonly suffix: number;
  /** How many children the previous key holds. */
  readonly previousLength: number;
  /** How many sections each child holds (the one open where it starts and its own): what a fold reads of it. */
  readonly shape: readonly number[];
  /** The last shape `shape` was compared with (decide.ts sameShape), and whether they were the same. */
  comparedShape: readonly number[] | undefined;
  sameAsCompared: boolean;
}

const plans = new WeakMap<object, FoldPlan>();

/** The children at the start and end of `now` that are the same as `was`'s (at most all of the shorter one). */
function sameEnds(now: number, was: number, same: (k: number, j: number) => boolean): { prefix: number; suffix: number } {
  const most = Math.min(now, was);
  let prefix = 0;
  while (prefix < most && same(prefix, prefix)) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && same(now - 1 - suffix, was - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

function planFor<C>(key: object, aligned: boolean, previousLength: number, children: readonly C[], sectionsOf: (child: C) => number, ends: () => { prefix: number; suffix: number }): FoldPlan {
  const known = plans.get(key);
  if (known && known.children === children && known.aligned === aligned) return known;
  const { prefix, suffix } = aligned ? ends() : { prefix: 0, suffix: 0 };
  const shape = new Array<number>(children.length);
  for (let k = 0; k < children.length; k++) shape[k] = sectionsOf(children[k]);
  const plan: FoldPlan = { children, aligned, prefix, suffix, previousLength, shape, comparedShape: undefined, sameAsCompared: false };
  plans.set(key, plan);
  return plan;
}

/** A block's plan: a region is the previous key's when it is the same fragment with the same context version. */
export function blockPlan<C extends { sections: readonly unknown[] }>(key: BlockKey, regions: readonly C[]): FoldPlan {
  const was = key.previous;
  return planFor(key, was !== undefined, was?.fragments.length ?? 0, regions, (region) => region.sections.length, () =>
    sameEnds(key.fragments.length, was!.fragments.length, (k, j) => key.fragments[k] === was!.fragments[j] && key.versions[k] === was!.versions[j]),
  );
}

/** A group's plan: a block is the previous key's when it is the same block key. */
export function groupPlan<C extends { sections: readonly unknown[] }>(key: GroupKey, blocks: readonly C[]): FoldPlan {
  const was = key.previous;
  return planFor(key, was !== undefined, was?.blocks.length ?? 0, blocks, (block) => block.sections.length, () => sameEnds(key.blocks.length, was!.blocks.length, (k, j) => key.blocks[k] === was!.blocks[j]));
}

/**
 * What the key a block's key replaced (an edit) keeps under `name`, when every region between the ones both
 * keys hold (blockPlan) has a value deep-equal to the one the fragment it replaced keeps under `regionName`:
 * a letter typed in a word seldom changes such a value (detection facts, system votes), and the block's other
 * regions are the same fragments. `ofRegion` gives a new region's value (and keeps it under `regionName`).
 */
export function keptOverReplacedRegions<F, T>(
  block: { key: BlockKey; regions: readonly { sections: readonly unknown[]; fragment: F }[] },
  name: object,
  regionName: string,
  ofRegion: (fragment: F) => T,
): T | undefined {
  const was = block.key.previous;
  const kept = was?.facts.get(name) as T | undefined;
  if (!was || !kept) return undefined;
  const { prefix, suffix } = blockPlan(block.key, block.regions);
  const end = block.regions.length - suffix;
  if (end !== was.fragments.length - suffix) return undefined;
  for (let k = prefix; k < end; k++) {
    const before = (was.fragments[k] as FragmentCache).facts.get(regionName);
    if (!before || !isDeepStrictEqual(before, ofRegion(block.regions[k].fragment))) return undefined;
  }
  return kept;
}
