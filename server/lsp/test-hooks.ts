// Test-only fault injection for the language server, so that the resilience
// tests (test/server-resilience.test.ts) can make one rule throw or stall
// inside the real server process. Read once from the process environment at
// start-up: settings, config files, front matter and initializationOptions
// cannot reach it, and without these variables nothing changes.
//
//   MLDL_TEST_THROWING_RULE=<rule-id>   that rule throws on every document
//   MLDL_TEST_SLOW_RULE=<rule-id>       that rule busy-waits past the time budget
//   MLDL_TEST_TIME_BUDGET_MS=<ms>       the review's time budget (default 3000)
import type { LintOptions } from '../engine/lint.js';
import type { Rule } from '../engine/rule-api.js';
import { loadEngine } from './engine.js';

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
    return { ...rule, decide: (context) => (sabotage(), rule.decide(context)) };
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

let overrides: Promise<LintTestOverrides> | undefined;

/** Read once: a test sets the variables before it starts the server. The rules are loaded only when one is set. */
export function lintTestOverrides(): Promise<LintTestOverrides> {
  const env = process.env;
  overrides ??= env.MLDL_TEST_THROWING_RULE || env.MLDL_TEST_SLOW_RULE
    ? loadEngine().then((engine) => overridesFrom(env, engine.ALL_RULES))
    : Promise.resolve(overridesFrom(env, []));
  return overrides;
}
