// Hostile file names and messages, generated: every report format keeps its
// shape whatever a name or a message holds — newlines, CR, workflow commands,
// ANSI/OSC/C1 escapes, bidi overrides, HTML, Markdown, percent signs
// (issue 11 item 4). A fixed seed keeps CI reproducible; `npm run fuzz` runs
// many more cases with a random seed (MLDL_FUZZ_RUNS / MLDL_FUZZ_SEED).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getFormatter, type FileResult } from '../server/cli/formatters/index.js';
import type { Finding } from '../server/engine/types.js';
import { escapeControls } from '../server/io/escape.js';
import { assertHtmlReport, assertMarkdownReport, assertPlainLines, parseAnnotations } from './report-invariants.js';

const RUNS = Number(process.env.MLDL_FUZZ_RUNS ?? 150);
const SEED = process.env.MLDL_FUZZ_SEED === undefined ? 20261121 : Number(process.env.MLDL_FUZZ_SEED);
const params = { numRuns: RUNS, seed: Number.isNaN(SEED) ? undefined : SEED, endOnFailure: true };

const CWD = '/repo';

/** Pieces an attacker strings together; '/' is left out (it separates directories, not part of a name). */
const PIECES = [
  '\n', '\r', '\r\n', '\t', '\u0000', '\u0007', '\u001b[31m', '\u001b]8;;http:x\u0007', '\u009b2J', '\u0085', '\u2028', '\u202e', '\u2066',
  '::error::', '::stop-commands::', '::warning file=x,line=1::', '%0A', '%', ':', ',', '=',
  '<img src=x onerror=alert(1)>', '<script>', '&amp;', '&#x3C;', '"', "'",
  '`', '``', '*', '_', '#', '[a](javascript:x)', '![i](http:x)', '|', '~~', '\\', '- ', '1. ', '> ',
  'doc', ' ', '.md', 'é', '日本', '😀',
];

const hostileText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

function finding(message: string, line: number): Finding {
  const point = { line, column: 1, offset: 0 };
  return { ruleId: 'placeholder-text', severity: line % 2 === 0 ? 'error' : 'warning', kind: 'passage', message, range: { start: point, end: point }, fixes: [] };
}

const formatters = Promise.all(['stylish', 'github', 'markdown', 'html', 'json', 'sarif'].map(async (name) => [name, (await getFormatter(name))!] as const));

test('generated hostile names and messages: every format stays well-formed and shows them literally', async () => {
  const format = Object.fromEntries(await formatters);
  fc.assert(
    fc.property(fc.uniqueArray(hostileText, { minLength: 1, maxLength: 3 }), hostileText, (names, message) => {
      const results: FileResult[] = names.map((name, index) => ({
        filePath: `${CWD}/${name}`,
        skipped: false,
        findings: [finding(message, index + 1), finding(`${message} again`, index + 2)],
        coverage: { covered: 1, total: 2 },
      }));
      const options = { cwd: CWD, color: false, env: {} };
      const count = results.length * 2;

      assertPlainLines(format.stylish(results, options), 'stylish');
      const annotations = parseAnnotations(format.github(results, options), count);
      assert.deepEqual(
        annotations.map((a) => a.message),
        results.flatMap((r) => r.findings.map((f) => f.message.split(/([\r\n])/).map((p) => (p === '\r' || p === '\n' ? p : escapeControls(p))).join(''))),
      );
      assertMarkdownReport(format.markdown(results, options), names, [message]);
      assertHtmlReport(format.html(results, options), names);
      const json = format.json(results, options);
      assert.deepEqual((JSON.parse(json) as Array<{ filePath: string }>).map((r) => r.filePath), results.map((r) => r.filePath));
      const sarif = JSON.parse(format.sarif(results, options)) as { runs: Array<{ artifacts: Array<{ location: { uri: string } }> }> };
      assert.deepEqual(sarif.runs[0].artifacts.map((a) => decodeURIComponent(a.location.uri)), names);
    }),
    params,
  );
});
