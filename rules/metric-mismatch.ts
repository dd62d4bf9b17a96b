import { definePassageRule, type PassageHit } from '../server/engine/rule-api.js';
import { allMatches } from '../server/engine/concepts.js';
import { headingsMatch, sentencesOf } from '../server/engine/evidence.js';

// Two classic evaluation mistakes: accuracy as the headline metric where
// positives are rare (99.9 % accuracy by predicting "legit"), and an offline
// metric used as the launch criterion of an online experiment.
const ACCURACY = /\baccuracy\b/g;
const ACCURACY_CAVEAT = /\b(?:not|misleading|instead of|rather than|avoid\w*|inappropriate|meaningless|useless|poor|bad|doesn't|does not|isn't|is not|never)\b/;
const OFFLINE_ONLY = /\b(?:roc[- ]?auc|pr[- ]?auc|auc|log[- ]?loss|cross[- ]entropy|ndcg(?:@\d+)?|rmse|mse|mae|f1(?:[- ]score)?)\b/g;
const ONLINE_CONTEXT = /\b(?:online|a\/b|launch\w*|ship\w*|experiment\w*|in production|live traffic)\b/;

export default definePassageRule({
  meta: {
    id: 'metric-mismatch',
    step: 'evaluation',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Flags accuracy as the headline metric where positives are rare, and offline metrics used as the launch criterion.',
  },
  check: ({ doc, rarePositives }) => {
    const hits: PassageHit[] = [];
    for (const unit of doc.units) {
      if (unit.kind === 'heading' || unit.kind === 'table-header') continue;
      for (const sentence of sentencesOf(unit)) {
        const text = unit.norm.slice(sentence.start, sentence.end);
        if (rarePositives && !ACCURACY_CAVEAT.test(text)) {
          for (const m of allMatches({ ...unit, norm: text }, ACCURACY)) {
            hits.push({
              unit,
              match: { start: sentence.start + m.start, end: sentence.start + m.end },
              message: 'Accuracy is misleading when positives are rare (predicting "negative" always scores high): use PR-AUC, recall at a fixed precision, or cost-weighted metrics.',
            });
          }
        }
        const onlineHeading = headingsMatch(unit, /\b(online|a\/b|launch|experiment)/) && !headingsMatch(unit, /\boffline\b/);
        // "Beat it on AUC before it is considered for an experiment" gates entry to the experiment: fine.
        const gateIntoExperiment = /\b(?:before|prior to|to (?:enter|qualify for|be considered for)|considered for|gate\w*)\b[^.]{0,60}\b(?:experiment\w*|a\/b|launch\w*|online|ship\w*)/.test(text);
        const onlineSentence = ONLINE_CONTEXT.test(text) && !/\boffline\b/.test(text) && !gateIntoExperiment;
        if (!onlineHeading && !onlineSentence) continue;
        for (const m of allMatches({ ...unit, norm: text }, OFFLINE_ONLY)) {
          hits.push({
            unit,
            match: { start: sentence.start + m.start, end: sentence.start + m.end },
            message: `"${unit.text.slice(sentence.start + m.start, sentence.start + m.end)}" is an offline metric used as an online/launch criterion: decide the launch on a product metric measured in the experiment (CTR, applications, revenue).`,
          });
        }
      }
    }
    return hits;
  },
});
