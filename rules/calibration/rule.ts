import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { anyOf, allOf, pattern, terms } from '../../server/engine/concepts.js';

// Predicted CTR is multiplied by the bid in the auction: a score that ranks
// well but is off by 2× overcharges advertisers. The doc says how the
// probabilities are calibrated or how calibration is measured.
const METHOD = terms('platt scaling', 'isotonic regression', 'temperature scaling', 'calibration curve', 'reliability diagram', 'expected calibration error', 'ece', 'predicted over observed', 'predicted vs observed', 'predicted to observed');
const CALIBRATED = pattern(/\bcalibrat\w*/);
const HOW = pattern(/\b(?:platt|isotonic|temperature|curve|diagram|bucket\w*|bins?|ratio|observed|actual|within|log ?loss|recalibrat\w*|negative (?:down)?sampling|sampling rate|correct\w*|monitor\w*|per (?:segment|campaign|advertiser)|\d)/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(METHOD, allOf(CALIBRATED, HOW));

export default defineDocumentRule({
  meta: {
    id: 'calibration',
    step: 'evaluation',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['ad-click-prediction'],
    description: 'Keeps predicted probabilities calibrated (predicted CTR feeds the auction), with a method or a check.',
  },
  message: 'No calibration: predicted CTR is multiplied by the bid in the auction, so say how probabilities are calibrated (isotonic or Platt scaling, correcting for negative downsampling) and how calibration is checked.',
  fix: {
    title: 'Calibrate the predicted probabilities',
    snippet: '- **Calibration:** ${1:isotonic regression} on a held-out day corrects for ${2:negative downsampling}; predicted / observed CTR stays within ${3:0.95–1.05} per campaign',
  },
  names: terms('calibration'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }),
});
