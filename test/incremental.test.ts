// Incremental re-linting must give exactly what a full lint gives. fast-check
// builds documents from Markdown pieces chosen to stress region boundaries
// (headings at and off column 0, unclosed fences and HTML blocks, front
// matter with `#` comments, setext headings, definitions, CRLF and lone CR,
// a BOM, emoji), replays random edits on them, and after every edit compares
// the incremental result with `lint()` of the same text. A fixed seed keeps
// CI reproducible; MLDL_FUZZ_RUNS / MLDL_FUZZ_SEED run more (`npm run fuzz`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, type LintResult } from '../server/engine/lint.js';
import { IncrementalLinter } from '../server/engine/incremental.js';
import { RegionParser } from '../server/engine/regions.js';
import { REGISTERED_PATTERNS } from '../server/engine/concepts.js';

const RUNS = Number(process.env.MLDL_FUZZ_RUNS ?? 120);
const SEED = process.env.MLDL_FUZZ_SEED === undefined ? 20261121 : Number(process.env.MLDL_FUZZ_SEED);
const params = { numRuns: RUNS, seed: Number.isNaN(SEED) ? undefined : SEED, endOnFailure: true };

const BLOCKS = [
  '# Job recommendations design\n',
  '## Requirements\n',
  '## Business objective\n\nIncrease qualified applications per active seeker by 3 % without lowering recruiter response rates.\n',
  '### Metrics\n\n- CTR\n- Applications per session\n',
  '## Data\n\nTraining data comes from the event log, split by time: train on weeks 1-8, test on week 9.\n',
  '## Model\n\nThe baseline is a logistic regression on popularity features; we then train a GBDT ranker because it handles sparse features.\n',
  '## Serving\n\nLatency must stay under 150 ms p99 at 20k QPS.\n\nIt must be low latency and highly scalable.\n',
  '## Monitoring\n\nWe monitor feature drift with PSI and alert when it exceeds 0.2.\n',
  '  # indented heading\n',
  '#no-space heading\n',
  '####### seven\n',
  'Setext title\n============\n',
  'Setext two\n---\n',
  '```python\nprint("# not a heading")\n```\n',
  '```\n# inside an unclosed fence\n',
  '~~~\ncode\n',
  '<div>\n# inside html\n\n',
  '<!-- a comment\n# inside a comment\n-->\n',
  '<!-- mldl-disable placeholder-text -->\n',
  '<!-- mldl-disable-next-line unquantified-requirement -->\n',
  '- item one TBD\n  - nested low latency\n- item two\n',
  '1. first\n2. second with accuracy as the metric\n',
  '> quote with TODO\n> # heading in quote\n',
  '| Metric | Target |\n| --- | --- |\n| CTR | +2 % |\n',
  'A paragraph about the feature store and the ranking model.\n',
  'Lazy\ncontinuation line\n',
  '[ref]: https://example.com\n',
  'See [ref] and the footnote[^1].\n',
  '[^1]: A footnote with the A/B test plan.\n',
  '---\n',
  '***\n',
  '\n',
  '\n\n',
  'Emoji 🚀 and CJK 推荐系统 and e\u0301 combining.\n',
  // Blocks across blank lines: what may and may not start a region after one.
  '- loose item\n\n  continued in the item\n\n- second loose item\n',
  '1. one\n\n2. two\n',
  '> a\n\n> b\n',
  '<div>\n\nhtml paragraph\n\n</div>\n',
  '```\n\ncode with a blank line\n\n```\n',
  '    indented code\n\n    more code\n',
  '| a | b |\n\n| c | d |\n| --- | --- |\n',
  '![image](x.png)\n\n~~~\nfenced\n~~~\n',
];

const PREFIXES = ['', '\uFEFF', '---\ntitle: Design\nsystem: recommendation\n---\n', '---\n# yaml comment\nsystem: fraud\n---\n', '---\nunclosed: front matter\n'];

const EDIT_TEXTS = ['', '#', '# ', '## New section\n', '\n', '\r\n', '\r', '`', '```', '```\n', '~~~\n', '---\n', '<!--', '-->', '<div>', ' ', 'TBD ', 'low latency ', 'baseline ', '[x]: /u\n', ']:', '> ', '- ', '🚀', 'accuracy ', '|', '\\', '*', '=\n'];

// Characters that open, close or continue Markdown blocks.
const MARKDOWN_CHAR = fc.constantFrom('#', '#', ' ', '\n', '\n', '\r', '\t', '`', '~', '-', '=', '>', '*', '+', '[', ']', ':', '<', '!', '|', '1', '.', 'a', 'b');

const docArb = fc
  .record({
    prefix: fc.constantFrom(...PREFIXES),
    blocks: fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 14 }),
    crlf: fc.constantFrom('\n', '\n', '\r\n', '\r'),
  })
  .map(({ prefix, blocks, crlf }) => (prefix + blocks.join('')).replace(/\n/g, crlf));

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 200 })),
  insert: fc.oneof(fc.constantFrom(...EDIT_TEXTS), fc.constantFrom(...BLOCKS), fc.string({ maxLength: 6 }), fc.string({ unit: MARKDOWN_CHAR, maxLength: 12 })),
});

function applyEdit(text: string, edit: Edit): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

/** What a user sees of a result: findings with their fixes, coverage, system profile, skipping. */
function observable(result: LintResult): unknown {
  return {
    skipped: result.skipped,
    skipReason: result.skipReason,
    findings: result.findings,
    coverage: result.coverage,
    profile: result.profile,
    directives: result.doc.directives,
    frontMatter: { present: result.doc.frontMatter.present, data: result.doc.frontMatter.data, problems: result.doc.frontMatter.problems },
  };
}

test('incremental re-lint equals a full lint after every random edit', () => {
  let edits = 0;
  fc.assert(
    // Small minimum region sizes cut before nearly every block that follows a blank line.
    fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), fc.boolean(), fc.constantFrom(0, 40, 1024), (initial, steps, force, minRegion) => {
      const linter = new IncrementalLinter(minRegion);
      let text = initial;
      assert.deepEqual(observable(linter.lint(text, { force })), observable(lint(text, { force })), 'initial document');
      for (const [index, edit] of steps.entries()) {
        text = applyEdit(text, edit);
        edits++;
        assert.deepEqual(observable(linter.lint(text, { force })), observable(lint(text, { force })), `after edit ${index + 1} of ${steps.length}: ${JSON.stringify(text)}`);
      }
      assert.equal(linter.fallbacks, 0, 'incremental parsing never had to fall back to a full lint');
    }),
    params,
  );
  // The property ran on thousands of edits, not on a handful.
  assert.ok(edits >= RUNS * 5, `only ${edits} edits were replayed`);
});

test('regions: an edit re-parses only the regions it touches', () => {
  const sections = Array.from({ length: 40 }, (_, i) => `## Section ${i}\n\nParagraph ${i} about the ranking model.\n\n- item ${i}\n`);
  const text = `# Title\n\n${sections.join('\n')}`;
  const parser = new RegionParser();
  const before = parser.update(text);
  assert.ok(before.length >= 40, `expected a region per top-level heading, got ${before.length}`);
  const at = text.indexOf('Paragraph 20') + 'Paragraph'.length;
  const after = parser.update(`${text.slice(0, at)} with new words${text.slice(at)}`);
  const reused = after.filter((region) => before.some((old) => old.fragment === region.fragment));
  assert.equal(reused.length, after.length - 1, 'every region but the edited one keeps its fragment');
});

test('regions: with front matter too, an edit far below it re-parses only its own region', () => {
  const sections = Array.from({ length: 40 }, (_, i) => `## Section ${i}\n\nParagraph ${i} about the ranking model.\n`);
  const text = `---\nsystem: recommendation\n---\n# Title\n\n${sections.join('\n')}`;
  const parser = new RegionParser();
  const before = parser.update(text);
  const at = text.indexOf('Paragraph 30') + 'Paragraph'.length;
  const after = parser.update(`${text.slice(0, at)} with new words${text.slice(at)}`);
  const fresh = after.filter((region) => !before.some((old) => old.fragment === region.fragment));
  assert.deepEqual(fresh.map((region) => region.text.split('\n')[0]), ['## Section 30']);
});

test('regions: an unclosed fence swallows the headings after it, as in a full parse', () => {
  const parser = new RegionParser();
  const text = '# Title\n\n## A\n\ntext\n\n## B\n\nmore\n\n## C\n\nend\n';
  parser.update(text);
  const at = text.indexOf('## B');
  const opened = `${text.slice(0, at)}\`\`\`\n${text.slice(at)}`;
  const regions = parser.update(opened);
  assert.equal(regions[regions.length - 1].text.includes('## C'), true, 'the fence runs to the end of the document');
  const linter = new IncrementalLinter();
  linter.lint(text, { force: true });
  assert.deepEqual(observable(linter.lint(opened, { force: true })), observable(lint(opened, { force: true })));
});

test('regions: a long section is cut before a block that follows a blank line, never inside a list', () => {
  const long = 'The ranking model is retrained weekly on fresh interactions and evaluated on a held-out week. '.repeat(14);
  const text = `# Title\n\n${long}\n\n- item one\n\n- item two, same loose list\n\n${long}\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n`;
  const regions = new RegionParser().update(text);
  const starts = regions.map((r) => text.slice(r.start, r.start + 12));
  assert.ok(starts.includes('The ranking '), JSON.stringify(starts));
  assert.ok(starts.includes('| a | b |\n| '), JSON.stringify(starts));
  assert.ok(!starts.some((s) => s.startsWith('- item two')), 'a loose list is not cut between its items');
  const linter = new IncrementalLinter();
  linter.lint(text, { force: true });
  const edited = text.replace('item two', 'item two, edited');
  assert.deepEqual(observable(linter.lint(edited, { force: true })), observable(lint(edited, { force: true })));
});

test('regions: a link definition anywhere makes the document parse whole', () => {
  const parser = new RegionParser();
  const regions = parser.update('# A\n\nSee [x].\n\n# B\n\n[x]: https://example.com\n');
  assert.equal(regions.length, 1);
});

test('regions: no boundary inside front matter whose closing fence comes later', () => {
  const parser = new RegionParser();
  const text = '---\n# a yaml comment\nsystem: fraud\n---\n# Title\n\n## Data\n';
  const regions = parser.update(text);
  assert.ok(regions[0].text.startsWith('---\n# a yaml comment\nsystem: fraud\n---\n'), JSON.stringify(regions.map((r) => r.text)));
});

test('an edit re-checks only the region it touches: evidence and hits elsewhere come from the cache', () => {
  const sections = ['Requirements', 'Data', 'Model', 'Evaluation', 'Serving', 'Monitoring'].map(
    (title, i) => `## ${title}\n\nParagraph ${i} about the ranking model, its features, its training data and its serving path.\n\n- item ${i}\n`,
  );
  const text = `# Design\n\n${sections.join('\n')}`;
  const linter = new IncrementalLinter();
  const first = linter.lint(text, { force: true });
  const misses = new Map(first.doc.regions.map((r) => [r.fragment, r.fragment.cache.misses]));
  assert.ok(first.doc.regions.length >= 7 && [...misses.values()].every((n) => n > 0));
  const patterns = REGISTERED_PATTERNS.length;
  const at = text.indexOf('Paragraph 3') + 'Paragraph'.length;
  const second = linter.lint(`${text.slice(0, at)} with more words${text.slice(at)}`, { force: true });
  const reused = second.doc.regions.filter((r) => misses.has(r.fragment));
  assert.equal(reused.length, second.doc.regions.length - 1, 'one region was parsed again');
  // A rule whose matcher or passage check is rebuilt per lint would search the reused regions again.
  for (const region of reused) assert.equal(region.fragment.cache.misses, misses.get(region.fragment), `region at ${region.base} was searched again`);
  assert.equal(REGISTERED_PATTERNS.length, patterns, 'linting again registers no new regular expressions');
});
