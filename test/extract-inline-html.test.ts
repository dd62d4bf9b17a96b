// HTML inside paragraphs and GFM table cells (inlineHtmlText and
// collectInline in server/engine/plain-text.ts): "Precision<br/>Recall"
// reads as two words, <b>x</b> adds nothing, the map back to the source
// stays exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineHtmlText } from '../server/engine/extract/index.js';
import { buildDesignDoc, sourceSpan } from '../server/engine/model.js';

test('inlineHtmlText: a break for <br> and block tags, nothing for inline formatting and comments, ^ for <sup>', () => {
  const of = (value: string): string => inlineHtmlText({ value });
  assert.equal(of('<br>'), ' ; ');
  assert.equal(of('<br/>'), ' ; ');
  assert.equal(of('<BR />'), ' ; ');
  assert.equal(of('<li>'), ' ; ');
  assert.equal(of('</p>'), ' ; ');
  assert.equal(of('<b>'), '');
  assert.equal(of('</span>'), '');
  assert.equal(of('<a href="https://example.com">'), '');
  assert.equal(of('<!-- mldl-disable-next-line -->'), '');
  assert.equal(of('<sup>'), '^');
  assert.equal(of('</sup>'), '');
});

test('a GFM table cell "Precision<br/>Recall" reads as two words', () => {
  const text = '# Evaluation\n\n| Metric | Goal |\n| --- | --- |\n| Precision<br/>Recall | <b>high</b> |\n';
  const doc = buildDesignDoc(text);
  const row = doc.units.find((u) => u.kind === 'table-row')!;
  assert.equal(row.text, 'Precision ; Recall | high');
  const words = row.tokens.map((t) => t.word);
  assert.ok(words.includes('precision') && words.includes('recall'), `tokens: ${words.join(', ')}`);
  assert.ok(!words.includes('precisionrecall'));
  // Words still map to their source characters.
  const at = row.text.indexOf('Recall');
  const [start, end] = sourceSpan(row, at, at + 'Recall'.length);
  assert.equal(text.slice(start, end), 'Recall');
});

test('a paragraph with inline HTML: <br> separates, formatting tags add nothing, a leading or repeated break is not added', () => {
  const doc = buildDesignDoc('# Goal\n\n<b>Goal:</b> more bookings<br><br>fewer cancellations\n');
  const paragraph = doc.units.find((u) => u.kind === 'paragraph')!;
  assert.equal(paragraph.text, 'Goal: more bookings ; fewer cancellations');
  const cell = buildDesignDoc('| A | B |\n| - | - |\n| x | <br>y |\n').units.find((u) => u.kind === 'table-row')!;
  assert.equal(cell.text, 'x | y');
});

test('10<sup>6</sup> reads as 10^6', () => {
  const doc = buildDesignDoc('# Scale\n\nAbout 10<sup>6</sup> requests a day.\n');
  assert.equal(doc.units.find((u) => u.kind === 'paragraph')!.text, 'About 10^6 requests a day.');
});

test('a paragraph of 200,000 inline tags finishes, cut into bounded units', () => {
  const doc = buildDesignDoc(`# Notes\n\n${'word<br/>'.repeat(200_000)}\n`);
  const paragraphs = doc.units.filter((u) => u.kind === 'paragraph');
  assert.ok(paragraphs.length > 100 && paragraphs.every((u) => u.text.length <= 4000));
  assert.ok(paragraphs[0].text.startsWith('word ; word ; word'));
});
