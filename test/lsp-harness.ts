// A real LSP client for the protocol tests: starts the language server as a
// child process over stdio and speaks JSON-RPC to it with vscode-jsonrpc,
// answering the server's requests (configuration, registrations, applyEdit)
// the way an editor would.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  Hover,
  MarkupContent,
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
  WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_BIN = path.join(REPO_ROOT, 'bin/mldl-language-server.js');
export const FIXTURES = path.join(REPO_ROOT, 'test-fixtures/lsp');

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

export interface ClientOptions {
  /** Command to start; defaults to `node bin/mldl-language-server.js --stdio`. */
  command?: string[];
  /** Node IPC, as VS Code runs the server: `server` is forked with `--node-ipc`. */
  ipcModule?: string;
  capabilities?: ClientCapabilities;
  workspaceFolders?: WorkspaceFolder[];
  /** What the client answers to workspace/configuration for section `mldl` (per scopeUri when a function). */
  settings?: unknown | ((scopeUri: string | undefined) => unknown);
  initializationOptions?: unknown;
}

/** Capabilities of a plain client: push diagnostics, text edits, no snippets. */
export const BASIC_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceEdit: { documentChanges: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    applyEdit: true,
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { versionSupport: true },
  },
};

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly documents = new Map<string, TextDocument>();
  stderr = '';
  settings: ClientOptions['settings'];
  private readonly listeners = new Set<() => void>();
  private exitCode: Promise<number | null>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings;
    this.exitCode = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
    process.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.notify();
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
      this.notify();
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) =>
      params.items.map((item) => {
        if (item.section !== 'mldl') return null;
        return typeof this.settings === 'function' ? (this.settings as (uri: string | undefined) => unknown)(item.scopeUri) : (this.settings ?? null);
      }),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      this.registrations.push(...params.registrations);
      setImmediate(() => this.notify());
      return null;
    });
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('window/showDocument', () => ({ success: true }));
    connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      const applied = this.applyWorkspaceEdit(params.edit);
      this.notify();
      return { applied };
    });
    connection.listen();
  }

  static async start(options: ClientOptions = {}): Promise<{ client: LspClient; initialize: InitializeResult }> {
    let child: ChildProcess;
    let connection: MessageConnection;
    if (options.ipcModule) {
      child = fork(options.ipcModule, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], cwd: REPO_ROOT });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      const [command, ...args] = options.command ?? [process.execPath, SERVER_BIN, '--stdio'];
      child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: REPO_ROOT });
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new LspClient(child, connection, options);
    const folders = options.workspaceFolders ?? [{ uri: fileUri(FIXTURES), name: 'fixtures' }];
    const initialize = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: options.capabilities ?? BASIC_CAPABILITIES,
      initializationOptions: options.initializationOptions,
      clientInfo: { name: 'mldl-protocol-test' },
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    return { client, initialize };
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Resolves once `check` returns a value (re-checked on every message from the server).
   * The timeout only bounds a hang: a passing wait ends on the message, so a
   * generous bound costs nothing and keeps a loaded machine from failing it.
   */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 30_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (value === undefined) return false;
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const listener = (): void => {
        attempt();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.\nServer stderr:\n${this.stderr}`));
      }, timeoutMs);
      this.listeners.add(listener);
      attempt();
    });
  }

  /** The first diagnostics published for `uri` at `version` (and matching `check`, if given). */
  diagnosticsFor(uri: string, version: number, check: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${path.basename(uri)} v${version}`, () =>
      this.published.find((p) => p.uri === uri && p.version === version && check(p.diagnostics))?.diagnostics,
    );
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, 'markdown', version, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  text(uri: string): string {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document.getText();
  }

  version(uri: string): number {
    return this.documents.get(uri)!.version;
  }

  /** Sends an incremental change replacing `range` with `text`; returns the new version. */
  async change(uri: string, range: Range, text: string): Promise<number> {
    const document = this.documents.get(uri)!;
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, [{ range, text }], version));
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  /** Replaces the first occurrence of `find` with `replacement` as an incremental change. */
  async replace(uri: string, find: string, replacement: string): Promise<number> {
    const document = this.documents.get(uri)!;
    const offset = document.getText().indexOf(find);
    if (offset < 0) throw new Error(`"${find}" is not in ${uri}`);
    return this.change(uri, { start: document.positionAt(offset), end: document.positionAt(offset + find.length) }, replacement);
  }

  /** Applies text edits locally and sends them to the server as one incremental change. */
  async applyTextEdits(uri: string, edits: readonly TextEdit[]): Promise<number> {
    const document = this.documents.get(uri)!;
    const version = document.version + 1;
    // Later edits first, so earlier positions stay valid.
    const sorted = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    const changes = sorted.map((edit) => ({ range: edit.range, text: edit.newText }));
    this.documents.set(uri, TextDocument.update(document, changes, version));
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies a WorkspaceEdit for open documents; false when a versioned edit does not match. */
  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    for (const [uri, edits] of Object.entries(textEditsOf(edit))) {
      const change = edit.documentChanges?.find((c) => 'textDocument' in c && c.textDocument.uri === uri) as
        | { textDocument: { version: number | null } }
        | undefined;
      const version = change?.textDocument.version;
      if (typeof version === 'number' && version !== this.documents.get(uri)?.version) return false;
      void this.applyTextEdits(uri, edits);
    }
    return true;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exitCode;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

/** Text edits per document in a WorkspaceEdit; snippet edits become their snippet text. */
export function textEditsOf(edit: WorkspaceEdit): Record<string, TextEdit[]> {
  const result: Record<string, TextEdit[]> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) result[uri] = [...edits];
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) continue;
    const list = (result[change.textDocument.uri] ??= []);
    for (const e of change.edits) {
      const snippet = (e as { snippet?: { value: string } }).snippet;
      list.push(snippet ? { range: e.range, newText: snippet.value } : (e as TextEdit));
    }
  }
  return result;
}

/** True when every character of `original` appears in `updated` in order: nothing was removed. */
export function keepsOriginal(original: string, updated: string): boolean {
  let i = 0;
  for (let j = 0; j < updated.length && i < original.length; j++) if (updated[j] === original[i]) i++;
  return i === original.length;
}

export function isInsertion(edit: TextEdit): boolean {
  return edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;
}

export interface ServerWithLog {
  client: LspClient;
  /** Every window/logMessage line the server sent. */
  logs: string[];
}

/** Starts the real server with extra environment variables (through `env`, so the child's pid is the server's), collecting its log. */
export async function startServerWithEnv(env: Record<string, string> = {}, options: ClientOptions = {}): Promise<ServerWithLog> {
  const assignments = Object.entries(env).map(([key, value]) => `${key}=${value}`);
  const { client } = await LspClient.start({ command: ['env', ...assignments, process.execPath, SERVER_BIN, '--stdio'], ...options });
  const logs: string[] = [];
  // Replaces the client's no-op handler: the log is part of what is asserted.
  client.connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  return { client, logs };
}

/** Polls `check` every 20 ms until it holds. */
export async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** The Markdown of a hover, '' for none. */
export function hoverText(hover: Hover | null): string {
  return hover ? (hover.contents as MarkupContent).value : '';
}

/** Where `needle` first occurs in `text`, as an LSP position. */
export function positionOf(text: string, needle: string): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The rule ids of diagnostics, in order. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}
