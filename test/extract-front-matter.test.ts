// Front matter as evidence (server/engine/extract/front-matter.ts): one unit
// per scalar entry, keys in words, nested keys joined, exact offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractChecked, mappedText, texts } from './extract-harness.js';

function extracted(source: string) {
  return extractChecked(source).filter((u) => u.kind === 'front-matter');
}

test('one unit per scalar entry, keys split into words, nested keys joined, lists as one unit', () => {
  const source = [
    '---',
    'title: Listing quality model',
    'latency_budget_ms: 200',
    'system: classification',
    'serving:',
    '  p99Ms: 150',
    '  regions: [eu-west, us-east]',
    '  fallback: "popularity list"',
    'owners:',
    '  - search-team',
    '  - ml-platform',
    '---',
    '',
    '# Listing quality',
    '',
  ].join('\n');
  const units = extracted(source);
  assert.deepEqual(texts(units), [
    'title: Listing quality model',
    'latency budget: 200 ms',
    'system: classification',
    'serving p99: 150 Ms',
    'serving regions: eu-west, us-east',
    'serving fallback: popularity list',
    'owners: search-team, ml-platform',
  ]);
  const budget = units[1];
  assert.equal(source.slice(budget.start, budget.end), 'latency_budget_ms: 200');
  assert.equal(mappedText(budget), 'latencybudget200ms', 'inserted spaces and ": " map nowhere; the unit moved after the number keeps its own source');
  const nested = units[3];
  assert.equal(source.slice(nested.start, nested.end), 'p99Ms: 150');
});

test('block scalars and multi-line plain scalars read as one line of words', () => {
  const source = '---\nsummary: >\n  Rank listings by\n  predicted quality.\nnote: first line\n  continues here\n---\n';
  assert.deepEqual(texts(extracted(source)), ['summary: Rank listings by predicted quality.', 'note: first line continues here']);
});

test('front matter with CRLF line ends maps exactly', () => {
  const source = '---\r\nretrain_cadence: weekly\r\nslo:\r\n  p95_ms: 90\r\n---\r\n\r\n# Doc\r\n';
  assert.deepEqual(texts(extracted(source)), ['retrain cadence: weekly', 'slo p95: 90 ms']);
});

test('broken YAML front matter yields what can be read and never throws', () => {
  const source = '---\nok_key: 1\nbad: [unclosed\n  - : :\n---\n\ntext\n';
  const units = extracted(source);
  assert.ok(units.some((u) => u.text === 'ok key: 1'));
});

test('empty front matter and keys without values yield nothing', () => {
  assert.deepEqual(extracted('---\n---\n\n# Doc\n'), []);
  assert.deepEqual(extracted('---\nreviewers:\n---\n\n# Doc\n'), []);
});
