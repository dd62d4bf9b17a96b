import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';

test('a doc with no sections reports the missing business metric at line 1', () => {
  const result = lint('# Job recommendations\n\nWe will train a model on features and labels.\n', { force: true });
  const finding = result.findings.find((f) => f.ruleId === 'business-metric');
  assert.ok(finding, 'business-metric should fire');
  assert.equal(finding.range.start.line, 1);
});
