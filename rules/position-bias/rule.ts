import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// Clicks depend on where an item was shown; handling it takes a method:
// position as a training feature, inverse propensity weighting, randomised
// slots. Naming "positional bias" as a topic does not handle it.
const METHOD = anyOf(
  terms('inverse propensity*', 'ips', 'propensity score*', 'propensity weight*', 'click model*', 'examination model', 'position aware', 'unbiased learning to rank', 'counterfactual learning to rank'),
  allOf(
    pattern(/\bposition(?:al)?\b/),
    pattern(/\b(?:as a feature|position feature|feature|set to (?:0|1|zero|one|a constant|a fixed)|at serving|at inference|randomi[sz]\w*|shuffl\w*|propensit\w*|re-?weight\w*|weight\w* by|debias\w*|de-bias\w*|correct\w* (?:for|by|with)|interleav\w*|top-?k randomi[sz]ation)\b/),
  ),
);

export default defineDocumentRule({
  meta: {
    id: 'position-bias',
    step: 'data',
    severity: 'warning',
    appliesTo: 'ranking-shaped',
    description: 'Handles position bias in click labels (position feature, inverse propensity scoring, randomised slots).',
  },
  message: 'Position bias is not handled: items shown higher get more clicks whatever their relevance; say how labels are corrected (position as a training feature, inverse propensity weights, randomised slots).',
  fix: {
    title: 'Handle position bias',
    snippet: '- **Position bias:** ${1:the displayed position is a training feature, set to 1 at serving}; ${2:1 % of traffic gets randomised top-5 slots to estimate propensities}',
  },
  names: terms('position bias', 'positional bias'),
  findEvidence: ({ doc }) => findEvidence(doc, METHOD, { minOtherWords: 1 }),
});
