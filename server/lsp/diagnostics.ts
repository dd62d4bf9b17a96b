// Engine findings → LSP diagnostics. The engine counts lines and columns from
// 1 (in UTF-16 code units, like LSP); LSP counts both from 0.
import type { Diagnostic, Range } from 'vscode-languageserver';
import { DiagnosticSeverity } from './lsp-api.js';
import type { ConfigError } from '../config/errors.js';
import type { Finding, Severity, SourceRange } from '../engine/types.js';

export const DIAGNOSTIC_SOURCE = 'mldl';
/** Diagnostic code of configuration errors (they have no rule). */
export const CONFIG_ERROR_CODE = 'config';

/** What the server keeps on each diagnostic to find its finding again. */
export interface DiagnosticData {
  version: number;
  kind: Finding['kind'] | 'config' | 'not-reviewed';
}

export function toLspRange(range: SourceRange): Range {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  if (severity === 'error') return DiagnosticSeverity.Error;
  if (severity === 'warning') return DiagnosticSeverity.Warning;
  return DiagnosticSeverity.Information;
}

export function findingToDiagnostic(finding: Finding, version: number): Diagnostic {
  const data: DiagnosticData = { version, kind: finding.kind };
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: toLspSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: finding.message,
    data,
  };
  if (finding.url) diagnostic.codeDescription = { href: finding.url };
  return diagnostic;
}

/**
 * A configuration file that cannot be used: reported on the document it
 * stops, at the top, so the writer sees why nothing is reviewed.
 */
export function configErrorDiagnostic(error: ConfigError, version: number, cwd?: string): Diagnostic {
  const data: DiagnosticData = { version, kind: 'config' };
  const more = error.related.length > 0 ? ` (and ${error.related.length} more error${error.related.length === 1 ? '' : 's'})` : '';
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: CONFIG_ERROR_CODE,
    message: `Configuration error, this document is not reviewed: ${error.format(cwd)}${more}`,
    data,
  };
}

/** Diagnostic code of a document the engine did not review (too large, over the parse budget). */
export const NOT_REVIEWED_CODE = 'not-reviewed';

/** One diagnostic at the top saying why the document has no review. */
export function notReviewedDiagnostic(reason: string, version: number): Diagnostic {
  const data: DiagnosticData = { version, kind: 'not-reviewed' };
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: NOT_REVIEWED_CODE,
    message: reason,
    data,
  };
}
