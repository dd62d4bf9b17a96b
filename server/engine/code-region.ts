// A region that is one fenced code block and nothing else (blank lines and
// thematic breaks after it at most: a `---` under a diagram before the next
// heading is common, and is no region start) needs no parse: micromark's tree
// for it is known. Long
// code blocks get regions of their own (regions.ts), so typing in one costs
// a line scan here instead of a parse of the block. The tree is the one
// micromark makes, positions and value included; the info string is parsed
// on its own (it may hold escapes and character references).
// test/incremental.test.ts compares it with micromark's on every fence shape.
import type { Code, Root, ThematicBreak } from 'mdast';
import type { Point } from 'unist';
import { parseMarkdown } from './parse.js';

// An opening fence at column 0, its info string and its line break.
const OPENING = /^(`{3,}|~{3,})([^\r\n]*)(\r\n|\r|\n)/;
const TRAILING_BLANK_LINES = /^[ \t\r\n]*$/;
// After the closing fence: blank lines, and thematic breaks at column 0 (three or more of one of - * _,
// spaces and tabs between them only, so that the node ends at the line's last marker). Nothing is open
// after a closed fence, so such a line is a thematic break, never a setext underline or a list item.
// Checked line by line: one regex over the whole tail backtracks exponentially ("\r\n" is one line
// break or two), which regex-safety.test.ts catches.
const LINE_BREAK = /\r\n|\r|\n/;
const BLANK_LINE = /^[ \t]*$/;
const BREAK_LINE = /^(?:-(?:[ \t]*-){2,}|\*(?:[ \t]*\*){2,}|_(?:[ \t]*_){2,})$/;
const onlyBreaksAndBlanks = (tail: string): boolean => tail.split(LINE_BREAK).every((line) => BLANK_LINE.test(line) || BREAK_LINE.test(line));
const THEMATIC_BREAK = /(?:^|\r\n|\r|\n)((?:-(?:[ \t]*-){2,}|\*(?:[ \t]*\*){2,}|_(?:[ \t]*_){2,}))(?=\r|\n|$)/g;

function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** micromark's tree for `text` when it is one closed fenced code block at column 0 and blank lines; undefined otherwise. */
export function codeBlockTree(text: string): Root | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const [openingLine, fence, info, lineBreak] = opening;
  // A backtick fence's info string has no backtick.
  if (fence[0] === '`' && info.includes('`')) return undefined;
  const closing = new RegExp(`(\\r\\n|\\r|\\n) {0,3}${fence[0]}{${fence.length},}[ \\t]*(?=\\r\\n|\\r|\\n|$)`, 'g');
  closing.lastIndex = openingLine.length - lineBreak.length;
  const close = closing.exec(text);
  if (!close) return undefined;
  const end = close.index + close[0].length;
  const tail = text.slice(end);
  const blankTail = TRAILING_BLANK_LINES.test(tail);
  if (!blankTail && !onlyBreaksAndBlanks(tail)) return undefined;
  // The language and meta as micromark reads them from the info string.
  const stub = parseMarkdown(`${openingLine}${fence}\n`).children[0];
  if (stub?.type !== 'code') return undefined;
  const contentStart = openingLine.length;
  const code: Code = {
    type: 'code',
    lang: stub.lang,
    meta: stub.meta,
    value: close.index >= contentStart ? text.slice(contentStart, close.index) : '',
    position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(text, end) },
  };
  const children: Array<Code | ThematicBreak> = [code];
  if (!blankTail) {
    THEMATIC_BREAK.lastIndex = end;
    for (let m = THEMATIC_BREAK.exec(text); m; m = THEMATIC_BREAK.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      children.push({ type: 'thematicBreak', position: { start: pointAt(text, start), end: pointAt(text, start + m[1].length) } });
    }
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(text, text.length) } };
}
