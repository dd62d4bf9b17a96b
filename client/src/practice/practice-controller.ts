// The practice interview flow in the editor: "Start practice interview" opens
// a new answer doc for a problem and starts the countdown; "Practice hint"
// reveals the next missing step's guiding question; "End practice interview"
// (or the countdown reaching zero) asks the language server for the
// scorecard (`mldl/scorecard`), shows it in a webview with the time per step
// and the trend over earlier attempts, and stores this attempt's score on
// this machine. While a session runs, its findings can be hidden (setting
// `mldl.practice.hideDiagnostics`), as in a real interview.
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ConfigurationParams, LanguageClient, Middleware } from 'vscode-languageclient/node';
import { SCORECARD_REQUEST, type ScorecardParams, type ScorecardResult } from '../../../server/lsp/scorecard-protocol.js';
import { catalog, findProblem, type CatalogProblem } from '../catalog';
import { nextHint, type Hint } from './hints.js';
import { showScorecardPanel } from './scorecard-panel';
import { PracticeSession } from './session';
import { practiceDocument } from './skeleton.js';
import { AttemptStore, attemptDate } from './trend-store.js';

export const RANDOM_PROBLEM = 'random';
/** How long a closed answer may take to reappear as the file it was saved to. */
const ANSWER_REOPEN_GRACE_MS = 1500;
const DEFAULT_DURATION_MINUTES = 45;

export interface StartOptions {
  /** Overrides `mldl.practice.durationMinutes` (tests use seconds). */
  durationMinutes?: number;
  durationSeconds?: number;
  /** Overrides `mldl.practice.hideDiagnostics`. */
  hideDiagnostics?: boolean;
}

export interface PracticeState {
  problemId: string;
  uri: string;
  remainingMs: number;
  hideDiagnostics: boolean;
  statusText: string;
  hintsRevealed: string[];
}

export interface ScorecardPanelState {
  title: string;
  html: string;
  visible: boolean;
  /** Scripts are off in the webview. */
  enableScripts: boolean;
}

function minutesSetting(): number {
  const value = vscode.workspace.getConfiguration('mldl.practice').get<number>('durationMinutes', DEFAULT_DURATION_MINUTES);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, 24 * 60) : DEFAULT_DURATION_MINUTES;
}

export class PracticeController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private session: PracticeSession | undefined;
  /** Practice docs, reviewed with the interview preset for as long as they are open. */
  private readonly practiceUris = new Set<string>();
  /** Findings the server sent for a practice doc while they are hidden; shown when the session ends. */
  private readonly withheld = new Map<string, vscode.Diagnostic[]>();
  private panel: vscode.WebviewPanel | undefined;
  private last: ScorecardResult | undefined;
  private ending: Promise<ScorecardResult | undefined> | undefined;
  private counter = 0;
  private readonly attemptsStore: AttemptStore;
  private readonly disposables: vscode.Disposable[] = [];
  /** Called when what the coverage view may show changes (a session starts or ends). */
  onVisibilityChange: () => void = () => undefined;

  constructor(globalState: vscode.Memento) {
    this.attemptsStore = new AttemptStore(globalState);
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((document) => {
        const uri = document.uri.toString();
        if (this.session?.uri.toString() === uri) this.answerClosed(this.session, document);
        else if (!this.session?.owns(uri)) {
          this.practiceUris.delete(uri);
          this.withheld.delete(uri);
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.updateEditorContext(editor)),
    );
  }

  attach(client: LanguageClient): void {
    this.client = client;
  }

  /** The language client's hooks: hidden findings, and the interview preset for practice docs. */
  middleware(): Middleware {
    return {
      handleDiagnostics: (uri, diagnostics, next) => {
        const key = uri.toString();
        if (this.isHidden(key)) {
          this.withheld.set(key, diagnostics);
          next(uri, []);
          return;
        }
        next(uri, diagnostics);
      },
      workspace: {
        configuration: async (params: ConfigurationParams, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value: unknown, index: number) => {
            const item = params.items[index];
            const practice = item?.section === 'mldl' && item.scopeUri !== undefined && this.practiceUris.has(item.scopeUri);
            return practice && typeof value === 'object' && value !== null ? { ...value, preset: 'interview' } : value;
          });
        },
      },
    };
  }

  /** Whether a document's findings are withheld right now. */
  isHidden(uri: string): boolean {
    return this.session?.hideDiagnostics === true && this.session.owns(uri);
  }

  state(): PracticeState | undefined {
    const s = this.session;
    if (!s) return undefined;
    return {
      problemId: s.problem.id,
      uri: s.uri.toString(),
      remainingMs: s.remainingMs,
      hideDiagnostics: s.hideDiagnostics,
      statusText: s.statusText,
      hintsRevealed: [...s.revealedHints],
    };
  }

  lastScorecard(): ScorecardResult | undefined {
    return this.last;
  }

  panelState(): ScorecardPanelState | undefined {
    const panel = this.panel;
    if (!panel) return undefined;
    return { title: panel.title, html: panel.webview.html, visible: panel.visible, enableScripts: panel.webview.options.enableScripts === true };
  }

  attempts(problemId: string): ReturnType<AttemptStore['attempts']> {
    return this.attemptsStore.attempts(problemId);
  }

  async start(problemId?: string, options: StartOptions = {}): Promise<vscode.TextEditor | undefined> {
    if (typeof problemId !== 'string') problemId = undefined;
    if (typeof options !== 'object' || options === null) options = {};
    if (this.session) {
      void vscode.window.showWarningMessage('ML Design Lint: a practice interview is running; end it first (ML Design Lint: End practice interview).');
      await vscode.window.showTextDocument(this.session.uri);
      return undefined;
    }
    const problem = problemId === undefined ? await this.pickProblem() : this.resolveProblem(problemId);
    if (!problem) {
      if (problemId !== undefined) void vscode.window.showErrorMessage(`ML Design Lint: unknown practice problem "${problemId}".`);
      return undefined;
    }
    const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;
    // Command arguments come from anywhere (keybindings, other extensions): anything odd means the setting.
    const durationMs = positive(options.durationSeconds)
      ? options.durationSeconds * 1000
      : (positive(options.durationMinutes) ? options.durationMinutes : minutesSetting()) * 60_000;
    const hideDiagnostics = typeof options.hideDiagnostics === 'boolean' ? options.hideDiagnostics : vscode.workspace.getConfiguration('mldl.practice').get<boolean>('hideDiagnostics', true);

    // An untitled doc with a name chosen here: the URI is known before the
    // server first asks for its settings, so the interview preset applies from
    // the start. It has a path in the workspace (else the home folder), so
    // Save (Ctrl+S) writes it there without a dialog, and that file's URI is
    // known in advance too: the session carries on in the saved file.
    const name = `practice-${problem.id}-${Date.now().toString(36)}${++this.counter}.md`;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const savedUri = folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(path.join(os.homedir(), name));
    const uri = savedUri.with({ scheme: 'untitled' });
    this.practiceUris.add(uri.toString());
    this.practiceUris.add(savedUri.toString());
    const session = new PracticeSession(problem, uri, { durationMs, hideDiagnostics, onExpire: () => void this.end() }, savedUri);
    this.session = session;
    let editor: vscode.TextEditor;
    try {
      let document: vscode.TextDocument;
      try {
        document = await vscode.workspace.openTextDocument(uri);
      } catch {
        // A folder an untitled doc cannot be tied to (a virtual workspace): a
        // plain untitled doc, whose first review may still use mldl.preset.
        document = await vscode.workspace.openTextDocument({ language: 'markdown' });
        session.moveTo(document.uri);
        this.practiceUris.add(document.uri.toString());
      }
      editor = await vscode.window.showTextDocument(document);
      if (document.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), practiceDocument(problem, catalog.steps)));
    } catch (error) {
      this.abandon();
      throw error;
    }
    // The clock starts now: the skeleton itself is not the candidate's work.
    session.clock.record(undefined, Date.now());
    const last = editor.document.lineCount - 1;
    editor.selection = new vscode.Selection(last, 0, last, 0);
    await vscode.commands.executeCommand('setContext', 'mldl.practiceActive', true);
    this.updateEditorContext(editor);
    this.onVisibilityChange();
    void vscode.window.showInformationMessage(
      `Practice interview (${durationMs >= 60_000 ? `${Math.round(durationMs / 60_000)} min` : `${Math.round(durationMs / 1000)} s`}): ${problem.prompt}` +
        (hideDiagnostics ? ' Findings are hidden until you end the session.' : ''),
    );
    return editor;
  }

  private resolveProblem(id: string): CatalogProblem | undefined {
    if (id === RANDOM_PROBLEM) return catalog.problems[Math.floor(Math.random() * catalog.problems.length)];
    return findProblem(id);
  }

  private async pickProblem(): Promise<CatalogProblem | undefined> {
    const random = { label: '$(question) Random problem', description: 'surprise me, as in a real interview', id: RANDOM_PROBLEM };
    const items = [
      random,
      ...catalog.problems.map((p) => ({ label: p.prompt, description: `${p.id} · ${p.system}`, id: p.id })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Start practice interview',
      placeHolder: 'Pick an ML system design problem',
      matchOnDescription: true,
    });
    return picked ? this.resolveProblem(picked.id) : undefined;
  }

  private async requestScorecard(session: PracticeSession, extra: Partial<ScorecardParams>): Promise<ScorecardResult> {
    if (!this.client) throw new Error('the ML Design Lint language server is not running');
    const params: ScorecardParams = { uri: session.uri.toString(), problem: session.problem.id, ...extra };
    return this.client.sendRequest<ScorecardResult>(SCORECARD_REQUEST, params);
  }

  async hint(): Promise<Hint | undefined> {
    const session = this.session;
    if (!session) {
      void vscode.window.showInformationMessage('ML Design Lint: no practice interview is running (ML Design Lint: Start practice interview).');
      return undefined;
    }
    let result: ScorecardResult;
    try {
      result = await this.requestScorecard(session, {});
    } catch (error) {
      void vscode.window.showErrorMessage(`ML Design Lint: no hint: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    const hint = nextHint(result.scorecard, catalog.guidingQuestions, session.revealedHints);
    if (!hint) {
      void vscode.window.showInformationMessage('ML Design Lint: no more hints. Every step has something an interviewer would look for, or you have seen every hint.');
      return undefined;
    }
    session.revealedHints.add(hint.id);
    void vscode.window.showInformationMessage(`Hint (${hint.stepTitle}): ${hint.question}`);
    return hint;
  }

  /** Ends the session: scorecard in a webview, the attempt stored, hidden findings shown. */
  end(): Promise<ScorecardResult | undefined> {
    // The timer and the command can both end a session: the second caller gets the first's result.
    this.ending ??= this.finish().finally(() => (this.ending = undefined));
    return this.ending;
  }

  private async finish(): Promise<ScorecardResult | undefined> {
    const session = this.session;
    if (!session) {
      void vscode.window.showInformationMessage('ML Design Lint: no practice interview is running.');
      return undefined;
    }
    const date = attemptDate(new Date());
    const timePerStep = session.clock.secondsPerStep();
    let result: ScorecardResult;
    try {
      result = await this.requestScorecard(session, { timePerStep, attempts: this.attemptsStore.attempts(session.problem.id), date });
    } catch (error) {
      void vscode.window.showErrorMessage(`ML Design Lint: could not score the practice interview: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    await this.attemptsStore.record(session.problem.id, { date, score: result.scorecard.score });
    this.last = result;
    const existing = this.panel;
    const panel = showScorecardPanel(`Scorecard: ${session.problem.id}`, result.html, existing);
    this.panel = panel;
    if (!existing) panel.onDidDispose(() => (this.panel = this.panel === panel ? undefined : this.panel));
    // Last: once the session is gone, its scorecard, attempt and webview are all in place.
    this.stop(session);
    return result;
  }

  /**
   * The answer's document closed. Saving an untitled doc closes it and opens
   * the file it was saved to (in either order): the session moves there. A
   * doc closed for good ends the session without a scorecard or an attempt.
   */
  private answerClosed(session: PracticeSession, closed: vscode.TextDocument): void {
    const text = closed.getText();
    const successor = (): vscode.TextDocument | undefined =>
      vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() !== closed.uri.toString() && (session.owns(d.uri.toString()) || (d.languageId === 'markdown' && d.getText() === text)));
    setTimeout(() => {
      if (this.session !== session) return;
      const next = successor();
      if (!next) {
        this.abandon();
        return;
      }
      const key = next.uri.toString();
      const known = session.owns(key);
      session.moveTo(next.uri);
      this.practiceUris.add(key);
      // Saved under another name ("Save As"): its findings were not withheld so far.
      if (!known && session.hideDiagnostics && this.client?.diagnostics) {
        this.withheld.set(key, [...(this.client.diagnostics.get(next.uri) ?? [])]);
        this.client.diagnostics.set(next.uri, []);
      }
      this.updateEditorContext(vscode.window.activeTextEditor);
    }, ANSWER_REOPEN_GRACE_MS);
  }

  /** The practice doc was closed: no scorecard, no attempt. */
  private abandon(): void {
    if (this.session) this.stop(this.session);
  }

  private stop(session: PracticeSession): void {
    session.dispose();
    if (this.session === session) this.session = undefined;
    // Show what was withheld, for the documents of the answer that are still open.
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const [key, diagnostics] of [...this.withheld]) {
      if (!session.owns(key)) continue;
      this.withheld.delete(key);
      if (open.has(key)) this.client?.diagnostics?.set(vscode.Uri.parse(key), diagnostics);
    }
    void vscode.commands.executeCommand('setContext', 'mldl.practiceActive', false);
    this.updateEditorContext(vscode.window.activeTextEditor);
    this.onVisibilityChange();
  }

  private updateEditorContext(editor: vscode.TextEditor | undefined): void {
    const onPractice = editor !== undefined && this.session?.uri.toString() === editor.document.uri.toString();
    void vscode.commands.executeCommand('setContext', 'mldl.practiceEditor', onPractice);
  }

  dispose(): void {
    this.abandon();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
