// Where the CLI's engine (analyse.ts: the parser and the rules) comes from.
// Compiled from out/ (tsc) it is imported as ES modules. In the CLI bundle
// (scripts/bundle.mjs --cli) this module is replaced by a loader that runs
// engine.cjs, the engine as one CommonJS file, through `vm.Script` with the V8
// code cache made for it at build time (engine.cjs.cache): Node 20 has no
// compile cache for ES modules, and compiling the 3.9 MB engine was ~15 % of
// a one-file run's CPU (docs/performance.md, "CLI cold, tenth pass"). Both
// the main thread and worker threads load the engine from here.
import type { analyse } from './analyse.js';

export interface Engine {
  analyse: typeof analyse;
}

export async function loadEngine(): Promise<Engine> {
  return import('./analyse.js');
}
