import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { IMBALANCE, IMBALANCE_METRICS, IMBALANCE_TECHNIQUES, IMBALANCE_REMEDIES, NOT_IMBALANCE_REMEDIES, WEIGHTED_RARE } from '../shared/imbalance-cues.js';

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
  // Rare positives are handled: a remedy named as such (negative
  // downsampling, oversampling, SMOTE, class weights, a weighted loss), a
  // weight or loss tied to the rare class ("fraud cases weigh 50×", "focal
  // loss for the rare positives"), metrics chosen because of the imbalance, or
  // a reasoned decision that no remedy is needed. "We might downsample later",
  // a threshold set by a policy team and the word "imbalance" alone are not.
  concept: {
    parts: {
      remedy: { cues: IMBALANCE_REMEDIES },
      weightedRare: { cues: WEIGHTED_RARE },
      imbalance: { cues: IMBALANCE },
      metric: { cues: IMBALANCE_METRICS },
      technique: { cues: IMBALANCE_TECHNIQUES },
    },
    settledBy: [
      { parts: ['remedy'], weight: 0.85 },
      { parts: ['weightedRare'], weight: 0.8 },
      { parts: ['imbalance', 'metric'], weight: 0.75, minOtherWords: 0 },
      { parts: ['imbalance', 'technique'], weight: 0.75, minOtherWords: 0 },
    ],
    headings: {
      en: ['class imbalance', 'imbalance', 'imbalanced data', 'handling imbalance', 'resampling', 'sampling strategy'],
      ru: ['дисбаланс*', 'несбалансир*', 'балансировк*'],
      zh: ['样本不均衡', '类别不平衡', '样本均衡', '采样策略'],
    },
    exclude: NOT_IMBALANCE_REMEDIES,
    name: 'remedy',
    minOtherWords: 1,
  },
});
