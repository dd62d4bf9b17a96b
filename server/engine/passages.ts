// Runs a passage rule over the document one region at a time, keeping each
// region's hits with its fragment: after an edit only the regions whose text
// or context changed are checked again (see fragment-cache.ts). The hits of a
// run of regions are kept with its block too (model.ts DocBlock), so that an
// edit of a long document looks up one entry per block rather than one per
// region.
import type { LocalHit } from './fragment-cache.js';
import type { DesignDoc, DocBlock } from './model.js';
import { PROSE_KINDS } from './fragment.js';
import type { PassageHit, PassageRule } from './rule-api.js';

/** A block's hits of one rule: the region's index in the block and the hit. */
type BlockHits = ReadonlyArray<readonly [number, LocalHit]>;

/** Key of the passage hits in a block's facts: per rule and inputs (the key of a region's `passages`), the block's hits. */
const BLOCK_PASSAGES = {};

/** Per rule, the last key made for it: the same inputs give the same string object. */
const lastKeys = new WeakMap<PassageRule, string>();

/**
 * The key of a rule's hits with its document-level inputs. The one made last for the rule when the text is the
 * same: the key is looked up in a map per block and per region of the edited block, and a map compares another
 * string object of the same text character by character (20–40 of them here), the same object at once.
 */
function passageKey(rule: PassageRule, prepared: unknown): string {
  const key = `${rule.meta.id}\u0000${JSON.stringify(prepared) ?? ''}`;
  const last = lastKeys.get(rule);
  if (last === key) return last;
  lastKeys.set(rule, key);
  return key;
}

export function passageHits(doc: DesignDoc, rule: PassageRule, prepared: unknown): PassageHit[] {
  const key = passageKey(rule, prepared);
  const hits: PassageHit[] = [];
  for (const block of doc.blocks) {
    for (const [index, hit] of blockHits(block, rule, prepared, key)) hits.push({ unit: block.regions[index].units[hit.index], match: hit.match, message: hit.message });
  }
  return hits;
}

/**
 * The hits of a block's regions in order. A block's key is kept only while its
 * regions are the same fragments in the same contexts (model.ts blocksOf), and
 * a region's hits change only with its context, so the block's list stays right
 * as long as the key.
 */
function blockHits(block: DocBlock, rule: PassageRule, prepared: unknown, key: string): BlockHits {
  let byKey = block.key.facts.get(BLOCK_PASSAGES) as Map<string, BlockHits> | undefined;
  if (!byKey) block.key.facts.set(BLOCK_PASSAGES, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) {
    const all: Array<readonly [number, LocalHit]> = [];
    block.regions.forEach((region, index) => {
      for (const hit of regionHits(region, rule, prepared, key)) all.push([index, hit]);
    });
    byKey.set(key, (found = all));
  }
  return found;
}

function regionHits(region: DocBlock['regions'][number], rule: PassageRule, prepared: unknown, key: string): LocalHit[] {
  const cache = region.fragment.cache;
  let local = cache.passages.get(key);
  if (!local) {
    cache.misses++;
    local = [];
    for (const [index, unit] of region.units.entries()) {
      if (!PROSE_KINDS.has(unit.kind)) continue;
      for (const hit of rule.checkUnit(unit, prepared)) local.push({ index, match: hit.match, message: hit.message } satisfies LocalHit);
    }
    cache.passages.set(key, local);
  }
  return local;
}
