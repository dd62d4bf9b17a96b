// Entry point of `mldl-language-server`, and of its review worker thread.
//
// As the server: the transport comes from the command line, as
// vscode-languageserver reads it: --stdio, --node-ipc or --socket=<port>.
// Without one, stdio is used, which is what editors other than VS Code expect.
//
// As the review worker (server/lsp/review-thread.ts starts this same module
// in a worker thread): serves reviews. One module for both, so that the
// esbuild bundle, a single file, can start its own worker.
import { workerData } from 'node:worker_threads';
import { isReviewWorker } from './review-thread.js';

// Each role loads only its own modules (in the bundle these imports become
// lazily initialised modules of the same file).
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
    import('vscode-languageserver/node'),
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
  startServer(connection, { reviewWorker: new URL(import.meta.url), lifecycle });
}

if (isReviewWorker(workerData)) {
  // Loaded only in the worker: the main thread never evaluates the engine.
  void import('./review-worker.js').then((worker) => worker.serveReviews());
} else {
  void serveLanguageServer();
}
