// Property test of the extractors' source maps: over generated code fences
// (every reading: Python, YAML, JSON, TOML, SQL, Mermaid, ASCII, unknown),
// block HTML and front matter, placed at the top level, in a list item, in a
// block quote, with LF or CRLF line ends, every character a unit maps goes
// to the identical source character (an HTML entity's characters to its
// `&`), inside the node it came from, and no unit is longer than
// MAX_UNIT_CHARS. Nothing may throw. A fixed seed keeps CI reproducible.
import { test } from 'node:test';
import fc from 'fast-check';
import { extractChecked } from './extract-harness.js';

const RUNS = Number(process.env.MLDL_FUZZ_RUNS ?? 200);
const params = { numRuns: RUNS, seed: 20260517, endOnFailure: true };

const CODE_PIECES = [
  'class_weight', 'maxDepth', 'HTTPServer', 'x', 'Ünïcode_var', 'retrain-schedule', '$var', '__init__',
  '0.85', '1e-3', '50', '-1', '0x1F', '200ms',
  '"daily"', "'it''s'", '"a # b"', '"unterminated', '"esc \\" q"', "f'{x}'", '"""doc\nstring"""', "'''x'''",
  '# note here', '// slash note', '-- dash note', '/* multi\nline */', '#!/bin/sh', '# noqa', '# ----- ruler -----',
  '=', '==', '<=', '>=', '<>', '!=', ':', ',', '.', '{', '}', '[', ']', '(', ')', ';', '*', '&', '|',
  ' ', ' ', '  ', '\n', '\n', '\n\n', '\t', '    ',
  '-->', '->>', '--', '|label|', '[Box text]', '(round)', '{dec}', ': message text', '((circle))', '[(db)]',
  '%% comment', 'graph LR', 'subgraph', 'end', 'participant', ' as ', '"quoted label"', 'style',
  '┌──┐', '│', '└──┘', '──▶', '+--+', 'v', '^', '→',
  'SELECT', 'CASE WHEN', 'THEN', 'END AS', 'FROM', '[section]', '[[array]]', 'key: value', 'key = value',
  '- item', '  nested:', '|\n  block', '>-', '&amp;', '<br>',
];
const LANGUAGES = ['python', 'yaml', 'json', 'jsonc', 'toml', 'ini', 'sql', 'js', 'go', 'mermaid', 'plantuml', 'dot', '', 'text', 'foo', 'md'];

const HTML_PIECES = [
  '<p>', '</p>', '<table>', '</table>', '<thead>', '<tr>', '</tr>', '<td>', '</td>', '<th>', '</th>', '<br/>', '<br>',
  '<ul>', '<li>', '</li>', '</ul>', '<h3>', '</h3>', '<b>', '</b>', '<i>', '<details>', '<summary>', '</summary>',
  '<!-- comment -->', '<div>', '</div>', '<img alt="a &amp; b">', '<img alt=plain>', '<script>x = 1</script>', '<style>p{}</style>',
  'word', 'Feature store', 'p99', '200 ms', '&amp;', '&lt;', '&gt;', '&#8805;', '&#x1F600;', '&bogus;', '& ', '&copy', '&nbsp;',
  ' ', '  ', '\n', '\t', '"', "'", '=', '<', '>', 'é', '中文',
];

const YAML_PIECES = [
  'latency_budget_ms', 'maxDepth', '"quoted key"', "'single'", '1', 'key-with-dash',
  ': ', ':', ' 200', ' "a # b"', " 'x'", ' [a, b]', ' {p99_ms: 10, 1: 2}', ' |\n  block text\n  more', ' >\n  folded', ' ~', ' null',
  '\n', '\n  ', '\n    ', '\n- ', '# comment', ' # trailing', '---', '&anchor ', '*anchor', '? ', '- ', ' ', '\t',
];

const text = (pieces: string[], max: number) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((a) => a.join(''));

type Place = 'top' | 'list' | 'quote';
const places = fc.constantFrom<Place>('top', 'list', 'quote');

/** Puts a block into its place: list items indent continuation lines, quotes prefix `> `. */
function place(block: string, where: Place): string {
  if (where === 'top') return `# Doc\n\n${block}\n`;
  if (where === 'list') return `# Doc\n\n- item\n\n${block.split('\n').map((line) => `  ${line}`).join('\n')}\n`;
  return `# Doc\n\n${block.split('\n').map((line) => `> ${line}`).join('\n')}\n`;
}

const check = (source: string): void => void extractChecked(source);

const crlf = fc.boolean();
const withEnds = (source: string, useCrlf: boolean): string => (useCrlf ? source.replace(/\n/g, '\r\n') : source);

test('code fences: every mapped character is the identical source character', () => {
  fc.assert(
    fc.property(fc.constantFrom(...LANGUAGES), text(CODE_PIECES, 40), places, crlf, (lang, body, where, useCrlf) => {
      const safe = body.replace(/`/g, "'");
      check(withEnds(place(`\`\`\`${lang}\n${safe}\n\`\`\``, where), useCrlf));
    }),
    params,
  );
});

test('block HTML: every mapped character is the identical source character or the & of its entity', () => {
  fc.assert(
    fc.property(text(HTML_PIECES, 40), places, crlf, (body, where, useCrlf) => {
      // A block-level tag opens the HTML block; a blank line would end it, so none is generated.
      check(withEnds(place(`<div>\n${body.replace(/\n\s*\n/g, '\n')}`, where), useCrlf));
    }),
    params,
  );
});

test('front matter and YAML fences: every mapped character is the identical source character', () => {
  fc.assert(
    fc.property(text(YAML_PIECES, 30), crlf, places, (body, useCrlf, where) => {
      const yaml = body.replace(/^---/gm, '- --');
      check(withEnds(`---\n${yaml}\n---\n\n# Doc\n`, useCrlf));
      check(withEnds(place(`\`\`\`yaml\n${yaml}\n\`\`\``, where), useCrlf));
    }),
    params,
  );
});
