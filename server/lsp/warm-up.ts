// Throwaway edits of a document just opened, made by the review worker while
// it is idle, so that the writer's first keystrokes are not the slow ones.
// The first edits after an open ran the per-edit paths (RegionParser.update,
// the assembly's placing and context checks, the summaries' fold) for the
// first time: before V8 had optimised them, and into the heap the open's full
// lint left. On the 10,118-line bench document they cost 2–4× a later edit
// (docs/performance.md, "Live editing, fifth pass"). A few edits of the
// document itself, each undone at once, pay that while the writer reads.
//
// A warm-up never holds a real job back by more than one of its steps: it
// waits for the worker to be idle, runs one step (an edit and its undo) per
// turn of the event loop (a job that arrives meanwhile runs before the next
// step) and stops when the document is reviewed again, closed, or a step
// takes too long. An edit is undone within its step: a review that found the
// linter holding the edited text would update from a text that differs from
// its own in two places, and re-parse everything between them.

/** Quiet time after the last job before the first step: a writer's next job comes sooner while typing. */
export const WARM_UP_IDLE_MS = 100;
/** Throwaway edits per document (each a step: a lint of the edited text, then a lint of the text again). */
export const WARM_UP_EDITS = 4;
/**
 * Throwaway edits of the first document the worker opens. Its first real edits are the process's first: V8
 * compiles the per-edit paths (the assembly, the weighing, micromark's handlers) on its helper threads while
 * they run, and drops and recompiles some of them at the first input of a new shape. Measured on the bench's
 * first two corpus docs (402 and 377 lines): 25 seeded edits cost p50 2.8–5.8 ms CPU in a process that had
 * edited another document before, 9–16 ms as its first (docs/performance.md, "Live editing, fifteenth pass").
 * Later documents find that code compiled.
 */
export const WARM_UP_FIRST_DOCUMENT_EDITS = 12;
/**
 * Throwaway edits after the worker's idle full collection (idle-collect.ts): a full collection makes the
 * next ~10 edits cost about twice as much again (in process, 10,118-line doc: p95 of 30 edits 51–61 →
 * 88–120 ms CPU; with two throwaway edits after it 66–78 ms).
 */
export const WARM_UP_EDITS_AFTER_COLLECTION = 2;
/** A step that takes longer than this ends the warm-up: a document that slow is better left alone. */
export const WARM_UP_STEP_LIMIT_MS = 1000;

/**
 * The edited texts a warm-up lints: for each of `edits` lines spread over the
 * document that start with a letter (prose, where most typing goes), the text
 * with a letter added at the end of that line. Empty when no line fits.
 */
export function warmUpEdits(text: string, edits: number = WARM_UP_EDITS): string[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const prose = lineStarts.filter((start) => /^\p{L}/u.test(text.slice(start, start + 2)));
  if (prose.length === 0) return [];
  const texts: string[] = [];
  for (let k = 0; k < Math.min(edits, prose.length); k++) {
    const start = prose[Math.floor(((k + 0.5) * prose.length) / Math.min(edits, prose.length))];
    const newline = text.indexOf('\n', start);
    let end = newline === -1 ? text.length : newline;
    if (text[end - 1] === '\r') end--;
    texts.push(`${text.slice(0, end)}e${text.slice(end)}`);
  }
  return texts;
}

interface Pending {
  uri: string;
  text: string;
  edits: string[];
  /** Lints one text with the document's own linter and options; false when it failed (the warm-up stops). */
  lint: (text: string) => boolean;
}

export class IdleWarmUp {
  private pending: Pending | undefined;
  /** The document reviewed last, to warm up on again after a full collection. */
  private last: Omit<Pending, 'edits'> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  /** Steps run so far (tests and measurements read it). */
  steps = 0;
  /** Documents warmed up on so far: the first gets WARM_UP_FIRST_DOCUMENT_EDITS. */
  private documents = 0;

  /**
   * @param finished called when a warm-up has run all its steps (not when a job, a drop or a failing step
   *   ended it): the worker's young collection, so the writer's first edits start with an empty young generation.
   */
  constructor(
    private readonly idleMs: number = WARM_UP_IDLE_MS,
    private readonly finished: () => void = () => undefined,
  ) {}

  /** A document's first review is done: warm up on its text (in place of any warm-up still pending). */
  start(uri: string, text: string, lint: (text: string) => boolean, edits: number = this.documents === 0 ? WARM_UP_FIRST_DOCUMENT_EDITS : WARM_UP_EDITS): void {
    this.documents++;
    const texts = warmUpEdits(text, edits);
    this.pending = texts.length > 0 ? { uri, text, edits: texts, lint } : undefined;
  }

  /** The document was reviewed again or closed: what is pending for it is stale. */
  drop(uri: string): void {
    if (this.pending?.uri === uri) this.pending = undefined;
    if (this.last?.uri === uri) this.last = undefined;
  }

  /** A review of `text` is done: the document to warm up on after a full collection (`again`). */
  remember(uri: string, text: string, lint: (text: string) => boolean): void {
    this.last = { uri, text, lint };
  }

  /** The worker's heap was just collected in full: a few throwaway edits of the document reviewed last. */
  again(edits: number = WARM_UP_EDITS_AFTER_COLLECTION): void {
    const last = this.last;
    if (!last || this.pending) return;
    this.start(last.uri, last.text, last.lint, edits);
    this.idle();
  }

  /** A job arrived: no step until the worker is idle again. */
  busy(): void {
    clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = undefined;
    this.immediate = undefined;
  }

  /** The worker answered its job: start the steps once it has been idle for a while. */
  idle(): void {
    this.busy();
    if (this.pending) this.timer = setTimeout(() => this.step(), this.idleMs);
  }

  private step(): void {
    this.timer = undefined;
    this.immediate = undefined;
    const pending = this.pending;
    const edited = pending?.edits.shift();
    if (!pending || edited === undefined) return;
    const startedAt = performance.now();
    const ok = pending.lint(edited) && pending.lint(pending.text);
    this.steps++;
    if (!ok || pending.edits.length === 0 || performance.now() - startedAt > WARM_UP_STEP_LIMIT_MS) {
      if (this.pending === pending) this.pending = undefined;
      if (ok && pending.edits.length === 0) this.finished();
      return;
    }
    // The next step on the next turn of the event loop: a job posted meanwhile is handled first (and calls busy()).
    this.immediate = setImmediate(() => this.step());
  }
}
