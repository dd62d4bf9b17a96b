// HTML inside a paragraph or a GFM table cell reaches the plain text as a
// separator: remark hands each tag over as its own `html` node, so
// "Precision<br/>Recall" is text "Precision", html "<br/>", text "Recall".
// A browser shows a line break there, so the words must not be glued
// together: block-level tags and <br> read as " ; " (a clause break, not a
// sentence end), inline formatting (<b>, <span>, <a>) as nothing, <sup> as
// "^" so 10<sup>6</sup> reads 10^6. Comments (mldl directives) read as nothing.
import type { Html } from 'mdast';

/** Tags after which a reader sees a new line or a new block. */
const BREAKS = new Set(
  'br hr p div li ul ol dl dt dd tr td th table thead tbody tfoot caption h1 h2 h3 h4 h5 h6 blockquote details summary pre section figure figcaption center'.split(' '),
);

export const INLINE_BREAK = ' ; ';

/** The tag name of `<name …>` / `</name>`, lower-cased; '' for comments and anything else. */
function tagName(html: string): string {
  let i = 0;
  if (html[i] !== '<') return '';
  i++;
  if (html[i] === '/') i++;
  const start = i;
  while (i < html.length && i - start < 16) {
    const code = html.charCodeAt(i);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!letter && !(i > start && code >= 48 && code <= 57)) break;
    i++;
  }
  return html.slice(start, i).toLowerCase();
}

/** What an inline HTML node adds to the plain text: a separator (never the tag itself). */
export function inlineHtmlText(node: Pick<Html, 'value'>): string {
  const name = tagName(node.value);
  if (BREAKS.has(name)) return INLINE_BREAK;
  if (name === 'sup' && node.value[1] !== '/') return '^';
  return '';
}
