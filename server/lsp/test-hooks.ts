// Test-only fault injection for the language server, so that the resilience
// tests (test/server-resilience.test.ts, test/server-hostile-input.test.ts)
// can make one rule throw or stall inside the real server process. Read once
// from the process environment by the review worker: settings, config files,
// front matter and initializationOptions cannot reach it, and without these
// variables nothing changes.
//
//   MLDL_TEST_THROWING_RULE=<rule-id>   that rule throws on every document
//   MLDL_TEST_SLOW_RULE=<rule-id>       that rule busy-waits past the time budget
//   MLDL_TEST_TIME_BUDGET_MS=<ms>       the rules' time budget (default 3000)
//   MLDL_TEST_STALL_REVIEW_MS=<ms>      a job of the review worker on a text containing
//                                       STALL_MARKER first busy-waits this long outside its
//                                       budget, so that only the main thread's deadline stops it
import { decideRule } from '../engine/judge/rule-decision.js';
import type { LintOptions } from '../engine/lint.js';
import type { Rule } from '../engine/rule-api.js';

/** Overrides for lint(): empty unless a test variable is set. */
export type LintTestOverrides = Partial<Pick<LintOptions, 'rules' | 'timeBudgetMs'>>;

function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // A rule that hogs the thread, as a pathological regex would.
  }
}

/** The rule with its work replaced by `sabotage`, which runs before the rule's own. */
function sabotaged(rule: Rule, sabotage: () => void): Rule {
  if (rule.kind === 'document') {
    return { ...rule, decide: (context) => (sabotage(), decideRule(rule, context)) };
  }
  return { ...rule, prepare: (context) => (sabotage(), rule.prepare(context)) };
}

export function overridesFrom(env: NodeJS.ProcessEnv, allRules: readonly Rule[]): LintTestOverrides {
  const throwing = env.MLDL_TEST_THROWING_RULE;
  const slow = env.MLDL_TEST_SLOW_RULE;
  const budget = Number(env.MLDL_TEST_TIME_BUDGET_MS);
  const overrides: LintTestOverrides = {};
  if (Number.isFinite(budget) && budget > 0) overrides.timeBudgetMs = budget;
  if (!throwing && !slow) return overrides;
  const stall = (overrides.timeBudgetMs ?? 3000) + 50;
  overrides.rules = allRules.map((rule) => {
    if (rule.meta.id === throwing) {
      return sabotaged(rule, () => {
        throw new Error(`test fault injected into ${rule.meta.id}`);
      });
    }
    if (rule.meta.id === slow) return sabotaged(rule, () => busyWait(stall));
    return rule;
  });
  return overrides;
}

export const STALL_MARKER = 'MLDL-TEST-STALL';

/** MLDL_TEST_STALL_REVIEW_MS: a job that hogs the worker where no budget reaches. */
export function stallForTest(env: NodeJS.ProcessEnv, text: string): void {
  const ms = Number(env.MLDL_TEST_STALL_REVIEW_MS);
  if (Number.isFinite(ms) && ms > 0 && text.includes(STALL_MARKER)) busyWait(ms);
}
