// Gives the review worker's memory back once it has nothing to do. Linting
// grows the worker's V8 heap (the young generation to its maximum, old
// space with the garbage of every lint and the holes it leaves), and V8 does
// not shrink it while the thread sits idle: with 50 corpus docs open the
// worker held ~165 MB of heap for ~100 MB of live data, and the process
// stayed at 260–290 MB resident. A young collection after a short pause and a
// full, compacting one after a longer pause bring it to ~105 MB of heap and
// the process to ~210 MB (~155 MB with recent-linters.ts) (docs/performance.md, "Memory, fifth pass").
import { setFlagsFromString } from 'node:v8';
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
