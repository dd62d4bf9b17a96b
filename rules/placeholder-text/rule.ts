import { definePassageRule, type UnitHit } from '../../server/engine/rule-api.js';
import { allMatches } from '../../server/engine/concepts.js';

// Markers a writer leaves to come back to. Matched as whole words, in
// headings, prose, lists and tables (not in code blocks).
const PLACEHOLDER = /\b(?:todo|tbd|tbc|fixme|xxx)\b|\?{3,}|\blorem ipsum\b/i;

export default definePassageRule({
  meta: {
    id: 'placeholder-text',
    step: 'any',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Flags TODO, TBD, FIXME, ??? and lorem ipsum left in the doc.',
  },
  checkUnit: (unit) => {
    const hits: UnitHit[] = [];
    for (const match of allMatches(unit, PLACEHOLDER)) {
      const word = unit.text.slice(match.start, match.end);
      hits.push({ match, message: `Placeholder "${word}" left in the doc: settle this point or remove the marker before review.` });
    }
    return hits;
  },
});
