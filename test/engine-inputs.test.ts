// The engine takes the rule catalog, the configuration, the meaning of front
// matter settings and the interview problem ids as inputs (server/linter.ts
// binds the built-in ones). Driven here without the binding, with inputs of
// the test's own, to show that nothing else is consulted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type LintOptions } from '../server/engine/lint.js';
import type { ResolvedConfig } from '../server/engine/types.js';
import { findRule } from '../rules/index.js';

const placeholder = findRule('placeholder-text')!;
const config: ResolvedConfig = {
  rules: { 'placeholder-text': { severity: 'info', options: {} } },
  detect: 'auto',
  include: [],
  exclude: [],
  maxDocumentSize: 1_000_000,
};

function options(overrides: Partial<LintOptions> = {}): LintOptions {
  return {
    rules: [placeholder],
    config,
    frontMatterSettings: (_value, base) => ({ config: base, faults: [] }),
    knownProblems: new Set(['toy-problem']),
    force: true,
    ...overrides,
  };
}

const DOC = '# Toy design\n\n## Model\n\nTODO: pick a model.\n';

test('only the rules given run, at the severity the configuration gives', () => {
  const findings = lint(DOC, options()).findings;
  assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['placeholder-text', 'info']]);
  assert.deepEqual(lint(DOC, options({ rules: [] })).findings, []);
});

test('front matter `mldl:` settings mean what the given reader says', () => {
  const seen: unknown[] = [];
  const result = lint(`---\nmldl: { anything: 1 }\n---\n${DOC}`, options({
    frontMatterSettings: (value, base) => {
      seen.push(value);
      return { config: { ...base, rules: { 'placeholder-text': { severity: 'off', options: {} } } }, faults: [{ message: 'not today', path: ['mldl', 'anything'], part: 'key' as const }] };
    },
  }));
  assert.deepEqual(seen, [{ anything: 1 }]);
  assert.deepEqual(result.findings.map((f) => [f.ruleId, f.message]), [['front-matter', 'not today']]);
});

test('front matter `problem:` is checked against the problem ids given, not the rules', () => {
  const known = lint(`---\nproblem: toy-problem\n---\n${DOC}`, options()).findings;
  assert.deepEqual(known.filter((f) => f.kind === 'engine'), []);
  const unknown = lint(`---\nproblem: payment-fraud-detection\n---\n${DOC}`, options()).findings.filter((f) => f.kind === 'engine');
  assert.equal(unknown.length, 1);
  assert.match(unknown[0].message, /unknown interview problem "payment-fraud-detection"\. Expected one of toy-problem/);
});
