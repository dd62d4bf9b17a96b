import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, unitInSteps } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms, type Matcher } from '../../server/engine/concepts.js';

// Why the chosen model fits: a reason (because, since, handles, allows) or a
// trade-off (pros and cons, at the cost of) tied to a model.
const MODEL = pattern(/\b(?:models?|gbdt|xgboost|lightgbm|catboost|gradient boost\w*|random forest|logistic regression|lr|neural\w*|dnn|deep learning|transformers?|bert|llms?|two[- ]tower|matrix factori[sz]ation|collaborative filtering|gnn|cnn|rnn|lstm|architecture|algorithm\w*|classifier|regressor|ensemble|trees?)\b/);
const REASON = anyOf(
  terms(
    'pros and cons', 'advantages and disadvantages', 'trade offs', 'pros', 'cons', 'trade off*', 'tradeoff*', 'advantage*', 'disadvantage*', 'drawback*', 'downside*', 'upside*',
    'because', 'since it', 'since they', 'due to', 'thanks to', 'well suited', 'suitable for', 'suited for', 'fits',
    'interpretab*', 'explainab*', 'choose … based on', 'choice … depends',
    'at the cost of', 'in exchange for', 'better than', 'faster than', 'better quality', 'outperform*',
    'works well', 'not a good choice', 'good choice', 'not suitable', 'cheap to', 'expensive', 'scales to',
    'strong interpretation', 'better generali*', 'reason',
  ),
  // "prefer" but not "preferences" (the Porter stem of both is "prefer").
  pattern(/\b(?:we )?prefer(?:s|red)?\b/),
);

// The reason may sit under the model it is about: "- GBDT" / "  - pros: …",
// or in the model section.
const REASON_ABOUT_A_MODEL: Matcher = (unit) => {
  const reason = REASON(unit);
  if (!reason) return undefined;
  const aboutModel =
    MODEL(unit) || (unit.parentItem && MODEL(unit.parentItem)) || (unit.previous && MODEL(unit.previous)) || unitInSteps(unit, ['model']);
  return aboutModel ? reason : undefined;
};

export default defineDocumentRule({
  meta: {
    id: 'model-justification',
    step: 'model',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Explains why the chosen model fits and what was traded off.',
  },
  message: 'The model choice is not justified: say why it fits this problem (data size, features, latency, explainability) and what was traded off, so a reviewer can judge the alternative.',
  fix: {
    title: 'Justify the model choice',
    snippet: '- **Why this model:** ${1:GBDT handles sparse tabular features and trains in minutes}; trade-off: ${2:less able to use text than a two-tower network}',
  },
  findEvidence: ({ doc }) => findEvidence(doc, REASON_ABOUT_A_MODEL, { minOtherWords: 1 }),
});
