// Practice hints: the guiding question of the next step the answer still
// misses (steps in framework order), then the questions for that step's
// missing problem-specific points, one per request. A question never names a
// technique or a rule, so a hint steers without answering. Pure (no
// `vscode`), tested by test/practice-hints.test.ts.
import type { Scorecard } from '../../../server/interview/scorecard.js';

export interface GuidingQuestions {
  /** Step id → question. */
  steps: Record<string, string>;
  /** Problem-specific rule id → question. */
  problemRules: Record<string, string>;
}

export interface Hint {
  /** Stable key, remembered so the next request reveals the next hint. */
  id: string;
  step: string;
  stepTitle: string;
  question: string;
}

/** Every hint the scorecard's gaps call for, in the order they are revealed. */
export function hintsFor(card: Pick<Scorecard, 'steps'>, questions: GuidingQuestions): Hint[] {
  const hints: Hint[] = [];
  for (const step of card.steps) {
    if (step.missing.length === 0) continue;
    const question = questions.steps[step.step];
    if (question) hints.push({ id: `step:${step.step}`, step: step.step, stepTitle: step.title, question });
    for (const item of step.missing) {
      const ruleQuestion = item.problemSpecific ? questions.problemRules[item.ruleId] : undefined;
      if (ruleQuestion) hints.push({ id: `rule:${item.ruleId}`, step: step.step, stepTitle: step.title, question: ruleQuestion });
    }
  }
  return hints;
}

/** The first hint not revealed yet; undefined when nothing is missing or every hint was shown. */
export function nextHint(card: Pick<Scorecard, 'steps'>, questions: GuidingQuestions, revealed: ReadonlySet<string>): Hint | undefined {
  return hintsFor(card, questions).find((hint) => !revealed.has(hint.id));
}
