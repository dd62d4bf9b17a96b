// One running practice interview: its document, the countdown in the status
// bar, the per-step clock fed by edits and the hints revealed so far. The
// controller (practice-controller.ts) creates, ends and disposes it.
import * as vscode from 'vscode';
import type { CatalogProblem } from '../catalog';
import { catalog } from '../catalog';
import { stepAtLine } from './skeleton.js';
import { formatCountdown, StepClock } from './time-accounting.js';

export interface SessionOptions {
  durationMs: number;
  hideDiagnostics: boolean;
  /** Called once when the countdown reaches zero. */
  onExpire: () => void;
}

export class PracticeSession implements vscode.Disposable {
  readonly startedAt = Date.now();
  readonly endsAt: number;
  readonly clock: StepClock;
  readonly revealedHints = new Set<string>();
  readonly hideDiagnostics: boolean;
  private readonly statusBar: vscode.StatusBarItem;
  private readonly timer: NodeJS.Timeout;
  private readonly disposables: vscode.Disposable[] = [];
  private expired = false;
  /** Every URI the answer has had: the untitled doc, then the file it was saved to. */
  private readonly knownUris = new Set<string>();
  private current: vscode.Uri;

  constructor(
    readonly problem: CatalogProblem,
    uri: vscode.Uri,
    private readonly options: SessionOptions,
    /** Where saving the untitled doc writes it: findings there are the session's too. */
    savedUri?: vscode.Uri,
  ) {
    this.current = uri;
    this.knownUris.add(uri.toString());
    if (savedUri) this.knownUris.add(savedUri.toString());
    this.endsAt = this.startedAt + options.durationMs;
    this.hideDiagnostics = options.hideDiagnostics;
    this.clock = new StepClock(this.startedAt);
    this.statusBar = vscode.window.createStatusBarItem('mldl.practice', vscode.StatusBarAlignment.Left, 49);
    this.statusBar.name = 'ML Design Lint practice interview';
    this.statusBar.command = 'mldl.endPractice';
    this.statusBar.tooltip = new vscode.MarkdownString(
      `**Practice interview:** ${problem.prompt}\n\nClick to end the session and see the scorecard.`,
    );
    this.tick();
    this.statusBar.show();
    this.timer = setInterval(() => this.tick(), 1000);
    this.disposables.push(
      this.statusBar,
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() !== this.current.toString() || event.contentChanges.length === 0) return;
        const text = event.document.getText();
        const now = Date.now();
        // A change's start line is the same before and after the edit, so the post-edit text places it.
        for (const change of event.contentChanges) this.clock.record(stepAtLine(text, change.range.start.line, catalog.steps), now);
      }),
    );
  }

  /** The answer's document now (it changes when the untitled doc is saved). */
  get uri(): vscode.Uri {
    return this.current;
  }

  /** Whether a URI is (or was, or will be once saved) this session's answer. */
  owns(uri: string): boolean {
    return this.knownUris.has(uri);
  }

  /** The answer now lives in another document (the untitled doc was saved). */
  moveTo(uri: vscode.Uri): void {
    this.current = uri;
    this.knownUris.add(uri.toString());
  }

  get remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  get statusText(): string {
    return this.statusBar.text;
  }

  private tick(): void {
    const remaining = this.remainingMs;
    this.statusBar.text = `$(watch) ${formatCountdown(remaining)} practice`;
    // The last five minutes stand out, as an interviewer's "we have five minutes left".
    this.statusBar.backgroundColor = remaining <= 5 * 60_000 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    if (remaining === 0 && !this.expired) {
      this.expired = true;
      this.options.onExpire();
    }
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
