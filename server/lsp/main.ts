// Entry point of `mldl-language-server`. The transport comes from the command
// line, as vscode-languageserver reads it: --stdio, --node-ipc or
// --socket=<port>. Without one, stdio is used, which is what editors other
// than VS Code expect.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

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

startServer(createConnection(ProposedFeatures.all));
