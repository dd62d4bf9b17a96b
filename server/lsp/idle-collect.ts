// Gives the review worker's memory back once it has nothing to do. Linting
// grows the worker's V8 heap (the young generation to its 32 MB maximum, old
// space with the garbage of every lint and the holes it leaves), and V8 does
// not shrink it while the thread sits idle: with 50 corpus docs open the
// worker held ~165 MB of heap for ~100 MB of live data, and the process
// stayed at 260–290 MB resident. A young collection after a short pause and a
// full, compacting one after a longer pause bring it to ~105 MB of heap and
// the process to ~210 MB (~155 MB with recent-linters.ts) (docs/performance.md, "Memory, fifth pass").
//
// Between those, a full collection that is due soon is made at the first
// short pause instead of inside a review. V8 lets the worker's heap grow to
// ~4× what its last full collection left (the bench's edit phase: 44.7 →
// 181.8, 52.7 → 217.4, 60.7 → 243.2 MB) and then collects it by itself,
// incrementally, with the final pause and the marking steps inside whichever
// edit is running: on a short document that edit takes 30 ms instead of 5
// (docs/performance.md, "Live editing, seventeenth and twentieth passes").
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A young-generation collection this long after the last job: cheap (a few
 * ms: what a lint leaves there is garbage), and it starts V8's measure of the
 * allocation rate afresh for the full collection.
 */
export const YOUNG_COLLECT_MS = 1000;
/**
 * The full collection this long after the last job. V8 shrinks the young
 * generation only when the allocation rate it measured over its last 5 s of
 * collections is low: the gap since the young collection must be longer than
 * that (with a 5 s gap it shrank in 5 of 8 runs, with 7 s in 3 of 3). A
 * writer who pauses this long is not typing.
 */
export const FULL_COLLECT_MS = 8000;

/**
 * The full collection that is due (`FullCollectionDue`) this long after the
 * last job: before a warm-up's first step (warm-up.ts, 100 ms), which then
 * warms up the per-edit paths the collection made cold again.
 */
export const DUE_COLLECT_MS = 50;
/**
 * A full collection is due once the old generation has grown this many times
 * past what the last full collection left: well before V8's own (~4×), so
 * that a document's worth of work after a pause (an open and its edits: ~12 MB
 * on a corpus document) does not reach it first.
 */
export const DUE_GROWTH_FACTOR = 2.5;
/** ... and by at least this much (a small heap is cheap to carry, and V8 lets it grow further). */
export const DUE_MIN_GROWTH_BYTES = 32 * 1024 * 1024;

/** The old generation's size in bytes: V8's heap less the young generation, which the scavenges empty, and the read-only space. */
export function oldGenerationBytes(): number {
  let bytes = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name !== 'new_space' && space.space_name !== 'new_large_object_space' && space.space_name !== 'read_only_space') bytes += space.space_used_size;
  }
  return bytes;
}

/**
 * Tells whether a full collection is due, from the old generation's size
 * after each job. It never shrinks but by a full collection (the scavenges
 * only add to it), so a size smaller than the last one seen means V8 made one
 * meanwhile (its sweeping goes on after it: the smallest size seen since is
 * what it left).
 */
export class FullCollectionDue {
  private base: number | undefined;
  private last = 0;

  constructor(
    private readonly factor = DUE_GROWTH_FACTOR,
    private readonly minGrowth = DUE_MIN_GROWTH_BYTES,
  ) {}

  /** The old generation's size after a job. */
  observe(bytes: number): void {
    if (this.base === undefined || bytes < this.last) this.base = bytes;
    this.last = bytes;
  }

  /** Whether the old generation, `bytes` now, has grown far enough for a full collection. */
  due(bytes: number): boolean {
    return this.base !== undefined && bytes >= Math.max(this.base * this.factor, this.base + this.minGrowth);
  }

  /** A full collection was just made: `bytes` is what it left. */
  collected(bytes: number): void {
    this.base = bytes;
    this.last = bytes;
  }
}

export interface IdleStage {
  /** Time since the last handled message. */
  afterMs: number;
  collect(): void;
}

export interface IdleCollector {
  /** A message was handled: the pause starts again, and there is something to collect. */
  handled(): void;
  dispose(): void;
}

/**
 * Each stage's `collect` runs once its time has passed since the last handled
 * message, and not again until another message was handled. Just before it,
 * `runWaiting` handles a message that arrived meanwhile, if any (and returns
 * true): a job never waits for a collection to start.
 */
export function idleCollector(stages: readonly IdleStage[], runWaiting: () => boolean): IdleCollector {
  let timers: NodeJS.Timeout[] = [];
  const cancel = (): void => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  const fire = (stage: IdleStage): void => {
    if (runWaiting()) return;
    stage.collect();
  };
  return {
    handled(): void {
      cancel();
      timers = stages.map((stage) => {
        const timer = setTimeout(fire, stage.afterMs, stage);
        // The worker lives as long as its port: a pending collection must not keep it alive.
        timer.unref();
        return timer;
      });
    },
    dispose: cancel,
  };
}

export interface GarbageCollections {
  young(): void;
  /** Full, compacting only the pages V8 would (the collection V8 makes by itself when the old generation has grown). */
  major(): void;
  /** Full and compacting: every page with holes is evacuated, so that old space shrinks to the live data. */
  full(): void;
}

/**
 * V8's collections, from its `gc` extension. `--expose-gc` installs `gc` in
 * contexts made after it is set, so it is set for the one new context that
 * fetches it and unset again: no other context, in this thread or another,
 * sees a `gc`. V8 compacts old space only where it is most fragmented unless
 * `--compact-on-every-full-gc` is on, which is set for that one collection
 * (a flag V8 reads when a full collection starts).
 */
export function garbageCollections(): GarbageCollections {
  type Gc = (minor?: boolean) => void;
  // Started with --expose-gc (a test or a profile): this context has one, and the flag stays as it was.
  let gc = (globalThis as { gc?: Gc }).gc;
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    try {
      gc = runInNewContext('gc') as Gc;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  const collect = gc;
  return {
    young: () => collect(true),
    major: () => collect(),
    full(): void {
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        collect();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
    },
  };
}
