// Fences with no language (or `text`, `ascii`): an ASCII/box-drawing
// diagram, plain text (prose, back-of-envelope sums, lists), or code, told
// apart by their characters. A diagram row (a line with frame characters)
// is read as the words inside its boxes and on its arrows, with " → " where
// an arrow lies between two pieces and " | " between boxes side by side;
// any other line is read as the text it is.
import { gatherUnits, newDraft, put, take, takeCollapsed, type Draft } from './draft.js';
import { isWordChar } from './code-tokens.js';

export type TextFenceKind = 'diagram' | 'text' | 'code';

export interface TextPiece {
  draft: Draft;
  start: number;
  end: number;
}

const isBoxDrawing = (code: number): boolean => (code >= 0x2500 && code <= 0x259f) || (code >= 0x25a0 && code <= 0x25ff);
const ARROW_SYMBOLS = '→←↑↓⇒⇐⟶⟵▶◀►◄';

/** Lines of value, as [start, end) without the line break. */
function lines(value: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let start = 0;
  for (;;) {
    const newline = value.indexOf('\n', start);
    const end = newline === -1 ? value.length : newline;
    found.push([start, end > start && value[end - 1] === '\r' ? end - 1 : end]);
    if (newline === -1) return found;
    start = newline + 1;
  }
}

/** A line drawn with box characters, `|`, or ASCII corners (`+--`, `--+`). */
function hasFrame(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = value[i];
    if (isBoxDrawing(value.charCodeAt(i)) || ch === '|') return true;
    if (ch === '+' && (value[i + 1] === '-' || value[i + 1] === '=' || value[i - 1] === '-' || value[i - 1] === '=')) return true;
  }
  return false;
}

/**
 * A flow written as a chain of arrows without boxes ("User -> Gateway -> Ranker -> Response",
 * "[Client] --> [Feed API] --> [Model]"): two arrows or more between words. One arrow is
 * not enough: `(x) => x + 1` is code.
 */
function isFlowChain(line: string): boolean {
  return (line.match(/[\p{L}\p{N}\])\s]\s*(?:-{1,2}>|={1,2}>|[→⇒⟶])\s*[\p{L}\p{N}[(]/gu)?.length ?? 0) >= 2;
}

/** Keywords that start a line of code in the languages people leave unlabelled. */
const CODE_START = /^\s*(?:def|class|import|from|return|if|elif|for|while|function|const|let|var|public|private|package|func|select|insert|create|#include)\b/i;

/** A line that reads as code: it starts with a keyword, ends like a statement or block, or compares/chains like code. */
function isCodeLine(line: string): boolean {
  const trimmed = line.trimEnd();
  const last = trimmed[trimmed.length - 1];
  return CODE_START.test(trimmed) || last === ';' || last === '{' || last === '}' || trimmed.endsWith('):') || /==|!=|&&|\|\||=>/.test(trimmed);
}

/** What a language-less fence holds. */
export function classifyTextFence(value: string): TextFenceKind {
  let code = 0;
  let chains = 0;
  let nonBlank = 0;
  for (const [from, to] of lines(value)) {
    if (hasFrame(value, from, to)) return 'diagram';
    const line = value.slice(from, to);
    if (line.trim() === '') continue;
    nonBlank++;
    if (isFlowChain(line)) chains++;
    else if (isCodeLine(line)) code++;
  }
  // A fence that is mostly chains of arrows is a flow drawn without boxes; one chain among sums is a note.
  if (nonBlank > 0 && chains * 2 >= nonBlank) return 'diagram';
  return nonBlank > 0 && code * 2 >= nonBlank ? 'code' : 'text';
}

/**
 * Plain text in a fence: one unit per line, except that a line wrapped in
 * the middle of a sentence (it ends in a letter or comma and the next starts
 * in lower case) goes on into the next.
 */
export function textLines(value: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const unit = gatherUnits((draft, start, end) => pieces.push({ draft, start, end }));
  const all = lines(value);
  all.forEach(([from, to], k) => {
    if (value.slice(from, to).trim() === '') return unit.flush();
    unit.add(from, to, (draft) => {
      if (draft.chars.length > 0) put(draft, ' ');
      takeCollapsed(draft, value, from, to);
    });
    const next = all[k + 1];
    if (!next || !wrapsInto(value, to, next[0], next[1])) unit.flush();
  });
  unit.flush();
  return pieces;
}

function wrapsInto(value: string, lineEnd: number, nextFrom: number, nextTo: number): boolean {
  let i = lineEnd - 1;
  while (i >= 0 && (value[i] === ' ' || value[i] === '\t')) i--;
  const last = value[i] ?? '';
  let j = nextFrom;
  while (j < nextTo && (value[j] === ' ' || value[j] === '\t')) j++;
  const first = value[j] ?? '';
  return (last === ',' || /\p{Ll}/u.test(last)) && /\p{Ll}/u.test(first);
}

/** A diagram fence: rows with frames read as boxes and arrows, other lines as text. */
export function diagramRows(value: string): TextPiece[] {
  const rows: TextPiece[] = [];
  for (const [from, to] of lines(value)) {
    if (hasFrame(value, from, to) || isFlowChain(value.slice(from, to))) {
      const row = readRow(value, from, to);
      if (row) rows.push(row);
    } else if (/[\p{L}\p{N}]/u.test(value.slice(from, to)) && !isLoneArrowLetter(value.slice(from, to).trim())) {
      const draft = newDraft();
      takeCollapsed(draft, value, from, to);
      rows.push({ draft, start: from, end: to });
    }
  }
  return rows;
}

/** `-`, `=`, `_`, `~`, `.` draw a line in a run of two or more, or beside an arrow head or a corner. */
function isLineRun(value: string, i: number): boolean {
  const ch = value[i];
  const near = (c: string | undefined): boolean => c === ch || c === '<' || c === '>' || c === '+' || c === '|' || (c !== undefined && (isBoxDrawing(c.charCodeAt(0)) || ARROW_SYMBOLS.includes(c)));
  return near(value[i - 1]) || near(value[i + 1]);
}

function readRow(value: string, from: number, to: number): TextPiece | undefined {
  const isText = (i: number): boolean => {
    const ch = value[i];
    const code = value.charCodeAt(i);
    if (code === 32 || code === 9 || ch === '|' || isBoxDrawing(code) || ARROW_SYMBOLS.includes(ch)) return false;
    if (ch === '-' || ch === '=' || ch === '_' || ch === '~' || ch === '.') return (isWordChar(value, i - 1) && isWordChar(value, i + 1)) || !isLineRun(value, i);
    if (ch === '+') return !'-=|+'.includes(value[i - 1] ?? ' ') && !'-=|+'.includes(value[i + 1] ?? ' ');
    // `->`, `<-`, `=>`: arrow heads; a lone `<` / `>` between spaces is a comparison.
    if (ch === '<' || ch === '>') return !'-=~<>.'.includes(value[i - 1] ?? ' ') && !'-=~<>.'.includes(value[i + 1] ?? ' ');
    return true;
  };
  const pieces: Array<[number, number]> = [];
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
    const piece = value.slice(start, end);
    if (/[\p{L}\p{N}]/u.test(piece) && !isLoneArrowLetter(piece)) pieces.push([start, end]);
    i = end;
  }
  if (pieces.length === 0) return undefined;
  const draft = newDraft();
  pieces.forEach(([start, end], k) => {
    if (k > 0) put(draft, joinerBetween(value, pieces[k - 1][1], start));
    take(draft, value, start, end);
  });
  return { draft, start: pieces[0][0], end: pieces[pieces.length - 1][1] };
}

/** "v", "V" or "^" alone: an arrow head. */
function isLoneArrowLetter(piece: string): boolean {
  return piece === 'v' || piece === 'V' || piece === '^';
}

function joinerBetween(value: string, from: number, to: number): string {
  const between = value.slice(from, to);
  if (/[>→⇒▶►⟶]/.test(between)) return ' → ';
  if (/[<←⇐◀◄⟵]/.test(between)) return ' ← ';
  return ' | ';
}
