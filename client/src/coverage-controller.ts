// Keeps the coverage tree and the status bar item in step with the active
// Markdown document: asks the server for `mldl/coverage` when the active
// editor changes and whenever its diagnostics change (the server has just
// re-reviewed it), debounced so typing does not flood the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COVERAGE_REQUEST, type CoverageParams, type CoverageResult } from '../../server/lsp/protocol.js';
import type { CoverageTreeProvider } from './coverage-view';

const DEBOUNCE_MS = 250;

export class CoverageController implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  statusVisible = false;

  constructor(
    private readonly client: LanguageClient,
    private readonly tree: CoverageTreeProvider,
    private readonly view: vscode.TreeView<unknown>,
    private readonly statusBar: vscode.StatusBarItem,
    /** Why a document's review is not shown (a practice interview hides it), or undefined. */
    private readonly hiddenReason: (uri: string) => string | undefined = () => undefined,
  ) {}

  start(): void {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('mldl')) this.schedule();
      }),
    );
    this.schedule();
  }

  async request(uri: vscode.Uri): Promise<CoverageResult | undefined> {
    const params: CoverageParams = { uri: uri.toString() };
    return (await this.client.sendRequest<CoverageResult | null>(COVERAGE_REQUEST, params)) ?? undefined;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      // Keep the last doc's coverage while focus is in another panel; clear only for other files.
      if (vscode.window.activeTextEditor) this.show(undefined, 'Open a Markdown design doc to see its review.');
      return;
    }
    const hidden = this.hiddenReason(document.uri.toString());
    if (hidden) {
      this.show(undefined, hidden);
      return;
    }
    let result: CoverageResult | undefined;
    try {
      result = await this.request(document.uri);
    } catch (error) {
      if (generation !== this.generation) return;
      this.show(undefined, `Coverage unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    // A newer refresh started while this one waited: its answer wins.
    if (generation !== this.generation) return;
    if (!result || result.skipped) {
      this.show(undefined, result?.skipReason ? `Not reviewed: ${result.skipReason}` : 'This document is not reviewed.');
      return;
    }
    this.show(result, undefined);
  }

  private show(result: CoverageResult | undefined, message: string | undefined): void {
    this.tree.update(result);
    this.view.message = message;
    if (!result) {
      this.view.description = undefined;
      this.statusBar.hide();
      this.statusVisible = false;
      return;
    }
    const summary = `${result.covered}/${result.total}${result.systemType ? ` · ${result.systemType}` : ''}`;
    this.view.description = summary;
    // Alone in its container the view has no header of its own to show the
    // description in: the figure goes at the top of the tree instead.
    this.view.message = message ?? `${summary.replace(/^(\d+\/\d+)/, '$1 review points covered')}`;
    this.statusBar.text = `$(checklist) ML review ${result.covered}/${result.total}`;
    this.statusBar.tooltip = `ML Design Review: ${result.covered} of ${result.total} review points covered. Click to open the review.`;
    this.statusBar.show();
    this.statusVisible = true;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
