import { definePassageRule, type UnitHit } from '../../server/engine/rule-api.js';
import { allMatches } from '../../server/engine/concepts.js';
import { headingsMatch, sentencesOf, unitInSteps } from '../../server/engine/evidence.js';
import type { ProseUnit } from '../../server/engine/model.js';
import { contentWordCount } from '../../server/engine/text.js';

// Two classic evaluation mistakes: accuracy as the headline metric where
// positives are rare (99.9 % accuracy by predicting "legit"), and an offline
// metric used as the launch criterion of an online experiment. Text that
// explains why accuracy fails, or names an offline gate before the
// experiment, is the writer getting it right and is left alone.
const ACCURACY = /\baccuracy\b/g;
const ACCURACY_CAVEAT =
  /\b(?:not|misleading|instead of|rather than|avoid\w*|inappropriate|meaningless|useless|poor|bad|doesn't|does not|isn't|is not|never|but|however|kills?|fails?|failure|trap|pitfall|fool\w*|rewards?|trades?|wins?)\b/;
// Listed beside a metric fit for rare positives, accuracy is not the headline.
const RARE_POSITIVE_METRIC = /\b(?:precision|recall|pr[- ]?auc|auprc|f1|f-?score|average precision|cost)\b/;
// The sentence proposes a metric: it names what is measured, reported or optimised.
const PROPOSES_METRIC = /\b(?:metrics?|measur\w*|evaluat\w*|report\w*|optimi[sz]\w*|track\w*|target\w*|kpis?|success|judge\w*|score[sd]? (?:on|by))\b/;

const OFFLINE_ONLY = /\b(?:roc[- ]?auc|pr[- ]?auc|auc|log[- ]?loss|cross[- ]entropy|ndcg(?:@\d+)?|rmse|mse|mae|f1(?:[- ]score)?)\b/g;
const OFFLINE_CONTRAST = /\b(?:but|only|not|instead|rather|whereas|while)\b/;
const ONLINE_HEADING = /\b(online|a\/b|launch|experiment)/;
const LAUNCH_DECISION = /\b(?:ship\w*|launch\w*|go\/no-go|decid\w*|decision|success criteri\w*|criteri(?:on|a)|primary metric|north[- ]star|winner|wins)\b/;
// "Beat it on AUC before it is considered for an experiment" gates entry to the experiment: fine.
const GATE_INTO_EXPERIMENT = /\b(?:before|prior to|pre-?ship|pre-?launch|to (?:enter|qualify for|be considered for)|considered for|gate\w*)\b/;

const ACCURACY_MESSAGE =
  'Accuracy is misleading when positives are rare (predicting "negative" always scores high): use PR-AUC, recall at a fixed precision, or cost-weighted metrics.';

/** In a metrics or evaluation context: the evaluation step, or a heading about metrics. */
function inMetricContext(unit: ProseUnit): boolean {
  return unitInSteps(unit, ['evaluation']) || headingsMatch(unit, /\b(metrics?|kpis?|evaluat\w*|success)\b/);
}

export default definePassageRule({
  meta: {
    id: 'metric-mismatch',
    step: 'evaluation',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Flags accuracy as the headline metric where positives are rare, and offline metrics used as the launch criterion.',
  },
  prepare: ({ rarePositives }) => ({ rarePositives }),
  checkUnit: (unit, { rarePositives }) => {
    const hits: UnitHit[] = [];
    if (unit.kind === 'heading' || unit.kind === 'table-header' || unit.notStatement) return hits;
    const shortItem = unit.kind !== 'paragraph' && contentWordCount(unit.tokens) <= 6;
    for (const sentence of sentencesOf(unit)) {
      const text = unit.norm.slice(sentence.start, sentence.end);
      const view = { ...unit, norm: text };
      const at = (m: { start: number; end: number }) => ({ start: sentence.start + m.start, end: sentence.start + m.end });
      const accuracyProposed = (inMetricContext(unit) && shortItem) || PROPOSES_METRIC.test(text);
      if (rarePositives && accuracyProposed && !ACCURACY_CAVEAT.test(text) && !RARE_POSITIVE_METRIC.test(text)) {
        for (const m of allMatches(view, ACCURACY)) hits.push({ match: at(m), message: ACCURACY_MESSAGE });
      }
      // "PR-AUC localizes the model, but only the online number justifies shipping": a contrast, not a criterion.
      if (/\boffline\b/.test(text) || GATE_INTO_EXPERIMENT.test(text) || OFFLINE_CONTRAST.test(text)) continue;
      const onlineHeading = headingsMatch(unit, ONLINE_HEADING) && !headingsMatch(unit, /\boffline\b/);
      // The launch rests on it: a sentence about the launch decision, or a
      // bare metric listed under an online / A/B heading.
      const launchCriterion = (LAUNCH_DECISION.test(text) && (onlineHeading || /\b(?:online|a\/b|experiment\w*)\b/.test(text))) || (onlineHeading && shortItem);
      if (!launchCriterion) continue;
      for (const m of allMatches(view, OFFLINE_ONLY)) {
        const words = unit.text.slice(sentence.start + m.start, sentence.start + m.end);
        hits.push({
          match: at(m),
          message: `"${words}" is an offline metric used as an online/launch criterion: decide the launch on a product metric measured in the experiment (CTR, applications, revenue).`,
        });
      }
    }
    return hits;
  },
});
