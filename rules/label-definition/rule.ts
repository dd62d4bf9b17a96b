import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence, headingsMatch } from '../../server/engine/evidence.js';
import { anyOf, inContext, pattern, terms } from '../../server/engine/concepts.js';

// A definition links a label to an observable event: "positive: the user
// applied within 7 days", "label = 1 if chargeback", "human raters label …".
// "positive & negative examples" alone names them without defining them.
const DEFINITION = anyOf(
  pattern(/\b(?:positive|negative)s?\b(?:\s+(?:labels?|examples?|samples?|class|instances?|pairs?))?\s*(?:[:=|]|\bif\b|\bwhen\b|\bmeans\b|\bis\b|\bare\b|\bwhere\b|\bdefined\b|\bcorresponds?\b)/),
  pattern(/\b(?:label(?:l?ed)?|mark(?:ed)?|treat(?:ed)?|consider(?:ed)?|count(?:ed)?|serve as|use[ds]? as|taken as)\s+(?:as\s+)?(?:a\s+)?(?:positive|negative)s?\b/),
  pattern(/\b(?:labels?|ground[- ]truth|target variable|y)\s*(?:[:=]|\bis\b|\bare\b|\bcomes?\b|\bcome from\b|\bcollected\b|\bobtained\b|\bderived\b|\bgenerated\b|\bbased on\b|\bdefined\b)/),
  pattern(/\b[01]\s+(?:if|when)\b|=\s*[01]\b[^.]{0,30}\b(?:if|when|otherwise|else)\b|\(\s*\w+\s*=\s*1\s*,/),
  pattern(/\b(?:if|when|once)\b[^.]{0,60}\b(?:positive|negative)\b/),
  pattern(/\blabel\w*\b[^.]{0,60}\bas (?:a |an )?(?:positive|negative|correct|incorrect|relevant|irrelevant|fraud\w*|harmful|spam)\b/),
  pattern(/\b(?:create|generate|build|derive|get|collect)s?\s+labels?\b/),
  terms('human rater*', 'human label*', 'manual label*', 'manually label*', 'annotator*', 'crowdsourc*', 'natural label*', 'implicit feedback', 'explicit feedback', 'weak supervision'),
);

// Under a "Labels" / "Target variable" heading, a plain sentence is the
// definition. (Matchers are built once: evidence is cached per matcher,
// server/engine/fragment-cache.ts.)
const STATEMENT_UNDER_LABEL_HEADING = inContext(pattern(/\w{3,}/), (u) => headingsMatch(u, /\b(labels?|labell?ing|target variables?|ground truth|annotations?)\b/));

export default defineDocumentRule({
  meta: {
    id: 'label-definition',
    step: 'framing',
    severity: 'error',
    appliesTo: 'always',
    description: 'Defines what a positive and a negative example is and how labels are collected.',
  },
  message: 'No label definition: say what counts as a positive and a negative example (click vs apply vs hire) and where labels come from, because the label is what the model actually learns.',
  fix: {
    title: 'Define the labels',
    snippet: '- **Labels:** positive = ${1:the user applied within 7 days of the impression}; negative = ${2:shown but not applied}; collected from ${3:application events}',
  },
  findEvidence: ({ doc }) =>
    findEvidence(doc, DEFINITION, { minOtherWords: 1 }) ?? findEvidence(doc, STATEMENT_UNDER_LABEL_HEADING, { minOtherWords: 3 }),
});
