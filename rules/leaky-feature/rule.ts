import { definePassageRule, type UnitHit } from '../../server/engine/rule-api.js';
import { allMatches } from '../../server/engine/concepts.js';
import { findEvidence, headingsMatch, sentencesOf } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms } from '../../server/engine/concepts.js';

// Transitional: the time-split matcher the data-leakage rule used before it became a concept.
const TIME_SPLIT = anyOf(
  terms(
    'time based split*', 'time based validation', 'temporal split*', 'temporal validation', 'chronological split*',
    'chronological order', 'out of time', 'split by time', 'split … by time', 'split … by date', 'split on time',
    'time series split*', 'timeseriessplit', 'split … chronologically', 'backtest*', 'walk forward', 'rolling window validation',
    'rolling origin', 'sliding window validation', 'time split', 'split in time',
  ),
  pattern(/\b(?:train\w*|fit\w*)\b[^.]{0,80}\b(?:earlier|before|past|older|prior)\b[^.]{0,80}\b(?:test\w*|validat\w*|evaluat\w*|holdout|later|after)\b/),
  pattern(/\b(?:test\w*|validat\w*|evaluat\w*|holdout)\b[^.]{0,60}\b(?:later|after|future|most recent|last)\b[^.]{0,40}\b(?:data|weeks?|days?|months?|period|sample)/),
  pattern(/\b(?:later|future|most recent|last)\s+(?:data|weeks?|days?|months?|period)\b[^.]{0,40}\b(?:test\w*|validat\w*|evaluat\w*|holdout)/),
  pattern(/\bfirst [^.]{0,30}(?:weeks?|days?|months?)[^.]{0,20}\btrain/),
  pattern(/\btrain\w*\b[^.]{0,60}\b(?:first|earlier|older|past|previous)\b[^.]{0,40}\b(?:weeks?|months?|days?|years?|quarters?)\b[^.]{0,80}\b(?:test\w*|validat\w*|evaluat\w*)\b[^.]{0,60}\b(?:follow\w*|after\w*|later|next|last|subsequent)\b/),
  pattern(/\bsnapshot\b[^.]{0,40}\bt\b[^.]{0,60}\bt\s*\+\s*1\b/),
);


// Information from after the label event: a feature computed after the
// outcome, future values, or a random split of time-ordered events when the
// doc never splits by time.
const AFTER_LABEL = /\b(?:\w+ed|known|available|made|taken|seen|done)\s+after\s+(?:the\s+)?(?:user\s+|customer\s+|member\s+)?(?:applied|application|purchase\w*|click\w*|conversion|label\w*|outcome|event|transaction|chargeback|fraud|churn\w*|hire\w*|response|order|delivery|impression|decision|prediction|request)\b|\bfuture (?:values?|data|information|clicks|purchases|transactions)\b|\bafter the (?:label|outcome) (?:event|date|time)\b/g;
const RANDOM_SPLIT = /\b(?:random(?:ly)?\s+(?:split\w*|shuffl\w*|sampl\w*|partition\w*|divid\w*)|split\w*\s+(?:the\s+)?(?:data\s+)?(?:at\s+)?random(?:ly)?|shuffl\w+\s+(?:and\s+)?split\w*|train_test_split)\b/g;
const FEATURE_CONTEXT = /\bfeatures?\b|\binputs?\b|\bsignals?\b/;

export default definePassageRule({
  meta: {
    id: 'leaky-feature',
    step: 'data',
    severity: 'error',
    appliesTo: 'always',
    description: 'Flags a feature or split that uses information from after the label event.',
  },
  prepare: ({ doc }) => ({ splitsByTime: findEvidence(doc, TIME_SPLIT, { minOtherWords: 1 }) !== undefined }),
  checkUnit: (unit, { splitsByTime }) => {
    const hits: UnitHit[] = [];
    if (unit.kind === 'heading' || unit.kind === 'table-header') return hits;
    for (const sentence of sentencesOf(unit)) {
      const text = unit.norm.slice(sentence.start, sentence.end);
      const view = { ...unit, norm: text };
      const negated = /\b(?:no|never|not|avoid\w*|prevent\w*|exclud\w*|drop\w*|without)\b/.test(text);
      if ((FEATURE_CONTEXT.test(text) || headingsMatch(unit, /\b(features?|signals?|inputs?)\b/)) && !negated) {
        for (const m of allMatches(view, AFTER_LABEL)) {
          hits.push({
            match: { start: sentence.start + m.start, end: sentence.start + m.end },
            message: 'This feature uses information from after the label event: at prediction time it does not exist, so offline metrics will be inflated. Compute it as of the prediction time.',
          });
        }
      }
      if (!splitsByTime && !negated) {
        for (const m of allMatches(view, RANDOM_SPLIT)) {
          hits.push({
            match: { start: sentence.start + m.start, end: sentence.start + m.end },
            message: 'A random split of time-ordered events lets the model train on the future of its test set: split by time (train on earlier, test on later data).',
          });
        }
      }
    }
    return hits;
  },
});
