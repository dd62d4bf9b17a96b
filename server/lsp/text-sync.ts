// A review sends the review worker only what changed in the text since the
// worker's copy, not the whole text. A structured clone of a document's text
// is a copy on the main thread (serialising) and another on the worker's
// (deserialising); on the 10,118-line bench document, 1.1 MB of UTF-16, each
// copy cost ~4 ms of CPU (a fresh large-object allocation every time), and
// the garbage behind them more (docs/performance.md, "Live editing, fourteenth
// pass"). The worker keeps the text it reviewed last for each of its recent
// documents; the main thread keeps, per document, which text that is (by a
// serial number) and sends the edit against it. A worker that no longer has
// that text (evicted, restarted, told to forget) says so, and the main thread
// sends the whole text again.
import { commonPrefix, commonSuffix } from '../engine/common-affix.js';

/** `base` with its characters [start, end) replaced by `text`. */
export interface TextDelta {
  /** The serial number of the text the delta applies to. */
  base: number;
  start: number;
  end: number;
  text: string;
}

/** The delta from `base` to `text` (the span between their common prefix and suffix). */
export function textDelta(baseSerial: number, base: string, text: string): TextDelta {
  const start = commonPrefix(base, text);
  const suffix = commonSuffix(base, text, Math.min(base.length, text.length) - start);
  return { base: baseSerial, start, end: base.length - suffix, text: text.slice(start, text.length - suffix) };
}

/** Texts sent to (main thread) or held by (worker) the review worker: the most recent documents' only. */
export class SentTexts {
  /** By order of last use, the oldest first. */
  private readonly byUri = new Map<string, { serial: number; text: string }>();

  constructor(private readonly capacity: number) {}

  get(uri: string): { serial: number; text: string } | undefined {
    return this.byUri.get(uri);
  }

  set(uri: string, serial: number, text: string): void {
    this.byUri.delete(uri);
    this.byUri.set(uri, { serial, text });
    if (this.byUri.size > this.capacity) this.byUri.delete(this.byUri.keys().next().value!);
  }

  /**
   * The text a delta makes of the kept text, now kept in its place; undefined
   * when the text it applies to is not the one kept (the caller asks for the
   * whole text).
   */
  apply(uri: string, serial: number, delta: TextDelta): string | undefined {
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
