import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { anyOf, pattern, terms, unless } from '../../server/engine/concepts.js';

// An online experiment: A/B test, control vs treatment, interleaving, a
// holdout, with some design (duration, split, significance). A shadow run
// is not an experiment; a bare "A/B test" bullet is a topic, not a plan.
const EXPERIMENT = anyOf(
  terms(
    'a b test*', 'ab test*', 'a b experiment*', 'split test*', 'online experiment*', 'controlled experiment*',
    'randomi* experiment*', 'randomi* controlled', 'interleav*', 'holdout group', 'hold out group', 'holdback', 'hold back',
    'control group*', 'treatment group*', 'control and treatment', 'treatment and control', 'target and control',
    'control and test', 'test and control', 'multi armed bandit', 'statistical significance', 'statistically significant',
    'experiment duration', 'duration days', 'power analysis', 'minimum detectable effect',
  ),
  pattern(/\bsplit\b[^.]{0,60}\b(?:into two|two (?:sets|groups)|groups|halves|buckets)\b/),
);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = unless(EXPERIMENT, pattern(/\bshadow\b/));

export default defineDocumentRule({
  meta: {
    id: 'ab-test',
    step: 'evaluation',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Plans an online experiment (A/B test, control vs treatment, interleaving, duration, significance).',
  },
  message: 'No online experiment is planned: say how the launch is tested on live traffic (A/B test with control and treatment, duration, significance, guardrails), since only an experiment shows the business effect.',
  fix: {
    title: 'Plan an A/B test',
    snippet: '- **A/B test:** ${1:50/50} split of ${2:users} for ${3:2 weeks}; ship if ${4:applications per user} rises with p < 0.05 and guardrails hold',
  },
  names: terms('a b test*', 'ab test*', 'online experiment*', 'controlled experiment*', 'online test*'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }),
});
