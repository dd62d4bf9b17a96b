import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// The model's own recommendations decide what users can click, so tomorrow's
// labels are shaped by today's model. The doc names the loop together with a
// remedy (exploration, logged propensities, a randomised slice), or names a
// remedy whose purpose is exactly this (exploration traffic, propensity logging).
const LOOP = pattern(/\b(?:feedback loops?|self[- ]reinforc\w*|rich[- ]get[- ]richer|popularity bias|selection bias|exposure bias|only (?:sees?|observes?|learns? from) (?:what|items?|jobs?|videos?|posts?|events?) (?:it|we|the model) (?:shows?|showed|recommends?|recommended))\b/);
const REMEDY = pattern(/\b(?:explor\w*|epsilon|bandits?|thompson|propensit\w*|inverse propensity|ips|randomi[sz]\w*|random (?:slots?|traffic|slice)|holdouts?|counterfactual|off[- ]policy|uniform (?:traffic|slice))\b/);
const DIRECT = pattern(/\b(?:(?:log|logg\w*|record\w*|stor\w*)\b.{0,40}\bpropensit\w*|explor\w* (?:traffic|slots?|budget|rate)|\d+(?:\.\d+)?\s*% (?:of )?(?:traffic|impressions|slots|requests)\b.{0,40}\b(?:explor\w*|randomi[sz]ed (?:slots?|rankings?|order\w*|candidates?)|random (?:slots?|rankings?|order\w*|candidates?)))/);
// (An A/B test that "randomises 5 % of traffic" into a treatment is not exploration.)

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(allOf(LOOP, REMEDY), DIRECT);

export default defineDocumentRule({
  meta: {
    id: 'feedback-loop',
    step: 'data',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['linkedin-job-recommendations', 'video-recommendations', 'news-feed-ranking', 'event-recommendations'],
    description: 'Breaks the feedback loop in which the model\'s own recommendations produce its next labels (exploration, logged propensities).',
  },
  message: 'No plan for the feedback loop: the model only gets labels for what it chose to show, so say how it explores (a randomised slice, bandits) and whether propensities are logged for unbiased training.',
  fix: {
    title: 'Break the feedback loop',
    snippet: '- **Feedback loop:** ${1:2 %} of impressions are explored with ${2:epsilon-greedy} slots and every impression logs its ${3:propensity}, so training can reweight by inverse propensity',
  },
  names: terms('feedback loop', 'exploration'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 2 }),
});
