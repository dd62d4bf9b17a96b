// Guiding questions for practice hints: what an interviewer would ask to
// nudge a candidate towards a step (or a problem's own point) they have not
// addressed yet. They ask, never answer: no technique, metric or rule id is
// named, so a hint steers the thinking without writing the answer. Data only;
// scripts/generate/editor-assets.ts copies it into the extension's catalog.
import type { Step } from '../engine/types.js';

/** One question per framework step, in the order an interviewer would ask. */
export const STEP_QUESTIONS: Readonly<Record<Step, string>> = {
  requirements: 'What does the business want from this system, how would you know it succeeded, and how big and how fast must it be?',
  framing: 'If you had to write the model\'s output as one quantity, what exactly would it predict, and for which input?',
  data: 'Where does each training example come from, how do you know whether it is positive or negative, and what could the model see that it should not?',
  model: 'What is the simplest thing you could ship first, and what would a more complex model have to beat to earn its cost?',
  evaluation: 'How will you know, before and after launch, that the new model is better, and which number decides the launch?',
  serving: 'Walk through one request: what happens between the user asking and the answer coming back, and how long may it take?',
  monitoring: 'Three months after launch, what tells you the model has quietly got worse, and what do you do then?',
};

/** One question per problem-specific rule (appliesTo 'problem'), asked the same way. */
export const PROBLEM_RULE_QUESTIONS: Readonly<Record<string, string>> = {
  'two-sided-marketplace': 'A match needs both sides to want it: whose interest does your objective leave out?',
  'eta-uncertainty': 'Two trips both have a 20-minute estimate, but one is far less predictable: how would a user or the dispatcher know?',
  'feedback-loop': 'Your next training data comes from what this model chose to show: what does that do to the model over time?',
  'label-delay': 'When do you find out that a prediction was right or wrong, and what does that mean for your most recent data?',
  'query-understanding': 'Before ranking anything, what has to happen to the words the user typed?',
  calibration: 'Someone downstream uses your score as a probability, not just an order: what must be true of it?',
  'human-review-loop': 'What happens to the cases the model is unsure about, and what does the system learn from them?',
  'nearest-neighbor-index': 'With hundreds of millions of candidates, how do you find the most similar ones within your latency budget?',
  'adversarial-drift': 'The people you are catching see what gets blocked: how do they react, and how fast must you?',
};
