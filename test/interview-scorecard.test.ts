// The scorecard of a partial interview answer: what each step covers and
// misses, the red flags, the score formula, time and trend, and both renderers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { applyLayer, defaultConfig, presetConfig } from '../server/config/presets.js';
import { lint } from '../server/linter.js';
import { findProblem } from '../server/interview/problems.js';
import { buildScorecard, type Scorecard } from '../server/interview/scorecard.js';
import { toHtml, toMarkdown } from '../server/interview/scorecard-render.js';
import { FRAUD_DATA, FRAUD_FRAMING, FRAUD_REQUIREMENTS, fraudAnswer } from './fraud-answer.js';

const PARTIAL = fraudAnswer(
  'problem: payment-fraud-detection\n',
  'Payment fraud detection',
  FRAUD_REQUIREMENTS,
  FRAUD_FRAMING,
  FRAUD_DATA,
  '## Evaluation\n\nWe report accuracy on a random 20 % sample of transactions.\n',
);

function scorecardOf(text: string, options: Parameters<typeof buildScorecard>[1] = {}): Scorecard {
  const config = applyLayer(defaultConfig(), presetConfig('mldl:interview'));
  return buildScorecard(lint(text, { force: true, config, filePath: 'answer.md' }), { problem: findProblem('payment-fraud-detection'), ...options });
}

const ids = (items: ReadonlyArray<{ ruleId: string }>): string[] => items.map((i) => i.ruleId);
const stepOf = (card: Scorecard, step: string) => card.steps.find((s) => s.step === step)!;

test('a partial answer: covered and missing items per step', () => {
  const card = scorecardOf(PARTIAL);
  assert.deepEqual(card.steps.map((s) => s.step), ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
  const data = stepOf(card, 'data');
  assert.ok(ids(data.covered).includes('label-delay'), 'the maturation window settles label-delay');
  assert.ok(ids(data.missing).includes('data-leakage'));
  assert.ok(ids(data.missing).includes('class-imbalance'));
  assert.deepEqual(ids(stepOf(card, 'framing').covered).sort(), ['label-definition', 'ml-objective']);
  assert.deepEqual(stepOf(card, 'framing').missing, []);
  assert.equal(stepOf(card, 'framing').coverage, 1);
  assert.ok(ids(stepOf(card, 'requirements').covered).includes('latency-budget'));
  assert.deepEqual(stepOf(card, 'model').covered, []);
  assert.equal(stepOf(card, 'model').coverage, 0);
  const monitoring = stepOf(card, 'monitoring');
  assert.ok(ids(monitoring.missing).includes('adversarial-drift'));
  const adversarial = monitoring.missing.find((i) => i.ruleId === 'adversarial-drift')!;
  assert.ok(adversarial.problemSpecific);
  assert.match(adversarial.why, /fraudsters/, 'a missing item says why interviewers ask');
  // Rules of other problems are not expected of this answer.
  const all = card.steps.flatMap((s) => [...ids(s.covered), ...ids(s.missing)]);
  assert.ok(!all.includes('calibration') && !all.includes('two-sided-marketplace'));
  assert.equal(data.covered.find((i) => i.ruleId === 'label-delay')?.line, 16);
});

test('red flags: leakage not addressed, no baseline, accuracy on imbalanced data', () => {
  const card = scorecardOf(PARTIAL);
  assert.deepEqual(ids(card.redFlags).sort(), ['baseline-model', 'data-leakage', 'metric-mismatch']);
  assert.equal(card.redFlags.find((f) => f.ruleId === 'metric-mismatch')?.line, 20);
});

test('the score is weighted coverage minus red-flag penalties, and rises as the answer improves', () => {
  const card = scorecardOf(PARTIAL);
  assert.ok(card.coveragePercent > 0 && card.coveragePercent < 100);
  assert.equal(card.score, Math.max(0, card.coveragePercent - Math.min(30, 10 * card.redFlags.length)));
  const better = scorecardOf(
    PARTIAL.replace('We report accuracy on a random 20 % sample of transactions.', 'We report PR-AUC and recall at 95 % precision on a time-based split: train on January to March, test on April.') +
      '\n## Model\n\nThe baseline is logistic regression on amount, merchant category and country; a gradient-boosted tree model must beat it on PR-AUC.\n',
  );
  assert.ok(better.redFlags.length < card.redFlags.length, `red flags left: ${ids(better.redFlags).join(', ')}`);
  assert.ok(better.score > card.score, `${better.score} should beat ${card.score}`);
});

test('time per step and the trend over earlier attempts', () => {
  const card = scorecardOf(PARTIAL, { timePerStep: { requirements: 300, data: 420 }, attempts: [{ date: '2026-11-02', score: 5 }, { date: '2026-10-01', score: 3 }], date: '2026-11-20' });
  assert.equal(stepOf(card, 'requirements').seconds, 300);
  assert.equal(stepOf(card, 'model').seconds, undefined);
  assert.equal(card.totalSeconds, 720);
  assert.deepEqual(card.trend?.attempts.map((a) => a.date), ['2026-10-01', '2026-11-02', '2026-11-20']);
  assert.equal(card.trend?.change, card.score - 5);
  assert.equal(card.trend?.best, Math.max(5, card.score));
  assert.equal(scorecardOf(PARTIAL).trend, undefined);
  assert.equal(scorecardOf(PARTIAL, { attempts: [] }).trend?.change, undefined, 'a first attempt has no change');
});

test('Markdown: score, red flags, checked and unchecked items with why', () => {
  const md = toMarkdown(scorecardOf(PARTIAL, { timePerStep: { data: 125 }, attempts: [{ date: '2026-11-01', score: 4 }], date: '2026-11-20' }));
  assert.match(md, /^# Interview scorecard$/m);
  assert.match(md, /\*\*Score: \d+ \/ 100\*\*/);
  assert.match(md, /^- line 20, `metric-mismatch`: Accuracy/m);
  assert.match(md, /^### 3\. Data — \d+ % covered, 2 min 05 s$/m);
  assert.match(md, /^- \[x\] `label-delay` \(problem-specific\): .*\(line 16\)$/m);
  assert.match(md, /^- \[ \] `adversarial-drift` \(problem-specific\): .*\n  - Why interviewers ask: No plan for adversarial drift/m);
  assert.match(md, /\*\*Trend:\*\* 2026-11-01: 4 → 2026-11-20: \d+/);
});

interface Node { nodeName: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[] }

function elements(node: Node, name: string): Node[] {
  const found = node.nodeName === name ? [node] : [];
  for (const child of node.childNodes ?? []) found.push(...elements(child, name));
  // <template> content is not used by the scorecard.
  return found;
}

const attr = (node: Node, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;

test('HTML: a self-contained page with one SVG bar per step sized by coverage', () => {
  const card = scorecardOf(PARTIAL);
  const html = toHtml(card);
  const document = parse(html) as unknown as Node;
  const bars = elements(document, 'svg');
  assert.deepEqual(bars.map((b) => attr(b, 'data-step')), card.steps.map((s) => s.step));
  for (const [index, bar] of bars.entries()) {
    const rects = elements(bar, 'rect');
    assert.equal(rects.length, 2);
    const expected = Math.round(card.steps[index].coverage * 200);
    assert.equal(Number(attr(rects[1], 'width')), expected, `${card.steps[index].step} bar width`);
  }
  assert.equal(elements(document, 'script').length, 0, 'no scripts');
  assert.equal(elements(document, 'link').length, 0, 'no external stylesheet');
  assert.doesNotMatch(html, /(?:src|href)=["']?https?:/, 'nothing fetched from the network');
  assert.equal(elements(document, 'style').length, 1);
  assert.match(html, /Why interviewers ask: No plan for adversarial drift/);
});

test('HTML escapes text from the doc and the problem', () => {
  const card = scorecardOf(PARTIAL);
  card.filePath = '<img src=x onerror=alert(1)>.md';
  const html = toHtml(card);
  assert.ok(!html.includes('<img'), 'file path must be escaped');
  assert.match(html, /&lt;img src=x/);
});
