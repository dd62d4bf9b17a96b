// The example docs shipped in examples/: the complete design doc must pass
// with no findings at all, and the hurried draft must show the typical gaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/linter.js';
import { findRule } from '../rules/index.js';
import type { Finding } from '../server/engine/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function lintExample(name: string): { text: string; findings: Finding[]; result: ReturnType<typeof lint> } {
  const filePath = `examples/${name}`;
  const text = readFileSync(join(ROOT, filePath), 'utf8');
  // No `force`: the examples must also pass auto-detection as design docs.
  const result = lint(text, { filePath });
  return { text, findings: result.findings, result };
}

function describeFindings(text: string, findings: Finding[]): string {
  return findings
    .map((f) => `  line ${f.range.start.line} ${f.ruleId}: "${text.slice(f.range.start.offset, f.range.end.offset)}" — ${f.message}`)
    .join('\n');
}

test('the complete job-recommendations design doc is linted and has no findings', () => {
  const { text, findings, result } = lintExample('job-recommendations.md');
  assert.equal(result.skipped, false, result.skipReason);
  assert.equal(result.profile.type, 'recommendation');
  assert.equal(findings.length, 0, `unexpected findings:\n${describeFindings(text, findings)}`);
  // Interview-problem rules (‡) apply only to docs that name a problem; this one is a real design doc.
  const notCovered = result.coverage
    .filter((c) => c.status !== 'covered' && findRule(c.ruleId)?.meta.appliesTo !== 'problem')
    .map((c) => `${c.ruleId}: ${c.status}`);
  assert.deepEqual(notCovered, [], 'every document rule is covered');
});

test('the complete doc walks the seven steps and is 150–300 lines', () => {
  const { text, result } = lintExample('job-recommendations.md');
  const lines = text.split('\n').length;
  assert.ok(lines >= 150 && lines <= 300, `${lines} lines`);
  const steps = new Set(result.doc.sections.flatMap((s) => s.steps));
  assert.deepEqual([...steps].sort(), ['data', 'evaluation', 'framing', 'model', 'monitoring', 'requirements', 'serving']);
});

test('the draft shows the typical gaps of a hurried first draft', () => {
  const { text, findings, result } = lintExample('job-recommendations-draft.md');
  assert.equal(result.skipped, false, result.skipReason);
  const errors = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
  for (const id of ['baseline-model', 'data-leakage', 'drift-monitoring']) {
    assert.ok(errors.has(id), `expected an error-level ${id} finding; got:\n${describeFindings(text, findings)}`);
  }
  const at = (ruleId: string): string[] =>
    findings.filter((f) => f.ruleId === ruleId).map((f) => text.slice(f.range.start.offset, f.range.end.offset));
  // Passage findings point at the words themselves.
  assert.ok(at('unquantified-requirement').includes('low latency'), `"low latency" is flagged; got ${JSON.stringify(at('unquantified-requirement'))}`);
  assert.deepEqual(at('placeholder-text'), ['TBD'], 'the empty A/B test section is flagged');
  assert.deepEqual(at('metric-mismatch'), ['accuracy'], 'accuracy as the headline metric is flagged');
  assert.deepEqual(at('leaky-feature'), ['randomly split'], 'the random split is flagged');
  // The empty "A/B test" heading does not count as planning an experiment.
  assert.ok(findings.some((f) => f.ruleId === 'ab-test'));
});

test('the draft is between 60 and 100 lines', () => {
  const lines = lintExample('job-recommendations-draft.md').text.split('\n').length;
  assert.ok(lines >= 60 && lines <= 100, `${lines} lines`);
});
