// Edit latency of the 10,118-line doc (or a corpus doc, --only=name) through the bundled language server over
// stdio, as bench/server.mjs measures it (didChange, then a textDocument/diagnostic pull, debounce 0), for one
// or more server bundles at once: the servers run side by side and each edit goes to all of them in alternating
// order, so the per-edit differences are paired and the drift of a shared machine's load cancels out. Per edit,
// the wall time and the server's CPU time split by thread: the main thread (LSP, text sync, diagnostics), the
// review worker (the busiest other thread), and the rest (V8's GC helpers, libuv). Prints per server mean / p50
// / p95 of each, and the median paired wall and CPU differences against the first server.
//
//   node scripts/edit-server.mjs [dist/server.cjs other/dist/server.cjs] [--edits=60] [--pause=1000] [--seed=17]
//        [--only=name] [--skip=0] [--json] [--prof=dir]
// --skip: edits made first and not counted (the servers open one after another, so the last one opened has had
// the least time to warm up). Every server's diagnostics must be the same after each edit: a difference is counted
// ("differ") and fails the run.
// --prof: each server writes a CPU profile per thread into dir (node --cpu-prof; open and edits both).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { concatenate, BIG_DOC_LINES } from '../bench/corpus.mjs';
import { insertRandomLetter, percentile, seededRandom, startServer } from '../bench/server.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const servers = args.filter((a) => !a.startsWith('--')).map((p) => path.resolve(p));
if (servers.length === 0) servers.push(path.join(ROOT, 'dist/server.cjs'));
const edits = Number(flag('edits', 60));
const skip = Number(flag('skip', 0));
const pauseMs = Number(flag('pause', 1000));
const corpus = path.resolve(ROOT, '../shared/corpus/docs');
const docs = fs.readdirSync(corpus).filter((n) => n.endsWith('.md')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(corpus, name), 'utf8') }));
const only = flag('only');
const initial = only ? docs.find((d) => d.name.includes(only)).text : concatenate(docs, BIG_DOC_LINES).text;
const profDir = flag('prof');
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-edit-server-'));

/** CPU ms per thread id of a process. */
function threadCpu(pid) {
  const out = new Map();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      out.set(tid, Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

async function start(serverPath) {
  const { child, connection } = await startServer(serverPath, cwd, profDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profDir)}`] : []);
  const uri = pathToFileURL(path.join(cwd, 'big.md')).href;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: initial } });
  await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  return { name: serverPath, child, connection, uri, rows: [], worker: undefined };
}

async function edit(server, version, change) {
  const before = threadCpu(server.child.pid);
  const startedAt = performance.now();
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: server.uri, version }, contentChanges: [change] });
  const report = await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: server.uri } });
  const wall = performance.now() - startedAt;
  const after = threadCpu(server.child.pid);
  const main = String(server.child.pid);
  const delta = new Map([...after].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)]));
  // The review worker: the thread other than the main one that has used the most CPU since start.
  server.worker ??= [...after].filter(([tid]) => tid !== main).sort((a, b) => b[1] - a[1])[0][0];
  const total = [...delta.values()].reduce((a, b) => a + b, 0);
  const mainMs = delta.get(main) ?? 0;
  const workerMs = delta.get(server.worker) ?? 0;
  server.rows.push({ wall, cpu: total, main: mainMs, worker: workerMs, other: total - mainMs - workerMs, items: JSON.stringify(report.items) });
}

const list = [];
for (const s of servers) list.push(await start(s));
await new Promise((resolve) => setTimeout(resolve, pauseMs));
const load0 = os.loadavg()[0];
const random = seededRandom(Number(flag('seed', 17)));
let text = initial;
// The edits' window on the monotonic clock the profiles' timestamps use (µs): profile-top.mjs --from/--to.
const editsFromUs = process.hrtime.bigint() / 1000n;
let differ = 0;
for (let i = 0; i < skip + edits; i++) {
  const { line, character, letter, text: next } = insertRandomLetter(text, random);
  text = next;
  const change = { range: { start: { line, character }, end: { line, character } }, text: letter };
  const order = i % 2 ? [...list].reverse() : list;
  for (const s of order) await edit(s, i + 2, change);
  if (list.some((s) => s.rows.at(-1).items !== list[0].rows.at(-1).items)) differ++;
  if (i < skip) for (const s of list) s.rows.pop();
}
const editsToUs = process.hrtime.bigint() / 1000n;
for (const s of list) {
  try {
    await s.connection.sendRequest('shutdown');
    await s.connection.sendNotification('exit');
  } catch {
    // Gone.
  }
  // A profile is written when the process exits by itself.
  if (profDir) await new Promise((resolve) => (s.child.exitCode !== null ? resolve() : (s.child.once('exit', resolve), setTimeout(resolve, 10_000))));
  s.connection.dispose();
  s.child.kill();
}
fs.rmSync(cwd, { recursive: true, force: true });

const stat = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const r = (x) => +x.toFixed(1);
  return { mean: r(values.reduce((a, b) => a + b, 0) / values.length), p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), max: r(sorted[sorted.length - 1]) };
};
const summary = { load: `${load0.toFixed(1)}-${os.loadavg()[0].toFixed(1)}`, edits, skip, pauseMs, differ, ...(profDir ? { window: `--from=${editsFromUs} --to=${editsToUs}` } : {}) };
for (const s of list) {
  summary[path.relative(ROOT, s.name) || s.name] = Object.fromEntries(['wall', 'cpu', 'main', 'worker', 'other'].map((k) => [k, stat(s.rows.map((r) => r[k]))]));
}
for (const s of list.slice(1)) {
  const median = (k) => +percentile(s.rows.map((r, i) => r[k] - list[0].rows[i][k]).sort((a, b) => a - b), 50).toFixed(2);
  summary[`diff ${path.relative(ROOT, s.name)}`] = { wall: median('wall'), cpu: median('cpu') };
}
if (args.includes('--json')) console.log(JSON.stringify(list.map((s) => s.rows.map(({ items, ...row }) => row))));
console.log(JSON.stringify(summary));
if (differ > 0) process.exitCode = 1;
