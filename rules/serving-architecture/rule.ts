import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, unitInSteps } from '../../server/engine/evidence.js';
import { allOf, anyOf, inContext, pattern, terms } from '../../server/engine/concepts.js';

// The request path: a request comes in, features are fetched, the model is
// called, results go back. Arrows ("features -> model -> sort") count.
const COMPONENT = pattern(/\b(?:requests?|api|endpoints?|services?|servers?|clients?|front[- ]?end|back[- ]?end|gateway|queue|cache|load balancer|microservices?|lambda|containers?|pods?|batch jobs?|scheduler)\b/);
const ACTION = pattern(/\b(?:fetch\w*|retriev\w*|call\w*|invok\w*|send\w*|sent|return\w*|respond\w*|look\w* up|query\w*|quer(?:y|ies)|load\w*|scor\w*|rank\w*|predict\w*|infer\w*|serv\w*|writes?|reads?|stor\w*|process\w*|run\w*|generat\w*|collects?|passes|forward\w*)\b/);
const PATH = anyOf(
  pattern(/(?:->|→|=>|-->)[^]*(?:->|→|=>|-->)/),
  terms('request path', 'serving path', 'online path', 'inference service', 'inference pipeline', 'model server', 'model serving', 'serving layer', 'prediction service', 'scoring service', 'ranking service', 'invoke model', 'model endpoint'),
  allOf(COMPONENT, ACTION, pattern(/\b(?:models?|predictions?|scores?|features?|rank\w*|recommendations?|results?|candidates?|inference)\b/)),
);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = inContext(PATH, (u) => !unitInSteps(u, ['requirements']));
const ALSO_SETTLED_BY = inContext(allOf(ACTION, pattern(/\b(?:models?|predictions?|features?|results?)\b/)), (u) => unitInSteps(u, ['serving']));

export default defineDocumentRule({
  meta: {
    id: 'serving-architecture',
    step: 'serving',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Describes the request path: how a request fetches features, calls the model and returns results.',
  },
  message: 'No serving architecture: describe the request path (what calls the model, where features come from, what is returned and cached), since that is where latency and failures live.',
  fix: {
    title: 'Describe the serving path',
    snippet: '- **Request path:** ${1:API gateway} → ${2:candidate retrieval} → ${3:feature lookup} → ${4:ranking model} → ${5:re-ranking} → response',
  },
  // A latency requirement names the API it is measured at; it does not describe the path.
  findEvidence: ({ doc }) =>
    findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }) ??
    findEvidence(doc, ALSO_SETTLED_BY, { minOtherWords: 3 }),
});
