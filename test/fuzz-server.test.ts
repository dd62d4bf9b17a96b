// Property test of the language server as an editor drives it: random
// sequences of incremental edits (random Unicode: emoji, CJK, combining marks,
// CRLF and lone CR, BOM, Markdown syntax; at random UTF-16 offsets, so also
// inside surrogate pairs and CRLFs) against one real server process. After
// each sequence the diagnostics published for the final version must equal
// lint() run directly on the same final text (rule ids and ranges), every
// range must lie inside the document on a UTF-16 boundary, and the server
// must still be running. A fixed seed keeps CI reproducible; `npm run fuzz`
// runs more sequences with a random seed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import { lint } from '../server/linter.js';
import { FIXTURES, LspClient, fileUri } from './lsp-harness.js';

const RUNS = Number(process.env.MLDL_FUZZ_RUNS ?? 40);
const SEED = process.env.MLDL_FUZZ_SEED === undefined ? 20261121 : Number(process.env.MLDL_FUZZ_SEED);
const params = { numRuns: RUNS, seed: Number.isNaN(SEED) ? undefined : SEED, endOnFailure: true };

const FIXTURE = fs.readFileSync(path.join(FIXTURES, 'design-doc.md'), 'utf8');

/** Starting texts: a design doc that several rules report on, in LF, CRLF, with a BOM, and a stub. */
const startText = fc.constantFrom(
  FIXTURE,
  FIXTURE.replace(/\n/g, '\r\n'),
  `\ufeff${FIXTURE}`,
  '---\nmldl: true\n---\n# Fraud model\n\nTODO: everything.\n',
);

const piece = fc.constantFrom(
  'a', ' ', 'low latency', 'TODO', 'p99 < 200 ms', 'CTR', 'baseline', 'model',
  '\n', '\r\n', '\r', '\n\n', '\ufeff', '😀', '👩‍💻', '🇯🇵', '日本語', '中文', '한국어', 'e\u0301', '\u0301', '\u200b', '\u2028',
  '# ', '## Data', '- ', '> ', '`', '```\n', '**', '|', '---\n', '<!-- mldl-disable-next-line -->', '<!-- mldl-disable -->',
);
const insertText = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'replace'; at: number; length: number; text: string };

/** Offsets are fractions of the current length, so every edit lands inside the text whatever came before. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 10 }), text: insertText }),
);

/** Line starts as LSP counts lines (\n, \r\n and a lone \r end a line), computed independently of the server. */
function lineTable(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' || c === '\n') {
      lines.push({ start, end: i });
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

function offsetOf(text: string, lines: ReturnType<typeof lineTable>, position: Position, what: string): number {
  assert.ok(position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} outside 0..${lines.length - 1}`);
  const line = lines[position.line];
  assert.ok(position.character >= 0 && line.start + position.character <= line.end, `${what}: character ${position.character} beyond the end of line ${position.line}`);
  const offset = line.start + position.character;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const splits = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  assert.ok(!splits, `${what}: position ${JSON.stringify(position)} splits a surrogate pair`);
  return offset;
}

function key(code: string, range: Range): string {
  return `${code}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

let client: LspClient;
let root: string;
let runIndex = 0;

before(async () => {
  // An empty workspace: no config file, so the server and lint() both use the defaults.
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-fuzz-server-')));
  ({ client } = await LspClient.start({ workspaceFolders: [{ uri: fileUri(root), name: 'fuzz' }], initializationOptions: { debounceMs: 0 } }));
});

after(() => {
  client.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

test('random edit sequences: the server reviews the final text exactly as lint() does', { timeout: 600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(startText, fc.array(edit, { minLength: 1, maxLength: 12 }), async (start, edits) => {
      // A fresh document per sequence: diagnostics of an earlier one cannot be mistaken for this one's.
      const filePath = path.join(root, `fuzz-${++runIndex}.md`);
      const uri = fileUri(filePath);
      await client.open(uri, start);
      try {
        for (const e of edits) {
          const document = client.documents.get(uri)!;
          const length = document.getText().length;
          const at = e.at % (length + 1);
          const end = e.kind === 'insert' ? at : Math.min(length, at + e.length);
          await client.change(uri, { start: document.positionAt(at), end: document.positionAt(end) }, e.kind === 'delete' ? '' : e.text);
        }
        const version = client.version(uri);
        const text = client.text(uri);
        const diagnostics: Diagnostic[] = await client.waitFor(
          `diagnostics for v${version}`,
          () => client.published.find((p) => p.uri === uri && p.version === version)?.diagnostics,
          30_000,
        );
        const lines = lineTable(text);
        for (const d of diagnostics) {
          const startOffset = offsetOf(text, lines, d.range.start, `${String(d.code)} start`);
          const endOffset = offsetOf(text, lines, d.range.end, `${String(d.code)} end`);
          assert.ok(startOffset <= endOffset, `${String(d.code)}: range ends before it starts`);
        }
        const expected = lint(text, { filePath }).findings.map((f) =>
          key(f.ruleId, {
            start: { line: f.range.start.line - 1, character: f.range.start.column - 1 },
            end: { line: f.range.end.line - 1, character: f.range.end.column - 1 },
          }),
        );
        assert.deepEqual(diagnostics.map((d) => key(String(d.code), d.range)).sort(), expected.sort(), `final text: ${JSON.stringify(text)}`);
        assert.equal(client.process.exitCode, null, 'the server is still running');
      } finally {
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
    }),
    params,
  );
  assert.ok(runIndex >= RUNS);
});
