import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms } from '../../server/engine/concepts.js';

// A decision between precomputed (batch) and on-request (online) prediction,
// or a reason for one. Batch *feature* computation is a different question.
const MODE = anyOf(
  pattern(/\b(?:real[- ]?time|online|on[- ]the[- ]fly|on[- ]request|synchronous|low[- ]latency)\s+(?:prediction|inference|scoring|serving|ranking|forecast|eta|recommendations?|detection|classification)s?\b/),
  pattern(/\b(?:predict\w*|scor\w*|infer\w*|rank\w*|serv\w*|classif\w*|detect\w*)\b[^.]{0,40}\b(?:in real[- ]?time|at request time|at authori[sz]ation time|on each request|per request|on demand)\b/),
  pattern(/\b(?:batch|offline|nightly|scheduled)\s+(?:prediction|inference|scoring|processing|jobs?|forecasts?|recommendations?|mode)s?\b/),
  pattern(/\bpre-?(?:comput|generat|calculat)\w*\b[^.]{0,60}\b(?:predictions?|recommendations?|scores?|feeds?|tables?|results?|rankings?|candidates?|lists?)\b/),
  pattern(/\b(?:predictions?|recommendations?|scores?|results?|feeds?|lists?)\b[^.]{0,60}\b(?:pre-?(?:comput|generat)\w*|stored in|saved in|cached|written to|precomputed)\b/),
  pattern(/\b(?:does not|doesn't|no) (?:need|require)\w*\s+(?:real[- ]?time|online)/),
  terms('on demand forecast*', 'scheduled forecast*', 'batch vs online', 'online vs batch', 'batch or online', 'streaming inference', 'online scoring', 'real time prediction*', 'real time scoring', 'batch inference', 'batch prediction*'),
);

export default defineDocumentRule({
  meta: {
    id: 'batch-vs-online',
    step: 'serving',
    severity: 'info',
    appliesTo: 'always',
    description: 'Decides between precomputed (batch) and real-time prediction, or says why one.',
  },
  message: 'Batch or online prediction is not decided: say whether predictions are precomputed or computed per request and why, since it fixes the latency, freshness and cost of serving.',
  fix: {
    title: 'Decide batch vs online prediction',
    snippet: '- **Prediction mode:** ${1:online, per request}, because ${2:recommendations must reflect the session\'s searches}',
  },
  names: terms('real time', 'online prediction*', 'online inference', 'batch prediction*', 'batch inference', 'batch scoring'),
  findEvidence: ({ doc }) => findEvidence(doc, MODE, { minOtherWords: 1 }),
});
