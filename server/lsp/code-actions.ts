// Code actions for the findings under the cursor: insert the missing
// skeleton, disable the rule for the file or the line, open the rule's page,
// and insert every missing skeleton at once. All edits are insertions, made
// against the reviewed version and tagged with it.
import type { CodeAction, CodeActionParams, Diagnostic, Range } from 'vscode-languageserver';
import { CodeActionKind } from './lsp-api.js';
import type { Finding } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import { DIAGNOSTIC_SOURCE, findingToDiagnostic, toLspRange } from './diagnostics.js';
import { disableForFile, disableForLine } from './disable-edits.js';
import { INSERT_ALL_MISSING_COMMAND, SHOW_RULE_DOCS_COMMAND } from './protocol.js';
import { insertionEdit, type EditSupport } from './workspace-edits.js';

function overlaps(a: Range, b: Range): boolean {
  const startsBeforeEnd = a.start.line < b.end.line || (a.start.line === b.end.line && a.start.character <= b.end.character);
  const endsAfterStart = a.end.line > b.start.line || (a.end.line === b.start.line && a.end.character >= b.start.character);
  return startsBeforeEnd && endsAfterStart;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Findings the request is about: under the requested range, or named by the
 * client's diagnostics (matched by rule id and range on this version).
 */
function findingsInScope(findings: readonly Finding[], params: CodeActionParams): Finding[] {
  const named = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  return findings.filter((finding) => {
    if (finding.kind === 'engine') return false;
    const range = toLspRange(finding.range);
    if (overlaps(range, params.range)) return true;
    return named.some((d) => d.code === finding.ruleId && sameRange(d.range, range));
  });
}

function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActionsFor(analysis: Analysis, params: CodeActionParams, support: EditSupport): CodeAction[] {
  if (analysis.status !== 'reviewed') return [];
  const { result, snapshot } = analysis;
  if (!wants(params, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  const inScope = findingsInScope(result.findings, params);
  const disabledForFile = new Set<string>();
  for (const finding of inScope) {
    const diagnostic: Diagnostic = findingToDiagnostic(finding, analysis.version);
    const fix = finding.fixes[0];
    if (finding.kind === 'document' && fix) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: insertionEdit(snapshot, [fix.insertion], support),
      });
    }
    if (finding.kind === 'passage') {
      const line = disableForLine(snapshot.getText(), finding.ruleId, finding.range.start.line);
      actions.push({
        title: `Disable ${finding.ruleId} for this ${line.title}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: insertionEdit(snapshot, line.insertions, support),
      });
    }
    if (!disabledForFile.has(finding.ruleId)) {
      disabledForFile.add(finding.ruleId);
      actions.push({
        title: `Disable ${finding.ruleId} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: insertionEdit(snapshot, [disableForFile(snapshot.getText(), result.frontMatter, finding.ruleId)], support),
      });
      if (finding.url) {
        actions.push({
          title: `Show documentation for ${finding.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Show documentation for ${finding.ruleId}`, command: SHOW_RULE_DOCS_COMMAND, arguments: [finding.ruleId, finding.url] },
        });
      }
    }
  }
  const missing = result.findings.filter((f) => f.kind === 'document' && f.fixes.length > 0);
  if (missing.length > 1 && inScope.some((f) => f.kind === 'document')) {
    // A command, not an edit: placing every skeleton re-reviews the text once
    // per rule, too slow to do on every cursor move for an action rarely taken.
    const title = `Insert all ${missing.length} missing skeletons`;
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      command: { title, command: INSERT_ALL_MISSING_COMMAND, arguments: [snapshot.uri, snapshot.version] },
    });
  }
  return actions;
}
