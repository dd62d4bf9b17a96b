// The scorecard webview: the page the language server renders
// (server/interview/scorecard-render.ts toHtml: inline CSS and SVG, no
// scripts). The webview runs no scripts, loads no local resources and opens
// no command links, and the page carries a strict Content-Security-Policy
// (csp.ts) whatever the server sent.
import * as vscode from 'vscode';
import { withStrictCsp } from './csp.js';

export const SCORECARD_VIEW_TYPE = 'mldl.scorecard';

export function showScorecardPanel(title: string, html: string, existing: vscode.WebviewPanel | undefined): vscode.WebviewPanel {
  const panel =
    existing ??
    vscode.window.createWebviewPanel(
      SCORECARD_VIEW_TYPE,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: false, enableCommandUris: false, enableForms: false, localResourceRoots: [] },
    );
  panel.title = title;
  panel.webview.html = withStrictCsp(html);
  panel.reveal(vscode.ViewColumn.Beside, false);
  return panel;
}
