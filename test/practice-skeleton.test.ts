// The practice doc skeleton and the step-by-line mapping the time-per-step
// clock relies on (client/src/practice/skeleton.ts), checked against the real
// engine and problem bank: a fresh answer covers nothing, names its problem
// and is reviewed even though it is nearly empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { practiceDocument, stepAtLine, stepsByLine } from '../client/src/practice/skeleton.js';
import { lint } from '../server/linter.js';
import { STEP_TITLES } from '../server/engine/step-titles.js';
import { STEPS } from '../server/engine/types.js';
import { PROBLEMS } from '../server/interview/problems.js';
import { scoreAnswer } from '../server/interview/score-answer.js';

const steps = STEPS.map((id) => ({ id, title: STEP_TITLES[id] }));

test('the skeleton has the front matter, the prompt and the seven empty step headings, in order', () => {
  const problem = PROBLEMS.find((p) => p.id === 'payment-fraud-detection')!;
  const text = practiceDocument(problem, steps);
  assert.match(text, /^---\nproblem: payment-fraud-detection\nsystem: fraud\nmldl: true\n---\n/);
  assert.ok(text.includes(problem.prompt), 'the prompt is in the doc');
  const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(headings, STEPS.map((s) => STEP_TITLES[s]));
  // Nothing but blank lines under the headings: no answer is given away.
  const afterFirst = text.slice(text.indexOf('## Requirements'));
  assert.deepEqual(afterFirst.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('## ')), []);
});

test('for every problem, a fresh skeleton is reviewed, names a known problem and covers nothing', () => {
  for (const problem of PROBLEMS) {
    const text = practiceDocument(problem, steps);
    const result = lint(text, {});
    assert.equal(result.skipped, false, `${problem.id}: reviewed without force (mldl: true)`);
    assert.deepEqual(result.findings.filter((f) => f.kind === 'engine').map((f) => f.message), [], `${problem.id}: front matter accepted`);
    const scored = scoreAnswer(text);
    assert.ok(scored.ok, problem.id);
    if (!scored.ok) continue;
    assert.equal(scored.scorecard.problem?.id, problem.id, 'the scorecard reads the problem from the front matter');
    const covered = scored.scorecard.steps.flatMap((s) => s.covered.map((c) => c.ruleId));
    assert.deepEqual(covered, [], `${problem.id}: the prompt itself covers nothing`);
    const expected = scored.scorecard.steps.flatMap((s) => s.missing.map((m) => m.ruleId));
    for (const rule of problem.problemRules) assert.ok(expected.includes(rule), `${problem.id}: its own rule ${rule} is expected`);
    assert.equal(scored.scorecard.score, 0);
  }
});

test('a prompt cannot close the HTML comment it sits in', () => {
  const text = practiceDocument({ id: 'x', prompt: 'Design --> <script>', system: 'other' }, steps);
  assert.equal(text.match(/-->/g)?.length, 1);
});

test('each line maps to the step section it is in', () => {
  const lines = [
    '---', 'problem: x', '## Data', '---', // front matter: no step, even with a heading-like line
    '# Title',
    'intro',
    '## Requirements',
    'a requirement',
    '### Scale', // deeper headings stay in the step
    '10k QPS',
    '```',
    '## Model', // inside a fence: not a heading
    '```',
    '## 3. data', // numbered, other case
    'events',
    '## Appendix', // another level-2 heading closes the step
    'notes',
  ];
  assert.deepEqual(stepsByLine(lines, steps), [
    undefined, undefined, undefined, undefined,
    undefined, undefined,
    'requirements', 'requirements', 'requirements', 'requirements',
    'requirements', 'requirements', 'requirements',
    'data', 'data',
    undefined, undefined,
  ]);
  const text = lines.join('\n');
  assert.equal(stepAtLine(text, 9, steps), 'requirements');
  assert.equal(stepAtLine(text, 14, steps), 'data');
  assert.equal(stepAtLine(text, 99, steps), undefined, 'past the end: the last line');
});

test('an edit typed under a heading of the skeleton lands in that step', () => {
  const text = practiceDocument(PROBLEMS[0], steps);
  const lines = text.split('\n');
  for (const step of STEPS) {
    const heading = lines.indexOf(`## ${STEP_TITLES[step]}`);
    assert.equal(stepAtLine(text, heading + 1, steps), step);
  }
  assert.equal(stepAtLine(text, lines.findIndex((l) => l.startsWith('<!-- Prompt')), steps), undefined);
});
