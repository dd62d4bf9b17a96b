// Which framework step a section heading belongs to. Used to read a passage
// in context ("CTR" under "Online metrics" is an online metric) and to decide
// where a quick fix inserts a missing piece.
import { tokenize } from './text.js';
import type { Step } from './types.js';

export const STEP_TITLES: Record<Step, string> = {
  requirements: 'Requirements',
  framing: 'Problem framing',
  data: 'Data',
  model: 'Model',
  evaluation: 'Evaluation',
  serving: 'Serving',
  monitoring: 'Monitoring',
};

// Heading vocabulary per step, as stems (see text.ts), the more specific step
// first: "Model evaluation" is evaluation, "Model serving" is serving.
const DECISIVE: Array<[RegExp, Step[]]> = [
  [/\b(monitor|drift|alert|observ|mainten|maintain)/, ['monitoring']],
  [/\b(a b|ab|onlin|offlin|evalu|metric|experi|backtest)\b/, ['evaluation']],
  [/\b(serv|deploy|infer|rollout|launch|releas|infrastructur|integr|api|latenc)/, ['serving']],
  [/\b(baselin|algorithm|model|train|architectur|approach|candid|retriev|rank)\b/, ['model']],
  [/\b(data|dataset|featur|label|sampl|annot|etl|ingest|leakag|preprocess|signal|embed)\b/, ['data']],
  [/\b(frame|formul|ml object|object|input|output|task|target)\b/, ['framing']],
  [/\b(requir|busi|goal|clarifi|scope|constraint|success|kpi|problem|context|motiv|background|stakehold)/, ['requirements']],
];

/** The steps a heading's words point to; empty when it names none. */
export function stepsOfHeading(heading: string): Step[] {
  const stems = tokenize(heading).map((t) => t.stem);
  const joined = ` ${stems.join(' ')} `;
  const decided = new Set<Step>();
  for (const [pattern, steps] of DECISIVE) {
    if (pattern.test(joined)) {
      for (const step of steps) decided.add(step);
      // "Model evaluation" is evaluation; "Model serving" is serving: the first
      // decisive match in the list above wins, except data+model headings
      // ("Training data") which keep both.
      if (!(steps[0] === 'model' && /\b(data|dataset|featur)\b/.test(joined))) break;
    }
  }
  return [...decided];
}
