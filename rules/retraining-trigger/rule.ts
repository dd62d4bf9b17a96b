import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// What makes the team retrain or roll back: a schedule, a drift threshold, a
// metric drop. "Deploy if it improves metrics" is a launch gate, not a trigger.
const RETRAIN = pattern(/\b(?:re-?train\w*|roll\s?back\w*|roll(?:s|ed)? back|fall\s?back|switch\w* (?:back|to)|re-?fit\w*|update the model)\b/);
// A concrete condition: a schedule, a threshold, a drop in a named metric,
// drift. "Retrain when needed" names none.
const TRIGGER = pattern(/\b(?:threshold\w*|drops?|dropp\w*|falls?|fell|degrad\w*|exceeds?|below|above|drift\w*|psi|daily|nightly|weekly|monthly|hourly|quarterly|every (?:\d+ )?(?:day|night|week|month|hour|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning)s?|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|cron|schedul\w*)\b|[<>≥≤]|\d+(?:\.\d+)?\s*%/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(allOf(RETRAIN, TRIGGER), pattern(/\btrigger\w*\b[^.]{0,60}\b(?:retrain\w*|rollback|roll back|alarm|alert|fallback)/));

export default defineDocumentRule({
  meta: {
    id: 'retraining-trigger',
    step: 'monitoring',
    severity: 'info',
    appliesTo: 'always',
    description: 'Says what triggers retraining or rollback (a schedule, a drift threshold, a metric drop).',
  },
  message: 'No retraining trigger: say what makes the team retrain or roll back (a schedule, a drift threshold, a metric drop), so decay is acted on rather than noticed.',
  fix: {
    title: 'Add a retraining trigger',
    snippet: '- **Retraining trigger:** ${1:weekly schedule}, or earlier when ${2:PSI > 0.2 on key features} or ${3:online CTR drops 5 %}; roll back to the previous model if ${4:guardrails fail}',
  },
  names: terms('retrain*', 're train*', 'retraining trigger*'),
  findEvidence: ({ doc }) =>
    findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }),
});
