import { defineDocumentRule } from '../server/engine/rule-api.js';
import { findEvidence, headingsMatch } from '../server/engine/evidence.js';
import { allOf, anyOf, inContext, pattern, terms, unless } from '../server/engine/concepts.js';

// A baseline is something simple the real model must beat: a heuristic,
// popularity, logistic regression, the current system. Naming logistic
// regression as one option among models is not proposing a baseline, and
// "normalised over baseline" (a metric) is not one either.
const BASELINE = unless(
  anyOf(
    terms('baseline*', 'base line', 'benchmark model', 'naive model', 'naive forecast', 'heuristic baseline', 'starting point to compare', 'point of comparison', 'to compare against'),
    // Describing today's system is background; comparing against it makes it a baseline.
    allOf(
      terms('non ml', 'rule based system', 'current system', 'existing system', 'previous version', 'current model', 'production model'),
      pattern(/\b(?:compar\w*|against|versus|vs\.?|beat\w*|outperform\w*|improv\w* (?:on|over)|relative to|lift over|replac\w*)\b/),
    ),
    pattern(/\b(?:compared? (?:to|with|against)|versus|vs\.?|beat\w*|outperform\w*|improv\w* (?:on|over))\s+(?:the\s+)?(?:current|existing|previous|old|rule[- ]based|heuristic|simple|naive|popularity|manual|v\d|production)\b/),
    pattern(/\bstart\w* (?:with|from) (?:a |an )?(?:simple|logistic regression|lr|linear|heuristic|popularity|rule[- ]based|gbdt|naive)/),
    // "… is the bar the deep model has to clear", "the model must beat …"
    pattern(/\b(?:bar|yardstick|reference (?:model|point)|point of comparison)\b[^.]{0,60}\b(?:clear|beat|exceed|pass|outperform|compare\w*)\b/),
    pattern(/\b(?:has|have|needs?|must) to (?:beat|clear|outperform)\b|\bmust (?:beat|clear|outperform)\b/),
  ),
  pattern(/\b(?:normali[sz]ed|relative) (?:over|to) (?:the )?baseline\b|\bbaseline (?:ctr|rate|metric)\b/),
);
const UNDER_BASELINE_HEADING = inContext(pattern(/\w{3,}/), (u) => headingsMatch(u, /\bbaselines?\b/));

export default defineDocumentRule({
  meta: {
    id: 'baseline-model',
    step: 'model',
    severity: 'error',
    appliesTo: 'always',
    description: 'Proposes a simple baseline (heuristic, popularity, logistic regression, GBDT) to compare against.',
  },
  message: 'No baseline model: propose something simple to beat (popularity, a heuristic, logistic regression) so the complex model has to earn its cost.',
  fix: {
    title: 'Add a baseline model',
    snippet: '- **Baseline:** ${1:popularity of jobs in the user\'s location and title}, then ${2:logistic regression on the same features}; the chosen model must beat it on ${3:the offline metric}',
  },
  names: terms('baseline*'),
  findEvidence: ({ doc }) =>
    findEvidence(doc, BASELINE, { minOtherWords: 1 }) ?? findEvidence(doc, UNDER_BASELINE_HEADING, { minOtherWords: 2 }),
});
