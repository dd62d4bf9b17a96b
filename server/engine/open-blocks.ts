// Where code fences and HTML blocks end, found by scanning lines rather than
// parsing: regions.ts uses it to avoid parsing a region again and again while
// looking for the end of a block left open in it.
//
// Neither answer needs to be exact: a fence seen where there is none only
// removes places where a region could have started (regions get larger, never
// wrong), and a block end found too early or too late only costs another try;
// the parse itself decides whether a region is closed.

// A fence line: up to 3 spaces, 3+ backticks or tildes, the rest of the line.
const FENCE = /(?:^|\r\n|\r|\n)( {0,3})(`{3,}|~{3,})([^\r\n]*)/g;

/** Code fences in [from, to) as [start of the opening line, end of the closing line]; an unclosed one ends at `to`. */
export function apparentFences(text: string, from: number, to: number): Array<[number, number]> {
  const fences: Array<[number, number]> = [];
  let open: { start: number; char: string; length: number } | undefined;
  FENCE.lastIndex = from > 0 ? from - 1 : 0;
  for (let m = FENCE.exec(text); m && m.index < to; m = FENCE.exec(text)) {
    const lineStart = m.index + (m[0].length - m[1].length - m[2].length - m[3].length);
    const end = m.index + m[0].length;
    if (lineStart < from) continue;
    const [, , run, rest] = m;
    if (!open) {
      // A backtick fence's info string has no backtick.
      if (run[0] === '`' && rest.includes('`')) continue;
      open = { start: lineStart, char: run[0], length: run.length };
    } else if (run[0] === open.char && run.length >= open.length && rest.trim() === '') {
      fences.push([open.start, Math.min(to, end)]);
      open = undefined;
    }
  }
  if (open) fences.push([open.start, to]);
  return fences;
}

const LINE_END = /\r\n|\r|\n/g;

/** Offset of the start of the line after the one holding `offset` (the text's length on the last line). */
function nextLineStart(text: string, offset: number): number {
  LINE_END.lastIndex = offset;
  const m = LINE_END.exec(text);
  return m ? m.index + m[0].length : text.length;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

// The HTML block kinds of CommonMark (4.6) that end at a marker, with it.
const HTML_ENDS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/gi],
  [/^ {0,3}<!--/, /-->/g],
  [/^ {0,3}<\?/, /\?>/g],
  [/^ {0,3}<![A-Za-z]/, />/g],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/g],
];
const BLANK_LINE = /(?:^|\r\n|\r|\n)[ \t]*(?=\r\n|\r|\n|$)/g;

/**
 * Where a block that starts at `blockStart` and is still open at
 * `searchFrom` (a line start) ends: the start of the line after its last
 * line; Infinity when it runs to the end of the text.
 */
export function openBlockEnd(text: string, type: 'code' | 'html', blockStart: number, searchFrom: number): number {
  const lineStart = lineStartOf(text, blockStart);
  const firstLine = text.slice(lineStart, nextLineStart(text, lineStart));
  if (type === 'code') {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(firstLine);
    if (!opening) return Infinity;
    const close = new RegExp(`(?:^|\\r\\n|\\r|\\n) {0,3}${opening[1][0]}{${opening[1].length},}[ \\t]*(?=\\r\\n|\\r|\\n|$)`, 'g');
    close.lastIndex = Math.max(0, searchFrom - 1);
    const m = close.exec(text);
    return m ? nextLineStart(text, m.index + m[0].length) : Infinity;
  }
  const kind = HTML_ENDS.find(([start]) => start.test(firstLine));
  // Kinds 6 and 7 end at a blank line (which is not part of them).
  const end = kind ? kind[1] : BLANK_LINE;
  end.lastIndex = kind ? searchFrom : Math.max(0, searchFrom - 1);
  const m = end.exec(text);
  if (!m) return Infinity;
  return kind ? nextLineStart(text, m.index + m[0].length) : m.index + m[0].length;
}
