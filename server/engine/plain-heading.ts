// Headings written as plain lines. Docs pasted from Word, Feishu, Yuque or
// Notion often keep their outline without Markdown '#': a numbered title alone
// on a line ("一、业务目标", "（二）数据来源", "2.1 模型选择") or a paragraph that is
// nothing but bold text ("**Business goals**", "**Метрики**", "**二、模型选择**").
// Such a line heads what follows it as an ATX heading would, so fragment.ts
// makes it a heading: a section with its steps, a heading unit that can name a
// concept, a place for findings and quick fixes.
//
// The test reads the paragraph alone (no neighbour), so a region parsed on its
// own makes the same headings as the whole document (regions.ts).
import type { List, Paragraph } from 'mdast';

/**
 * Levels given to plain headings. They are context-free, so they sit below the
 * levels ATX headings use in design docs (1–3): a plain heading under "## Data"
 * is a sub-section of it, and the next "##" closes it. The numbering's own
 * hierarchy orders them: 一、 over （一） over 1.1 (and a bold line).
 */
const CHAPTER_LEVEL = 4;
const SUB_LEVEL = 5;
const NUMBERED_LEVEL = 6;
const BOLD_LEVEL = 6;

// A Chinese ordinal and its comma ("一、", "十二．"), or a chapter/part word ("第三章", "第二部分").
const CHAPTER = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十\d]{1,3}\s*[章部篇节])\s*(?=\S)/u;
// A bracketed ordinal: "（二）", "(3)".
const SUB = /^[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]\s*(?=\S)/u;
// A number with a Chinese comma or full stop ("1、", "2．") or dotted ("2.1", "3.2.1."): "1. " is a list marker.
const NUMBERED = /^(?:\d{1,2}\s*[、．]|\d{1,2}(?:[.．]\d{1,2}){1,3}[.．、]?)\s*(?=\S)/u;
/** Sentence or clause punctuation: a line holding it says something, it does not name a part. */
const SENTENCE_MARK = /[.。!！?？;；,，:：]\s*$|[.。!！?？;；]\s|[,，;；。！？]/u;
// A subject or a finite verb: "**We will not use deep learning**" is a statement set in bold, not a title.
const CLAUSE = /\b(?:we|i|you|they|will|must|should|is|are|was|were|do|does|don't|can't|won't)\b|(?:^|[^\p{L}])(?:мы|я|будет|будем|нужно|надо|не|является)(?![\p{L}])|我们|我会|我将/iu;
// After a colon inside the title, a subtitle of three words or eight Han characters at most ("Step 1: Data").
const LONG_AFTER_COLON = /[:：]\s*(?:(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){3}[\p{L}\p{N}]|(?:\p{Script=Han}[^:：]*){9})/u;
const PLACEHOLDER = /^(?:tbd|todo|fixme|xxx|n\/a|待定|待补充|暂无)$/iu;
const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a title is short enough to be one: eight words, or twenty Han characters. */
function isShort(title: string): boolean {
  const han = title.match(HAN)?.length ?? 0;
  const words = title.replace(HAN, ' ').match(WORD)?.length ?? 0;
  return han <= 20 && words <= 8 && han + words > 0;
}

/** Whether the paragraph's only content is one bold span ("**Metrics**"), blanks aside. */
function isBoldOnly(paragraph: Paragraph): boolean {
  // An HTML comment beside the bold ("**Metrics** <!-- note -->") is not text the reader sees.
  const children = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && !(child.type === 'html' && child.value.startsWith('<!--')));
  return children.length === 1 && children[0].type === 'strong';
}

/**
 * The level of the heading a top-level paragraph is, when it is a plain-line
 * heading; undefined for any other paragraph. `plain` is its text as read.
 * Not one: a bold lead-in followed by a sentence ("**Note:** we retrain
 * daily" has text after the bold), a label ending in a colon (a list's
 * introduction, read as such by the judge), a line with sentence punctuation
 * ("**We ship the popularity list first.**"), a long line, a placeholder.
 */
export function plainHeadingLevel(paragraph: Paragraph, plain: string): number | undefined {
  const title = plain.trim();
  if (title.includes('\n') || !isShort(title) || PLACEHOLDER.test(title)) return undefined;
  const numbered = CHAPTER.test(title) ? CHAPTER_LEVEL : SUB.test(title) ? SUB_LEVEL : NUMBERED.test(title) ? NUMBERED_LEVEL : undefined;
  const bold = isBoldOnly(paragraph);
  if (numbered === undefined && !bold) return undefined;
  // The words after the numbering are the title: they, not the numbering's marks, must read as one.
  const words = title.replace(CHAPTER, '').replace(SUB, '').replace(NUMBERED, '');
  if (words.length === 0 || SENTENCE_MARK.test(words) || PLACEHOLDER.test(words) || CLAUSE.test(words) || LONG_AFTER_COLON.test(words)) return undefined;
  return numbered ?? BOLD_LEVEL;
}

/**
 * The paragraph of an ordered list of one item that is a Chinese plain-line heading: "1. 背景" alone on
 * its line, then the text under it. Markdown reads "1. " as a list marker, so a numbered outline pasted
 * from Feishu or Word ("1. 背景", "2. 方案") becomes one-item lists between paragraphs. Only a short
 * Han title counts (an item of an English or Russian list is as often a step or a decision), with no
 * sentence mark or subject; the list alone decides it, like a paragraph (regions.ts).
 */
export function oneItemListTitle(list: List): Paragraph | undefined {
  if (!list.ordered || list.children.length !== 1) return undefined;
  const item = list.children[0];
  if (item.checked !== null && item.checked !== undefined) return undefined;
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return undefined;
  return item.children[0];
}

/** Whether `plain`, the text of a one-item list's paragraph, is a Chinese title: a few Han characters, little else. */
export function isHanListTitle(plain: string): boolean {
  const title = plain.trim();
  if (title.includes('\n') || !isShort(title) || PLACEHOLDER.test(title)) return false;
  const han = title.match(HAN)?.length ?? 0;
  const words = title.replace(HAN, ' ').match(WORD)?.length ?? 0;
  return han >= 2 && words <= 2 && !SENTENCE_MARK.test(title) && !CLAUSE.test(title) && !LONG_AFTER_COLON.test(title);
}

/** The level a one-item list heading takes: a numbered title's. */
export const LIST_TITLE_LEVEL = NUMBERED_LEVEL;
