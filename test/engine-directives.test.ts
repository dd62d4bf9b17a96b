// Inline directives: ESLint-style HTML comments switch rules off for a region,
// the next line, or the whole file (document-level rules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';

function linesOf(text: string, ruleId: string): number[] {
  return lint(text, { force: true })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.range.start.line);
}

const REGION = `# Job recommendations

## Requirements

- TODO: first placeholder
<!-- mldl-disable placeholder-text -->
- TODO: hidden placeholder
- The service must be fast.
<!-- mldl-enable placeholder-text -->
- TODO: visible again
`;

test('mldl-disable / mldl-enable switch a rule off for the lines in between only', () => {
  assert.deepEqual(linesOf(REGION, 'placeholder-text'), [5, 10]);
});

test('a region disable names only its rule: other rules still fire inside it', () => {
  assert.deepEqual(linesOf(REGION, 'unquantified-requirement'), [8]);
});

test('mldl-disable with no rule id switches every rule off until mldl-enable', () => {
  const text = `# Job recommendations

## Requirements

<!-- mldl-disable -->
- TODO: hidden
- The service must be fast.
<!-- mldl-enable -->
- TODO: visible
- The ranker must be highly scalable.
`;
  assert.deepEqual(linesOf(text, 'placeholder-text'), [9]);
  assert.deepEqual(linesOf(text, 'unquantified-requirement'), [10]);
});

test('mldl-disable-next-line hides the next line only', () => {
  const text = `# Job recommendations

## Requirements

<!-- mldl-disable-next-line placeholder-text -->
- TODO: hidden
- TODO: visible
`;
  assert.deepEqual(linesOf(text, 'placeholder-text'), [7]);
});

test('mldl-disable-next-line for another rule does not hide this one', () => {
  const text = `# Job recommendations

## Requirements

<!-- mldl-disable-next-line unquantified-requirement -->
- TODO: still reported
`;
  assert.deepEqual(linesOf(text, 'placeholder-text'), [6]);
});

test('mldl-disable-next-line with no rule id hides every rule on the next line', () => {
  const text = `# Job recommendations

## Requirements

<!-- mldl-disable-next-line -->
- TODO: the service must be fast.
- TODO: the ranker must be fast.
`;
  assert.deepEqual(linesOf(text, 'placeholder-text'), [7]);
  assert.deepEqual(linesOf(text, 'unquantified-requirement'), [7]);
});

test('several rule ids in one directive, comma separated', () => {
  const text = `# Job recommendations

## Requirements

<!-- mldl-disable-next-line placeholder-text, unquantified-requirement -->
- TODO: the service must be fast.
`;
  assert.deepEqual(linesOf(text, 'placeholder-text'), []);
  assert.deepEqual(linesOf(text, 'unquantified-requirement'), []);
});

const NO_METRIC = `# Job recommendations

## Requirements

We want members to find jobs they like.
`;

test('without directives the document-level rule fires (control for the next tests)', () => {
  assert.deepEqual(linesOf(NO_METRIC, 'business-metric'), [3]);
});

test('a document-level rule disabled in the file does not fire and its coverage says off', () => {
  const text = `<!-- mldl-disable business-metric -->\n${NO_METRIC}`;
  const result = lint(text, { force: true });
  assert.equal(result.findings.filter((f) => f.ruleId === 'business-metric').length, 0);
  const coverage = result.coverage.find((c) => c.ruleId === 'business-metric');
  assert.equal(coverage?.status, 'off');
  // Other document rules are untouched.
  assert.ok(result.findings.some((f) => f.ruleId === 'latency-budget'));
});

test('a document-level rule disabled at the end of the file is off for the whole file', () => {
  const text = `${NO_METRIC}\n<!-- mldl-disable business-metric -->\n`;
  assert.deepEqual(linesOf(text, 'business-metric'), []);
});

test('a disable that is re-enabled before the end does not switch a document rule off', () => {
  const text = `${NO_METRIC}\n<!-- mldl-disable business-metric -->\n\nSome text.\n\n<!-- mldl-enable business-metric -->\n`;
  assert.deepEqual(linesOf(text, 'business-metric'), [3]);
});

test('mldl-disable-next-line above the heading hides a document finding placed on it', () => {
  const text = NO_METRIC.replace('## Requirements', '<!-- mldl-disable-next-line business-metric -->\n## Requirements');
  assert.deepEqual(linesOf(text, 'business-metric'), []);
});

test('a directive inside a fenced code block is not a directive', () => {
  const text = `# Job recommendations

## Requirements

\`\`\`markdown
<!-- mldl-disable placeholder-text -->
\`\`\`

- TODO: still reported
`;
  assert.deepEqual(linesOf(text, 'placeholder-text'), [9]);
});
