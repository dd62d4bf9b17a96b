// Entry point of `mldl-language-server`.
//
// The transport comes from the command line, as vscode-languageserver reads
// it: --stdio, --node-ipc or --socket=<port>. Without one, stdio is used,
// which is what editors other than VS Code expect.
//
// The engine runs in a worker thread whose entry is review-worker.ts, a file
// of its own: in the esbuild bundle too (dist/review-worker.cjs beside
// dist/server-main.cjs), so the server's main thread never even compiles the
// engine's code, which is most of the bundle (~25 ms of CPU before
// `initialize` is answered). scripts/bundle.mjs names that file here.
declare const MLDL_BUNDLED_REVIEW_WORKER: string | undefined;
const REVIEW_WORKER = typeof MLDL_BUNDLED_REVIEW_WORKER === 'string' ? MLDL_BUNDLED_REVIEW_WORKER : './review-worker.js';

// Loaded on demand (in the bundle these imports become lazily initialised
// modules of the same file).
async function serveLanguageServer(): Promise<void> {
  const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  if (!process.argv.some((arg) => TRANSPORTS.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
    process.argv.push('--stdio');
  }

  // Over stdio, stdout is the protocol channel: stray console output would corrupt it.
  console.log = console.error;
  console.info = console.error;

  // A bug in one handler must not take the editor's reviewer down with it.
  process.on('unhandledRejection', (reason) => {
    console.error('[mldl] unhandled rejection:', reason);
  });

  const [{ createConnection, ProposedFeatures, StreamMessageReader }, { startServer }, { LifecycleGate }, { FramingGuard }, { BoundedMessageWriter }] = await Promise.all([
    import('./lsp-api.js'),
    import('./server.js'),
    import('./lifecycle.js'),
    import('./framing-guard.js'),
    import('./bounded-writer.js'),
  ]);
  const lifecycle = new LifecycleGate();
  const report = (fault: string): void => console.error(`[mldl] protocol: ${fault}`);
  let connection;
  if (process.argv.includes('--stdio')) {
    // Our own framing checks and output queue over stdio (framing-guard.ts, bounded-writer.ts).
    const input = process.stdin.pipe(new FramingGuard(report));
    const output = new BoundedMessageWriter(process.stdout, report);
    // vscode-languageserver ends the process when its input stream ends: here only for a stream it reads itself.
    input.on('end', () => process.exit(lifecycle.shutDown ? 0 : 1));
    connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), output, lifecycle.options);
  } else {
    connection = createConnection(ProposedFeatures.all, lifecycle.options);
  }
  startServer(connection, { reviewWorker: new URL(REVIEW_WORKER, import.meta.url), lifecycle });
}

void serveLanguageServer();
