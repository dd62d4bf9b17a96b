// The scorecard webview's Content-Security-Policy. Pure (no `vscode`), tested
// by test/practice-csp.test.ts.

/** Nothing loads and nothing runs: only the page's inline styles apply. */
export const STRICT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const META = `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`;

/**
 * The page with exactly the strict policy as the first thing in <head>: any
 * other Content-Security-Policy meta tag (a looser one) is removed, since a
 * browser would apply every policy it finds but a reader could be misled.
 */
export function withStrictCsp(html: string): string {
  const without = html.replace(/<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>\n?/gi, '');
  return /<head>/i.test(without) ? without.replace(/<head>/i, `<head>\n${META}`) : `${META}\n${without}`;
}
