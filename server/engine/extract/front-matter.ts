// YAML front matter as units, one per scalar entry with its key path in
// words: `latency_budget_ms: 200` → "latency budget ms: 200",
// `slo: {p99_ms: 200}` → "slo p99 ms: 200". front-matter.ts (one level up)
// reads the same block as settings; this reads it as evidence.
import type { Yaml } from 'mdast';
import { finishUnit, keyUnitAfterValue } from './draft.js';
import { mapNodeValue } from './source-map.js';
import type { ExtractedUnit } from './types.js';
import { draftYamlPair, readYaml } from './yaml-pairs.js';

export function extractFrontMatter(node: Yaml, source: string): ExtractedUnit[] {
  const start = node.position?.start.offset;
  if (start === undefined || node.value.trim() === '') return [];
  // The value starts on the line after the opening `---`.
  const newline = source.indexOf('\n', start);
  const map = mapNodeValue(node.value, source, newline === -1 ? source.length : newline + 1);
  const units: ExtractedUnit[] = [];
  for (const pair of readYaml(node.value).pairs) {
    if (pair.keys.length === 0) continue;
    const draft = draftYamlPair(node.value, pair);
    keyUnitAfterValue(draft);
    for (const unit of finishUnit(draft, 'front-matter', pair.start, pair.end, map)) units.push(unit);
  }
  return units;
}
