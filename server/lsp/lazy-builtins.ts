// Node built-ins the server's main thread needs only once the review worker
// starts (review-thread.ts): required then, not while `initialize` waits.
// node:worker_threads costs 5–7 ms of CPU to load in Node 20
// (docs/performance.md, "Start-up, fourth pass"). `require` rather than
// `import()` because the worker is started synchronously; made with
// createRequire so that it works in out/ (ES modules) and in the CommonJS
// bundle alike (node:module itself is loaded by Node before any of our code).
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

export function workerThreadsModule(): typeof import('node:worker_threads') {
  return requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');
}
