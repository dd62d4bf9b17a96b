// What must hold of every report format whatever a file is named or a
// message says (issue 11 item 4): used by test/report-escaping.test.ts (the
// real CLI, one hostile name) and test/fuzz-report-names.test.ts (random
// hostile names and messages through the formatters).
import assert from 'node:assert/strict';
import { parse as parseHtml } from 'parse5';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { REPORT_MARKER } from '../server/engine/detect-data.js';
import { escapeControls } from '../server/io/escape.js';

/** Control characters a terminal, a log or a workflow-command parser acts on (newline allowed between lines). */
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Stylish output or stderr: no control character but line breaks, and no line a CI runner would read as a command. */
export function assertPlainLines(output: string, what: string): void {
  const bad = CONTROL_BUT_NEWLINE.exec(output);
  assert.equal(bad, null, `${what}: control character U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} in\n${JSON.stringify(output)}`);
  for (const line of output.split('\n')) assert.ok(!line.trimStart().startsWith('::'), `${what}: a line reads as a workflow command: ${JSON.stringify(line)}`);
}

export interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeGithub(value: string): string {
  return value.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** --format github: exactly one well-formed command per finding, parsed back as the runner parses it. */
export function parseAnnotations(output: string, findings: number): Annotation[] {
  const lines = output === '' ? [] : output.replace(/\n$/, '').split('\n');
  assert.equal(lines.length, findings, `one line per finding:\n${output}`);
  return lines.map((line) => {
    const match = /^::(error|warning|notice) ([^:\r\n]*)::([^\r\n]*)$/.exec(line);
    assert.ok(match, `not a single well-formed workflow command: ${JSON.stringify(line)}`);
    assert.equal(CONTROL_BUT_NEWLINE.exec(line), null, `control character in ${JSON.stringify(line)}`);
    const properties = Object.fromEntries(
      match[2].split(',').map((pair) => {
        const [key, ...value] = pair.split('=');
        return [key, unescapeGithub(value.join('='))];
      }),
    );
    return { command: match[1], properties, message: unescapeGithub(match[3]) };
  });
}

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  url?: string;
  children?: MdNode[];
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function plainText(node: MdNode): string {
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/**
 * --format markdown, parsed as GitHub would (CommonMark + GFM): no HTML, no
 * image, no link but the line links, no heading but ours; each document's
 * heading is one code span showing its name with controls escaped.
 */
export function assertMarkdownReport(output: string, shownNames: readonly string[], messages: readonly string[]): void {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(output) as MdNode;
  const headings: MdNode[] = [];
  const texts: string[] = [];
  walk(tree, (node) => {
    // The one HTML node allowed is mldl's own report marker (a comment that keeps a saved report from being linted).
    if (node.type === 'html') assert.equal(node.value, REPORT_MARKER, `HTML in the report: ${JSON.stringify(node.value)}`);
    assert.notEqual(node.type, 'image', 'an image in the report');
    // Line links, or a bare URL or e-mail address GFM links by itself (its text is the address, nothing hidden).
    if (node.type === 'link') assert.ok(/^L\d+$/.test(plainText(node)) || node.url!.endsWith(plainText(node)), `a link that is not a line link: ${JSON.stringify(node)}`);
    if (node.type === 'heading') headings.push(node);
    if (node.type === 'listItem') texts.push(plainText(node));
  });
  const documentHeadings = headings.filter((h) => h.depth === 3);
  assert.deepEqual(
    documentHeadings.map((h) => h.children?.map((c) => c.type)),
    shownNames.map(() => ['inlineCode']),
    'one code span per document heading',
  );
  assert.deepEqual(documentHeadings.map((h) => h.children![0].value!.trim()), shownNames.map((name) => escapeControls(name).trim()));
  for (const message of messages) {
    const shown = escapeControls(message).replace(/\s+/g, ' ').trim();
    assert.ok(texts.some((text) => text.replace(/\s+/g, ' ').includes(shown)), `message shown literally: ${JSON.stringify(shown)} in ${JSON.stringify(texts)}`);
  }
}

interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

const HTML_ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'p', 'section', 'ul', 'li', 'span', 'code', 'svg', 'g', 'text', 'rect']);

function htmlText(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(htmlText).join('');
}

/** --format html: only the page's own elements and attributes, each document's name as the text of its heading. */
export function assertHtmlReport(output: string, shownNames: readonly string[]): void {
  const h2: string[] = [];
  const visit = (node: HtmlNode): void => {
    if (!node.nodeName.startsWith('#')) {
      assert.ok(HTML_ELEMENTS.has(node.nodeName), `unexpected element <${node.nodeName}>`);
      for (const attr of node.attrs ?? []) assert.ok(!attr.name.startsWith('on') && attr.name !== 'href' && attr.name !== 'src', `unexpected attribute ${attr.name}`);
    }
    if (node.nodeName === 'h2') h2.push(htmlText(node));
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parseHtml(output) as unknown as HtmlNode);
  assert.deepEqual(h2, shownNames.map((name) => escapeControls(name)));
}
