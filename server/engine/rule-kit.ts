// The rule kit: everything a rule (rules/<id>/*.ts, rules/shared/*.ts) may
// use from the engine, in one module. A rule imports this and its own
// rules/shared/ cue files, nothing else under server/ (checked by
// test/import-graph.test.ts), so the engine can change behind it. Types are
// read-only views: a rule reads the document, it never edits it.
import type { CueSet as EngineCueSet } from './judge/concept.js';
import type { ProseUnit as EngineProseUnit } from './model.js';
import type { FixTranslations as EngineFixTranslations, UnitHit as EngineUnitHit } from './rule-api.js';
import type { Span as EngineSpan } from './text/sentences.js';

// Defining a rule.
export { defineDocumentRule, definePassageRule } from './rule-api.js';
export type FixTranslations = Readonly<EngineFixTranslations>;
export type UnitHit = Readonly<EngineUnitHit>;

// Concept data: cue phrases and their combinations, read by the judge.
export type CueSet = Readonly<EngineCueSet>;

// Matchers over prose units (the older, regex-based rules).
export { NUMBER, allMatches, anyOf, pattern, terms, textPattern } from './concepts.js';
export { sentencesOf, unitInSteps } from './evidence.js';

// The document model, read-only.
export type ProseUnit = Readonly<EngineProseUnit>;
export { headingChain, stepsInScope } from './model.js';

// The text layer: phrases, polarity, sentences, words.
export { PhraseSet } from './text/phrases.js';
export { PLACEHOLDER_MARKER, coveredBy } from './text/polarity.js';
export type Span = Readonly<EngineSpan>;
export { contentWordCount } from './text/stopwords.js';
export { readingOf } from './text/unit-text.js';
