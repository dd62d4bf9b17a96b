// The CLI's parts in-process: argument parsing, formatters, per-file error
// handling and the last-resort error handler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCliArgs, UsageError } from '../server/cli/args.js';
import { formatJson } from '../server/cli/formatters/json.js';
import { formatStylish } from '../server/cli/formatters/stylish.js';
import type { FileResult } from '../server/cli/formatters/types.js';
import { lintSources } from '../server/cli/lint-files.js';
import { main, type CliIO } from '../server/cli/main.js';
import { ConfigLoader } from '../server/config/load.js';
import type { Finding, Severity } from '../server/engine/types.js';
import { OPTED_IN_DOC } from './cli-harness.js';

function finding(severity: Severity, line: number, column: number, ruleId = 'placeholder-text'): Finding {
  const point = (col: number) => ({ line, column: col, offset: 0 });
  return { ruleId, severity, message: `Something is off at ${line}:${column}.`, range: { start: point(column), end: point(column + 4) }, kind: 'passage', fixes: [] };
}

test('parseCliArgs: defaults, repeated --rule, colour flags, option errors', () => {
  const defaults = parseCliArgs(['docs']);
  assert.deepEqual(
    { patterns: defaults.patterns, format: defaults.format, maxWarnings: defaults.maxWarnings, color: defaults.color, rules: defaults.rules },
    { patterns: ['docs'], format: 'stylish', maxWarnings: -1, color: undefined, rules: [] },
  );
  const options = parseCliArgs(['a.md', '--rule', 'cold-start:off', '--rule=data-leakage:warning', '--no-color', '-f', 'json', '--', '--odd-name.md']);
  assert.deepEqual(options.rules, ['cold-start:off', 'data-leakage:warning']);
  assert.equal(options.color, false);
  assert.equal(options.format, 'json');
  assert.deepEqual(options.patterns, ['a.md', '--odd-name.md']);
  assert.equal(parseCliArgs(['-', '--stdin-filename', 'x.md']).stdinFilename, 'x.md');
  assert.throws(() => parseCliArgs(['--nope']), (e: unknown) => e instanceof UsageError && /^Unknown option '--nope'\.$/.test(e.message));
  assert.throws(() => parseCliArgs(['--format']), UsageError);
  assert.throws(() => parseCliArgs(['--color', '--no-color', 'x']), /cannot be used together/);
  assert.equal(parseCliArgs(['--max-warnings', '-1', 'x']).maxWarnings, -1);
  assert.equal(parseCliArgs(['--max-warnings=0', 'x']).maxWarnings, 0);
  assert.throws(() => parseCliArgs(['--max-warnings', '-2', 'x']), /--max-warnings expects/);
  assert.throws(() => parseCliArgs(['--format', '-q']), (e: unknown) => e instanceof UsageError && !e.message.includes('\n'));
});

test('stylish: aligned rows, coverage, pluralised summary; nothing for clean or skipped files', () => {
  const results: FileResult[] = [
    { filePath: '/p/docs/a.md', skipped: false, findings: [finding('error', 3, 1), finding('warning', 12, 10, 'cold-start')], coverage: { covered: 19, total: 26 } },
    { filePath: '/p/clean.md', skipped: false, findings: [], coverage: { covered: 26, total: 26 } },
    { filePath: '/p/README.md', skipped: true, skipReason: 'not a design doc', findings: [] },
  ];
  const text = formatStylish(results, { cwd: '/p', color: false, env: {} });
  assert.equal(
    text,
    [
      '',
      'docs/a.md',
      '   3:1   error    Something is off at 3:1  placeholder-text',
      '  12:10  warning  Something is off at 12:10  cold-start',
      '  coverage 19/26 rules',
      '',
      '\u2716 2 findings (1 error, 1 warning, 0 infos)',
      '',
    ].join('\n'),
  );
  assert.equal(formatStylish(results.slice(1), { cwd: '/p', color: false, env: {} }), '');
  assert.ok(formatStylish(results, { cwd: '/p', color: true, env: {} }).includes('\u001b[31merror'), 'errors are red with colour on');
});

test('json: exactly filePath, skipped and messages with 1-based ranges', () => {
  const output = JSON.parse(formatJson([{ filePath: '/p/a.md', skipped: false, findings: [finding('info', 2, 5)] }], { cwd: '/p', color: true, env: {} })) as unknown;
  assert.deepEqual(output, [
    {
      filePath: '/p/a.md',
      skipped: false,
      messages: [{ ruleId: 'placeholder-text', severity: 'info', message: 'Something is off at 2:5.', line: 2, column: 5, endLine: 2, endColumn: 9 }],
    },
  ]);
});

test('a file that cannot be read is one fatal line; the next file is still linted', async (t) => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-units-')));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'folder.md'));
  fs.writeFileSync(path.join(dir, 'ok.md'), OPTED_IN_DOC);
  const run = await lintSources(
    [{ filePath: path.join(dir, 'folder.md'), explicit: true }, { filePath: path.join(dir, 'gone.md'), explicit: true }, { filePath: path.join(dir, 'ok.md'), explicit: true }],
    { loader: new ConfigLoader({ cwd: dir }), cwd: dir, force: false, env: {} },
  );
  assert.deepEqual(run.fatalErrors, ['folder.md: is a directory', 'gone.md: no such file (it may have been removed, or be a broken symbolic link)']);
  assert.deepEqual(run.results.map((r) => path.basename(r.filePath)), ['ok.md']);
  assert.ok(run.results[0].findings.length > 0);
});

test('an unexpected failure exits 2 with one line and no stack trace (unless MLDL_DEBUG)', async () => {
  const captured = { stdout: '', stderr: '' };
  const io = (env: NodeJS.ProcessEnv): CliIO => ({
    cwd: os.tmpdir(),
    env,
    stdoutIsTTY: false,
    stdout: (text) => void (captured.stdout += text),
    stderr: (text) => void (captured.stderr += text),
    readStdin: () => Promise.reject(new Error('stdin exploded')),
  });
  assert.equal(await main(['-'], io({})), 2);
  assert.equal(captured.stderr, 'mldl: internal error: stdin exploded\nSet MLDL_DEBUG=1 for details, and please report this.\n');
  captured.stderr = '';
  assert.equal(await main(['-'], io({ MLDL_DEBUG: '1' })), 2);
  assert.match(captured.stderr, /\n\s+at /, 'MLDL_DEBUG shows the stack');
});
