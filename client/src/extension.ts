// ML Design Lint for VS Code: starts the mldl language server (dist/server.cjs)
// for Markdown documents and adds what LSP has no standard UI for: the
// coverage tree, the status bar figure and the palette commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { insertAllMissing, lintWorkspace, newDesignDoc, showRuleDocumentation } from './commands';
import { CoverageController } from './coverage-controller';
import { PushDiagnosticsFeature } from './push-diagnostics';
import { CoverageTreeProvider, REVEAL_COMMAND, type CoverageSnapshot } from './coverage-view';
import { SHOW_RULE_DOCS_COMMAND, type CoverageResult } from '../../server/lsp/protocol.js';
import type { Attempt, ScorecardResult } from '../../server/lsp/scorecard-protocol.js';
import type { Hint } from './practice/hints.js';
import { PracticeController, type PracticeState, type ScorecardPanelState, type StartOptions } from './practice/practice-controller';

export const COVERAGE_VIEW_ID = 'mldl.coverage';

/** What `activate` returns: used by the in-editor tests and by other extensions. */
export interface MldlExtensionApi {
  client: LanguageClient;
  /** Asks the server for the coverage of a document (the same data as the tree). */
  coverage(uri: vscode.Uri): Promise<CoverageResult | undefined>;
  /** What the ML Design Review tree shows right now. */
  coverageView(): CoverageSnapshot | undefined;
  /** Re-reads the active document's coverage into the tree and status bar. */
  refreshCoverage(): Promise<void>;
  statusBarText(): string | undefined;
  /** The practice interview flow (the same functions as its commands). */
  practice: {
    start(problemId?: string, options?: StartOptions): Promise<vscode.TextEditor | undefined>;
    end(): Promise<ScorecardResult | undefined>;
    hint(): Promise<Hint | undefined>;
    /** The running session, undefined when none. */
    state(): PracticeState | undefined;
    /** The scorecard of the last session that ended (the model the webview shows). */
    lastScorecard(): ScorecardResult | undefined;
    /** The scorecard webview, while it is open. */
    panel(): ScorecardPanelState | undefined;
    /** Stored attempts at a problem (this machine only). */
    attempts(problemId: string): Attempt[];
  };
}

let client: LanguageClient | undefined;

/**
 * Added to the extension host's environment for the server (vscode-languageclient
 * merges it over process.env). One glibc malloc arena instead of one per thread
 * keeps a plain-Node server (code-server, remote hosts) under 150 MB with 50 docs
 * open (docs/performance.md, "Memory, seventh pass"); under Electron's own
 * allocator it probably changes nothing.
 */
const SERVER_ENV = { MALLOC_ARENA_MAX: '1' };

export async function activate(context: vscode.ExtensionContext): Promise<MldlExtensionApi> {
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: SERVER_ENV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'], env: SERVER_ENV } },
  };
  const practice = new PracticeController(context.globalState);
  const clientOptions: LanguageClientOptions = {
    middleware: practice.middleware(),
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'mldl',
      // Editing a config file re-lints the open documents.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.mldlrc.json,.mldlrc.yaml,.mldlrc.yml,package.json}'),
    },
  };
  client = new LanguageClient('mldl', 'ML Design Lint', serverOptions, clientOptions);
  client.registerFeature(new PushDiagnosticsFeature());

  const tree = new CoverageTreeProvider();
  const statusBar = vscode.window.createStatusBarItem('mldl.coverage', vscode.StatusBarAlignment.Left, 50);
  statusBar.name = 'ML Design Review';
  statusBar.command = `${COVERAGE_VIEW_ID}.focus`;
  const view = vscode.window.createTreeView(COVERAGE_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const controller = new CoverageController(client, tree, view, statusBar, (uri) =>
    practice.isHidden(uri) ? 'Hidden during the practice interview: end it to see the review.' : undefined,
  );
  practice.attach(client);
  practice.onVisibilityChange = () => void controller.refresh();
  const lsp = client;

  context.subscriptions.push(
    view,
    statusBar,
    controller,
    vscode.commands.registerCommand('mldl.newDesignDoc', (systemType?: string) => newDesignDoc(systemType)),
    vscode.commands.registerCommand('mldl.showRuleDocumentation', (ruleId?: string, url?: string) =>
      showRuleDocumentation(context.extensionUri, ruleId, url),
    ),
    vscode.commands.registerCommand('mldl.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand('mldl.insertAllMissingSections', () => insertAllMissing(lsp)),
    vscode.commands.registerCommand('mldl.refreshCoverage', () => controller.refresh()),
    practice,
    vscode.commands.registerCommand('mldl.startPractice', (problemId?: string, options?: StartOptions) => practice.start(problemId, options)),
    vscode.commands.registerCommand('mldl.endPractice', () => practice.end()),
    vscode.commands.registerCommand('mldl.practiceHint', () => practice.hint()),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      revealRange(uri, range),
    ),
  );

  await client.start();
  // The server's "Show documentation for <rule>" code action names this
  // command. When the server advertises it, vscode-languageclient already
  // forwards it to the server; otherwise the extension opens the page itself.
  const serverCommands = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (!serverCommands.includes(SHOW_RULE_DOCS_COMMAND)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, (ruleId?: string, url?: string) =>
        showRuleDocumentation(context.extensionUri, ruleId, url),
      ),
    );
  }
  controller.start();

  return {
    client,
    coverage: (uri) => controller.request(uri),
    coverageView: () => tree.snapshot(),
    refreshCoverage: () => controller.refresh(),
    statusBarText: () => (controller.statusVisible ? statusBar.text : undefined),
    practice: {
      start: (problemId, options) => practice.start(problemId, options),
      end: () => practice.end(),
      hint: () => practice.hint(),
      state: () => practice.state(),
      lastScorecard: () => practice.lastScorecard(),
      panel: () => practice.panelState(),
      attempts: (problemId) => practice.attempts(problemId),
    },
  };
}

async function revealRange(
  uri: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): Promise<void> {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preserveFocus: false });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
