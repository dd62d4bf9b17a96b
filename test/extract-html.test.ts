// Block HTML as evidence (server/engine/extract/html.ts): paragraphs, list
// items, headings, table rows with their header, <details>; <br> is a clause
// break, entities are decoded, comments/script/style yield nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAll, extractChecked, texts } from './extract-harness.js';

test('an HTML table: one unit per row, cells joined by " | ", the header row\'s cells as tableHeader; <br> splits a cell into clauses', () => {
  const source = [
    '# Metrics',
    '',
    '<table>',
    '  <thead><tr><th>Metric</th><th>Target</th></tr></thead>',
    '  <tr><td>Precision<br/>Recall</td><td>&ge; 0.92</td></tr>',
    '  <tr><td>p99 latency</td><td><b>120</b> ms</td></tr>',
    '</table>',
    '',
  ].join('\n');
  const units = extractChecked(source);
  assert.deepEqual(texts(units), ['Metric | Target', 'Precision ; Recall | ≥ 0.92', 'p99 latency | 120 ms']);
  assert.deepEqual(units.map((u) => u.kind), ['html-table-row', 'html-table-row', 'html-table-row']);
  assert.ok(units.every((u) => JSON.stringify(u.tableHeader) === '["Metric","Target"]'));
  assert.equal(units[0].headerRow, true);
  assert.equal(units[1].headerRow, undefined);
  assert.equal(source.slice(units[2].start, units[2].end), '<tr><td>p99 latency</td><td><b>120</b> ms</td></tr>');
  // The decoded ≥ is not in the source as such: it maps nowhere, so no range points into "&ge;".
  const ge = units[1].text.indexOf('≥');
  assert.equal(units[1].segments.find((s) => s.plainStart <= ge && ge < s.plainStart + s.length), undefined);
});

test('a table with no header row gives rows without tableHeader', () => {
  const units = extractChecked('<table><tr><td>Owner</td><td>Ranking team</td></tr></table>\n');
  assert.deepEqual(texts(units), ['Owner | Ranking team']);
  assert.equal(units[0].tableHeader, undefined);
});

test('paragraphs, list items, headings with their level, <details>/<summary>, <div> text', () => {
  const source = [
    '<div align="center">',
    '<h2>Serving plan</h2>',
    'Requests are scored online.',
    '<p>Scores are cached for <i>ten</i> minutes.</p>',
    '<ul><li>Shadow launch first</li><li>Then 5% canary</li></ul>',
    '</div>',
    '',
    '<details>',
    '<summary>Why a GBDT</summary>',
    'It handles sparse tabular features.',
    '</details>',
    '',
  ].join('\n');
  const units = extractChecked(source);
  assert.deepEqual(
    units.map((u) => [u.kind, u.text, u.headingLevel]),
    [
      ['html-heading', 'Serving plan', 2],
      ['html-paragraph', 'Requests are scored online.', undefined],
      ['html-paragraph', 'Scores are cached for ten minutes.', undefined],
      ['html-list-item', 'Shadow launch first', undefined],
      ['html-list-item', 'Then 5% canary', undefined],
      ['html-paragraph', 'Why a GBDT', undefined],
      ['html-paragraph', 'It handles sparse tabular features.', undefined],
    ],
  );
  const heading = units[0];
  assert.equal(source.slice(heading.start, heading.end), '<h2>Serving plan</h2>');
});

test('an HTML comment yields nothing; <script> and <style> yield nothing', () => {
  assert.deepEqual(extractChecked('<!-- mldl-disable label-definition -->\n'), []);
  assert.deepEqual(extractChecked('<!--\nThe positive class is a refund within 30 days.\n-->\n'), []);
  assert.deepEqual(extractChecked('<script>const threshold = 0.5;</script>\n\n<style>p { color: red }</style>\n'), []);
  assert.deepEqual(texts(extractChecked('<p>Kept <!-- dropped --> text</p>\n')), ['Kept text']);
});

test('entities are decoded; a decoded character maps nowhere', () => {
  const source = '<p>recall &gt; 0.8 &amp;&amp; precision&nbsp;&#8805; 0.9 &#x1F600; ok</p>\n';
  const units = extractChecked(source);
  // &nbsp; reads as a space, like any other whitespace.
  assert.deepEqual(texts(units), ['recall > 0.8 && precision ≥ 0.9 😀 ok']);
});

test('an image\'s alt text is read', () => {
  const units = extractChecked('<p align="center"><img src="arch.png" alt="Two-tower retrieval &amp; ranking"></p>\n');
  assert.deepEqual(texts(units), ['Two-tower retrieval & ranking']);
});

test('HTML inside a block quote or list item maps past the removed markers', () => {
  const source = '> <div>\n> Labels come from <b>manual review</b>.\n> </div>\n\n- item\n\n  <p>Nested &amp; indented</p>\n';
  const units = extractChecked(source);
  assert.deepEqual(texts(units), ['Labels come from manual review.', 'Nested & indented']);
});

test('a 10,000-line HTML block and 20,000 nested elements finish without a stack overflow', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>feature_${i}</td><td>${i} &lt; ${i + 1}</td></tr>`).join('\n');
  const big = extractChecked(`<table>\n<tr><th>Name</th><th>Range</th></tr>\n${rows}\n</table>\n`);
  assert.equal(big.length, 10_001);
  assert.equal(big[10_000].text, 'feature_9999 | 9999 < 10000');
  const deep = extractAll(`<div>${'<div><span>'.repeat(20_000)}deep text${'</span></div>'.repeat(20_000)}</div>\n`);
  assert.deepEqual(texts(deep), ['deep text']);
});
