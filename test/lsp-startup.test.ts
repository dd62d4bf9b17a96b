// Start-up of the language server: `initialize` is answered before the
// engine (the rules' checks, unified/remark, micromark) is loaded, and the
// first Markdown document loads it. The real server runs with a module-loader
// hook that records every module it loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, LspClient, SERVER_BIN, fileUri } from './lsp-harness.js';
import { loadTrace } from './load-trace.js';

/**
 * Modules that mean "the engine is loaded": the parser stack, the lint entry
 * point, the rules' checks, the text layer (whose cue phrases are compiled
 * when it loads) and the heading reader built on it.
 */
function heavy(modules: readonly string[]): string[] {
  return modules.filter((url) =>
    /\/node_modules\/(?:unified|remark-parse|remark-gfm|micromark|mdast-util-from-markdown)\//.test(url) ||
    /\/out\/server\/engine\/(?:lint|parse|model|incremental|steps)\.js$/.test(url) ||
    /\/out\/server\/engine\/text\//.test(url) ||
    /\/out\/rules\/(?:index|cold-start\/rule)\.js$/.test(url),
  );
}

test('initialize is answered without loading the engine; the first document loads it', async (t) => {
  const trace = loadTrace(t);
  const loaded = trace.urls;
  // out/ as tsc compiled it, which is what this traces, even where a fresh dist/ would run instead (lsp-bundle.test.js).
  const { client } = await LspClient.start({ command: ['env', 'MLDL_NO_BUNDLE=1', process.execPath, trace.nodeOptions, SERVER_BIN, '--stdio'] });
  t.after(() => client.shutdown());
  assert.ok(loaded().some((url) => url.endsWith('/out/server/lsp/server.js')), 'the trace records the server modules');
  assert.deepEqual(heavy(loaded()), [], 'nothing of the engine is loaded to answer initialize');
  // The review worker starts with the first review: its module (~6 ms of CPU to load) waits for it too (lazy-builtins.ts).
  assert.ok(!loaded().includes('node:worker_threads'), 'node:worker_threads is not loaded to answer initialize');

  const file = path.join(FIXTURES, 'design-doc.md');
  const uri = fileUri(file);
  await client.open(uri, fs.readFileSync(file, 'utf8'));
  const diagnostics = await client.diagnosticsFor(uri, 1, (d) => d.length > 0);
  assert.ok(diagnostics.length > 0);
  assert.ok(heavy(loaded()).length > 0, 'the first Markdown document loads the engine');
});

test('run as an editor runs it, through its shebang, the launcher starts Node with one malloc arena', { skip: process.platform !== 'linux' && 'reads /proc' }, async (t) => {
  // `env -S MALLOC_ARENA_MAX=1 node` execs Node in env's place: the child's pid is the server's.
  const { client } = await LspClient.start({ command: [SERVER_BIN, '--stdio'] });
  t.after(() => client.shutdown());
  const environ = fs.readFileSync(`/proc/${client.process.pid}/environ`, 'utf8').split('\0');
  assert.ok(environ.includes('MALLOC_ARENA_MAX=1'), 'docs/performance.md, "Memory, seventh pass"');
  assert.equal(path.basename(fs.readlinkSync(`/proc/${client.process.pid}/exe`)), path.basename(process.execPath), 'the process is Node itself');
});
