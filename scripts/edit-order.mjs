// The bench's edit phase of the corpus docs (bench/server.mjs measureEdits: every doc in name order, one seeded
// generator for all, 25 edits each 1 s after the open, debounce 0) against one bundled server, with what the
// review worker did during each edit: the server runs over --node-ipc with scripts/worker-gc-log.cjs preloaded,
// which logs the worker's jobs and garbage collections; each edit's window is matched to them. Prints the docs
// with the worst p95, the full collections and the edit each fell in, and the slowest edits with the
// collections inside them. A short document's p95 edit is mostly one of these (docs/performance.md,
// "Live editing, seventeenth pass").
//
//   node scripts/edit-order.mjs [dist/server.cjs] [--docs=68] [--edits=25] [--seed=13] [--slowest=20] [--json=file] [--trace-gc=file [--nvp]] [--big]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { concatenate, BIG_DOC_LINES } from '../bench/corpus.mjs';
import { insertRandomLetter, percentile, seededRandom, PAUSE_AFTER_OPEN_MS } from '../bench/server.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const serverPath = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'dist/server.cjs'));
const corpus = path.resolve(ROOT, '../shared/corpus/docs');
const corpusDocs = fs.readdirSync(corpus).filter((n) => n.endsWith('.md')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(corpus, name), 'utf8') }));
// --big: the bench's 10,118-line doc alone (its edit phase: 30 edits, seed 17) in place of the corpus docs.
const big = args.includes('--big');
const docs = big ? [{ name: 'the 10,118-line doc', text: concatenate(corpusDocs, BIG_DOC_LINES).text }] : corpusDocs.slice(0, Number(flag('docs', 68)));
const edits = Number(flag('edits', big ? 30 : 25));
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-edit-order-'));
const log = path.join(cwd, 'worker.jsonl');

// --trace-gc=file: V8's line per collection (both threads; the heap before and after) into file; with --nvp,
// V8's name=value line per collection instead (--trace-gc-nvp: bytes copied and promoted, each phase's time).
const traceGc = flag('trace-gc');
const child = spawn(process.execPath, [...(traceGc ? [args.includes('--nvp') ? '--trace-gc-nvp' : '--trace-gc'] : []), '-r', path.join(ROOT, 'scripts/worker-gc-log.cjs'), serverPath, '--node-ipc'], {
  stdio: ['ignore', traceGc ? fs.openSync(traceGc, 'w') : 'ignore', 'pipe', 'ipc'],
  cwd,
  env: { ...process.env, MALLOC_ARENA_MAX: '1', MLDL_WORKER_LOG: log },
});
child.stderr.resume();
const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
connection.onNotification(() => undefined);
connection.onRequest(() => null);
connection.listen();
const folder = pathToFileURL(cwd).href;
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: folder,
  workspaceFolders: [{ uri: folder, name: 'bench' }],
  capabilities: { workspace: { configuration: false }, textDocument: { synchronization: { didSave: true }, diagnostic: { dynamicRegistration: false } } },
  initializationOptions: { debounceMs: 0, autoDetect: false },
});
await connection.sendNotification('initialized', {});

const load0 = os.loadavg()[0];
const random = seededRandom(Number(flag('seed', big ? 17 : 13)));
const rows = [];
for (const [index, doc] of docs.entries()) {
  const uri = pathToFileURL(`${cwd}/edit-${index}-${doc.name}`).href;
  let text = doc.text;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_OPEN_MS));
  for (let version = 2; version < edits + 2; version++) {
    const { line, character, letter, text: next } = insertRandomLetter(text, random);
    text = next;
    const at = performance.timeOrigin + performance.now();
    const startedAt = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: letter }] });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    rows.push({ doc: index, edit: version - 2, at, wall: performance.now() - startedAt });
  }
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}
try {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
} catch {
  // Gone.
}
await new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), setTimeout(resolve, 5000))));
connection.dispose();
child.kill();
const events = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
fs.rmSync(cwd, { recursive: true, force: true });

const KINDS = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weak' };
const gcs = events.filter((e) => e.gc !== undefined);
const inside = (row) => gcs.filter((g) => g.t >= row.at - 1 && g.t <= row.at + row.wall + 1);
const name = (index) => docs[index].name.slice(0, 60);
console.log(`load ${load0.toFixed(1)}-${os.loadavg()[0].toFixed(1)}; ${rows.length} edits of ${docs.length} docs; worker collections: ${Object.entries(gcs.reduce((m, g) => ((m[KINDS[g.gc]] = (m[KINDS[g.gc]] ?? 0) + 1), m), {})).map(([k, n]) => `${n} ${k}`).join(', ')}`);
const byDoc = docs.map((_, index) => rows.filter((r) => r.doc === index).map((r) => r.wall).sort((a, b) => a - b));
const worst = byDoc.map((walls, index) => ({ index, p50: percentile(walls, 50), p95: percentile(walls, 95) })).sort((a, b) => b.p95 - a.p95);
console.log(`p95 over 25 ms: ${worst.filter((w) => w.p95 > 25).length} docs; worst:`);
for (const w of worst.slice(0, 8)) console.log(`  ${String(w.index + 1).padStart(2)}. ${name(w.index)}  p50 ${w.p50.toFixed(1)}  p95 ${w.p95.toFixed(1)} ms`);
console.log('full collections (major):');
for (const g of gcs.filter((e) => e.gc === 4)) {
  const row = rows.find((r) => g.t >= r.at - 1 && g.t <= r.at + r.wall + 1);
  const before = rows.filter((r) => r.at <= g.t).at(-1);
  console.log(`  ${g.d.toFixed(1)} ms ${row ? `in edit ${row.edit} of doc ${row.doc + 1} (wall ${row.wall.toFixed(1)} ms)` : before ? `between edits (after doc ${before.doc + 1})` : "before the first edit"}`);
}
console.log('slowest edits, with the collections inside them:');
for (const row of [...rows].sort((a, b) => b.wall - a.wall).slice(0, Number(flag('slowest', 20)))) {
  console.log(`  ${row.wall.toFixed(1).padStart(6)} ms  doc ${String(row.doc + 1).padStart(2)} edit ${String(row.edit).padStart(2)}  ${inside(row).map((g) => `${KINDS[g.gc]} ${g.d.toFixed(1)}`).join(', ') || '-'}`);
}
if (flag('json')) fs.writeFileSync(flag('json'), JSON.stringify({ rows, events }));
