import { defineDocumentRule } from '../server/engine/rule-api.js';
import { findEvidence } from '../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../server/engine/concepts.js';

// Leakage is addressed by how data is split and how features are joined:
// split by time, point-in-time features, nothing computed after the label.
// Defining leakage is not avoiding it.
export const TIME_SPLIT = anyOf(
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

const POINT_IN_TIME = anyOf(
  terms('point in time', 'as of the transaction', 'as of the event', 'as of the time', 'as of prediction time', 'as of the request', 'time travel'),
  pattern(/\bfeatures?\b[^.]{0,60}\b(?:available|known|computed|observed)\b[^.]{0,30}\b(?:at|before|prior to)\b[^.]{0,30}\b(?:prediction|request|event|decision|label|transaction|impression|scoring) time\b/),
  pattern(/\bonly (?:data|information|features) (?:available|known) (?:at|before)\b/),
);

const PREVENTION = allOf(
  pattern(/\b(?:avoid\w*|prevent\w*|no|without|guard\w* against|eliminat\w*|exclud\w*|do(?:es)? not|don't|never|check\w* for|ensur\w*)\b/),
  pattern(/\b(?:leak\w*|overlap\w*|duplicates?|future (?:data|information|values)|look-?ahead)\b/),
);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(TIME_SPLIT, POINT_IN_TIME, PREVENTION);

export default defineDocumentRule({
  meta: {
    id: 'data-leakage',
    step: 'data',
    severity: 'error',
    appliesTo: 'always',
    description: 'Addresses leakage: time-based split, point-in-time features, nothing computed after the label event.',
  },
  message: 'Data leakage is not addressed: say how the split and the features avoid information from after the label event (time-based split, point-in-time joins), or offline metrics will overstate the model.',
  fix: {
    title: 'Add a leakage guard',
    snippet: '- **Leakage:** split by time (train on ${1:weeks 1–8}, validate on ${2:week 9}, test on ${3:week 10}); features are joined as of ${4:the impression time}, never from after the label event',
  },
  names: terms('leakage', 'leak*'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }),
});
