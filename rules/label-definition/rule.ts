import { defineDocumentRule } from '../../server/engine/rule-api.js';
import {
  AS_WORD, BASED_ON, BINARY_VALUES, CORRECT_ANSWER, DEFINED_AS, FEEDBACK_SIGNALS, JUDGED_AGAINST, JUDGES, LABEL_CLASSES, LABEL_CONDITIONS, LABEL_EVENTS, LABEL_ORIGIN, LABEL_USE, LABEL_WORDS, MARKED_AS, NOT_LABEL_CLASSES,
} from '../shared/label-cues.js';

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
  // A label is tied to something observable: a positive or negative example
  // defined by an event ("positive: the member applied within 7 days"), a label
  // or target defined or sourced ("labels come from chargebacks", "the target
  // is the actual delivery time measured from …"), the people or models whose
  // judgements are the labels (human raters, annotators, an LLM judge), or, for
  // a generative system, what a correct answer is. Naming "positive and
  // negative examples" without saying what they are, or a "positive impact",
  // is not.
  concept: {
    parts: {
      classes: { cues: LABEL_CLASSES },
      label: { cues: LABEL_WORDS },
      event: { cues: LABEL_EVENTS },
      condition: { cues: LABEL_CONDITIONS },
      definedAs: { cues: DEFINED_AS },
      markedAs: { cues: MARKED_AS },
      as: { cues: AS_WORD },
      origin: { cues: LABEL_ORIGIN },
      basedOn: { cues: BASED_ON },
      binary: { cues: BINARY_VALUES },
      judges: { cues: JUDGES },
      signal: { cues: FEEDBACK_SIGNALS },
      use: { cues: LABEL_USE },
      correct: { cues: CORRECT_ANSWER },
      against: { cues: JUDGED_AGAINST },
    },
    // Two parts together are a statement however short ("Positive: applied within 7 days").
    settledBy: [
      { parts: ['classes', 'event'], weight: 0.85, minOtherWords: 0 },
      { parts: ['classes', 'definedAs'], weight: 0.8, minOtherWords: 0 },
      { parts: ['classes', 'markedAs'], weight: 0.75, minOtherWords: 0 },
      { parts: ['label', 'classes', 'as'], weight: 0.75, minOtherWords: 0 },
      { parts: ['correct', 'classes'], weight: 0.8, minOtherWords: 0 },
      { parts: ['label', 'origin'], weight: 0.85, minOtherWords: 0 },
      { parts: ['label', 'definedAs'], weight: 0.8, minOtherWords: 0 },
      { parts: ['label', 'basedOn', 'event'], weight: 0.8, minOtherWords: 0 },
      { parts: ['label', 'event', 'condition'], weight: 0.85, minOtherWords: 0 },
      { parts: ['markedAs', 'event'], weight: 0.75, minOtherWords: 0 },
      { parts: ['binary', 'event'], weight: 0.85, minOtherWords: 0 },
      { parts: ['binary', 'label'], weight: 0.8, minOtherWords: 0 },
      { parts: ['judges'], weight: 0.8 },
      { parts: ['signal', 'use'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'definedAs'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'markedAs'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'judges'], weight: 0.85, minOtherWords: 0 },
      { parts: ['correct', 'origin'], weight: 0.8, minOtherWords: 0 },
      { parts: ['correct', 'against'], weight: 0.85, minOtherWords: 0 },
    ],
    headings: {
      en: ['label*', 'labeling', 'labelling', 'ground truth', 'target variable*', 'target definition', 'annotation*', 'training examples', 'positive … negative …'],
      ru: ['разметк*', 'целев* переменн*', 'таргет*', 'метк*', 'определени* таргет*'],
      zh: ['标签', '样本构建', '正负样本', '标注', '样本定义'],
    },
    exclude: NOT_LABEL_CLASSES,
    minOtherWords: 1,
  },
});
