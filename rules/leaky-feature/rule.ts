import { coveredBy, definePassageRule, type ProseUnit, type UnitHit } from '../../server/engine/rule-kit.js';
import { contextNames, phraseSet as phrases } from '../shared/phrase-sets.js';
import { AFTER_LABEL, EXPERIMENT_ASSIGNMENT, FEATURE_CONTEXT, LEAK_GUARDS, RANDOM_SPLIT } from '../shared/leakage-cues.js';

/** The parts of data-leakage's concept that say the examples are split in time. */
const TIME_SPLIT_PARTS = new Set(['timeSplit', 'backtest', 'trainPast', 'evalFuture', 'earlierThan']);

const AFTER = phrases(AFTER_LABEL);
const RANDOM = phrases(RANDOM_SPLIT);
const GUARDS = phrases(LEAK_GUARDS);
const FEATURES = phrases(FEATURE_CONTEXT);
const EXPERIMENT = phrases(EXPERIMENT_ASSIGNMENT);

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
  // A random split is only a leak when the doc never splits by time: data-leakage's
  // decision says whether one of its time-split combinations settles it.
  prepare: ({ decisionOf }) => ({
    splitsByTime: (decisionOf('data-leakage')?.settledBy ?? []).some((parts) => parts.some((part) => TIME_SPLIT_PARTS.has(part))),
  }),
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
      ...AFTER.matches(text, norm, tokens).map((m) => ({ match: m, message: AFTER_MESSAGE, needsFeatures: true, isSplit: false })),
      ...(splitsByTime ? [] : RANDOM.matches(text, norm, tokens).map((m) => ({ match: m, message: SPLIT_MESSAGE, needsFeatures: false, isSplit: true }))),
    ];
    const experiment = EXPERIMENT.matches(text, norm, tokens);
    for (const { match, message, needsFeatures, isSplit } of candidates) {
      const sentence = polarity.sentences[unit.words.sentenceIndexAt(match.start)];
      if (!sentence || sentence.question) continue;
      if (guards.some((g) => inside(g, sentence)) || coveredBy(polarity.negations, match)) continue;
      // A split left undecided ("random or by time: not decided yet") is not a design that leaks;
      // users randomly split into an experiment's arms are not examples split into train and test.
      if (isSplit && (coveredBy(polarity.hedges, match) || experiment.some((e) => inside(e, sentence)))) continue;
      if (needsFeatures && !aboutFeatures && !featureWords.some((f) => inside(f, sentence))) continue;
      // One finding per leak: overlapping cues ("shuffle … randomly split") say the same thing.
      if (hits.some((h) => h.message === message && h.match.start < match.end && match.start < h.match.end)) continue;
      hits.push({ match: { start: match.start, end: match.end }, message });
    }
    return hits;
  },
});
