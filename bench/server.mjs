// Language-server measurements over stdio, the way an editor talks to it:
// time to answer `initialize`, latency from a didChange to its diagnostics
// (pulled with textDocument/diagnostic, debounce 0), and resident memory with
// many documents open.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const CAPABILITIES = {
  workspace: { configuration: false },
  textDocument: { synchronization: { didSave: true }, diagnostic: { dynamicRegistration: false } },
};

/** A bundled server over stdio, initialised as the bench's client does; `nodeArgs` go before the script (scripts/edit-server.mjs: --cpu-prof). */
export async function startServer(serverPath, cwd, nodeArgs = []) {
  const startedAt = performance.now();
  // Started as editors start it: bin/mldl-language-server.js's shebang and the VS Code client set MALLOC_ARENA_MAX=1.
  const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd, env: { ...process.env, MALLOC_ARENA_MAX: '1' } });
  child.stderr.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onNotification(() => undefined);
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(cwd).href,
    workspaceFolders: [{ uri: pathToFileURL(cwd).href, name: 'bench' }],
    capabilities: CAPABILITIES,
    initializationOptions: { debounceMs: 0, autoDetect: false },
  });
  const initializeMs = performance.now() - startedAt;
  const initializeCpuMs = cpuTimeMs(child.pid);
  await connection.sendNotification('initialized', {});
  const stop = async () => {
    try {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    connection.dispose();
    child.kill();
  };
  return { child, connection, initializeMs, initializeCpuMs, stop };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function median(values) {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/**
 * Node's own start-up at this moment, the floor under `initialize`: wall time
 * from spawning `node -e` to its exit, and the CPU time (all threads) it had
 * used when its one line ran.
 */
async function nodeFloor() {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['-e', 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000))'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  await new Promise((resolve) => child.once('close', resolve));
  return { wallMs: performance.now() - startedAt, cpuMs: Number(out) };
}

/**
 * `initialize` of `runs` fresh servers, each right after a `node -e` (the
 * floor, so that a slow or busy machine shows as such). Medians of: the time
 * from spawning the server to its answer (`wallMs`), the server's CPU time at
 * the answer (`cpuMs`, all threads; undefined where /proc is missing), and the
 * floor's wall and CPU time.
 */
export async function measureInitialize(serverPath, cwd, runs = 10) {
  const wall = [];
  const cpu = [];
  const floorWall = [];
  const floorCpu = [];
  for (let i = 0; i < runs; i++) {
    const floor = await nodeFloor();
    floorWall.push(floor.wallMs);
    if (Number.isFinite(floor.cpuMs)) floorCpu.push(floor.cpuMs);
    const server = await startServer(serverPath, cwd);
    wall.push(server.initializeMs);
    if (server.initializeCpuMs !== undefined) cpu.push(server.initializeCpuMs);
    await server.stop();
  }
  const medianOrUndefined = (values) => (values.length > 0 ? median(values) : undefined);
  return { wallMs: median(wall), cpuMs: medianOrUndefined(cpu), floorWallMs: median(floorWall), floorCpuMs: medianOrUndefined(floorCpu) };
}

/** A small seeded generator (the same edits on every run). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * CPU time (ms) the process has used so far, all threads: on a machine
 * shared with other work the wall time of an edit swings with the load, the
 * server's own CPU time much less. undefined where /proc is missing.
 */
/**
 * One typed character: a common letter at a random column of a random line
 * (scripts/edit-cpu.mjs makes the same edits in process). Returns the new
 * text and where the letter went, for an LSP didChange.
 */
export function insertRandomLetter(text, random) {
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  const character = Math.floor(random() * (lines[line].replace(/\r$/, '').length + 1));
  const letter = 'etaoinsrhl'[Math.floor(random() * 10)];
  lines[line] = lines[line].slice(0, character) + letter + lines[line].slice(character);
  return { text: lines.join('\n'), line, character, letter };
}

function cpuTimeMs(pid) {
  try {
    let ns = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

/**
 * How long a writer looks at a document before typing in it: the edits start
 * this long after the document's first diagnostics. The server may use the
 * time (the review worker's warm-up, server/lsp/warm-up.ts); an edit that
 * arrives while it is still at it waits, and that wait is measured.
 */
export const PAUSE_AFTER_OPEN_MS = 1000;

/**
 * didChange → diagnostics latency of `edits` one-character insertions, each
 * at a random position of a random line, on each document in turn (opened,
 * `pauseMs` of quiet, edited, closed) in one server. Per document: wall time
 * p50/p95/max and the server's CPU time p50/p95/max, over every edit (none is
 * left out: with 25 edits the p95 is the second-slowest, with 30 too).
 */
export async function measureEdits(serverPath, cwd, docs, { edits = 25, seed = 1, pauseMs = PAUSE_AFTER_OPEN_MS } = {}) {
  const server = await startServer(serverPath, cwd);
  const random = seededRandom(seed);
  const results = [];
  try {
    for (const [index, doc] of docs.entries()) {
      const uri = pathToFileURL(`${cwd}/edit-${index}-${doc.name}`).href;
      let text = doc.text;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const wall = [];
      const cpu = [];
      for (let version = 2; version < edits + 2; version++) {
        const edit = insertRandomLetter(text, random);
        const { line, character, letter } = edit;
        text = edit.text;
        const cpuBefore = cpuTimeMs(server.child.pid);
        const startedAt = performance.now();
        await server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: letter }],
        });
        await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
        wall.push(performance.now() - startedAt);
        const cpuAfter = cpuTimeMs(server.child.pid);
        if (cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
      }
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      results.push({ name: doc.name, lines: text.split('\n').length, bytes: Buffer.byteLength(text), wall: summary(wall), cpu: cpu.length ? summary(cpu) : undefined });
    }
    return results;
  } finally {
    await server.stop();
  }
}

/** glibc's heaps for threads other than the main one: mmapped 64 MB apart, 64 MB aligned. */
const MALLOC_HEAP_BYTES = 64n << 20n;

/**
 * Where the resident size goes (MB, from /proc/<pid>/smaps): node's binary,
 * glibc's malloc (the main arena, [heap], and the other threads' arenas: a
 * read-write anonymous mapping at a 64 MB boundary that the rest of its 64 MB
 * follows unmapped-but-reserved), and the other anonymous memory, which is
 * mostly the two V8 heaps. Between runs the arenas move by 10 MB or more
 * (docs/performance.md, "Memory, seventh pass"): this says whether a change
 * in the total is theirs. undefined where /proc is missing.
 */
export function residentParts(pid) {
  let text;
  try {
    text = fs.readFileSync(`/proc/${pid}/smaps`, 'utf8');
  } catch {
    return undefined;
  }
  const maps = [];
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (head) maps.push({ start: BigInt(`0x${head[1]}`), end: BigInt(`0x${head[2]}`), perms: head[3], name: head[4], kb: 0 });
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss && maps.length > 0) maps[maps.length - 1].kb = Number(rss[1]);
  }
  const kb = { binary: 0, malloc: 0, anonymous: 0, other: 0 };
  maps.forEach((map, i) => {
    const next = maps[i + 1];
    const arena =
      map.name === '' &&
      map.perms.startsWith('rw') &&
      map.start % MALLOC_HEAP_BYTES === 0n &&
      (map.end - map.start === MALLOC_HEAP_BYTES || (next?.start === map.end && next.perms.startsWith('---') && next.end % MALLOC_HEAP_BYTES === 0n));
    if (arena || map.name === '[heap]') kb.malloc += map.kb;
    else if (map.name === '') kb.anonymous += map.kb;
    else if (map.name === process.execPath || map.name.endsWith('/node')) kb.binary += map.kb;
    else kb.other += map.kb;
  });
  return Object.fromEntries(Object.entries(kb).map(([key, value]) => [key, value / 1024]));
}

/**
 * Resident size (MB) of the server with `texts` open (each opened and its
 * diagnostics pulled, one after another): right after the last review, and
 * after `pauseMs` with nothing to do, once the review worker has given back
 * what its lints grew (server/lsp/idle-collect.ts); `parts`: where the
 * second figure goes (residentParts).
 */
export async function measureMemory(serverPath, cwd, texts, { pauseMs = 12_000 } = {}) {
  const server = await startServer(serverPath, cwd);
  const residentMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
  try {
    for (const [index, text] of texts.entries()) {
      const uri = pathToFileURL(`${cwd}/open-${index}.md`).href;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    }
    const afterReviews = residentMb();
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    return { afterReviews, afterPause: residentMb(), pauseMs, parts: residentParts(server.child.pid) };
  } finally {
    await server.stop();
  }
}
