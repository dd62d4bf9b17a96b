// Fences with no language (or `text`, `ascii`): an ASCII/box-drawing
// diagram, plain prose, or code, told apart by their characters. A diagram
// is read row by row: the words inside boxes and on arrows, with " → " where
// an arrow lies between two pieces and " | " between boxes side by side.
import { newDraft, put, take, takeCollapsed, type Draft } from './draft.js';
import { isWordChar } from './code-tokens.js';

export type TextFenceKind = 'diagram' | 'prose' | 'code';

const isBoxDrawing = (code: number): boolean => (code >= 0x2500 && code <= 0x259f) || (code >= 0x25a0 && code <= 0x25ff);
const ARROW_SYMBOLS = '→←↑↓⇒⇐⟶⟵▶◀►◄';

/** What a language-less fence holds, from its characters. */
export function classifyTextFence(value: string): TextFenceKind {
  let codeLike = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const code = value.charCodeAt(i);
    if (isBoxDrawing(code) || ARROW_SYMBOLS.includes(ch)) return 'diagram';
    const next = value[i + 1];
    if ((ch === '+' && (next === '-' || next === '=')) || (ch === '-' && (next === '>' || next === '+')) || (ch === '<' && next === '-') || (ch === '=' && next === '>')) return 'diagram';
    if (ch === '{' || ch === '}' || ch === '=' || (ch === ';' && (next === '\n' || next === undefined)) || (ch === '(' && i > 0 && isWordChar(value, i - 1))) codeLike = true;
  }
  return codeLike ? 'code' : 'prose';
}

/** Prose in a fence: one unit per paragraph (blank-line separated), lines joined by spaces. */
export function proseParagraphs(value: string): Array<{ draft: Draft; start: number; end: number }> {
  const paragraphs: Array<{ draft: Draft; start: number; end: number }> = [];
  let start = -1;
  let lineStart = 0;
  const close = (end: number): void => {
    if (start < 0) return;
    const draft = newDraft();
    takeCollapsed(draft, value, start, end);
    paragraphs.push({ draft, start, end });
    start = -1;
  };
  while (lineStart <= value.length) {
    const newline = value.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? value.length : newline;
    const blank = value.slice(lineStart, lineEnd).trim() === '';
    if (blank) close(lineStart);
    else if (start < 0) start = lineStart;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  close(value.length);
  return paragraphs;
}

/** Characters that draw lines, whatever their neighbours. */
function isLineChar(code: number): boolean {
  return isBoxDrawing(code) || code === 124 /* | */ || code === 43 /* + */;
}

/** `-`, `=`, `_`, `~`, `*`, `#` draw lines unless they join two word characters (real-time, user_id). */
function isJoinChar(ch: string): boolean {
  return ch === '-' || ch === '=' || ch === '_' || ch === '~' || ch === '*' || ch === '#';
}

/** A diagram row as units: one per line that has words. */
export function diagramRows(value: string): Array<{ draft: Draft; start: number; end: number }> {
  const rows: Array<{ draft: Draft; start: number; end: number }> = [];
  let lineStart = 0;
  while (lineStart <= value.length) {
    const newline = value.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? value.length : newline;
    const row = readRow(value, lineStart, lineEnd);
    if (row) rows.push(row);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return rows;
}

interface Piece {
  start: number;
  end: number;
}

function readRow(value: string, from: number, to: number): { draft: Draft; start: number; end: number } | undefined {
  const pieces: Piece[] = [];
  const isText = (i: number): boolean => {
    const ch = value[i];
    const code = value.charCodeAt(i);
    if (code === 32 || code === 9 || code === 13 || isLineChar(code) || ARROW_SYMBOLS.includes(ch)) return false;
    if (isJoinChar(ch)) return i > from && i + 1 < to && isWordChar(value, i - 1) && isWordChar(value, i + 1);
    // `->`, `<-`, `=>`, `>>`: arrow heads; a lone `<` / `>` between spaces is a comparison.
    if (ch === '<' || ch === '>') return !(isJoinChar(value[i - 1] ?? ' ') || isJoinChar(value[i + 1] ?? ' ') || '<>'.includes(value[i - 1] ?? ' ') || '<>'.includes(value[i + 1] ?? ' '));
    return true;
  };
  let i = from;
  while (i < to) {
    if (!isText(i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    // A piece goes on over single spaces: "Feature store" is one piece, "A    B" two.
    while (end < to && (isText(end) || (value[end] === ' ' && end + 1 < to && isText(end + 1)))) end++;
    if (/[\p{L}\p{N}]/u.test(value.slice(start, end)) && !isLoneArrowLetter(value, start, end)) pieces.push({ start, end });
    i = end;
  }
  if (pieces.length === 0) return undefined;
  const draft = newDraft();
  pieces.forEach((piece, k) => {
    if (k > 0) put(draft, joinerBetween(value, pieces[k - 1].end, piece.start));
    take(draft, value, piece.start, piece.end);
  });
  return { draft, start: pieces[0].start, end: pieces[pieces.length - 1].end };
}

/** "v" or "V" alone: a downward arrow head. */
function isLoneArrowLetter(value: string, start: number, end: number): boolean {
  return end - start === 1 && (value[start] === 'v' || value[start] === 'V' || value[start] === '^');
}

function joinerBetween(value: string, from: number, to: number): string {
  const between = value.slice(from, to);
  if (/[>→⇒▶►⟶]/.test(between)) return ' → ';
  if (/[<←⇐◀◄⟵]/.test(between)) return ' ← ';
  return ' | ';
}
