// A review sends the review worker only what changed in the text since the
// worker's copy, not the whole text. A structured clone of a document's text
// is a copy on the main thread (serialising) and another on the worker's
// (deserialising); on the 10,118-line bench document, 1.1 MB of UTF-16, each
// copy cost ~5 ms of CPU (a fresh large-object allocation every time), and
// the garbage behind them more (docs/performance.md, "Live editing, fourteenth
// pass"). The worker keeps the text it reviewed last for each of its recent
// documents; the main thread keeps, per document, which version of the text
// that is (by a serial number) and sends the pieces that changed since
// (chunked-document.ts). A worker that no longer has that text (evicted,
// restarted, told to forget) says so, and the main thread sends the whole
// text again.
import type { TextContent } from './chunked-document.js';

/** The worker's answer when it does not have the text a review's delta applies to: the main thread sends the whole text. */
export const STALE_TEXT = 'stale-text';

/** `base` with its characters [start, end) replaced by `text`. */
export interface TextDelta {
  /** The serial number of the text the delta applies to. */
  base: number;
  start: number;
  end: number;
  text: string;
}

/** The delta from `base` to `next`: the pieces between the ones they share (the same strings) at either end. */
export function textDelta(baseSerial: number, base: TextContent, next: TextContent): TextDelta {
  const a = base.pieces;
  const b = next.pieces;
  let first = 0;
  let start = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) start += a[first++].length;
  let shared = 0;
  let suffix = 0;
  while (shared < Math.min(a.length, b.length) - first && a[a.length - 1 - shared] === b[b.length - 1 - shared]) {
    suffix += a[a.length - 1 - shared].length;
    shared++;
  }
  return { base: baseSerial, start, end: base.length - suffix, text: b.slice(first, b.length - shared).join('') };
}

/** Texts sent to (main thread) or held by (worker) the review worker: the most recent documents' only. */
export class SentTexts<Text = string> {
  /** By order of last use, the oldest first. */
  private readonly byUri = new Map<string, { serial: number; text: Text }>();

  constructor(private readonly capacity: number) {}

  get(uri: string): { serial: number; text: Text } | undefined {
    return this.byUri.get(uri);
  }

  set(uri: string, serial: number, text: Text): void {
    this.byUri.delete(uri);
    this.byUri.set(uri, { serial, text });
    if (this.byUri.size > this.capacity) this.byUri.delete(this.byUri.keys().next().value!);
  }

  /**
   * The text a delta makes of the kept text, now kept in its place; undefined
   * when the text it applies to is not the one kept (the caller asks for the
   * whole text).
   */
  apply(this: SentTexts<string>, uri: string, serial: number, delta: TextDelta): string | undefined {
    const kept = this.byUri.get(uri);
    if (kept?.serial !== delta.base || delta.end > kept.text.length || delta.start > delta.end) return undefined;
    const text = kept.text.slice(0, delta.start) + delta.text + kept.text.slice(delta.end);
    this.set(uri, serial, text);
    return text;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }
}
