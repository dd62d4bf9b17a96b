import { allMatches, definePassageRule, PLACEHOLDER_MARKER, type UnitHit } from '../../server/engine/rule-kit.js';
// The text layer's markers (TODO, TBD, ???, 待定, уточняется …): what this rule reports is
// exactly what makes a sentence settle nothing for the document rules.

export default definePassageRule({
  meta: {
    id: 'placeholder-text',
    step: 'any',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Flags TODO, TBD, FIXME, ???, lorem ipsum, 待定 and уточняется left in the doc.',
  },
  checkUnit: (unit) => {
    const hits: UnitHit[] = [];
    for (const match of allMatches(unit, PLACEHOLDER_MARKER)) {
      const word = unit.text.slice(match.start, match.end);
      hits.push({ match, message: `Placeholder "${word}" left in the doc: settle this point or remove the marker before review.` });
    }
    return hits;
  },
});
