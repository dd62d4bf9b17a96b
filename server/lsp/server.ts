// The language server: wires the LSP connection to the analyzer. Linting
// happens on open, on change (debounced, `mldl.run: onType`) and on save;
// results are published only for the version they were computed on. Every
// handler catches its own failures: a broken config or an engine bug shows up
// as a diagnostic or a log line, never as a dead server.
import path from 'node:path';
import type { CancellationToken, ClientCapabilities, Connection, DocumentDiagnosticReport, InitializeResult, WorkspaceFolder } from 'vscode-languageserver';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from './lsp-api.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reviewBudgetMs } from '../engine/budget.js';
import { Analyzer, filePathOf, type Analysis } from './analysis.js';
import { CHUNKED_DOCUMENTS } from './chunked-document.js';
import { codeActionsFor } from './code-actions.js';
import { coverageOf } from './coverage.js';
import { DocumentConfigResolver } from './document-config.js';
import { hoverAt } from './hover.js';
import {
  COVERAGE_REQUEST,
  INSERT_ALL_MISSING_COMMAND,
  SHOW_RULE_DOCS_COMMAND,
  type CoverageParams,
  type CoverageResult,
  type MldlSettings,
} from './protocol.js';
import { unlessCancelled } from './cancellation.js';
import type { LifecycleGate } from './lifecycle.js';
import { ReviewThread } from './review-thread.js';
import { RuleDocs } from './rule-docs.js';
import { registerScorecardRequest } from './scorecard-request.js';
import { LintScheduler } from './scheduler.js';
import { normalizeSettings } from './settings.js';
import { editSupportOf, insertionEdit, type EditSupport } from './workspace-edits.js';

/**
 * Pause after the last keystroke before reviewing (`mldl.run: onType`).
 * A client can change it with `initializationOptions.debounceMs`.
 */
export const TYPING_DEBOUNCE_MS = 200;
const CONFIG_FILE_GLOBS = ['**/.mldlrc', '**/.mldlrc.*', '**/package.json'];
/**
 * Settings and config files change in bursts (a settings sync, a script, a
 * branch switch): documents are re-reviewed once the burst pauses this long,
 * and at least every RELINT_MAX_DELAY_MS while it lasts.
 */
const RELINT_DELAY_MS = 150;
const RELINT_MAX_DELAY_MS = 2000;
/** At most one pop-up about ignored settings per this interval; the rest go to the log. */
const SETTINGS_POPUP_INTERVAL_MS = 60_000;
/** Distinct settings faults remembered (each is shown at most once). */
const MAX_REMEMBERED_FAULTS = 100;

function isConfigFile(uri: string): boolean {
  const name = path.posix.basename(uri.split(/[?#]/)[0]);
  return name.startsWith('.mldlrc') || name === 'package.json';
}

function isMarkdown(document: TextDocument): boolean {
  return document.languageId === 'markdown' || /\.(md|markdown|mdown|mkd|mkdn)$/i.test(document.uri);
}

/** Settings a client passed at start-up: `{mldl: {...}}` or the section itself. */
function settingsFromInitializationOptions(options: unknown): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  const record = options as Record<string, unknown>;
  return 'mldl' in record ? record.mldl : record;
}

export interface ServerOptions {
  /** The module the review worker thread runs: the server's entry module, which serves reviews when started as that worker (main.ts). */
  reviewWorker: URL;
  /** The life-cycle rules the connection was created with (lifecycle.ts). */
  lifecycle: LifecycleGate;
}

/** Serves LSP on `connection`. */
export function startServer(connection: Connection, { reviewWorker, lifecycle }: ServerOptions): void {
  lifecycle.install(connection);
  // In pieces, not one string remade on every keystroke (chunked-document.ts).
  const documents = new TextDocuments(CHUNKED_DOCUMENTS);
  let capabilities: ClientCapabilities = {};
  let editSupport: EditSupport = { documentChanges: false, snippets: 'none' };
  let pullDiagnostics = false;
  let configurationRequests = false;
  let workspaceFolders: WorkspaceFolder[] = [];
  let debounceMs = TYPING_DEBOUNCE_MS;
  /** Settings pushed by didChangeConfiguration or initializationOptions (clients without workspace/configuration). */
  let pushedSettings: unknown;
  const settingsCache = new Map<string, Promise<MldlSettings>>();
  const reportedSettingsFaults = new Set<string>();
  let lastSettingsPopupAt = -Infinity;
  /** For `mldl.run: onSave` under the pull model: the review of the last saved (or opened) version. */
  const reviewAtSave = new Map<string, Analysis>();
  const ruleDocs = new RuleDocs();

  const log = (message: string): void => connection.console.log(`[mldl] ${message}`);
  /** For notifications whose only failure is a client that has gone away. */
  const ignore = (): void => undefined;
  // A notification, not window.show*Message: in vscode-languageserver those are
  // requests waiting for an answer, which a message without buttons does not need.
  const showMessage = (type: MessageType, message: string): void => {
    connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(ignore);
  };
  const logError = (what: string, error: unknown): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`[mldl] ${what}: ${detail}`);
  };

  const settingsFor = (uri: string): Promise<MldlSettings> => {
    if (!configurationRequests) return Promise.resolve(normalizeSettings(pushedSettings));
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'mldl' }).then(
        (value: unknown) => normalizeSettings(value ?? pushedSettings),
        (error: unknown) => {
          logError('workspace/configuration failed; using defaults', error);
          return normalizeSettings(pushedSettings);
        },
      );
      settingsCache.set(uri, settings);
    }
    return settings;
  };

  const workspaceRootFor = (uri: string): string | undefined => {
    const folder = workspaceFolders
      .filter((f) => uri === f.uri || uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`))
      .sort((a, b) => b.uri.length - a.uri.length)[0];
    return folder ? filePathOf(folder.uri) : undefined;
  };

  const reviews = new ReviewThread(reviewWorker, log);
  const analyzer = new Analyzer(
    {
      settingsFor,
      workspaceRootFor,
      reportSettingsFaults: (faults) => {
        const key = faults.join('\n');
        if (reportedSettingsFaults.has(key)) return;
        if (reportedSettingsFaults.size >= MAX_REMEMBERED_FAULTS) reportedSettingsFaults.clear();
        reportedSettingsFaults.add(key);
        log(`Ignored settings: ${faults.join('; ')}`);
        // Settings changed a thousand times must not pop a thousand messages.
        const now = Date.now();
        if (now - lastSettingsPopupAt < SETTINGS_POPUP_INTERVAL_MS) return;
        lastSettingsPopupAt = now;
        showMessage(MessageType.Warning, `ML Design Lint ignored some settings: ${faults.join('; ')} (details in the log)`);
      },
      log,
    },
    new DocumentConfigResolver(),
    reviews,
  );

  /** The review of the document's current version, or undefined when a newer edit arrived meanwhile. */
  /** `token`: the request waiting for it; cancelling it answers RequestCancelled at once (the review goes on). */
  const currentAnalysis = async (uri: string, token?: CancellationToken): Promise<Analysis | undefined> => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const analysis = await unlessCancelled(token, analyzer.analyze(document));
    return analysis.status !== 'superseded' && documents.get(uri)?.version === analysis.version ? analysis : undefined;
  };

  const publish = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const analysis = await analyzer.analyze(document);
    // Replaced by a newer review while it waited: that one publishes.
    if (analysis.status === 'superseded') return;
    if (pullDiagnostics) {
      // The client pulls on its own; after a save in onSave mode it must be told to pull again.
      if (analysis.settings.run === 'onSave' && reviewAtSave.get(uri) !== analysis) {
        reviewAtSave.set(uri, analysis);
        if (capabilities.workspace?.diagnostics?.refreshSupport) await connection.languages.diagnostics.refresh();
      }
      return;
    }
    // A newer edit arrived while this one was reviewed: that edit's run publishes.
    if (documents.get(uri)?.version !== analysis.version) return;
    await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.diagnostics });
  };

  const scheduler = new LintScheduler((uri) => {
    publish(uri).catch((error: unknown) => logError(`Reviewing ${uri} failed`, error));
  });

  const reviewAllAgain = (): void => {
    if (pullDiagnostics && capabilities.workspace?.diagnostics?.refreshSupport) {
      connection.languages.diagnostics.refresh().catch((error: unknown) => logError('Diagnostics refresh failed', error));
    }
    // Push: publish anew. Pull: re-review now, so the refreshed pulls (and the onSave snapshots) are ready.
    for (const document of documents.all()) if (isMarkdown(document)) scheduler.schedule(document.uri, 0);
  };
  let relint: { timer: NodeJS.Timeout; firstAt: number } | undefined;
  /** Settings or config files changed: every review is out of date now, and documents are reviewed again once the burst pauses. */
  const relintAll = (): void => {
    analyzer.invalidateAll();
    settingsCache.clear();
    reviewAtSave.clear();
    const firstAt = relint?.firstAt ?? Date.now();
    if (relint) clearTimeout(relint.timer);
    const delay = Math.max(0, Math.min(RELINT_DELAY_MS, firstAt + RELINT_MAX_DELAY_MS - Date.now()));
    relint = {
      firstAt,
      timer: setTimeout(() => {
        relint = undefined;
        reviewAllAgain();
      }, delay),
    };
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    editSupport = editSupportOf(capabilities);
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    configurationRequests = capabilities.workspace?.configuration === true;
    pushedSettings = settingsFromInitializationOptions(params.initializationOptions);
    const requestedDebounce = (params.initializationOptions as { debounceMs?: unknown } | null | undefined)?.debounceMs;
    if (typeof requestedDebounce === 'number' && requestedDebounce >= 0 && requestedDebounce <= 10_000) debounceMs = requestedDebounce;
    workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        executeCommandProvider: { commands: [INSERT_ALL_MISSING_COMMAND] },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'mldl', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mldl-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_GLOBS.map((globPattern) => ({ globPattern })) })
        .catch((error: unknown) => logError('Could not watch config files', error));
    }
    if (configurationRequests && capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'mldl' })
        .catch((error: unknown) => logError('Could not register for settings changes', error));
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f.uri)), ...event.added];
        relintAll();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { mldl?: unknown } | null | undefined)?.mldl;
    if (settings !== undefined) pushedSettings = settings;
    relintAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => isConfigFile(c.uri))) relintAll();
  });

  const openedVersions = new Map<string, number>();
  const lastSeenVersion = new Map<string, number>();
  /** didOpen fires onDidChangeContent too: this tells the two apart. */
  const justOpened = new Set<string>();
  /** When each document last changed: pulls wait for the writer to pause, as pushes do. */
  const lastChangeAt = new Map<string, number>();

  /** Bumped on every change of a document's text: a client that reuses a version number must not get a stale review. */
  const contentGenerations = new Map<string, number>();

  documents.onDidOpen((event) => {
    openedVersions.set(event.document.uri, event.document.version);
    justOpened.add(event.document.uri);
    // Opened again without a close: the text may differ under the same version number.
    analyzer.forget(event.document.uri);
  });

  documents.onDidChangeContent((event) => {
    const { uri, version } = event.document;
    const previousVersion = lastSeenVersion.get(uri);
    lastSeenVersion.set(uri, version);
    contentGenerations.set(uri, (contentGenerations.get(uri) ?? 0) + 1);
    const opening = justOpened.delete(uri);
    if (!opening && previousVersion !== undefined && version <= previousVersion) {
      // Versions must increase (LSP); the client's text is still the truth, so review it anew.
      log(`${uri}: version ${version} arrived after version ${previousVersion}; reviewing the new text.`);
      analyzer.forget(uri);
    }
    if (!isMarkdown(event.document)) return;
    // Opening fires this too: review at once, no debounce.
    if (openedVersions.get(uri) === version) {
      scheduler.schedule(uri, 0);
      return;
    }
    // A newer edit cancels the run waiting for the previous one right away.
    scheduler.cancel(uri);
    lastChangeAt.set(uri, Date.now());
    if (pullDiagnostics) return;
    settingsFor(uri)
      .then((settings) => {
        if (settings.run === 'onType' && documents.get(uri)?.version === version) scheduler.schedule(uri, debounceMs);
      })
      .catch((error: unknown) => logError('Reading settings failed', error));
  });

  documents.onDidSave((event) => {
    if (isMarkdown(event.document)) scheduler.schedule(event.document.uri, 0);
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    scheduler.cancel(uri);
    analyzer.forget(uri);
    settingsCache.delete(uri);
    reviewAtSave.delete(uri);
    openedVersions.delete(uri);
    lastSeenVersion.delete(uri);
    contentGenerations.delete(uri);
    lastChangeAt.delete(uri);
    if (!pullDiagnostics) connection.sendDiagnostics({ uri, diagnostics: [] }).catch(ignore);
  });

  /** The open document, waiting briefly for a didOpen that may still be on its way. */
  const openDocument = (uri: string, timeoutMs: number): Promise<TextDocument | undefined> => {
    const open = documents.get(uri);
    if (open) return Promise.resolve(open);
    return new Promise((resolve) => {
      const listener = documents.onDidOpen((event) => {
        if (event.document.uri !== uri) return;
        clearTimeout(timer);
        listener.dispose();
        resolve(event.document);
      });
      const timer = setTimeout(() => {
        listener.dispose();
        resolve(documents.get(uri));
      }, timeoutMs);
    });
  };

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const document = await openDocument(uri, 1000);
    if (!document || !isMarkdown(document)) return { kind: 'full', items: [] };
    const settings = await settingsFor(uri);
    const saved = reviewAtSave.get(uri);
    if (settings.run === 'onSave' && saved) return { kind: 'full', items: saved.diagnostics };
    const pause = (lastChangeAt.get(uri) ?? 0) + debounceMs - Date.now();
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    // The client cancels a pull when the writer types again and pulls anew.
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Superseded by a newer edit.');
    const current = documents.get(uri);
    if (!current) return { kind: 'full', items: [] };
    const analysis = await unlessCancelled(token, analyzer.analyze(current));
    if (analysis.status === 'superseded' || documents.get(uri)?.version !== analysis.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was reviewed.', { retriggerRequest: true });
    }
    const resultId = `${analysis.version}:${analyzer.configGeneration}:${contentGenerations.get(uri) ?? 0}`;
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items: analysis.diagnostics };
  });

  connection.onCodeAction(async (params, token) => {
    // Refused (null) when the document changed meanwhile: edits for an old text would land in the wrong place.
    const analysis = await currentAnalysis(params.textDocument.uri, token);
    return analysis ? codeActionsFor(analysis, params, editSupport) : null;
  });

  connection.onHover(async (params, token) => {
    const analysis = await currentAnalysis(params.textDocument.uri, token);
    return analysis ? hoverAt(analysis, params.position, ruleDocs) : null;
  });

  connection.onRequest(COVERAGE_REQUEST, async (params: CoverageParams, token: CancellationToken): Promise<CoverageResult> => {
    const uri = params?.uri;
    if (typeof uri !== 'string' || !documents.get(uri)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${COVERAGE_REQUEST}: document ${String(uri)} is not open.`);
    }
    const analysis = await currentAnalysis(uri, token);
    if (!analysis) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while it was reviewed.');
    return coverageOf(analysis);
  });

  registerScorecardRequest(connection, documents, reviews);

  connection.onExecuteCommand(async (params, token) => {
    const args = params.arguments ?? [];
    if (params.command === INSERT_ALL_MISSING_COMMAND) return insertAllCommand(args[0], args[1], token);
    if (params.command === SHOW_RULE_DOCS_COMMAND) return showRuleDocs(args[0], args[1]);
    throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}.`);
  });

  const insertAllCommand = async (uri: unknown, version: unknown, token: CancellationToken): Promise<{ applied: boolean; inserted: number; reason?: string }> => {
    if (typeof uri !== 'string' || !documents.get(uri)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${INSERT_ALL_MISSING_COMMAND}: expected [uri, version] of an open document.`);
    }
    const document = documents.get(uri)!;
    if (typeof version === 'number' && version !== document.version) {
      // The writer typed since the action was offered: positions would be wrong.
      return { applied: false, inserted: 0, reason: `stale version ${version} (document is at ${document.version})` };
    }
    const analysis = await currentAnalysis(uri, token);
    if (!analysis) return { applied: false, inserted: 0, reason: 'the document changed while it was reviewed' };
    if (analysis.status !== 'reviewed') return { applied: false, inserted: 0, reason: 'the document is not reviewed' };
    const { result, snapshot } = analysis;
    const text = snapshot.getText();
    const answer = await unlessCancelled(token, reviews.insertAll({ text, filePath: filePathOf(uri), config: result.config, budgetMs: reviewBudgetMs(text.length) }));
    if (!answer.ok) return { applied: false, inserted: 0, reason: answer.message };
    const insertions = answer.value;
    if (insertions.length === 0) return { applied: false, inserted: 0, reason: 'nothing is missing' };
    const edit = insertionEdit(snapshot, insertions, { ...editSupport, snippets: 'none' });
    const applied = await connection.workspace.applyEdit({ label: 'Insert all missing skeletons', edit });
    return { applied: applied.applied, inserted: insertions.length, reason: applied.failureReason };
  };

  const showRuleDocs = async (ruleId: unknown, url: unknown): Promise<void> => {
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return;
    if (capabilities.window?.showDocument?.support) {
      await connection.window.showDocument({ uri: url, external: true });
    } else {
      showMessage(MessageType.Info, `Documentation for ${String(ruleId)}: ${url}`);
    }
  };

  connection.onShutdown(() => {
    scheduler.dispose();
    if (relint) clearTimeout(relint.timer);
    reviews.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
