// Glossary entries that only define a term (docs/judgement.md "Section"): "Cold start — a problem that
// occurs when a new user has no history", «Утечка данных — ситуация, когда …», 「冷启动：指新用户没有历史数据的问题」.
// Defining a term is not handling it, so such an entry weighs as little as a deferred plan. An entry that
// goes on to say what this design does ("…; new users get the top-50 articles", "… Ours runs nightly", "we …")
// is read as any statement, and so is a glossary row with a column of its own for the term's role in the design
// (table-rows.ts reads term tables by their headers).
import type { Section, ProseUnit } from '../model.js';
import { PhraseSet } from '../text/phrases.js';
import { GLOSSARY_HEADING_ALONE, GLOSSARY_SECTION } from './section-data.js';

const GLOSSARY = new PhraseSet(Object.values(GLOSSARY_SECTION).flatMap((list) => [...(list ?? [])]));
const HEADING_ALONE: ReadonlySet<string> = new Set(Object.values(GLOSSARY_HEADING_ALONE).flat());

/** Marks around a heading's words: emphasis, hashes, spaces, and after them a colon or a full stop. */
const LEAD_MARK = /[\s*_#]/u;
const END_MARK = /[\s*_:：.。]/u;
/** One numbering before a heading's words ("3.", "2.1", "一、", "（二）", "IV."): one pass, no nested repetition. */
const NUMBERING = /^(?:(?:\d+(?:\.\d+)*\.?|[ivx]{1,5}[.)])(?=[\s*_]|$)|\d+(?:\.\d+)*[、)）]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,4}[)）])/iu;

/**
 * A heading's words without its numbering, emphasis and end marks, lower-cased: "3. Definitions:" → "definitions".
 * Trimmed by index, not by a regex with a repeated group: a heading of a thousand "*" must stay linear.
 */
export function headingWords(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEAD_MARK.test(text[start])) start++;
  const numbering = NUMBERING.exec(text.slice(start, Math.min(end, start + 16)));
  if (numbering) start += numbering[0].length;
  while (start < end && LEAD_MARK.test(text[start])) start++;
  while (end > start && END_MARK.test(text[end - 1])) end--;
  return text.slice(start, end).toLowerCase();
}

/** Whether the heading names a glossary: one of the cues, or one of the words alone ("Definitions", «Термины», 「术语」). */
function headingIsGlossary(heading: ProseUnit): boolean {
  if (HEADING_ALONE.has(headingWords(heading.text))) return true;
  return GLOSSARY.matches(heading.text, heading.norm, heading.tokens).length > 0;
}

const glossaries = new WeakMap<Section, boolean>();

/** Whether a section, or one it is nested in, is a glossary: a function of its heading chain. */
export function isGlossarySection(section: Section): boolean {
  let glossary = glossaries.get(section);
  if (glossary === undefined) {
    const heading = section.units.find((u) => u.kind === 'heading');
    glossary = (heading !== undefined && headingIsGlossary(heading)) || (section.parent !== undefined && isGlossarySection(section.parent));
    glossaries.set(section, glossary);
  }
  return glossary;
}

/**
 * Where a definition's term ends and its gloss begins: a dash or colon ("Cold start — …", "Leakage: …",
 * «Дрейф — …», 「冷启动：…」), a copula that defines ("… is the tendency of …", "… means …", "… refers to …",
 * «… — это …», 「…是指…」「…指的是…」).
 */
const DEFINES = /\s[—–-]\s|[:：]|\s(?:is|are)\s(?:a|an|the|when|where|how|what)\s|\s(?:means|denotes|refers to|stands for)\s|\s—\s?это\s|\sэто\s|\s(?:означает|называется|обозначает)\s|是指|指的是|即是|：|是一种|是一个|是/u;
/** A term is a name: a few words (a run of Han characters by two characters a word). */
const TERM_WORDS = 6;
/** The design's own voice: an entry that says what we do with the term is a statement ("Ours is …", «у нас …», 「本项目…」). */
const OWN_VOICE = /(?<![\p{L}])(?:we|our|ours|us|i|мы|наш\p{L}*|нам|нас|у нас|я)(?![\p{L}])|我们|本项目|本系统|本设计|本方案|本文|在本|this (?:design|system|project|service|doc(?:ument)?)|(?:в|для) (?:этом|нашем|данном) (?:проекте|сервисе|дизайне|решении)/iu;
/** A second clause after a semicolon goes on from the definition to the design ("Cold start — a new user; they get …"). */
const GOES_ON = /[;；]/u;

function termWords(term: string): number {
  const han = term.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = term.replace(/\p{Script=Han}/gu, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words + Math.ceil(han / 2);
}

/** Whether one sentence is "term <defines> gloss": a short name, then a dash, a colon or a defining copula. */
function definesTerm(sentence: string): boolean {
  const at = DEFINES.exec(sentence);
  if (!at || at.index === 0) return false;
  const term = sentence.slice(0, at.index);
  return termWords(term) > 0 && termWords(term) <= TERM_WORDS && sentence.slice(at.index + at[0].length).trim().length > 0;
}

const bare = new WeakMap<ProseUnit, boolean>();

/**
 * Whether a list item or paragraph is nothing but definitions: every sentence defines a term, none goes on
 * past a semicolon and none speaks of this design. Read from the unit's own text only, so an incremental
 * lint reads it as a full one does; the glossary heading is part of the region's context (decide.ts).
 */
export function isBareDefinition(unit: ProseUnit): boolean {
  let holds = bare.get(unit);
  if (holds === undefined) {
    holds = (unit.kind === 'list-item' || unit.kind === 'paragraph') && !unit.origin && !GOES_ON.test(unit.text) && !OWN_VOICE.test(unit.text) &&
      unit.words.sentences.every((s) => definesTerm(unit.text.slice(s.start, s.end).trim()));
    bare.set(unit, holds);
  }
  return holds;
}
