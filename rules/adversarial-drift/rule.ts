import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, pattern, terms } from '../../server/engine/concepts.js';

// Fraudsters and spammers adapt to the model: patterns that worked last month
// stop working. The doc names the adversary and a response (fast retraining,
// rules beside the model, monitoring of new attack patterns).
// The adaptation itself must be named: "fraudsters are detected by the model" is the task, not the drift.
const ADAPTATION = pattern(/\b(?:adversar\w*|adapt\w*|evad\w*|evasion|chang\w* (?:their )?(?:tactics|behaviou?r|patterns?)|new (?:attack|fraud|abuse|spam) (?:patterns?|vectors?|types?|tactics)|attack patterns?|arms race)\b/);
const RESPONSE = pattern(/\b(?:retrain\w*|rules?|heuristics?|blocklists?|monitor\w*|alert\w*|online learning|red team\w*|investigat\w*|analysts?|canar\w*)\b/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = allOf(ADAPTATION, RESPONSE);

export default defineDocumentRule({
  meta: {
    id: 'adversarial-drift',
    step: 'monitoring',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['payment-fraud-detection', 'harmful-content-detection'],
    description: 'Plans for adversaries who adapt to the model (fast retraining, rules beside the model, monitoring new attack patterns).',
  },
  message: 'No plan for adversarial drift: fraudsters and abusers change tactics once the model blocks them, so say how new patterns are caught (fast retraining, analyst rules beside the model, monitoring attack patterns).',
  fix: {
    title: 'Plan for adversarial drift',
    snippet: '- **Adversarial drift:** ${1:fraudsters} adapt within weeks, so ${2:analyst rules} catch new patterns within hours, the model is retrained ${3:weekly}, and ${4:the share of blocked traffic by pattern} is monitored',
  },
  names: terms('adversarial drift', 'adversarial'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }),
});
