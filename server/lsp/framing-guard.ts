// Checks the framing of what a client sends over stdio before
// vscode-jsonrpc's reader sees it (issue 11, item 14). We keep the library's
// reader and put this stream in front of it, because the reader itself:
// - stops for good after a bad header (`Content-Length: abc`): it reports an
//   error and then reads the body as the next header, so every later message
//   is garbage and the server goes silent;
// - rescans the whole buffer for the end of the headers on every chunk, so a
//   header that never ends costs quadratic time;
// - buffers a body of any announced length.
// This stream scans each byte once, passes well-framed messages through as
// `Content-Length: n\r\n\r\n<body>`, refuses bodies over MAX_MESSAGE_BYTES
// (skipped as they arrive, never buffered) and headers over
// MAX_HEADER_BYTES, and after a bad header skips to the next
// `Content-Length:`, so one broken message costs one message. Each fault is
// reported in one line.
import { Transform, type TransformCallback } from 'node:stream';

/** Largest message body accepted (a didOpen of a 5 MB document is far below). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Largest header block: LSP headers are two short lines. */
export const MAX_HEADER_BYTES = 8 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n');
const RESYNC_MARK = Buffer.from('content-length:');

type State =
  | { kind: 'header' }
  /** Passing a body through (`pass`) or skipping a refused one. */
  | { kind: 'body'; remaining: number; pass: boolean }
  /** After a bad header: looking for the next `Content-Length:`. */
  | { kind: 'resync'; matched: number };

function lowerAscii(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

export class FramingGuard extends Transform {
  private state: State = { kind: 'header' };
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** How much of "\r\n\r\n" the header read so far ends with. */
  private headerEndMatched = 0;

  constructor(private readonly report: (fault: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let at = 0;
    while (at < chunk.length) {
      const state = this.state;
      if (state.kind === 'body') at = this.body(chunk, at, state);
      else if (state.kind === 'resync') at = this.resync(chunk, at, state);
      else at = this.headers(chunk, at);
    }
    done();
  }

  private body(chunk: Buffer, at: number, state: { remaining: number; pass: boolean }): number {
    const take = Math.min(state.remaining, chunk.length - at);
    if (state.pass) this.push(chunk.subarray(at, at + take));
    state.remaining -= take;
    if (state.remaining === 0) this.state = { kind: 'header' };
    return at + take;
  }

  private resync(chunk: Buffer, at: number, state: { matched: number }): number {
    for (let i = at; i < chunk.length; i++) {
      const byte = lowerAscii(chunk[i]);
      // "content-length:" has no repeated prefix, so a mismatch restarts the match (at this byte, if it is a "c").
      if (byte === RESYNC_MARK[state.matched]) state.matched++;
      else state.matched = byte === RESYNC_MARK[0] ? 1 : 0;
      if (state.matched === RESYNC_MARK.length) {
        this.startHeader(Buffer.from('Content-Length:'));
        return i + 1;
      }
    }
    return chunk.length;
  }

  private startHeader(prefix?: Buffer): void {
    this.state = { kind: 'header' };
    this.header = prefix ? [prefix] : [];
    this.headerBytes = prefix?.length ?? 0;
    this.headerEndMatched = 0;
  }

  private headers(chunk: Buffer, at: number): number {
    for (let i = at; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === HEADER_END[this.headerEndMatched]) this.headerEndMatched++;
      else this.headerEndMatched = byte === HEADER_END[0] ? 1 : 0;
      if (this.headerEndMatched === HEADER_END.length) {
        this.header.push(chunk.subarray(at, i + 1));
        const block = Buffer.concat(this.header).toString('latin1');
        this.startHeader();
        this.accept(block.slice(0, -HEADER_END.length));
        return i + 1;
      }
      if (this.headerBytes + (i - at) >= MAX_HEADER_BYTES) {
        this.report(`message header longer than ${MAX_HEADER_BYTES} bytes without an end; skipped to the next Content-Length`);
        this.header = [];
        this.state = { kind: 'resync', matched: 0 };
        return i + 1;
      }
    }
    this.header.push(chunk.subarray(at));
    this.headerBytes += chunk.length - at;
    return chunk.length;
  }

  /** Acts on a complete header block (without its final blank line). */
  private accept(block: string): void {
    let length: string | undefined;
    for (const line of block.split('\r\n')) {
      // Stray line breaks between messages are harmless.
      if (line === '') continue;
      const colon = line.indexOf(':');
      if (colon <= 0) return this.refuse(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
      if (line.slice(0, colon).trim().toLowerCase() === 'content-length') length = line.slice(colon + 1).trim();
    }
    if (length === undefined) return this.refuse('message header without Content-Length');
    const bytes = /^\d{1,16}$/.test(length) ? Number(length) : NaN;
    if (!Number.isSafeInteger(bytes)) return this.refuse(`Content-Length is not a byte count: ${JSON.stringify(length.slice(0, 40))}`);
    if (bytes > MAX_MESSAGE_BYTES) {
      this.report(`message of ${bytes} bytes refused (the limit is ${MAX_MESSAGE_BYTES} bytes); its body is skipped`);
      this.state = bytes > 0 ? { kind: 'body', remaining: bytes, pass: false } : { kind: 'header' };
      return;
    }
    this.push(Buffer.from(`Content-Length: ${bytes}\r\n\r\n`, 'ascii'));
    if (bytes > 0) this.state = { kind: 'body', remaining: bytes, pass: true };
  }

  private refuse(fault: string): void {
    this.report(`${fault}; skipped to the next Content-Length`);
    this.state = { kind: 'resync', matched: 0 };
  }
}
