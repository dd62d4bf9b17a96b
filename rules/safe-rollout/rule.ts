import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// A launch that can be stopped: shadow mode, canary, staged rollout, rollback.
const ROLLOUT = anyOf(
  terms(
    'shadow mode', 'shadow deploy*', 'shadow traffic', 'shadow test*', 'in shadow', 'canary*', 'staged rollout',
    'gradual rollout', 'phased rollout', 'progressive rollout', 'progressive delivery', 'incremental rollout', 'ramp up',
    'ramped', 'roll back', 'rollback*', 'roll out gradually', 'kill switch', 'feature flag*', 'dark launch*', 'blue green',
    'limited rollout', 'limited number of', 'small percentage of',
  ),
  pattern(/\bpilot\w*\b[^.]{0,40}\b(?:limited|subset|few|small|\d+|group|stores|users|regions?|markets?)\b/),
  // A traffic percentage is a rollout only when something new is being exposed.
  allOf(
    pattern(/\b\d{1,2}(?:\.\d+)?\s*%\s*(?:of\s+)?(?:the\s+)?(?:traffic|users|requests|stores|members|customers)\b/),
    pattern(/\b(?:roll\w*|launch\w*|releas\w*|deploy\w*|expos\w*|ramp\w*|canary|new model|candidate model|treatment|then|increas\w*)\b/),
  ),
);

export default defineDocumentRule({
  meta: {
    id: 'safe-rollout',
    step: 'serving',
    severity: 'info',
    appliesTo: 'always',
    description: 'Plans a safe launch: shadow mode, canary, staged rollout, rollback.',
  },
  message: 'No safe rollout: say how the model reaches users without risking them (shadow mode, canary, staged percentage, rollback), since a bad model in production costs more than a late one.',
  fix: {
    title: 'Plan a safe rollout',
    snippet: '- **Rollout:** ${1:shadow mode for 1 week}, then ${2:5 % → 50 % → 100 %} of traffic; automatic rollback if ${3:guardrail metrics drop}',
  },
  names: terms('shadow mode', 'canary', 'staged rollout', 'rollout', 'roll out'),
  findEvidence: ({ doc }) => findEvidence(doc, ROLLOUT, { minOtherWords: 2 }),
});
