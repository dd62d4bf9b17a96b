// How sure the review is reaches the editor: a rule settled only weakly is
// weakly addressed in the coverage answer and on the passage itself —
// through the real server over stdio.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { LspClient } from './lsp-harness.js';
import type { CoverageResult } from '../server/lsp/protocol.js';

const uri = 'untitled:weak-evidence.md';
// Retention is named once, in passing, in the evaluation section, without a target or the word online: an online metric, but only just.
const TEXT = `---
mldl: true
---
# Job recommendations

## Context

Members search for jobs; this service recommends jobs they may apply to.

## Model

A two-tower model ranks jobs by the predicted probability that the member applies (a ranking task).

## Evaluation

We also want members to come back, which shows in retention over the quarter.
`;

let client: LspClient;

before(async () => {
  client = (await LspClient.start({ initializationOptions: { debounceMs: 0 } })).client;
  await client.open(uri, TEXT);
  await client.diagnosticsFor(uri, 1);
});

after(() => client.kill());

function position(needle: string): { line: number; character: number } {
  const lines = TEXT.slice(0, TEXT.indexOf(needle)).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length + 1 };
}

test('mldl/coverage marks a weakly settled rule with its confidence', async () => {
  const coverage = (await client.connection.sendRequest('mldl/coverage', { uri })) as CoverageResult;
  const online = coverage.steps.flatMap((s) => s.rules).find((r) => r.ruleId === 'online-metrics');
  assert.equal(online?.status, 'covered');
  assert.equal(online?.confidence, 'weak');
  assert.equal(online?.range?.start.line, position('retention').line);
  const objective = coverage.steps.flatMap((s) => s.rules).find((r) => r.ruleId === 'ml-objective');
  assert.equal(objective?.confidence, 'strong');
});

test('hovering the passage says the rule is weakly addressed there', async () => {
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: position('retention') })) as Hover;
  const value = (hover.contents as MarkupContent).value;
  assert.match(value, /mldl: online-metrics\*\* · weakly addressed at L16/);
});
