// One review of one version of one document, shared by diagnostics, code
// actions, hover and coverage so that they all agree and the engine runs once
// per version. A result is tagged with the version it was computed on; the
// caller decides whether it is still current.
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigError } from '../config/errors.js';
import type { LintResult } from '../engine/lint.js';
import type { IncrementalLinter } from '../engine/incremental.js';
import { INTERNAL_ERROR_RULE_ID } from '../engine/types.js';
import { loadEngine, type Engine } from './engine.js';
import { configErrorDiagnostic, findingToDiagnostic } from './diagnostics.js';
import type { DocumentConfigResolver } from './document-config.js';
import { settingsLayer } from './document-config.js';
import type { MldlSettings } from './protocol.js';
import { lintTestOverrides } from './test-hooks.js';

/** A pathological document must not stall typing: the engine stops and says so. */
const LINT_TIME_BUDGET_MS = 3000;

interface AnalysisBase {
  uri: string;
  version: number;
  /** The text as it was reviewed; edits are computed against it. */
  snapshot: TextDocument;
  settings: MldlSettings;
  diagnostics: Diagnostic[];
}

export type Analysis =
  | (AnalysisBase & { status: 'reviewed'; result: LintResult })
  /** Not a design doc, `mldl: false`, or left out by include/exclude. */
  | (AnalysisBase & { status: 'skipped'; reason: string; result?: LintResult })
  | (AnalysisBase & { status: 'disabled' })
  | (AnalysisBase & { status: 'config-error'; error: ConfigError });

export interface AnalyzerHost {
  settingsFor(uri: string): Promise<MldlSettings>;
  workspaceRootFor(uri: string): string | undefined;
  /** Settings that were ignored (unknown rule ids …): shown once to the user. */
  reportSettingsProblems(problems: string[]): void;
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
  /** Per open document: its regions and per-region results, so an edit re-lints only what it touched. */
  private readonly linters = new Map<string, IncrementalLinter>();
  /** Bumped when settings or config files change: every cached review is then out of date. */
  private generation = 0;

  constructor(
    private readonly host: AnalyzerHost,
    private readonly configs: DocumentConfigResolver,
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
    this.linters.delete(uri);
  }

  private linterFor(uri: string, engine: Engine): IncrementalLinter {
    let linter = this.linters.get(uri);
    if (!linter) {
      linter = new engine.IncrementalLinter();
      this.linters.set(uri, linter);
    }
    return linter;
  }

  /** The review of the document's current version (computed once per version). */
  analyze(document: TextDocument): Promise<Analysis> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    // Capture text and version now: the live document object changes in place on the next edit.
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
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

    const { layer, problems } = settingsLayer(settings);
    if (problems.length > 0) this.host.reportSettingsProblems(problems);
    const filePath = filePathOf(uri);
    const root = this.host.workspaceRootFor(uri);
    const resolved = this.configs.resolve(filePath, layer, root);
    if (resolved.kind === 'error') {
      this.host.log(`Configuration error for ${uri}: ${resolved.error.format()}`);
      return { ...base, status: 'config-error', error: resolved.error, diagnostics: [configErrorDiagnostic(resolved.error, version, root)] };
    }
    if (resolved.kind === 'out-of-scope') return { ...base, status: 'skipped', reason: resolved.reason, diagnostics: [] };

    const engine = await loadEngine();
    const overrides = await lintTestOverrides();
    const options = engine.lintOptions({ filePath, config: resolved.config, timeBudgetMs: LINT_TIME_BUDGET_MS, ...overrides });
    const result = this.linterFor(uri, engine).lint(snapshot.getText(), options);
    // A rule that threw or a review cut short is shown as a diagnostic; the log keeps it for a bug report.
    for (const f of result.findings) if (f.ruleId === INTERNAL_ERROR_RULE_ID) this.host.log(`Engine problem in ${uri} (v${version}): ${f.message}`);
    const diagnostics = result.findings.map((finding) => findingToDiagnostic(finding, version));
    if (result.skipped) return { ...base, status: 'skipped', reason: result.skipReason ?? 'not reviewed', result, diagnostics };
    return { ...base, status: 'reviewed', result, diagnostics };
  }
}
