// The values the server's main thread takes from vscode-languageserver, all
// through this one module. In the CommonJS bundle (dist/server-main.cjs)
// every ES module that imports a CommonJS library gets its own copy of the
// library's exports object, one getter per export (~320 here), made when
// the module loads: eight modules importing it cost ~15 ms of CPU before
// `initialize` was answered, one costs an eighth of that (docs/performance.md,
// "Start-up, fifth pass"). Types can still come from the library directly
// (`import type` is erased); test/lsp-bundle.test.ts checks the bundle wraps
// the library once.
export {
  AbstractMessageWriter,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  Message,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  StreamMessageReader,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
