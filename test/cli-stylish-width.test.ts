// Stylish rows fit the terminal: cut to its width (with "…") on a TTY or when
// COLUMNS says so; whole in a pipe, in a file, with --verbose, and in JSON.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { displayWidth, truncateToWidth } from '../server/cli/formatters/stylish-width.js';
import { formatStylish } from '../server/cli/formatters/stylish.js';
import type { FileResult } from '../server/cli/formatters/types.js';
import { BIN, REPO_ROOT, parseJsonOutput, runCli, runCliInProcess } from './cli-harness.js';
import { requiredTool } from './required-tool.js';

const DRAFT = path.join(REPO_ROOT, 'examples', 'job-recommendations-draft.md');

function rows(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\s+\d+:\d+\s/.test(line));
}

test('displayWidth counts wide characters twice and combining marks not at all', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('全角'), 4);
  assert.equal(displayWidth('e\u0301'), 1);
  assert.equal(displayWidth('≥ 2 → 3 …'), 9);
});

test('truncateToWidth fits the width, ends in "…" and prefers a word boundary', () => {
  const text = 'No latency budget with a number: "low latency" cannot be designed for';
  const cut = truncateToWidth(text, 40);
  assert.ok(displayWidth(cut) <= 40, cut);
  assert.ok(cut.endsWith('…'));
  assert.equal(cut, 'No latency budget with a number: "low…');
  assert.equal(truncateToWidth('short', 40), 'short');
  const wide = truncateToWidth('全角全角全角全角全角', 9);
  assert.ok(displayWidth(wide) <= 9, wide);
});

test('the stylish formatter cuts messages to the width and breaks coverage between steps', () => {
  const long = 'A very long message about a missing concept that goes on and on well past any terminal width you would use';
  const result: FileResult = {
    filePath: '/p/doc.md',
    skipped: false,
    findings: [
      { ruleId: 'baseline-model', severity: 'error', kind: 'document', message: `${long}.`, fixes: [], range: { start: { line: 3, column: 1, offset: 0 }, end: { line: 3, column: 2, offset: 1 } } },
    ],
    coverage: {
      covered: 1,
      total: 9,
      steps: [
        { step: 'requirements', covered: 1, total: 3 },
        { step: 'data', covered: 0, total: 3 },
        { step: 'monitoring', covered: 0, total: 3 },
      ],
    },
  } as unknown as FileResult;
  const narrow = formatStylish([result], { cwd: '/p', color: false, width: 60, env: {} });
  for (const line of narrow.split('\n')) assert.ok(displayWidth(line) <= 60, `${displayWidth(line)}: ${line}`);
  assert.match(narrow, /… {2}baseline-model$/m, 'the rule id stays visible');
  assert.match(narrow, /^ {2}coverage 1\/9 rules: requirements 1\/3 · data 0\/3$/m);
  assert.match(narrow, /^ {4}monitoring 0\/3$/m);
  const whole = formatStylish([result], { cwd: '/p', color: false, env: {} });
  assert.ok(whole.includes(long), 'without a width, the whole message');
});

test('CLI: COLUMNS fits every row; without it a pipe gets whole rows; --verbose and JSON keep the full text', async () => {
  const cwd = path.dirname(DRAFT);
  const fitted = runCli([DRAFT], { cwd, env: { COLUMNS: '90' } });
  assert.equal(fitted.code, 1);
  const fittedRows = rows(fitted.stdout);
  assert.ok(fittedRows.length > 10);
  for (const line of fitted.stdout.split('\n')) assert.ok(displayWidth(line) <= 90, `${displayWidth(line)} > 90: ${line}`);
  assert.ok(fittedRows.some((row) => row.includes('…')), 'long messages are cut');

  // The other runs go through main() in this process (runCliInProcess, checked against the process in cli.test.ts).
  const piped = await runCliInProcess([DRAFT], { cwd });
  assert.ok(rows(piped.stdout).some((row) => row.length > 150), 'a pipe gets whole rows, as ESLint and markdownlint-cli2 print them');
  assert.ok(!rows(piped.stdout).some((row) => row.includes('…  ')));

  const verbose = await runCliInProcess(['--verbose', DRAFT], { cwd, env: { COLUMNS: '90' } });
  assert.deepEqual(rows(verbose.stdout), rows(piped.stdout), '--verbose: full text even with a width');

  const json = await runCliInProcess(['--format', 'json', DRAFT], { cwd, env: { COLUMNS: '90' } });
  const [result] = parseJsonOutput(json.stdout);
  assert.ok(result.messages.every((m) => !m.message.endsWith('…')));
});

test('CLI in a real terminal (a pty from `script`) fits rows to the terminal width', (t: TestContext) => {
  // util-linux `script` is in every Debian install (bsdutils, essential).
  if (!requiredTool(t, 'script', 'apt-get install -y bsdutils')) return;
  const env = { ...process.env, NO_COLOR: '1' } as Record<string, string>;
  delete env.COLUMNS;
  const command = `stty cols 72; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${JSON.stringify(DRAFT)}`;
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env, cwd: path.dirname(DRAFT) });
  const lines = run.stdout.replace(/\r/g, '').split('\n');
  assert.ok(rows(lines.join('\n')).length > 10, run.stdout);
  for (const line of lines) assert.ok(displayWidth(line) <= 72, `${displayWidth(line)} > 72: ${line}`);
});
