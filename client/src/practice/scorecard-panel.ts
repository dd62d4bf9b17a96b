// The scorecard webview: the page the language server renders
// (server/interview/scorecard-render.ts toHtml: inline CSS and SVG, no
// scripts). The webview runs no scripts, loads no local resources and opens
// no command links; the page's own Content-Security-Policy (default-src
// 'none'; style-src 'unsafe-inline') is kept, and added if it ever went missing.
import * as vscode from 'vscode';

export const SCORECARD_VIEW_TYPE = 'mldl.scorecard';
export const STRICT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** The page with a strict CSP meta tag as the first thing in <head>. */
export function withStrictCsp(html: string): string {
  if (/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`;
  return /<head>/i.test(html) ? html.replace(/<head>/i, `<head>\n${meta}`) : `${meta}\n${html}`;
}

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
