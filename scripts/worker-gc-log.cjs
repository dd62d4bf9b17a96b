// Preloaded into the language server (node -r) by scripts/edit-order.mjs. In the review worker only: appends to
// $MLDL_WORKER_LOG one JSON line per job (its window on the epoch clock, ms) and one per garbage collection
// (PerformanceObserver 'gc': kind 1 minor, 4 major, 8 incremental, 16 weak callbacks; start and duration),
// so that the client can tell which collections fell inside which edit.
const workerThreads = require('node:worker_threads');

if (!workerThreads.isMainThread && workerThreads.parentPort && process.env.MLDL_WORKER_LOG) {
  const fs = require('node:fs');
  const { performance, PerformanceObserver } = require('node:perf_hooks');
  const v8 = require('node:v8');
  const log = process.env.MLDL_WORKER_LOG;
  const epoch = (t) => performance.timeOrigin + t;
  const pending = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pending.push(JSON.stringify({ gc: e.detail?.kind ?? e.kind, t: epoch(e.startTime), d: e.duration }));
  }).observe({ entryTypes: ['gc'] });
  const flush = () => {
    if (pending.length > 0) fs.appendFileSync(log, `${pending.splice(0).join('\n')}\n`);
  };
  setInterval(flush, 200).unref();
  const port = workerThreads.parentPort;
  const on = port.on.bind(port);
  // review-worker.ts listens with port.on('message'): wrap that listener to time each job.
  port.on = (event, listener) =>
    on(event, event !== 'message' ? listener : (message) => {
      const t0 = performance.now();
      listener(message);
      const t1 = performance.now();
      // The young generation's size after the job (V8 grows and shrinks it as it goes).
      const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      pending.push(JSON.stringify({ job: message?.kind, t0: epoch(t0), t1: epoch(t1), young: young && Math.round(young.space_size / 1024) }));
    });
}
