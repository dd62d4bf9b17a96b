// How eagerly V8 optimises the engine's code in a CLI run. V8 sends a
// function to its optimising compiler (TurboFan) once the function has run
// for an "interrupt budget" of bytecode; the default suits long-lived
// processes. A cold CLI run is short and runs a large engine: linting the 68
// corpus docs in a fresh process, TurboFan compiled ~890 functions, re-compiled
// the largest ones up to 8 times after deoptimisations, and its background
// threads spent about as much CPU as the linting thread itself (~7 s against
// ~8 s; a second pass over the same docs in the same process: ~2–3 s).
// A larger budget optimises only what stays hot, which a short run repays
// (docs/performance.md, "CLI cold, sixth pass"). Only the CLI sets it: the
// language server lives long enough to repay eager optimisation.
import v8 from 'node:v8';

/** Bytecode a function runs per tick towards optimisation (Node 20's V8 11.3: 67,584 by default, 3 ticks). */
export const CLI_INTERRUPT_BUDGET = 300_000;

let applied = false;

/**
 * Raises V8's interrupt budget for the rest of the process, worker threads
 * included (V8 flags are process-wide). Called before the engine is imported
 * or the workers start, so the engine's code runs under it from the start.
 * MLDL_INTERRUPT_BUDGET=<n> sets another budget, 0 leaves V8's default.
 * Changes only when code is optimised, never what it computes.
 */
export function raiseInterruptBudget(env: NodeJS.ProcessEnv): void {
  if (applied) return;
  applied = true;
  const forced = env.MLDL_INTERRUPT_BUDGET?.trim();
  const budget = forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : CLI_INTERRUPT_BUDGET;
  if (budget > 0) v8.setFlagsFromString(`--interrupt-budget=${budget}`);
}
