import { coveredBy, definePassageRule, stepsInScope, type CueSet, type Span, type UnitHit } from '../../server/engine/rule-kit.js';
import { NOT_PRODUCT_METRICS, PRODUCT_METRICS } from '../shared/metric-cues.js';
import { LESS, MORE } from '../shared/objective-cues.js';
import { phraseSet } from '../shared/phrase-sets.js';

// "Improve CTR" is a direction, not a target: a success metric with a verb of
// change needs a number or a threshold to be judged ("+2 % CTR", "CTR ≥ 4.5 %",
// "retention: no drop"). Read on the text layer, so the same holds in Russian
// ("увеличить конверсию") and Chinese ("提升点击率"); a negated or hedged
// sentence ("we do not aim to raise revenue", "maybe improve CTR later") and a
// question are not a stated metric.

/** A threshold said in words: a guardrail that must not move, or a test that must pass. */
const THRESHOLD_WORDS: CueSet = {
  en: ['no drop', 'not drop', 'no regression', 'not regress', 'no worse', 'non inferior*', 'stay* flat', 'flat or better', 'statistically significant*', 'significant lift', 'at least', 'at most', 'above', 'below', 'baseline level'],
  ru: ['без падени*', 'не ниже', 'не хуже', 'не менее', 'не более', 'не упал*', 'не снизил*', 'статистическ* значим*', 'значим*'],
  zh: ['不下降', '不低于', '不高于', '不劣于', '显著', '至少', '不少于'],
};

const METRICS = phraseSet(PRODUCT_METRICS);
const NOT_METRICS = phraseSet(NOT_PRODUCT_METRICS);
/**
 * Verbs that move a metric one way. Not every verb of business-objective's
 * MORE and LESS: "saves" and "blocks" are also what users do ("CTR and saves").
 */
const CHANGE_WORDS: CueSet = {
  en: ['increas*', 'improv*', 'maximi*', 'grow', 'grows', 'growing', 'boost*', 'rais*', '=lift', '=lifting', 'enhanc*', 'reduc*', 'decreas*', 'minimi*', '=lower', '=lowering', 'cut', 'cuts', 'cutting', 'shorten*', 'drive {up|down}'],
  // "Приводит к", "приносит" carry a goal's direction, not a change to a metric.
  ru: MORE.ru?.concat(LESS.ru ?? []).filter((cue) => !['эконом*', 'привод* к', 'приносил*', 'приносит'].includes(cue)),
  zh: [...(MORE.zh ?? []), ...(LESS.zh ?? [])],
};
const CHANGE = phraseSet(CHANGE_WORDS);
const THRESHOLD = phraseSet(THRESHOLD_WORDS);
/** Success metrics live in the requirements and evaluation; "minimise downtime" under Serving is an operations goal. */
const ELSEWHERE = ['data', 'model', 'serving', 'monitoring'] as const;

const within = (span: Span, outer: Span): boolean => span.start >= outer.start && span.end <= outer.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
/** Any digit: "+2 %", "from 0.8 to 0.9", "p95", a cell under a "Target" column. */
const DIGIT = /\p{Nd}/u;

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
    if (stepsInScope(unit.section).some((step) => (ELSEWHERE as readonly string[]).includes(step))) return hits;
    const { text, norm, tokens, polarity } = unit.words;
    const excluded = NOT_METRICS.matches(text, norm, tokens);
    const metrics = METRICS.matches(text, norm, tokens).filter((m) => !excluded.some((e) => overlaps(e, m)));
    if (metrics.length === 0) return hits;
    const changes = CHANGE.matches(text, norm, tokens);
    const thresholds = THRESHOLD.matches(text, norm, tokens);
    // A row's other cells can hold its target ("CTR | +3 % relative").
    const rowHasNumber = unit.kind === 'table-row' && DIGIT.test(text);
    // "Goal: cut fraud losses. Metric: loss rate from 3 bp to 2 bp.": a target for a metric elsewhere in the same bullet or paragraph counts.
    const unitHasTarget = polarity.sentences.some(
      (sentence) => !sentence.question && !sentence.placeholder && DIGIT.test(text.slice(sentence.start, sentence.end)) && metrics.some((m) => within(m, sentence)),
    );
    for (const sentence of polarity.sentences) {
      if (sentence.question || sentence.placeholder) continue;
      const said = (span: Span): boolean => within(span, sentence) && !coveredBy(polarity.negations, span) && !coveredBy(polarity.hedges, span);
      const metric = metrics.find((m) => said(m));
      if (!metric || !changes.some((c) => said(c) && !overlaps(c, metric))) continue;
      if (rowHasNumber || unitHasTarget || DIGIT.test(text.slice(sentence.start, sentence.end)) || thresholds.some((t) => within(t, sentence))) continue;
      hits.push({
        match: { start: metric.start, end: metric.end },
        message: `"${text.slice(metric.start, metric.end)}" has no target: say by how much (e.g. +2 % relative) or what threshold counts as success.`,
      });
    }
    return hits;
  },
});
