// One review of one version of one document, shared by diagnostics, code
// actions, hover and coverage so that they all agree and the engine runs once
// per version. A result is tagged with the version it was computed on; the
// caller decides whether it is still current.
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigError } from '../config/errors.js';
import { tooLargeMessage } from '../io/read-file.js';
import { reviewBudgetMs } from '../engine/budget.js';
import { INTERNAL_ERROR_RULE_ID } from '../engine/types.js';
import { configErrorDiagnostic, findingToDiagnostic, notReviewedDiagnostic } from './diagnostics.js';
import type { DocumentConfigResolver } from './document-config.js';
import { settingsLayer } from './document-config.js';
import type { MldlSettings } from './protocol.js';
import type { Review } from './review.js';
import type { ReviewThread } from './review-thread.js';
import { ChunkedDocument, contentOf } from './chunked-document.js';

interface AnalysisBase {
  uri: string;
  version: number;
  /** The text as it was reviewed; edits are computed against it. */
  snapshot: TextDocument;
  settings: MldlSettings;
  diagnostics: Diagnostic[];
}

export type Analysis =
  | (AnalysisBase & { status: 'reviewed'; result: Review })
  /** Not a design doc, `mldl: false`, or left out by include/exclude. */
  | (AnalysisBase & { status: 'skipped'; reason: string; result?: Review })
  | (AnalysisBase & { status: 'disabled' })
  | (AnalysisBase & { status: 'config-error'; error: ConfigError })
  /** Too large, over the parse budget, or the engine failed: one diagnostic says which. */
  | (AnalysisBase & { status: 'not-reviewed'; reason: string })
  /** A newer review of the document replaced this one before it ran: never shown. */
  | (AnalysisBase & { status: 'superseded' });

export interface AnalyzerHost {
  settingsFor(uri: string): Promise<MldlSettings>;
  workspaceRootFor(uri: string): string | undefined;
  /** Settings that were ignored (unknown rule ids …): shown once to the user. */
  reportSettingsFaults(faults: string[]): void;
  log(message: string): void;
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

interface CacheEntry {
  version: number;
  generation: number;
  analysis: Promise<Analysis>;
}

export class Analyzer {
  private readonly cache = new Map<string, CacheEntry>();
  /** Bumped when settings or config files change: every cached review is then out of date. */
  private generation = 0;

  constructor(
    private readonly host: AnalyzerHost,
    private readonly configs: DocumentConfigResolver,
    /** The engine, on its own thread; it keeps each open document's incremental state. */
    private readonly reviews: ReviewThread,
  ) {}

  get configGeneration(): number {
    return this.generation;
  }

  invalidateAll(): void {
    this.generation++;
    this.cache.clear();
    this.configs.clearCache();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.reviews.forget(uri);
  }

  /** The review of the document's current version (computed once per version). */
  analyze(document: TextDocument): Promise<Analysis> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    // Capture text and version now: the live document object changes in place on the next edit.
    const snapshot = document instanceof ChunkedDocument ? document.snapshot() : TextDocument.create(document.uri, document.languageId, document.version, document.getText());
    const analysis = this.compute(snapshot);
    this.cache.set(document.uri, { version: snapshot.version, generation: this.generation, analysis });
    return analysis;
  }

  private async compute(snapshot: TextDocument): Promise<Analysis> {
    const uri = snapshot.uri;
    const version = snapshot.version;
    const settings = await this.host.settingsFor(uri);
    const base = { uri, version, snapshot, settings };
    if (!settings.enable) return { ...base, status: 'disabled', diagnostics: [] };

    const { layer, faults } = settingsLayer(settings);
    if (faults.length > 0) this.host.reportSettingsFaults(faults);
    const filePath = filePathOf(uri);
    const root = this.host.workspaceRootFor(uri);
    const resolved = this.configs.resolve(filePath, layer, root);
    if (resolved.kind === 'error') {
      this.host.log(`Configuration error for ${uri}: ${resolved.error.format()}`);
      return { ...base, status: 'config-error', error: resolved.error, diagnostics: [configErrorDiagnostic(resolved.error, version, root)] };
    }
    if (resolved.kind === 'out-of-scope') return { ...base, status: 'skipped', reason: resolved.reason, diagnostics: [] };

    // In pieces: the whole text is not made again for a review (chunked-document.ts).
    const content = snapshot instanceof ChunkedDocument ? snapshot.content : contentOf(snapshot.getText());
    // The same limit as the CLI's (`maxDocumentSize`, 5 MB by default): a 10 MB document took 31 s and 2.2 GB.
    // UTF-8 takes at most 3 bytes per UTF-16 code unit: the text is counted only when that bound is over the limit.
    const limit = resolved.config.maxDocumentSize;
    const bytes = content.length * 3 <= limit ? 0 : content.pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece), 0);
    if (bytes > limit) return this.notReviewed(base, `skipped: ${tooLargeMessage(bytes, limit)}`);
    const answer = await this.reviews.review(uri, { content, filePath, config: resolved.config, budgetMs: reviewBudgetMs(content.length) });
    if (!answer.ok) {
      if (answer.failure === 'superseded') return { ...base, status: 'superseded', diagnostics: [] };
      if (answer.failure === 'error') this.host.log(`Engine failure in ${uri} (v${version}): ${answer.message}`);
      const reason = answer.failure === 'error' ? 'the engine failed on this document (see the log)' : answer.message;
      return this.notReviewed(base, `${reason}; it is reviewed again when it changes`);
    }
    const result = answer.value;
    // A rule that threw or a review cut short is shown as a diagnostic; the log keeps it for a bug report.
    for (const f of result.findings) if (f.ruleId === INTERNAL_ERROR_RULE_ID) this.host.log(`Engine fault in ${uri} (v${version}): ${f.message}`);
    const diagnostics = result.findings.map((finding) => findingToDiagnostic(finding, version));
    if (result.skipped) return { ...base, status: 'skipped', reason: result.skipReason ?? 'not reviewed', result, diagnostics };
    return { ...base, status: 'reviewed', result, diagnostics };
  }

  private notReviewed(base: Omit<AnalysisBase, 'diagnostics'>, reason: string): Analysis {
    this.host.log(`${base.uri} (v${base.version}): ${reason}`);
    return { ...base, status: 'not-reviewed', reason, diagnostics: [notReviewedDiagnostic(reason, base.version)] };
  }
}
