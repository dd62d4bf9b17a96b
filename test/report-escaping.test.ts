// A file literally named with newlines, workflow commands (::error,
// ::stop-commands), ANSI and OSC escapes, HTML and Markdown, run through the
// real CLI in every format (issue 11 item 4): nothing in a name can forge an
// annotation, repaint a terminal or add markup to a job summary. JSON and
// Markdown (whose links read the process's GITHUB_* variables) come from a
// real process; the other formats of the same files from main() in this
// process (runCliInProcess, checked against the process in cli.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OPTED_IN_DOC, git, makeProject, onlyRules, removeProject, runCli, runCliInProcess, type JsonResult } from './cli-harness.js';
import { escapeControls } from '../server/io/escape.js';
import { assertHtmlReport, assertMarkdownReport, assertPlainLines, parseAnnotations } from './report-invariants.js';

const POSIX = process.platform !== 'win32';

/** Everything but '/' and NUL is allowed in a POSIX file name. */
const HOSTILE =
  'evil\n::error file=forged.md,line=1::forged annotation\r\n::stop-commands::pwned\u001b[2J\u001b]8;;http:x\u0007\u009b31m' +
  '`<img src=x onerror=alert(1)>`|# [link](javascript:alert(1)) **bold** %0A\u202egnp.md';
const BROKEN = 'broken\n::error::not utf-8\u001b[31m.md';

test('a hostile file name is escaped in every format; stderr lines stay single and inert', { skip: !POSIX && 'POSIX file names' }, async (t) => {
  const cwd = makeProject({ '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning' }) });
  t.after(() => removeProject(cwd));
  fs.writeFileSync(path.join(cwd, HOSTILE), OPTED_IN_DOC);
  fs.writeFileSync(path.join(cwd, BROKEN), Buffer.from([0x23, 0x20, 0xff, 0x0a]));
  const args = ['--no-color', '--verbose', '.'];

  const json = runCli(['--format', 'json', ...args], { cwd });
  const results = JSON.parse(json.stdout) as JsonResult[];
  assert.deepEqual(results.map((r) => path.basename(r.filePath)), [HOSTILE], 'JSON keeps the exact name');
  assert.doesNotMatch(json.stdout.trimEnd(), /[\u0000-\u001f]/, 'JSON output is one line with every control character escaped');
  const findings = results[0].messages.length;
  assert.ok(findings > 0);
  assertPlainLines(json.stderr, 'stderr');
  assert.match(json.stderr, /^broken\\n::error::not utf-8\\x1b\[31m\.md: not valid UTF-8/m, 'the error line names the file, escaped');

  const stylish = await runCliInProcess(args, { cwd });
  assertPlainLines(stylish.stdout, 'stylish');
  assertPlainLines(stylish.stderr, 'stylish stderr');
  assert.ok(stylish.stdout.includes('evil\\n::error file=forged.md,line=1::forged annotation\\r\\n::stop-commands::pwned\\x1b[2J'), stylish.stdout);

  const github = await runCliInProcess(['--format', 'github', ...args], { cwd });
  const annotations = parseAnnotations(github.stdout, findings);
  for (const annotation of annotations) {
    // The runner unescapes %0A and friends: the file property is the name as the annotation's file (controls shown escaped).
    const expected = HOSTILE.split(/([\r\n])/).map((part) => (part === '\r' || part === '\n' ? part : escapeControls(part))).join('');
    assert.equal(annotation.properties.file, expected);
  }
  assertPlainLines(github.stderr, 'github stderr');

  const markdown = runCli(['--format', 'markdown', ...args], { cwd });
  assertMarkdownReport(markdown.stdout, [HOSTILE], []);

  const html = await runCliInProcess(['--format', 'html', ...args], { cwd });
  assertHtmlReport(html.stdout, [HOSTILE]);

  const sarif = await runCliInProcess(['--format', 'sarif', ...args], { cwd });
  const log = JSON.parse(sarif.stdout) as { runs: Array<{ artifacts: Array<{ location: { uri: string } }> }> };
  assert.deepEqual(log.runs[0].artifacts.map((a) => decodeURIComponent(a.location.uri)), [HOSTILE]);
});

test('mldl review: a hostile name and base ref stay inert in the job summary and the stylish review', { skip: !POSIX && 'POSIX file names' }, async (t) => {
  const cwd = makeProject({ '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning' }) });
  t.after(() => removeProject(cwd));
  git(cwd, 'init', '-q');
  git(cwd, 'add', '.');
  git(cwd, 'commit', '-q', '-m', 'base');
  // Backticks are allowed in git branch names.
  git(cwd, 'branch', 'base`<b>x');
  fs.writeFileSync(path.join(cwd, HOSTILE), OPTED_IN_DOC);
  const markdown = runCli(['review', '--base', 'base`<b>x', '--format', 'markdown'], { cwd });
  assert.equal(markdown.code, 0, markdown.stderr);
  assertMarkdownReport(markdown.stdout, [HOSTILE], []);
  assert.match(markdown.stdout, /^## ML design review \(against ``base`<b>x``\)$/m);
  const stylish = await runCliInProcess(['review', '--base', 'base`<b>x', '--no-color'], { cwd });
  assertPlainLines(stylish.stdout, 'review stylish');
});

test('a file named like a workflow command (::error …) does not start a line of stylish output or stderr', { skip: !POSIX && 'POSIX file names' }, (t) => {
  const cwd = makeProject({ '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning' }), '::error title=forged::gotcha.md': OPTED_IN_DOC });
  t.after(() => removeProject(cwd));
  fs.writeFileSync(path.join(cwd, ' ::stop-commands::tok.md'), Buffer.from([0xff]));
  const run = runCli(['--no-color', '.'], { cwd });
  assertPlainLines(run.stdout, 'stylish');
  assertPlainLines(run.stderr, 'stderr');
  assert.match(run.stdout, /^\.\/::error title=forged::gotcha\.md$/m, 'shown as ./::error…, the same file');
  assert.match(run.stderr, /^\.\/ ::stop-commands::tok\.md: not valid UTF-8/m);
});
