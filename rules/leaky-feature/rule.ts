import { definePassageRule, type UnitHit } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms } from '../../server/engine/concepts.js';
import type { ProseUnit } from '../../server/engine/model.js';
import { coveredBy } from '../../server/engine/text/polarity.js';
import { contextNames, phraseSet as phrases } from '../shared/phrase-sets.js';
import { AFTER_LABEL, FEATURE_CONTEXT, LEAK_GUARDS, RANDOM_SPLIT } from '../shared/leakage-cues.js';

// Transitional: the time-split matcher the data-leakage rule used before it became a concept.
// To be replaced by the data-leakage rule's decision once the rule context offers it
// (/work/NOTES-FOR-LEAD.md); until then a time split written in Russian or Chinese is not seen.
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

const AFTER = phrases(AFTER_LABEL);
const RANDOM = phrases(RANDOM_SPLIT);
const GUARDS = phrases(LEAK_GUARDS);
const FEATURES = phrases(FEATURE_CONTEXT);

const AFTER_MESSAGE = 'This feature uses information from after the label event: at prediction time it does not exist, so offline metrics will be inflated. Compute it as of the prediction time.';
const SPLIT_MESSAGE = 'A random split of time-ordered events lets the model train on the future of its test set: split by time (train on earlier, test on later data).';

/** Whether the unit sits under a heading, or a column header, about features. */
const underFeatureHeading = (unit: ProseUnit): boolean => contextNames(unit, FEATURES);

export default definePassageRule({
  meta: {
    id: 'leaky-feature',
    step: 'data',
    severity: 'error',
    appliesTo: 'always',
    description: 'Flags a feature or split that uses information from after the label event.',
  },
  prepare: ({ doc }) => ({ splitsByTime: findEvidence(doc, TIME_SPLIT, { minOtherWords: 1 }) !== undefined }),
  // Information from after the label event in a sentence about features
  // ("disputes filed after the transaction"), or a random split of the
  // examples when the doc never splits by time. A sentence that guards against
  // the leak ("no feature is computed after …", "we exclude …") or asks about
  // it is not one.
  checkUnit: (unit, { splitsByTime }) => {
    const hits: UnitHit[] = [];
    if (unit.kind === 'heading' || unit.kind === 'table-header') return hits;
    const { text, norm, tokens, polarity } = unit.words;
    const inside = (span: { start: number; end: number }, outer: { start: number; end: number }): boolean => span.start >= outer.start && span.end <= outer.end;
    const guards = GUARDS.matches(text, norm, tokens);
    const featureWords = FEATURES.matches(text, norm, tokens);
    const aboutFeatures = underFeatureHeading(unit);
    const candidates = [
      ...AFTER.matches(text, norm, tokens).map((m) => ({ match: m, message: AFTER_MESSAGE, needsFeatures: true })),
      ...(splitsByTime ? [] : RANDOM.matches(text, norm, tokens).map((m) => ({ match: m, message: SPLIT_MESSAGE, needsFeatures: false }))),
    ];
    for (const { match, message, needsFeatures } of candidates) {
      const sentence = polarity.sentences[unit.words.sentenceIndexAt(match.start)];
      if (!sentence || sentence.question) continue;
      if (guards.some((g) => inside(g, sentence)) || coveredBy(polarity.negations, match)) continue;
      if (needsFeatures && !aboutFeatures && !featureWords.some((f) => inside(f, sentence))) continue;
      if (hits.some((h) => h.match.start === match.start)) continue;
      hits.push({ match: { start: match.start, end: match.end }, message });
    }
    return hits;
  },
});
