import { definePassageRule, NUMBER, sentencesOf, unitInSteps, type UnitHit } from '../../server/engine/rule-kit.js';
import { PRODUCT_METRIC } from '../shared/vocabulary.js';

// "Improve CTR" is a direction, not a target: a success metric with a verb
// of change needs a number to be judged ("+2 % CTR", "CTR ≥ 4.5 %").
const CHANGE = /\b(?:improv(?:e|es|ing)|increas(?:e|es|ing)|maximi[sz](?:e|es|ing)|boost(?:s|ing)?|rais(?:e|es|ing)|grow(?:s|ing)?|lift(?:s|ing)?|reduc(?:e|es|ing)|decreas(?:e|es|ing)|minimi[sz](?:e|es|ing)|lowering|cut(?:s|ting)?)\b/;

export default definePassageRule({
  meta: {
    id: 'metric-without-target',
    step: 'evaluation',
    severity: 'info',
    appliesTo: 'always',
    description: 'Flags a success metric with no target or threshold ("improve CTR" vs "+2 % CTR").',
  },
  checkUnit: (unit) => {
    const hits: UnitHit[] = [];
    if (unit.kind === 'heading' || unit.kind === 'table-header' || unit.notStatement) return hits;
    // Success metrics live in the requirements and evaluation; "minimise
    // downtime" under Serving is an operations goal, not a product metric.
    if (unitInSteps(unit, ['data', 'model', 'serving', 'monitoring'])) return hits;
    for (const sentence of sentencesOf(unit)) {
      const text = unit.norm.slice(sentence.start, sentence.end);
      if (!CHANGE.test(text) || NUMBER.test(text) || /\?\s*$/.test(text)) continue;
      const match = PRODUCT_METRIC(unit);
      if (!match || match.start < sentence.start || match.end > sentence.end) continue;
      hits.push({
        match,
        message: `"${unit.text.slice(match.start, match.end)}" has no target: say by how much (e.g. +2 % relative) or what threshold counts as success.`,
      });
    }
    return hits;
  },
});
