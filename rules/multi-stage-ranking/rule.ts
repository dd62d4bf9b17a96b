import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// Retrieval / candidate generation split from ranking: the funnel that makes
// ranking millions of items affordable.
// "Two stages" only counts when the stages are about ranking (not "one stage
// for Spark pre-processing and one for deep learning").
const STAGES = terms('two stage*', 'two step', 'three stage*', 'multi stage*', 'multistage', 'multiple stages', 'first stage', 'second stage', 'stage 1', 'stage 2', 'in 2 stages', 'in two stages', 'layered model', 'pool of');
const RANKING_WORDS = pattern(/\b(?:rank\w*|retriev\w*|candidates?|recommend\w*|funnel|scor\w*|filter\w*|top[- ]?k|items|posts|tweets|documents|videos)\b/);

const FUNNEL = anyOf(
  terms(
    'candidate generation', 'candidate generator*', 'candidate retrieval', 'candidate selection', 'candidate sourcing',
    'retrieve candidates', 'generate candidates', 'funnel', 'shortlist*', 'coarse ranking', 'fine ranking', 'light ranker',
    'heavy ranker', 'retrieval stage', 'ranking stage', 'retrieval and ranking', 'retrieval then ranking',
  ),
  allOf(STAGES, RANKING_WORDS),
  pattern(/\b(?:millions?|billions?|\d+\s*[kmb])\b[^.]{0,60}\b(?:into|to|down to|->|→)\s*(?:a few |the top )?(?:\d+\s*k?s?|hundreds|thousands|tens of thousands)\b/),
  pattern(/\bfetch\w*\b[^.]{0,40}\b(?:pool|candidates|set)\b[^.]{0,80}\brank/),
  pattern(/(?:generated|retrieved|fetched)\b[^.]{0,40}\beach\b[^.]{0,30}\branked\b/),
);

export default defineDocumentRule({
  meta: {
    id: 'multi-stage-ranking',
    step: 'serving',
    severity: 'warning',
    appliesTo: 'ranking-shaped',
    description: 'Splits retrieval / candidate generation from ranking.',
  },
  message: 'No retrieval/ranking split: a ranking system cannot score every item per request; describe candidate generation (thousands from millions) before the heavier ranking model.',
  fix: {
    title: 'Add candidate generation before ranking',
    snippet: '- **Stages:** candidate generation (${1:two-tower ANN, ~1,000 of 10M jobs}) → ranking (${2:GBDT on ~1,000 candidates}) → re-ranking',
  },
  names: terms('candidate generation', 'retrieval stage', 'two stage*', 'multi stage*', 'funnel'),
  findEvidence: ({ doc }) => findEvidence(doc, FUNNEL, { minOtherWords: 1 }),
});
