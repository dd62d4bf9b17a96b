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
 * "[Client] --> [Feed API] --> [Model]"): two arrows or more between words, or one drawn arrow
 * whose shaft is two strokes or more ("[Nightly job] ---> [Scores table]", "logs --Kafka--> HDFS")
 * or a Unicode arrow. One short arrow is not enough: `(x) => x + 1` and `p->next` are code.
 */
function isFlowChain(line: string): boolean {
  const arrows = line.match(/[\p{L}\p{N}\])\s]\s*(?:-+>|=+>|[→⇒⟶])\s*[\p{L}\p{N}[(]/gu) ?? [];
  return arrows.length >= 2 || arrows.some((arrow) => /--|==|[→⇒⟶]/.test(arrow));
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

/**
 * A diagram fence: rows with frames read as boxes and arrows, other lines as text. Pieces
 * one above the other with only a vertical line between them ("|", "v", "▼") are one flow:
 * "Redis" over "|", "features at request time", "v" and "Scoring service" reads
 * "Redis → features at request time → Scoring service".
 */
export function diagramRows(value: string): TextPiece[] {
  const rows: TextPiece[] = [];
  const all = lines(value);
  // The arrow a line of vertical strokes draws from the piece above to the next one, and the strokes' columns.
  let down: string | undefined;
  let downAt: number[] = [];
  // The piece a vertical line below it starts from: the last one pushed, not an arrow's label beside it;
  // `aboveSpan`, the columns of the last piece joined to it.
  let above: TextPiece | undefined;
  let aboveSpan: [number, number] = [0, 0];
  const push = (piece: TextPiece): void => {
    const span = spanColumns(value, piece);
    if (down && above && downAt.some((column) => within(column, span))) {
      put(above.draft, down);
      above.draft.chars.push(...piece.draft.chars);
      above.draft.from.push(...piece.draft.from);
      above.end = piece.end;
    } else rows.push((above = piece));
    aboveSpan = span;
    down = undefined;
  };
  for (let k = 0; k < all.length; k++) {
    const [from, to] = all[k];
    const line = value.slice(from, to);
    if (VERTICAL_ONLY.test(line)) {
      // One stroke, or an arrow head: a line between two pieces. Two strokes or more and no head ("│        │")
      // are as often the sides of a box with a blank line inside as parallel lines; they neither join nor end.
      // Only a line under the piece above joins it: a bus line down the side of a column of boxes ("│" far to the
      // right of "Redis", "Model", "Prometheus", each fed from a box above) is no flow from one box to the next.
      const strokes = strokeColumns(value, from, to);
      if (above && (/[vV▼↓^▲↑]/.test(line) || line.replace(/\s/g, '').length === 1) && strokes.some((column) => within(column, aboveSpan))) {
        down = /[↑^▲]/.test(line) && !/[↓vV▼]/.test(line) ? ' ← ' : ' → ';
        downAt = strokes;
      }
      continue;
    }
    if (hasFrame(value, from, to) || isFlowChain(line)) {
      const band = boxBand(value, all, k);
      if (band) {
        push(band.piece);
        k = band.last;
        continue;
      }
      const pieces = rowPieces(value, from, to);
      // Words on a box's top or bottom border ("┌─────┐  batch  ┌────┐") label the arrow beside them: a unit of their own,
      // and a vertical line above goes on past them into the box.
      if (pieces.length > 0 && CORNERED_RUN.test(line)) rows.push(joinPieces(value, pieces));
      else if (pieces.length > 0) push(joinPieces(value, pieces));
      // A border ("+-----+") carries a vertical line on into the box under it; anything else drawn ends it.
      else if (!isBorder(value, from, to)) down = undefined;
    } else if (/[\p{L}\p{N}]/u.test(line) && !isLoneArrowLetter(line.trim())) {
      const draft = newDraft();
      takeCollapsed(draft, value, from, to);
      push({ draft, start: from, end: to });
    }
  }
  return rows;
}

/** A vertical line is under a piece when it lies within the piece's words or a box's margin around them. */
const BOX_MARGIN = 4;
const within = (column: number, [from, to]: [number, number]): boolean => column >= from - BOX_MARGIN && column < to + BOX_MARGIN;

/** Display columns a piece's words take on its first line (a box label over several lines: its first row). */
function spanColumns(value: string, piece: TextPiece): [number, number] {
  const lineStart = value.lastIndexOf('\n', piece.start - 1) + 1;
  const newline = value.indexOf('\n', piece.start);
  const lineEnd = Math.min(newline < 0 ? value.length : newline, piece.end);
  const columns = columnsOf(value, lineStart, lineEnd);
  // Up to its last word on that line, not the frame and arrows drawn after it ("Redis   │◄──────┤").
  let last = Math.max(piece.start, lineEnd - 1);
  while (last > piece.start && !/[\p{L}\p{N})\]]/u.test(value[last])) last--;
  // Inside a box, the box's sides: a line from a wide box's edge ("│ Kafka topic: transactions │" under "│ Source │")
  // may lie well off its centred label.
  let first = piece.start;
  let left = first - 1;
  while (left >= lineStart && value[left] === ' ') left--;
  if (left >= lineStart && isSide(value[left])) first = left;
  let right = last + 1;
  while (right < value.length && value[right] === ' ') right++;
  if (right < value.length && isSide(value[right])) last = right;
  const rowColumns = last - lineStart < columns.length ? columns : columnsOf(value, lineStart, last + 1);
  return [rowColumns[first - lineStart] ?? 0, (rowColumns[last - lineStart] ?? 0) + width(value.charCodeAt(last))];
}

/** Display columns of the strokes and arrow heads on a line of vertical strokes. */
function strokeColumns(value: string, from: number, to: number): number[] {
  const columns = columnsOf(value, from, to);
  const strokes: number[] = [];
  for (let i = from; i < to; i++) if (!/\s/.test(value[i])) strokes.push(columns[i - from]);
  return strokes;
}

/** A box's corner beside a horizontal line: the line is a box's top or bottom border. */
const CORNERED_RUN = /[┌┐└┘╭╮╰╯+][─━═-]{2}|[─━═-]{2}[┌┐└┘╭╮╰╯+]/;

/** A line of vertical strokes and arrow heads only, one or more ("    |", "  v        v", "   ▼"). */
const VERTICAL_ONLY = /^[\s|│┃║vV▼↓^▲↑]*[|│┃║▼↓▲↑][\s|│┃║vV▼↓^▲↑]*$|^\s*[vV^](?:\s+[vV^|])*\s*$/;

/** A vertical stroke of a box's side. */
const isSide = (ch: string | undefined): boolean => ch === '|' || ch === '│' || ch === '┃' || ch === '║' || ch === '+' || ch === '├' || ch === '┤';

/** Display width of a character: East Asian wide characters take two columns, as in a monospace font. */
function width(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ? 2 : 1;
}

/** A frame line with no words: a box's top or bottom border ("+------+", "└──────┘"). */
function isBorder(value: string, from: number, to: number): boolean {
  const line = value.slice(from, to);
  return hasFrame(value, from, to) && !/[\p{L}\p{N}]/u.test(line) && /--|==|[─━═]/.test(line);
}

/** A box label wraps over a few short lines; more lines, or longer ones, are a panel of statements. */
const MAX_LABEL_LINES = 4;
const MAX_LABEL_LINE = 40;
const LIST_MARK = /^(?:[-*•·]\s|\d+[.)]\s)/;

interface Boxed {
  start: number;
  end: number;
  /** Display columns of the sides around the piece on its line (-1: none on that side). */
  left: number;
  right: number;
  /** A tree's branch drawn from the left side to the words ("├── DeepFM", "|-- a"): an item of a list, not a label's line. */
  branch: boolean;
}

/**
 * Words written over several lines of one box ("| Nightly |" over "| batch   |") are one
 * label: a run of two or more frame rows with words, closed by a border line above and
 * below, whose pieces keep the same sides from row to row, is read as one unit — each box's
 * lines joined by a space, boxes left to right with " → " where an arrow lies between them
 * on any of the rows. Not when two pieces of a row share a side: that is a table
 * ("| Precision | 0.91 |"), whose rows are records and are read one by one.
 */
function boxBand(value: string, all: ReadonlyArray<[number, number]>, first: number): { piece: TextPiece; last: number } | undefined {
  if (first === 0 || !isBorder(value, ...all[first - 1])) return undefined;
  const rows: Boxed[][] = [];
  let k = first;
  for (; k < all.length; k++) {
    const [from, to] = all[k];
    if (isBorder(value, from, to) || !hasFrame(value, from, to)) break;
    const pieces = rowPieces(value, from, to);
    if (pieces.length === 0) break;
    const columns = columnsOf(value, from, to);
    const boxed = pieces.map(([start, end]): Boxed => {
      let l = start - 1;
      while (l >= from && !isSide(value[l])) l--;
      let r = end;
      while (r < to && !isSide(value[r])) r++;
      return { start, end, left: l >= from ? columns[l - from] : -1, right: r < to ? columns[r - from] : -1, branch: l >= from && ('├└┣┗╠╚'.includes(value[l]) || '-─━═='.includes(value[l + 1])) };
    });
    if (boxed.some((b, i) => i > 0 && b.left >= 0 && b.left === boxed[i - 1].right)) return undefined;
    rows.push(boxed);
  }
  if (rows.length < 2 || rows.length > MAX_LABEL_LINES || k >= all.length || !isBorder(value, ...all[k])) return undefined;
  // A panel of items ("│ ├── DeepFM: Triton │", "| - p99 < 50 ms |") is a list whose lines are statements of their own, not a label.
  if (rows.some((row) => row.some((b) => b.branch || b.end - b.start > MAX_LABEL_LINE || LIST_MARK.test(value.slice(b.start, b.end))))) return undefined;
  // Boxes by their sides, left to right; a piece with a side of its own (a label beside a box) is a box of its own.
  // A side may be a column or two off from row to row: wide Chinese characters drawn in a font that is not quite monospace.
  const near = (a: number, b: number): boolean => (a < 0 || b < 0 ? a === b : Math.abs(a - b) <= 2);
  const boxes: Boxed[][] = [];
  // Rows with as many pieces each: the n-th piece of every row is in the n-th box, however far the sides drift.
  if (rows.every((row) => row.length === rows[0].length)) rows[0].forEach((_, n) => boxes.push(rows.map((row) => row[n])));
  else for (const row of rows) for (const b of row) {
    const box = boxes.find((pieces) => near(pieces[0].left, b.left) && near(pieces[0].right, b.right));
    if (box) box.push(b);
    else boxes.push([b]);
  }
  if (!boxes.some((pieces) => pieces.length >= 2)) return undefined;
  const ordered = boxes.sort((a, b) => a[0].left - b[0].left || a[0].right - b[0].right || a[0].start - b[0].start);
  const draft = newDraft();
  ordered.forEach((pieces, n) => {
    if (n > 0) put(draft, joinerAcross(value, all.slice(first, k), ordered[n - 1], pieces));
    pieces.forEach((b, i) => {
      if (i > 0) put(draft, ' ');
      take(draft, value, b.start, b.end);
    });
  });
  const everything = rows.flat();
  return { piece: { draft, start: Math.min(...everything.map((b) => b.start)), end: Math.max(...everything.map((b) => b.end)) }, last: k - 1 };
}

/** Display column of each character of a line. */
function columnsOf(value: string, from: number, to: number): number[] {
  const columns: number[] = [];
  let column = 0;
  for (let i = from; i < to; i++) {
    columns.push(column);
    column += value[i] === '\t' ? 4 - (column % 4) : width(value.charCodeAt(i));
  }
  return columns;
}

/** The arrow between two boxes: on any row of the band, what lies between the first's last piece and the second's first. */
function joinerAcross(value: string, rows: ReadonlyArray<[number, number]>, before: readonly Boxed[], after: readonly Boxed[]): string {
  for (const [from, to] of rows) {
    const end = before.find((b) => b.end > from && b.end <= to)?.end;
    const start = after.find((b) => b.start >= from && b.start < to)?.start;
    if (end === undefined || start === undefined || start < end) continue;
    const joiner = joinerBetween(value, end, start);
    if (joiner !== ' | ') return joiner;
  }
  return ' | ';
}

/** `-`, `=`, `_`, `~`, `.` draw a line in a run of two or more, or beside an arrow head or a corner. */
function isLineRun(value: string, i: number): boolean {
  const ch = value[i];
  const near = (c: string | undefined): boolean => c === ch || c === '<' || c === '>' || c === '+' || c === '|' || (c !== undefined && (isBoxDrawing(c.charCodeAt(0)) || ARROW_SYMBOLS.includes(c)));
  return near(value[i - 1]) || near(value[i + 1]);
}

/** The pieces of words on a frame row, as [start, end) ranges. */
function rowPieces(value: string, from: number, to: number): Array<[number, number]> {
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
  return pieces;
}

/** A row's pieces as one unit, with " → " where an arrow lies between two and " | " between boxes side by side. */
function joinPieces(value: string, pieces: ReadonlyArray<[number, number]>): TextPiece {
  const joiners = pieces.map(([start], k) => (k > 0 ? joinerBetween(value, pieces[k - 1][1], start) : ''));
  // A label written on an arrow's shaft ("logs --Kafka--> HDFS"): the shaft before it takes the head after it.
  for (let k = 1; k + 1 < pieces.length; k++) {
    if (joiners[k] === ' | ' && joiners[k + 1] !== ' | ' && isShaft(value.slice(pieces[k - 1][1], pieces[k][0]))) joiners[k] = joiners[k + 1];
  }
  const draft = newDraft();
  pieces.forEach(([start, end], k) => {
    if (k > 0) put(draft, joiners[k]);
    take(draft, value, start, end);
  });
  return { draft, start: pieces[0][0], end: pieces[pieces.length - 1][1] };
}

/** "v", "V" or "^" alone: an arrow head. */
function isLoneArrowLetter(piece: string): boolean {
  return piece === 'v' || piece === 'V' || piece === '^';
}

/** A stretch of an arrow's line with no head: "--", "==", "──" and nothing else but spaces. */
function isShaft(between: string): boolean {
  return /^\s*(?:-{2,}|={2,}|─{2,})\s*$/.test(between);
}

function joinerBetween(value: string, from: number, to: number): string {
  const between = value.slice(from, to);
  if (/[>→⇒▶►⟶]/.test(between)) return ' → ';
  if (/[<←⇐◀◄⟵]/.test(between)) return ' ← ';
  return ' | ';
}
