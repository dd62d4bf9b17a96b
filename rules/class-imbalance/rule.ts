import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// How rare positives are handled: resampling, class weights, a loss chosen
// for the imbalance, metrics chosen because of it. Focal loss named as a
// fix for something else does not count.
const HANDLING = anyOf(
  terms(
    'downsampl*', 'down sampl*', 'undersampl*', 'under sampl*', 'oversampl*', 'over sampl*', 'upsampl*', 'up sampl*',
    'resampl*', 'smote', 'adasyn', 'class weight*', 'sample weight*', 'upweight*', 'up weight*', 'down weight*', 'downweight*',
    'weighted loss', 'cost sensitive', 'balanced sampling', 'stratif*', 'negative sampling', 'hard negative*',
  ),
  pattern(/\bweight\w*\b[^.]{0,40}\b(?:class|positives?|negatives?|minority|rare|fraud)\b/),
);
const IMBALANCE = pattern(/\b(?:imbalanc\w*|unbalanc\w*|class balance|rare|rarity|skew\w*|minority|base rate|few positives|positives are)\b/);
const IMBALANCE_REMEDY = pattern(/\b(?:focal loss|pr[- ]auc|precision[- ]recall|auprc|threshold\w*|f1|recall|weight\w*|sampl\w*|calibrat\w*)\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(HANDLING, allOf(IMBALANCE, IMBALANCE_REMEDY));

export default defineDocumentRule({
  meta: {
    id: 'class-imbalance',
    step: 'data',
    severity: 'warning',
    appliesTo: 'rare-positives',
    description: 'Says how rare positives are handled (resampling, class weights, suitable loss or metrics).',
  },
  message: 'Class imbalance is not handled: positives are rare here, so say how training copes (negative downsampling, class weights, focal loss) and which metrics stay meaningful.',
  fix: {
    title: 'Add class-imbalance handling',
    snippet: '- **Class imbalance:** positives are about ${1:0.1 %} of examples; ${2:downsample negatives 1:10 and re-calibrate}; report ${3:PR-AUC} rather than accuracy',
  },
  names: terms('class imbalance', 'imbalance', 'resampling', 'class weight*'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }),
});
