// Documents that break naive linters. Each must lint without an exception,
// with findings that point inside the text, and finish (the test timeout is
// the bound; speed itself is measured by `npm run bench`, not asserted here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';
import type { LintResult } from '../server/engine/lint.js';

function lintChecked(text: string): LintResult {
  const result = lint(text, { force: true });
  for (const finding of result.findings) {
    assert.ok(finding.range.start.offset >= 0 && finding.range.end.offset <= text.length, `${finding.ruleId} outside the text`);
    assert.ok(finding.range.start.offset <= finding.range.end.offset, `${finding.ruleId} range reversed`);
  }
  return result;
}

test('an empty file lints and reports at line 1', () => {
  const result = lintChecked('');
  assert.equal(result.skipped, false);
  assert.ok(result.findings.length > 0);
  assert.ok(result.findings.every((f) => f.range.start.line === 1));
  // The fix for an empty file starts the doc with a section.
  const fix = result.findings.find((f) => f.ruleId === 'business-metric')!.fixes[0].insertion;
  assert.equal(fix.offset, 0);
  assert.match(fix.text, /^## Requirements\n\n- \*\*Business metric:\*\*/);
});

test('front matter only: the findings go to line 1 and fixes go after the front matter', () => {
  const text = '---\nsystem: fraud\nmldl: true\n---\n';
  const result = lintChecked(text);
  assert.equal(result.profile.type, 'fraud');
  for (const finding of result.findings) {
    for (const fix of finding.fixes) assert.ok(fix.insertion.offset >= text.length, `${finding.ruleId} fix lands inside the front matter`);
  }
});

test('invalid YAML front matter is an error finding with its position, and the doc is still linted', () => {
  const result = lintChecked('---\ntitle: [unclosed\nsystem: ads\n---\n# Ads ranking\n\nTODO\n');
  const problem = result.findings.find((f) => f.ruleId === 'front-matter');
  assert.ok(problem, 'front-matter problem reported');
  assert.equal(problem.severity, 'error');
  assert.ok(problem.range.start.line >= 2 && problem.range.start.line <= 4, `line ${problem.range.start.line}`);
  assert.ok(result.findings.some((f) => f.ruleId === 'placeholder-text'));
});

test('a 5 MB single line is linted in bounded chunks, with exact ranges at the far end', { timeout: 240_000 }, () => {
  const chunk = `${'word '.repeat(200)}low latency TODO `;
  const text = `# Design\n\n${chunk.repeat(Math.ceil(5_000_000 / chunk.length))}\n`;
  const result = lintChecked(text);
  const placeholders = result.findings.filter((f) => f.ruleId === 'placeholder-text');
  assert.ok(placeholders.length > 4000);
  const last = placeholders[placeholders.length - 1];
  assert.equal(text.slice(last.range.start.offset, last.range.end.offset), 'TODO');
});

test('50,000 lines', { timeout: 240_000 }, () => {
  const lines = Array.from({ length: 50_000 }, (_, i) => (i % 100 === 0 ? `## Part ${i}` : `Line ${i} about the model, its features and TODO items.`));
  const result = lintChecked(lines.join('\n'));
  const last = result.findings.filter((f) => f.ruleId === 'placeholder-text').pop()!;
  assert.equal(last.range.start.line, 50_000);
});

test('1,000-deep nested lists and block quotes', { timeout: 240_000 }, () => {
  const list = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i} TBD`).join('\n');
  const listResult = lintChecked(list);
  assert.equal(listResult.findings.filter((f) => f.ruleId === 'placeholder-text').length, 1000);
  const quotes = `${'> '.repeat(1000)}deep TBD\n`;
  const quoteResult = lintChecked(quotes);
  const finding = quoteResult.findings.find((f) => f.ruleId === 'placeholder-text')!;
  assert.equal(quotes.slice(finding.range.start.offset, finding.range.end.offset), 'TBD');
});

test('binary-looking text, control characters and lone surrogates do not crash the engine', () => {
  const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
  lintChecked(bytes);
  lintChecked('\u0000\u0001\ud800 TODO \udfff\r\r\n# x\u2028y');
});
