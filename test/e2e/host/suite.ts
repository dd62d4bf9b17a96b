// Runs INSIDE the VS Code extension host (code-server), loaded through
// `extensionTestsPath` the way @vscode/test-electron loads a suite: the module
// exports `run()`, and a throw makes the window exit with code 1. Bundled to
// CommonJS by test/e2e/vscode.test.ts; `vscode` is the real editor API.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MldlExtensionApi } from '../../../client/src/extension';
import { Checks, codeOf, log, mldlDiagnostics, waitFor } from './host-harness';

const EXTENSION_ID = 'ml-design-lint.ml-design-lint';
const FIXTURE = 'job-recommendations.md';
const DRAFT = 'fraud-draft.md';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/** The built-in Markdown extension may still be starting: its provider cancels the first request. */
async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return waitFor('quick fixes', async () => {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        range,
        vscode.CodeActionKind.QuickFix.value,
      );
      return actions && actions.length > 0 ? actions : undefined;
    } catch (error) {
      if (String(error).includes('Canceled')) return undefined;
      throw error;
    }
  });
}

const checks = new Checks();
const check = (name: string, body: () => Promise<void>): void => checks.add(name, body);

let api: MldlExtensionApi;

check('the extension activates on a Markdown file', async () => {
  await openFixture(FIXTURE);
  const extension = vscode.extensions.getExtension<MldlExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  api = await waitFor('activation', () => (extension.isActive ? extension.exports : undefined));
  assert.equal(typeof api.coverage, 'function');
});

check('diagnostics appear for a design doc, with source, rule id and docs link', async () => {
  const uri = workspaceFile(FIXTURE);
  const diagnostics = await waitFor('mldl diagnostics', () => {
    const found = mldlDiagnostics(uri);
    return found.some((d) => codeOf(d) === 'ab-test') ? found : undefined;
  });
  const codes = diagnostics.map(codeOf);
  log(`diagnostics: ${codes.join(', ')}`);
  assert.ok(codes.includes('placeholder-text'), 'the "TBD" placeholder is flagged');
  const abTest = diagnostics.find((d) => codeOf(d) === 'ab-test');
  assert.ok(abTest);
  assert.equal(abTest.severity, vscode.DiagnosticSeverity.Warning);
  const code = abTest.code as { value: string; target: vscode.Uri };
  assert.match(code.target.toString(), /rules\/ab-test\/README\.md$/);
  const placeholder = diagnostics.find((d) => codeOf(d) === 'placeholder-text');
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.getText(placeholder?.range), 'TBD', 'a passage finding covers the exact words');
});

check('the quick fix inserts the skeleton and the finding clears', async () => {
  const editor = await openFixture(FIXTURE);
  const uri = editor.document.uri;
  const abTest = mldlDiagnostics(uri).find((d) => codeOf(d) === 'ab-test');
  assert.ok(abTest, 'ab-test finding before the fix');
  const actions = await quickFixes(uri, abTest.range);
  log(`code actions: ${actions.map((a) => a.title).join(' | ')}`);
  const fix = actions.find((a) => /A\/B test/i.test(a.title) && a.edit);
  assert.ok(fix?.edit, `a quick fix that plans an A/B test among: ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(
    actions.some((a) => a.title === 'Disable ab-test for this file'),
    'a "disable for this file" action is offered too',
  );
  const before = editor.document.getText();
  assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
  const after = editor.document.getText();
  assert.ok(after.length > before.length, 'text was inserted');
  assert.match(after, /A\/B test/);
  // Nothing of the writer's text is removed: the old text is still there in order.
  const kept = before.split('\n').filter((line) => line.trim());
  let from = 0;
  for (const line of kept) {
    const at = after.indexOf(line, from);
    assert.ok(at >= 0, `line kept: ${line}`);
    from = at + line.length;
  }
  await waitFor('ab-test to clear', () => !mldlDiagnostics(uri).some((d) => codeOf(d) === 'ab-test'));
  assert.ok(mldlDiagnostics(uri).some((d) => codeOf(d) === 'placeholder-text'), 'other findings stay');
  await editor.document.save();
});

check('turning a rule off in the settings takes effect, and back on', async () => {
  const uri = workspaceFile(FIXTURE);
  const config = vscode.workspace.getConfiguration('mldl');
  await config.update('rules', { 'placeholder-text': 'off' }, vscode.ConfigurationTarget.Workspace);
  try {
    await waitFor('placeholder-text to disappear', () => {
      const diagnostics = mldlDiagnostics(uri);
      return diagnostics.length > 0 && !diagnostics.some((d) => codeOf(d) === 'placeholder-text');
    });
  } finally {
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor('placeholder-text to come back', () => mldlDiagnostics(uri).some((d) => codeOf(d) === 'placeholder-text'));
});

check('the strict preset raises severities', async () => {
  const uri = workspaceFile(FIXTURE);
  const severityOf = (id: string): vscode.DiagnosticSeverity | undefined => mldlDiagnostics(uri).find((d) => codeOf(d) === id)?.severity;
  const before = severityOf('privacy-constraints');
  assert.equal(before, vscode.DiagnosticSeverity.Information, 'privacy-constraints is info in recommended');
  const config = vscode.workspace.getConfiguration('mldl');
  await config.update('preset', 'strict', vscode.ConfigurationTarget.Workspace);
  try {
    await waitFor('a stricter severity', () => {
      const now = severityOf('privacy-constraints');
      return now !== undefined && now < vscode.DiagnosticSeverity.Information;
    });
  } finally {
    await config.update('preset', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

check('the coverage request and the ML Design Review view have data', async () => {
  const editor = await openFixture(FIXTURE);
  const coverage = await api.coverage(editor.document.uri);
  assert.ok(coverage, 'mldl/coverage answers');
  assert.equal(coverage.steps.length, 7);
  assert.equal(coverage.systemType, 'recommendation');
  const evaluation = coverage.steps.find((s) => s.step === 'evaluation');
  assert.equal(evaluation?.rules.find((r) => r.ruleId === 'ab-test')?.status, 'covered', 'the quick fix covered ab-test');
  assert.ok(coverage.covered > 0 && coverage.covered <= coverage.total);

  await api.refreshCoverage();
  const view = await waitFor('the coverage tree', () => api.coverageView());
  assert.equal(view.uri, editor.document.uri.toString());
  assert.deepEqual(
    view.steps.map((s) => s.label),
    ['Requirements', 'Problem framing', 'Data', 'Model', 'Evaluation', 'Serving', 'Monitoring'],
  );
  const requirements = view.steps[0];
  assert.ok(requirements.rules.some((r) => r.label === 'privacy-constraints' && r.status === 'missing'));
  // One status mark (the row's icon); the text is the rule's description, whole in the tooltip.
  const privacy = requirements.rules.find((r) => r.label === 'privacy-constraints');
  const privacyCoverage = coverage.steps[0].rules.find((r) => r.ruleId === 'privacy-constraints');
  assert.ok(privacy && privacyCoverage);
  assert.equal(privacy.description, privacyCoverage.description);
  assert.doesNotMatch(privacy.description, /^[✓✗–]/);
  assert.ok(privacy.tooltip.includes(privacyCoverage.description) && privacy.tooltip.includes('missing'));
  assert.ok(requirements.rules.some((r) => r.label === 'business-metric' && r.status === 'covered'));
  assert.equal(api.statusBarText(), `$(checklist) ML review ${coverage.covered}/${coverage.total}`);

  // Clicking a covered rule jumps to the passage that covers it.
  const metric = requirements.rules.find((r) => r.label === 'business-metric');
  assert.ok(metric?.command, 'a covered rule has a click target');
  await vscode.commands.executeCommand(metric.command.command, ...metric.command.arguments);
  const active = vscode.window.activeTextEditor;
  assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
  const jumped = active.document.getText(active.selection);
  assert.ok(jumped.length > 0 && active.selection.start.line >= 7, `selection on the evidence: "${jumped}"`);
});

check('"Lint all design docs in the workspace" reviews files that are not open', async () => {
  const draft = workspaceFile(DRAFT);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const count = await vscode.commands.executeCommand<number>('mldl.lintWorkspace');
  assert.ok(count >= 2, `found ${count} Markdown files`);
  await waitFor('findings for the draft', () => mldlDiagnostics(draft).length > 0);
});

check('"Insert all missing sections" fills a draft in step order', async () => {
  const editor = await openFixture(DRAFT);
  const uri = editor.document.uri;
  await waitFor('draft diagnostics', () => mldlDiagnostics(uri).length > 5);
  const missingBefore = mldlDiagnostics(uri).filter((d) => codeOf(d) !== 'metric-without-target').length;
  await vscode.commands.executeCommand('mldl.insertAllMissingSections');
  await waitFor('the sections', () => /## Monitoring/.test(editor.document.getText()));
  const headings = [...editor.document.getText().matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(headings, ['Requirements', 'Problem framing', 'Data', 'Model', 'Evaluation', 'Serving', 'Monitoring']);
  await waitFor('fewer findings', () => mldlDiagnostics(uri).length < missingBefore);
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

check('"New ML design doc" opens a skeleton in step order', async () => {
  const editor = await vscode.commands.executeCommand<vscode.TextEditor>('mldl.newDesignDoc', 'fraud');
  assert.ok(editor, 'an editor');
  assert.equal(editor.document.uri.scheme, 'untitled');
  assert.equal(editor.document.languageId, 'markdown');
  const text = editor.document.getText();
  assert.match(text, /^---\nsystem: fraud\n---\n/);
  const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(headings, ['Requirements', 'Problem framing', 'Data', 'Model', 'Evaluation', 'Serving', 'Monitoring']);
  assert.match(text, /Class imbalance/, 'a fraud doc asks about class imbalance');
  assert.doesNotMatch(text, /Position bias/, 'and not about position bias');
  // The server reviews untitled documents too; the full skeleton leaves little to flag.
  const coverage = await waitFor('coverage of the new doc', async () => {
    const result = await api.coverage(editor.document.uri);
    return result && result.total > 0 ? result : undefined;
  });
  assert.ok(coverage.covered >= coverage.total - 3, `skeleton covers ${coverage.covered}/${coverage.total}`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

check('"Show rule documentation" opens the rule page', async () => {
  const opened = await vscode.commands.executeCommand<vscode.Uri>('mldl.showRuleDocumentation', 'baseline-model');
  assert.ok(opened, 'a page was opened');
  assert.match(opened.toString(), /rules\/baseline-model\/README\.md$/);
});

check('.mldlrc.json is validated against the schema', async () => {
  const uri = workspaceFile('.mldlrc.json');
  await vscode.workspace.fs.writeFile(uri, Buffer.from('{\n  "extends": "mldl:recommended",\n  "rules": { "ab-test": "loud" }\n}\n'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diagnostics = await waitFor(
    'JSON schema diagnostics',
    () => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'mldl');
      return found.length > 0 ? found : undefined;
    },
    30_000,
  );
  log(`.mldlrc.json: ${diagnostics.map((d) => d.message).join(' | ')}`);
  const document = await vscode.workspace.openTextDocument(uri);
  assert.ok(
    diagnostics.some((d) => document.getText(d.range).includes('loud')),
    'the schema flags the unknown severity "loud" (and only the schema knows it)',
  );
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await vscode.workspace.fs.delete(uri);
});

export async function run(): Promise<void> {
  // Every later check needs the activated extension: stop early without it.
  return checks.run(() => !api);
}
