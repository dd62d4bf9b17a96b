// The language server's open documents, kept as pieces of text rather than
// one string. vscode-languageserver-textdocument makes a new string of the
// whole text on every edit (and reads it at once, which copies it flat): for
// the 10,118-line bench document 1.1 MB of UTF-16 per keystroke, a fresh
// large-object allocation that cost ~5 ms of CPU on the 2-core VM (~280 page
// faults), and most of the main thread's share of an edit
// (docs/performance.md, "Live editing, fourteenth pass"). Here an edit makes
// only the piece it lands in again, and a snapshot of a version shares the
// pieces: nothing copies the whole text unless something asks for it whole
// (a code action, insert-all, the scorecard). The review worker gets the
// pieces that changed (text-sync.ts).
//
// Positions, offsets, line counts and texts are exactly the library's
// (test/chunked-document.test.ts replays random edits on both).
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import { lastStartAtOrBefore } from '../engine/sorted.js';

/**
 * Characters per piece, at most twice that after an edit: a piece stays a
 * young-generation string (V8 puts strings of over 128 kB in large-object
 * space, where each one is a fresh mapping).
 */
export const PIECE_CHARS = 16_384;

/** A version of a text: its pieces, never changed once made. */
export interface TextContent {
  readonly pieces: readonly string[];
  readonly length: number;
}

const CR = 13;
const LF = 10;
const isEOL = (char: number): boolean => char === CR || char === LF;

/** A text in pieces of PIECE_CHARS. */
export function contentOf(text: string): TextContent {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE_CHARS) pieces.push(text.slice(at, at + PIECE_CHARS));
  return { pieces, length: text.length };
}

function startsOf(pieces: readonly string[]): number[] {
  const starts = new Array<number>(pieces.length);
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    starts[i] = at;
    at += pieces[i].length;
  }
  return starts;
}

function computeLineOffsets(text: string, isAtLineStart: boolean, textOffset = 0): number[] {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}

function wellformed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

export class ChunkedDocument implements TextDocument {
  /** Offset of each piece. */
  private starts: number[];
  /** Replaced, never changed in place: a snapshot shares it. */
  private lineOffsets: number[] | undefined;
  private whole: string | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    private _content: TextContent,
    lineOffsets?: number[],
    starts?: number[],
  ) {
    this.starts = starts ?? startsOf(_content.pieces);
    this.lineOffsets = lineOffsets;
  }

  get version(): number {
    return this._version;
  }

  get content(): TextContent {
    return this._content;
  }

  /** This version, unchanged by later edits of the document. */
  snapshot(): ChunkedDocument {
    const copy = new ChunkedDocument(this.uri, this.languageId, this._version, this._content, this.lineOffsets, this.starts);
    copy.whole = this.whole;
    return copy;
  }

  getText(range?: Range): string {
    if (range) return this.substring(this.offsetAt(range.start), this.offsetAt(range.end));
    this.whole ??= this._content.pieces.join('');
    return this.whole;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this._content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this._content.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
    return this.substring(eolOffset, nextLineOffset);
  }

  /** vscode-languageserver-textdocument's update, on pieces. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range !== undefined) {
        const range = wellformed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.replace(startOffset, endOffset, change.text);
        const insertedEndOffset = startOffset + change.text.length;
        const crlfAtStart = this.charCodeAt(startOffset - 1) === CR && this.charCodeAt(startOffset) === LF;
        const crlfAtEnd = this.charCodeAt(insertedEndOffset - 1) === CR && this.charCodeAt(insertedEndOffset) === LF;
        const old = this.lineOffsets;
        if (crlfAtStart || crlfAtEnd || old === undefined) {
          this.lineOffsets = undefined;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        const added = computeLineOffsets(change.text, false, startOffset);
        const diff = change.text.length - (endOffset - startOffset);
        const lineOffsets = old.slice(0, startLine + 1);
        for (const offset of added) lineOffsets.push(offset);
        for (let i = endLine + 1; i < old.length; i++) lineOffsets.push(old[i] + diff);
        this.lineOffsets = lineOffsets;
      } else {
        this._content = contentOf(change.text);
        this.starts = startsOf(this._content.pieces);
        this.lineOffsets = undefined;
        this.whole = undefined;
      }
    }
    this._version = version;
  }

  private getLineOffsets(): number[] {
    this.lineOffsets ??= computeLineOffsets(this.getText(), true);
    return this.lineOffsets;
  }

  private ensureBeforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** The piece holding `offset` (the last piece for the end of the text). */
  private pieceAt(offset: number): number {
    const starts = this.starts;
    return lastStartAtOrBefore(starts.length, (index) => starts[index], offset);
  }

  private charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this._content.length) return NaN;
    if (this.whole !== undefined) return this.whole.charCodeAt(offset);
    const i = this.pieceAt(offset);
    return this._content.pieces[i].charCodeAt(offset - this.starts[i]);
  }

  private substring(start: number, end: number): string {
    if (this.whole !== undefined) return this.whole.substring(start, end);
    // As String.prototype.substring: the ends in either order.
    if (end < start) [start, end] = [end, start];
    if (end === start) return '';
    const first = this.pieceAt(start);
    const last = this.pieceAt(end - 1);
    const { pieces } = this._content;
    if (first === last) return pieces[first].substring(start - this.starts[first], end - this.starts[first]);
    let text = pieces[first].substring(start - this.starts[first]);
    for (let i = first + 1; i < last; i++) text += pieces[i];
    return text + pieces[last].substring(0, end - this.starts[last]);
  }

  /** The text with [start, end) replaced: only the pieces the span touches are made again. */
  private replace(start: number, end: number, text: string): void {
    const { pieces, length } = this._content;
    if (pieces.length === 0) {
      this.setContent(contentOf(text).pieces, text.length);
      return;
    }
    const first = this.pieceAt(start);
    let last = this.pieceAt(Math.max(start, end - 1));
    let middle = pieces[first].slice(0, start - this.starts[first]) + text + pieces[last].slice(end - this.starts[last]);
    // A piece grown small joins the next one, so that deletions do not leave a trail of tiny pieces.
    if (middle.length < PIECE_CHARS / 4 && last + 1 < pieces.length) middle += pieces[++last];
    const made: string[] = [];
    if (middle.length > 2 * PIECE_CHARS) for (let at = 0; at < middle.length; at += PIECE_CHARS) made.push(middle.slice(at, at + PIECE_CHARS));
    else if (middle.length > 0) made.push(middle);
    this.setContent([...pieces.slice(0, first), ...made, ...pieces.slice(last + 1)], length - (end - start) + text.length);
  }

  private setContent(pieces: readonly string[], length: number): void {
    this._content = { pieces, length };
    this.starts = startsOf(pieces);
    this.whole = undefined;
  }
}

/** For `new TextDocuments(...)`: open documents kept in pieces. */
export const CHUNKED_DOCUMENTS: TextDocumentsConfiguration<ChunkedDocument> = {
  create: (uri, languageId, version, content) => new ChunkedDocument(uri, languageId, version, contentOf(content)),
  update(document, changes, version) {
    document.update(changes, version);
    return document;
  },
};
