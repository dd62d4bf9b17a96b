// The extension's palette commands. Each is a small function of its inputs so
// the in-editor test suite can drive them exactly as a user would.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { catalog, stepTitle, SYSTEM_TYPE_DESCRIPTIONS } from './catalog';
import { INSERT_ALL_MISSING_COMMAND } from '../../server/lsp/protocol.js';
import { docsUrl } from '../../server/engine/docs-url.js';


/** "New ML design doc": a system type, then an untitled Markdown doc with the seven steps in order. */
export async function newDesignDoc(systemType?: string): Promise<vscode.TextEditor | undefined> {
  const type =
    systemType ??
    (
      await vscode.window.showQuickPick(
        Object.keys(catalog.skeletons).map((label) => ({ label, description: SYSTEM_TYPE_DESCRIPTIONS[label] ?? '' })),
        { title: 'New ML design doc', placeHolder: 'What kind of ML system is it? (sets `system:` in the front matter)' },
      )
    )?.label;
  const skeleton = type ? catalog.skeletons[type] : undefined;
  if (!skeleton) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  // A snippet, so Tab walks the example values the writer should replace.
  await editor.insertSnippet(new vscode.SnippetString(skeleton), new vscode.Position(0, 0));
  return editor;
}

/**
 * "Show rule documentation": the rule's page shipped in the extension
 * (rules/<id>/README.md) in the Markdown preview, else its page on the web.
 */
export async function showRuleDocumentation(
  extensionUri: vscode.Uri,
  ruleId?: string,
  url?: string,
): Promise<vscode.Uri | undefined> {
  const id =
    ruleId ??
    (
      await vscode.window.showQuickPick(
        catalog.rules.map((r) => ({ label: r.id, description: stepTitle(r.step), detail: r.description })),
        { title: 'Show rule documentation', placeHolder: 'Rule id', matchOnDescription: true, matchOnDetail: true },
      )
    )?.label;
  if (!id || !/^[a-z0-9-]+$/.test(id)) return undefined;
  const page = vscode.Uri.joinPath(extensionUri, 'rules', id, 'README.md');
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    const web = vscode.Uri.parse(url ?? docsUrl(id));
    await vscode.env.openExternal(web);
    return web;
  }
  await vscode.commands.executeCommand('markdown.showPreview', page);
  return page;
}

/** Markdown files that are never design docs, whatever they say. */
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/CHANGELOG.md,**/LICENSE.md}';
const MAX_FILES = 1000;

/**
 * "Lint all design docs in the workspace": opens every Markdown file as a
 * document (not in an editor) so the server reviews it and the Problems panel
 * lists the findings. The server's auto-detection skips files that are not
 * design docs.
 */
export async function lintWorkspace(): Promise<number> {
  const files = await vscode.workspace.findFiles('**/*.md', EXCLUDE, MAX_FILES);
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'ML Design Lint', cancellable: true },
    async (progress, token) => {
      for (const file of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(file), increment: 100 / files.length });
        await vscode.workspace.openTextDocument(file);
      }
    },
  );
  void vscode.window.showInformationMessage(
    `ML Design Lint: reviewed ${files.length} Markdown file${files.length === 1 ? '' : 's'}; findings are in the Problems panel.`,
  );
  return files.length;
}

/** "Insert all missing sections": the server inserts every missing skeleton at once (it never removes text). */
export async function insertAllMissing(client: LanguageClient, editor = vscode.window.activeTextEditor): Promise<boolean> {
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('ML Design Lint: open a Markdown design doc first.');
    return false;
  }
  const { document } = editor;
  await client.sendRequest(ExecuteCommandRequest.type, {
    command: INSERT_ALL_MISSING_COMMAND,
    arguments: [document.uri.toString(), document.version],
  });
  return true;
}
