// Memory of the real language server over 10,000 edits of one document: the
// server must not keep old versions, their reviews or their caches alive.
// Slow (minutes on a loaded machine), so it runs in `npm run test:slow`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { lint } from '../server/linter.js';
import { BASIC_CAPABILITIES, FIXTURES, codes, fileUri, startServerWithEnv } from './lsp-harness.js';

const FIXTURE_PATH = path.join(FIXTURES, 'design-doc.md');
const FIXTURE = fs.readFileSync(FIXTURE_PATH, 'utf8');
const uriIn = (name: string): string => fileUri(path.join(FIXTURES, name));
const startServer = startServerWithEnv;

/** Resident set size of a process in kB (Linux /proc). */
function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  assert.ok(match, 'VmRSS in /proc/<pid>/status');
  return Number(match[1]);
}

describe('memory over 10,000 edits', { skip: !fs.existsSync('/proc/self/status') && 'needs /proc (Linux)' }, () => {
  test('RSS stays flat while one document is edited 10,000 times (pull diagnostics every 50 edits)', { timeout: 180_000 }, async () => {
    const capabilities = { ...BASIC_CAPABILITIES, textDocument: { ...BASIC_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } };
    const { client } = await startServer({}, { capabilities, initializationOptions: { debounceMs: 0 } });
    try {
      const uri = uriIn('memory.md');
      // About 12 KB, so that keeping every version's text would show as > 100 MB.
      const notes = `## Notes\n\n${'Reviewers asked how the ranker treats new shows and how often features refresh.\n'.repeat(5)}\n`.repeat(25);
      const start = `${FIXTURE}\n${notes}`;
      await client.open(uri, `${start}Edit counter: 0\n`);
      const line = start.split('\n').length - 1;
      let counter = '0';
      const pull = async (): Promise<Diagnostic[]> => {
        const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
        return report.items;
      };
      const edit = async (i: number): Promise<void> => {
        // Every version has a different text of the same size: a cache keyed by text or version cannot hit.
        const next = String(i);
        const start = { line, character: 'Edit counter: '.length };
        await client.change(uri, { start, end: { line, character: start.character + counter.length } }, next);
        counter = next;
        if (i % 2 === 0) {
          // And an insert and delete elsewhere, so edits move around the document.
          const at = { line: i % 20, character: 0 };
          await client.change(uri, { start: at, end: at }, 'x');
          await client.change(uri, { start: at, end: { line: at.line, character: 1 } }, '');
        }
      };
      let i = 0;
      const samples: Array<{ edit: number; rssKb: number }> = [];
      // RSS follows the garbage collector's sawtooth; the lowest sample of a stretch is what stays live.
      const floor = (from: number, to: number): number => Math.min(...samples.filter((s) => s.edit > from && s.edit <= to).map((s) => s.rssKb));
      const run = async (count: number): Promise<void> => {
        for (let n = 0; n < count; n++) {
          i++;
          await edit(i);
          if (i % 50 === 0) assert.ok((await pull()).length > 0);
          if (i % 100 === 0) samples.push({ edit: i, rssKb: rssKb(client.process.pid!) });
        }
      };
      // 5,000 edits of the counter plus 2 × 2,500 insert/delete = 10,000 didChange; the first 1,000 warm up.
      await run(5000);
      const warm = floor(1000, 2000);
      const end = floor(4000, 5000);
      assert.equal(client.version(uri), 10_001, '10,000 didChange notifications after the open');
      const items = await pull();
      assert.deepEqual(codes(items).sort(), lint(client.text(uri), { filePath: FIXTURE_PATH }).findings.map((f) => f.ruleId).sort(), 'the last pull reviews the final text');
      const growthMb = (end - warm) / 1024;
      assert.ok(growthMb < 40, `RSS grew by ${growthMb.toFixed(1)} MB (from ${(warm / 1024).toFixed(0)} MB to ${(end / 1024).toFixed(0)} MB)`);
    } finally {
      client.kill();
    }
  });
});
