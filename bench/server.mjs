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

async function startServer(serverPath, cwd) {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd });
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
  return { child, connection, initializeMs, stop };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function median(values) {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Median time from spawning the server to its `initialize` answer. */
export async function measureInitialize(serverPath, cwd, runs = 10) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const server = await startServer(serverPath, cwd);
    times.push(server.initializeMs);
    await server.stop();
  }
  return median(times);
}

/** Positions of `count` edits spread evenly through the lines of `text`, on lines with prose. */
function editLines(text, count) {
  const lines = text.split('\n');
  const prose = [];
  lines.forEach((line, index) => {
    if (/^[A-Z]/.test(line)) prose.push(index);
  });
  return Array.from({ length: count }, (_, i) => prose[Math.floor((i * prose.length) / count)]);
}

/** didChange → diagnostic latency over `edits` single-word insertions spread through the doc. */
export async function measureEditLatency(serverPath, cwd, text, edits = 200) {
  const server = await startServer(serverPath, cwd);
  const uri = pathToFileURL(`${cwd}/latency.md`).href;
  try {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const times = [];
    let version = 1;
    for (const line of editLines(text, edits)) {
      version++;
      const startedAt = performance.now();
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Also ' }],
      });
      await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      times.push(performance.now() - startedAt);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
  } finally {
    await server.stop();
  }
}

/** Resident memory (MB) of the server once `texts.length` documents are open and reviewed. */
export async function measureMemory(serverPath, cwd, texts) {
  const server = await startServer(serverPath, cwd);
  try {
    for (const [index, text] of texts.entries()) {
      const uri = pathToFileURL(`${cwd}/open-${index}.md`).href;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    }
    const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  } finally {
    await server.stop();
  }
}
