// The review worker's incremental linters, one per document, kept only for
// the most recently reviewed documents. A document's incremental state
// (regions, each unit's reading, each region's concept hits) is ~1 MB of heap
// for a corpus doc and ~10 MB for a 10,000-line one; with 50 docs open it was
// half of the worker's live heap (docs/performance.md, "Memory, fifth pass").
// A document that lost its state is linted in full on its next review, as
// when it was opened, and incrementally again after that; its diagnostics stay
// with the main thread meanwhile.

/** Documents that keep their state: more than a writer edits by turns. */
export const KEPT_DOCUMENTS = 8;

export class RecentLinters<Linter> {
  /** By order of last use, the oldest first. */
  private readonly byUri = new Map<string, Linter>();

  constructor(
    private readonly make: () => Linter,
    private readonly capacity = KEPT_DOCUMENTS,
  ) {}

  /** The document's linter (a new one when it has none kept), now the most recently used. */
  take(uri: string): Linter {
    const linter = this.byUri.get(uri) ?? this.make();
    this.byUri.delete(uri);
    this.byUri.set(uri, linter);
    if (this.byUri.size > this.capacity) this.byUri.delete(this.byUri.keys().next().value!);
    return linter;
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  /** The document's linter if it has one kept, without making it the most recently used. */
  peek(uri: string): Linter | undefined {
    return this.byUri.get(uri);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** The documents kept, the least recently used first. */
  uris(): string[] {
    return [...this.byUri.keys()];
  }
}
