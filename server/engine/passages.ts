// Runs a passage rule over the document one region at a time, keeping each
// region's hits with its fragment: after an edit only the regions whose text
// or context changed are checked again (see fragment-cache.ts).
import type { LocalHit } from './fragment-cache.js';
import type { DesignDoc } from './model.js';
import { PROSE_KINDS } from './fragment.js';
import type { PassageHit, PassageRule } from './rule-api.js';

export function passageHits(doc: DesignDoc, rule: PassageRule, prepared: unknown): PassageHit[] {
  const key = `${rule.meta.id}\u0000${JSON.stringify(prepared) ?? ''}`;
  const hits: PassageHit[] = [];
  for (const region of doc.regions) {
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
    for (const hit of local) hits.push({ unit: region.units[hit.index], match: hit.match, message: hit.message });
  }
  return hits;
}
