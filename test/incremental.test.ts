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
import { lint, lintOptions } from '../server/linter.js';
import { IncrementalLinter } from '../server/engine/incremental.js';
import { listTailNeeded, RegionParser } from '../server/engine/regions.js';
import { REGISTERED_PATTERNS } from '../server/engine/concepts.js';
import { codeBlockTree } from '../server/engine/code-region.js';
import { parseMarkdown } from '../server/engine/parse.js';
import { bundledDocuments, checkTypingIn, CORPUS_DIR, corpusDocuments, observable, sample, seededRandom } from './incremental-real.js';

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
  // Definitions and the references to them, in every form micromark resolves
  // (a region sees the definitions made in other regions: region-parse.ts).
  '[Ref]: /other-case "title"\n',
  '[multi word\nlabel]: /multi\n',
  '[ spaced   label ]: /spaced\n',
  '> [quoted\n> label]: /q\n\nSee [quoted label] and [Quoted Label][].\n',
  '> A label that starts on the next quoted line: [\n> quoted label].\n',
  '- [listed]: /l\n\nSee [listed] in the list and [text][listed].\n',
  '[img]: data:image/png;base64,iVBORw0KGgo\n',
  'An image ![alt text][img] and ![img] and ![alt][] inline.\n',
  'A full [text with accuracy][multi word label] and a collapsed [ref][] and [\nref] over lines.\n',
  'Nested [a [ref] b] and *[ref*] and [ref](/inline) and [undefined label] here.\n',
  '[ß]: /eszett\n\nSee [SS] and [ss] and [Σ] and [ς].\n',
  '[σ]: /sigma\n[İ]: /dotted\n\nSee [i̇] and [İ].\n',
  '[ ^caret]: /caret\n\nSee [^caret].\n',
  '[t]: /url\n"a title on the next line"\n',
  '[^note]: A footnote over\n    two lines with low latency.\n\n    And a second paragraph.\n',
  'See [^note] and ![^1] and [^missing] and [^Note].\n',
  '> [^q]: a footnote in a quote\n\nSee [^q].\n',
  // Blocks that continue over what could be a region start.
  '> quote\nlazy continuation of the quote\n',
  '- item\nlazy continuation of the item\n\n  indented second paragraph\n',
  'Title over\ntwo lines\n---\n',
  'Setext after text\n===\n',
  '<script>\n# not a heading\n\n</script>\n',
  '<?php\n# not a heading\n?>\n',
  '<!DOCTYPE html>\n',
  '<![CDATA[\n# not a heading\n]]>\n',
  '<custom-tag>\n# after a kind-7 html line\n',
  // Fence lines right after a line of text (a region may start there: regions.ts FENCE_LINE) and near misses.
  'Text right before a fence:\n```js\nconst x = 1;\n```\n',
  '- an item\n```\ncode after the list\n```\n',
  '> a quote\n~~~\ncode after the quote\n~~~\n',
  '| a | b |\n| --- | --- |\n```\ncode after the table\n```\n',
  '<div>\n```\n# in the html block\n```\n',
  'Text\n```a`b not a fence\n',
  'Text\n ```\nindented fence\n ```\n',
  '[^fn]: a footnote\n````\ncode\n````\n',
  'Text\n```\n',
  '<pre>\n<!-- mldl-disable placeholder-text -->\n',
  '----\n',
  '--- \n',
  // List items that may or may not start a region (list-cuts.ts).
  'Steps to run\n2. not an item: the same paragraph goes on\n',
  '\tindented code\n\n2. after it and a blank line, still not an item\n',
  '- first bullet\n+ another list\n* third list with accuracy\n',
  '* item\n* * *\n',
  '1. ordered\n3) another list\n10. and again\n',
  '- TOC\n  - [Section](#section)\n    - [Sub](#sub)\n- [Next](#next)\n',
  // A question lends its topic to the statement after it, unless it follows another question (judge/decide.ts askingUnit).
  'Is the owner of the alerts known?\n',
  'How will we notice drift in the inputs?\n',
  'We look at weekly histograms of the top twenty features and page the on-call when one moves past 0.2.\n',
];

const PREFIXES = [
  '',
  '\uFEFF',
  '---\ntitle: Design\nsystem: recommendation\n---\n',
  '---\n# yaml comment\nsystem: fraud\n---\n',
  '---\nunclosed: front matter\n',
  '---\nunclosed: front matter\n\n',
  '---\nnot closed by: four dashes\n----\n',
  '---\nclosed by: dashes and spaces\n---  \n',
  '\uFEFF---\nsystem: search\n---\n',
];

const EDIT_TEXTS = [
  '', '#', '# ', '## New section\n', '\n', '\r\n', '\r', '`', '```', '```\n', '~~~\n', '---\n', '---', '-', '<!--', '-->', '<div>', ' ', 'TBD ', 'low latency ',
  'baseline ', '[x]: /u\n', ']:', ']: /u', '[', ']', '^', '[^', '[^1]: n\n', '[ref]', '[Ref]: /r\n', '[img]: /i\n', '[^note]: n\n\n', '> ', '- ', '🚀', 'accuracy ', '|', '\\', '*', '=\n', 'ß', 'S',
];

// Characters that open, close or continue Markdown blocks.
const MARKDOWN_CHAR = fc.constantFrom('#', '#', ' ', '\n', '\n', '\r', '\t', '`', '~', '-', '=', '>', '*', '+', '[', ']', ':', '^', '<', '!', '|', '1', '.', 'a', 'b');

const docArb = fc
  .record({
    prefix: fc.constantFrom(...PREFIXES),
    blocks: fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 14 }),
    // A blank line between blocks makes most of them region starts.
    separator: fc.constantFrom('', '\n'),
    crlf: fc.constantFrom('\n', '\n', '\r\n', '\r'),
  })
  .map(({ prefix, blocks, separator, crlf }) => (prefix + blocks.join(separator)).replace(/\n/g, crlf));

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

test('incremental re-lint equals a full lint after every random edit', () => {
  let edits = 0;
  fc.assert(
    // Small minimum region sizes cut before nearly every block that follows a blank line.
    fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), fc.boolean(), fc.constantFrom(0, 40, 1024), (initial, steps, force, minRegion) => {
      const linter = new IncrementalLinter(minRegion);
      let text = initial;
      assert.deepEqual(observable(linter.lint(text, lintOptions({ force }))), observable(lint(text, { force })), 'initial document');
      for (const [index, edit] of steps.entries()) {
        text = applyEdit(text, edit);
        edits++;
        assert.deepEqual(observable(linter.lint(text, lintOptions({ force }))), observable(lint(text, { force })), `after edit ${index + 1} of ${steps.length}: ${JSON.stringify(text)}`);
      }
      assert.equal(linter.fallbacks, 0, 'incremental parsing never had to fall back to a full lint');
    }),
    params,
  );
  // The property ran on thousands of edits, not on a handful.
  assert.ok(edits >= RUNS * 5, `only ${edits} edits were replayed`);
});

test('incremental re-lint told each edit (as the review worker is) equals a full lint, however wide the edit it is told', () => {
  let edits = 0;
  // The worker's edits span whole pieces of the text (text-sync.ts): wider than what changed, by up to `widen` each side.
  const toldArb = fc.record({ edit: editArb, widenBefore: fc.nat(40), widenAfter: fc.nat(40) });
  fc.assert(
    fc.property(docArb, fc.array(toldArb, { minLength: 1, maxLength: 25 }), fc.constantFrom(0, 40, 1024), (initial, steps, minRegion) => {
      const linter = new IncrementalLinter(minRegion);
      let text = initial;
      linter.lint(text, lintOptions({ force: true }));
      for (const [index, { edit, widenBefore, widenAfter }] of steps.entries()) {
        const before = text;
        const at = Math.floor(edit.at * before.length);
        const end = Math.min(before.length, at + edit.remove);
        const start = Math.max(0, at - widenBefore);
        const wideEnd = Math.min(before.length, end + widenAfter);
        text = before.slice(0, at) + edit.insert + before.slice(end);
        edits++;
        const told = linter.lint(text, lintOptions({ force: true }), { before, start, end: wideEnd });
        assert.deepEqual(observable(told), observable(lint(text, { force: true })), `after edit ${index + 1} of ${steps.length}: ${JSON.stringify(text)}`);
      }
      assert.equal(linter.fallbacks, 0, 'incremental parsing never had to fall back to a full lint');
    }),
    { ...params, numRuns: Math.max(1, Math.round(RUNS / 3)) },
  );
  assert.ok(edits >= (RUNS / 3) * 5, `only ${edits} edits were replayed`);
});

test('regions: after every random edit the regions cover the text, and each that starts at a list item right after text follows its list', () => {
  fc.assert(
    fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), fc.constantFrom(0, 40), (initial, steps, minRegion) => {
      const parser = new RegionParser(minRegion);
      let text = initial;
      for (const edit of [undefined, ...steps]) {
        if (edit) text = applyEdit(text, edit);
        const regions = parser.update(text);
        assert.equal(regions.map((r) => r.text).join(''), text);
        regions.forEach((r, k) => {
          const needed = listTailNeeded(text, r.start);
          if (k > 0 && needed !== undefined) assert.equal(regions[k - 1].listTail, needed, `region at ${r.start} of ${JSON.stringify(text)}`);
        });
      }
    }),
    params,
  );
});

test('regions: a long list is cut between its items, and changing an item\'s marker parses it with the item before', () => {
  const items = Array.from({ length: 30 }, (_, i) => `- item ${i}: the ranking model is retrained weekly on fresh interactions`);
  const text = `# Title\n\n${items.join('\n')}\n`;
  const parser = new RegionParser();
  const regions = parser.update(text);
  assert.ok(regions.length >= 4, `a 30-item list is cut into regions: ${regions.length}`);
  const cut = regions.find((r, k) => k > 0 && r.text.startsWith('- item'));
  assert.ok(cut);
  const changed = `${text.slice(0, cut.start)}+${text.slice(cut.start + 1)}`;
  const after = parser.update(changed);
  after.forEach((r, k) => {
    const needed = listTailNeeded(changed, r.start);
    if (k > 0 && needed !== undefined) assert.equal(after[k - 1].listTail, needed, `region at ${r.start}`);
  });
  const linter = new IncrementalLinter();
  linter.lint(text, lintOptions({ force: true }));
  assert.deepEqual(observable(linter.lint(changed, lintOptions({ force: true }))), observable(lint(changed, { force: true })));
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

test('regions: a re-parsed region takes the readings and concept hits of its unchanged units from the one it replaces', () => {
  const items = Array.from({ length: 30 }, (_, i) => `- Step ${i}: we retrain the ranking model weekly and compare it with the popularity baseline.`);
  const text = `# Title\n\n## Model\n\n${items.join('\n')}\n`;
  const linter = new IncrementalLinter();
  const options = lintOptions({ filePath: '/tmp/recycle.md', force: true });
  const first = linter.lint(text, options);
  const oldWords = new Map(first.doc.units.map((unit) => [unit.text, unit.words]));
  const at = text.indexOf('Step 12') + 'Step'.length;
  const edited = `${text.slice(0, at)} x${text.slice(at)}`;
  const second = linter.lint(edited, options);
  assert.deepEqual(observable(second), observable(lint(edited, options)));
  const changed = second.doc.units.filter((unit) => !oldWords.has(unit.text));
  assert.deepEqual(changed.map((unit) => unit.text), ['Step x 12: we retrain the ranking model weekly and compare it with the popularity baseline.']);
  // Every other unit of the re-parsed list is read once: it shares the reading it had before the edit.
  const listUnits = second.doc.units.filter((unit) => unit.kind === 'list-item' && oldWords.has(unit.text));
  assert.equal(listUnits.length, 29);
  assert.ok(listUnits.every((unit) => unit.words === oldWords.get(unit.text)), 'unchanged units keep their reading');
  // The next edit lets go of the old fragments: no new fragment still points at what it replaced.
  linter.lint(`${edited}\nMore text.\n`, options);
  const regions = (linter as unknown as { parser: RegionParser }).parser.update(`${edited}\nMore text.\n`);
  assert.ok(regions.every((region) => region.fragment.recycled === undefined));
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
  linter.lint(text, lintOptions({ force: true }));
  assert.deepEqual(observable(linter.lint(opened, lintOptions({ force: true }))), observable(lint(opened, { force: true })));
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
  linter.lint(text, lintOptions({ force: true }));
  const edited = text.replace('item two', 'item two, edited');
  assert.deepEqual(observable(linter.lint(edited, lintOptions({ force: true }))), observable(lint(edited, { force: true })));
});

// Each way a label is looked up, with the definition in another region.
const LINK_DEFINITION = '[the ranking doc]: https://example.com/ranking';
const FOOTNOTE_DEFINITION = '[^the-doc]: The ranking doc.';
const REFERENCE_FORMS: Array<[string, string, string]> = [
  ['a shortcut reference', 'See [the ranking doc] for the baseline.', LINK_DEFINITION],
  ['a full reference', 'See [the doc][the ranking doc] for the baseline.', LINK_DEFINITION],
  ['a collapsed reference', 'See [the ranking doc][] for the baseline.', LINK_DEFINITION],
  ['an image reference', 'The chart ![the ranking doc] shows the baseline.', LINK_DEFINITION],
  ['a reference with a leading space', 'See [ the ranking doc] for the baseline.', LINK_DEFINITION],
  ['a label over lines', 'See [the ranking\ndoc] for the baseline.', LINK_DEFINITION],
  ['a label starting on the next quoted line', '> See [\n> the ranking doc] for the baseline.', LINK_DEFINITION],
  ['a label in another case and spacing', 'See [THE  Ranking\tDoc] for the baseline.', LINK_DEFINITION],
  // micromark folds case by lower- then upper-casing: ß matches SS, İ matches i̇.
  ['a label that only case folding matches', 'See [İstanbul STRASSE] for the baseline.', '[i\u0307stanbul Straße]: /street'],
  ['a footnote reference', 'The baseline is logistic regression[^the-doc].', FOOTNOTE_DEFINITION],
  ['a footnote reference written as an image', 'The baseline is logistic regression![^the-doc].', FOOTNOTE_DEFINITION],
];

for (const [form, reference, definition] of REFERENCE_FORMS) {
  test(`regions: ${form} resolves against a definition in another region, as the edits come and go`, () => {
    const versions = [
      `# Design\n\n${reference}\n\n## Links\n\n${definition}\n`,
      `# Design\n\n${reference}\n\n## Links\n\n${definition.replace(']:', '] :')}\n`, // no longer a definition
      `# Design\n\n${reference}\n\n## Links\n\n${definition}\n`, // a definition again
      `# Design\n\n${reference} Edited.\n\n## Links\n\n${definition}\n`, // the reference's region edited
      `# Design\n\n${reference} Edited.\n\n## Links\n\n> - ${definition}\n`, // defined inside a list in a quote
      `${definition}\n\n# Design\n\n${reference} Edited.\n`, // defined in the first region
    ];
    const linter = new IncrementalLinter();
    for (const [index, text] of versions.entries()) {
      const result = linter.lint(text, lintOptions({ force: true }));
      assert.deepEqual(observable(result), observable(lint(text, { force: true })), `version ${index + 1}: ${JSON.stringify(text)}`);
      if (index === 0) assert.ok(result.doc.regions.length > 1, 'the reference and the definition are in different regions');
    }
    assert.equal(linter.fallbacks, 0);
  });
}

test('regions: definitions do not make a document parse whole; adding one re-parses only the regions that may refer to it', () => {
  const sections = Array.from({ length: 30 }, (_, i) => `## Section ${i}\n\nParagraph ${i} about the ranking model${i === 7 ? ', see [the ranking doc]' : ''}.\n`);
  const text = `# Title\n\n${sections.join('\n')}\n## Links\n\n[other]: https://example.com/other\n`;
  const parser = new RegionParser();
  const before = parser.update(text);
  assert.ok(before.length > 30, `expected a region per heading, got ${before.length}`);
  const at = text.indexOf('Paragraph 20') + 'Paragraph'.length;
  const edited = parser.update(`${text.slice(0, at)} with new words${text.slice(at)}`);
  assert.equal(edited.filter((r) => !before.includes(r) && !before.some((old) => old.fragment === r.fragment)).length, 1, 'an edit away from the definitions re-parses one region');
  const defined = `${text.slice(0, at)} with new words${text.slice(at)}[the ranking doc]: https://example.com/ranking\n`;
  const after = parser.update(defined);
  const fresh = after.filter((r) => !edited.some((old) => old.fragment === r.fragment)).map((r) => r.text.split('\n')[0]);
  assert.deepEqual(fresh, ['## Section 7', '## Links'], 'the region with the definition and the one that refers to it');
});

test('regions: front matter left open turns off quotes, lists and footnotes in every region, as in a full parse, and opening or closing it re-parses only those', () => {
  const containers = ['> a quote', '- a list item', '1. an ordered item', '[^n]: a footnote', ...Array<string>(8).fill('Plain prose about the model.')];
  const sections = Array.from({ length: 24 }, (_, i) => `## Section ${i}\n\n${containers[i % containers.length]} ${i}\n`);
  const text = `---\ntitle: never closed\n\n${sections.join('\n')}`;
  const linter = new IncrementalLinter();
  const versions = [
    text,
    text.replace('Plain prose about the model. 9', 'Plain prose about the model, edited. 9'),
    text.replace('title: never closed\n', 'title: closed\n---\n'),
    text.replace('title: never closed\n', 'title: closed again\n'),
  ];
  for (const [index, version] of versions.entries()) {
    const result = linter.lint(version, lintOptions({ force: true }));
    assert.deepEqual(observable(result), observable(lint(version, { force: true })), `version ${index + 1}`);
    if (index > 0) assert.ok(linter.parseStats().parsedChars < version.length * 0.6, `version ${index + 1} parsed ${linter.parseStats().parsedChars} of ${version.length} characters`);
  }
  assert.equal(linter.parseStats().wholeDocumentParses, 0);
  assert.equal(linter.fallbacks, 0);
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
  const first = linter.lint(text, lintOptions({ force: true }));
  const misses = new Map(first.doc.regions.map((r) => [r.fragment, r.fragment.cache.misses]));
  assert.ok(first.doc.regions.length >= 7 && [...misses.values()].every((n) => n > 0));
  const patterns = REGISTERED_PATTERNS.length;
  const at = text.indexOf('Paragraph 3') + 'Paragraph'.length;
  const second = linter.lint(`${text.slice(0, at)} with more words${text.slice(at)}`, lintOptions({ force: true }));
  const reused = second.doc.regions.filter((r) => misses.has(r.fragment));
  assert.equal(reused.length, second.doc.regions.length - 1, 'one region was parsed again');
  // A rule whose matcher or passage check is rebuilt per lint would search the reused regions again.
  for (const region of reused) assert.equal(region.fragment.cache.misses, misses.get(region.fragment), `region at ${region.base} was searched again`);
  assert.equal(REGISTERED_PATTERNS.length, patterns, 'linting again registers no new regular expressions');
});

test('an edit keeps the other regions in their context and the other groups of blocks folded', () => {
  // Enough regions for several blocks and groups of blocks (model.ts blocksOf, groupsOf).
  const steps = ['Requirements', 'Data', 'Model', 'Evaluation', 'Serving', 'Monitoring'];
  const sections = Array.from({ length: 600 }, (_, i) => `## ${steps[i % steps.length]} ${i}\n\nParagraph ${i} about the ranking model${' and its features'.repeat(i % 7)}, its training data.\n\n- item ${i}\n`);
  const text = `# Design\n\n${sections.join('\n')}`;
  const linter = new IncrementalLinter();
  const options = lintOptions({ force: true });
  const first = linter.lint(text, options);
  assert.ok(first.doc.groups.length >= 3, `${first.doc.groups.length} groups of ${first.doc.blocks.length} blocks`);
  const versions = new Map(first.doc.regions.map((r) => [r.fragment, r.fragment.cache.contextVersion]));
  const firstGroup = first.doc.groups[0].key;
  const at = text.indexOf('Paragraph 590') + 'Paragraph'.length;
  const edited = `${text.slice(0, at)} with more words${text.slice(at)}`;
  const second = linter.lint(edited, options);
  const kept = second.doc.regions.filter((r) => versions.has(r.fragment));
  assert.equal(kept.length, second.doc.regions.length - 1, 'one region was parsed again');
  // Compared by parts: the region after the edited one sees a new unit object of the same shape before it.
  for (const region of kept) assert.equal(region.fragment.cache.contextVersion, versions.get(region.fragment), `region at ${region.base} changed context`);
  assert.equal(second.doc.groups[0].key, firstGroup, 'the first group of blocks is folded again');
  assert.deepEqual(observable(second), observable(lint(edited, options)));
});

test('a heading edit keeps the concept summaries of the regions under it unless what they read of it changed', () => {
  // One region per paragraph (minimum region size 0), all under the edited heading.
  const body = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} about the ranking model and its training data.\n`).join('\n');
  // The statement that settles drift monitoring is not right after the heading (that region has the heading as its unit before).
  const text = `# Payout risk\n\n## Monitoring\n\n${body}\nWe monitor feature drift with PSI and alert when it exceeds 0.2.\n`;
  const options = lintOptions({ force: true });
  const drift = (result: ReturnType<typeof lint>): boolean => result.findings.some((f) => f.ruleId === 'drift-monitoring');
  const summaries = (result: ReturnType<typeof lint>): Map<unknown, unknown[]> => new Map(result.doc.regions.map((r) => [r.fragment, [...r.fragment.cache.judged.values()]]));

  // A word added to the heading: the regions under it get a new chain, and their summaries are kept.
  const linter = new IncrementalLinter(0);
  const first = linter.lint(text, options);
  assert.ok(first.doc.regions.length >= 12, `${first.doc.regions.length} regions`);
  const before = summaries(first);
  const versions = new Map(first.doc.regions.map((r) => [r.fragment, r.fragment.cache.contextVersion]));
  const renamed = text.replace('## Monitoring', '## Monitoring (v2)');
  const second = linter.lint(renamed, options);
  // The region right after the heading has the heading as its unit before, which changed: not counted.
  const under = second.doc.regions.filter((r) => versions.has(r.fragment) && r.base > renamed.indexOf('Paragraph 0'));
  assert.ok(under.length >= 12, `${under.length} regions kept under the heading`);
  for (const region of under) {
    assert.notEqual(region.fragment.cache.contextVersion, versions.get(region.fragment), `region at ${region.base} kept its context though its chain changed`);
    const kept = before.get(region.fragment)!;
    assert.ok(kept.length > 0 && [...region.fragment.cache.judged.values()].every((s) => kept.includes(s)), `region at ${region.base} was weighed again`);
  }
  assert.deepEqual(observable(second), observable(lint(renamed, options)));

  // The same heading renamed to a deferred one: what is under it no longer settles drift monitoring.
  const deferred = text.replace('## Monitoring', '## Future work');
  assert.notEqual(drift(lint(text, options)), drift(lint(deferred, options)), 'the rename changes the decision');
  for (const [from, to] of [[text, deferred], [deferred, text], [renamed, deferred]]) {
    const typing = new IncrementalLinter(0);
    typing.lint(from, options);
    assert.deepEqual(observable(typing.lint(to, options)), observable(lint(to, options)), `${JSON.stringify(from.slice(0, 40))} -> ${JSON.stringify(to.slice(0, 40))}`);
  }
});

test('a definition is judged again when the heading above it turns its section into a glossary, or back', () => {
  // One region per paragraph: the definition's region reads the heading only through its chain (decide.ts chainReading).
  const body = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} about the ranking model and its features.\n`).join('\n');
  const text = `# Payout risk\n\n## Notes\n\n${body}\nData drift — the input distribution moves away from training, so we compare weekly feature histograms by PSI and alert above 0.2.\n`;
  const glossary = text.replace('## Notes', '## Glossary');
  const options = lintOptions({ force: true });
  const drift = (result: ReturnType<typeof lint>): boolean => result.findings.some((f) => f.ruleId === 'drift-monitoring');
  // A bare definition: the glossary heading is what makes it one that settles nothing.
  const bare = (t: string): string => t.replace(', so we compare weekly feature histograms by PSI and alert above 0.2.', ': a shift of feature histograms measured by PSI, with an alert above 0.2.');
  assert.notEqual(drift(lint(bare(text), options)), drift(lint(bare(glossary), options)), 'the rename changes the decision');
  assert.equal(drift(lint(glossary, options)), false, 'an entry that goes on to say what the design does still settles');
  for (const [from, to] of [[bare(text), bare(glossary)], [bare(glossary), bare(text)], [glossary, bare(glossary)]]) {
    const typing = new IncrementalLinter(0);
    typing.lint(from, options);
    assert.deepEqual(observable(typing.lint(to, options)), observable(lint(to, options)), `${JSON.stringify(from.slice(0, 40))} -> ${JSON.stringify(to.slice(0, 40))}`);
  }
});

test('an answer is judged again when the unit before its question changes, in another region', () => {
  // Three regions: whether the third answers the second depends on whether the first is a question too.
  const listOfQuestions = '# Payout risk\n\n## Monitoring\n\nIs the owner of the alerts known?\n\nHow will we notice drift in the inputs?\n\nWe look at weekly histograms of the top twenty features and page the on-call when one moves past 0.2.\n';
  const answered = listOfQuestions.replace('Is the owner of the alerts known?', 'The owner of the alerts is the risk team.');
  const drift = (text: string, result = lint(text, { force: true })): boolean => result.findings.some((f) => f.ruleId === 'drift-monitoring');
  assert.equal(drift(listOfQuestions), true, 'a statement after a list of questions answers none of them');
  assert.equal(drift(answered), false, 'a statement after one question answers it');
  for (const [first, second] of [[listOfQuestions, answered], [answered, listOfQuestions]]) {
    const linter = new IncrementalLinter(0);
    linter.lint(first, lintOptions({ force: true }));
    const result = linter.lint(second, lintOptions({ force: true }));
    assert.ok(result.doc.regions.length >= 4, `${result.doc.regions.length} regions`);
    assert.equal(drift(second, result), drift(second));
  }
});

/** Corpus documents typed into in npm test; test/incremental-corpus.test.ts (npm run test:slow) types into all of them. */
const CORPUS_SAMPLE = 6;

test('real documents: typing anywhere never parses a whole document again, and the result equals a full lint', (t) => {
  const random = seededRandom(Number.isNaN(SEED) ? Date.now() : SEED);
  const documents = [...bundledDocuments(), ...sample(corpusDocuments(), CORPUS_SAMPLE, random)];
  assert.ok(documents.length >= 5, `only ${documents.length} documents found`);
  if (CORPUS_DIR === undefined) t.diagnostic('the development corpus is not there: examples only');
  else t.diagnostic(`corpus sample: ${documents.slice(-CORPUS_SAMPLE).map((d) => d.name).join(', ')}`);
  checkTypingIn(documents, random);
});

test('a region that is one fenced code block (thematic breaks after it at most) gets micromark\'s own tree without a parse', () => {
  const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
  const fenceLine = fc.record({ indent: fc.constantFrom('', ' ', '   ', '    '), char: fc.constantFrom('`', '~'), length: fc.integer({ min: 2, max: 5 }), after: fc.constantFrom('', ' ', ' \t', 'x', ' js', '`') });
  const line = fc.oneof(
    fenceLine.map((f) => f.indent + f.char.repeat(f.length) + f.after),
    fc.string({ unit: fc.constantFrom('a', ' ', '\t', '#', '`', '~', '&', ';', '\\', '<', '>', '-'), maxLength: 10 }),
  );
  const doc = fc
    .record({
      char: fc.constantFrom('`', '~'),
      length: fc.integer({ min: 3, max: 5 }),
      info: fc.string({ unit: fc.constantFrom('p', 'y', ' ', '\t', '{', '}', '=', '&', 'a', 'm', ';', '\\', '`', '~'), maxLength: 12 }),
      lines: fc.array(line, { maxLength: 6 }),
      closing: fc.option(fenceLine, { nil: undefined }),
      trailing: fc.constantFrom('', '', ' ', '\t\n', 'text', '---', '---\n\n', '\n* * *\n', '_ _\t_\n---', '--- \n', ' ---\n', '--\n', '---\ntext', '***\n- item'),
      newline: lineBreak,
    })
    .map(({ char, length, info, lines, closing, trailing, newline }) => {
      const close = closing ? closing.indent + char.repeat(Math.max(length, closing.length)) + (closing.after === 'x' ? '' : closing.after) : '';
      return [`${char.repeat(length)}${info}`, ...lines, ...(closing ? [close] : []), ''].join(newline) + trailing;
    });
  let recognised = 0;
  fc.assert(
    fc.property(doc, (text) => {
      const tree = codeBlockTree(text);
      if (!tree) return;
      recognised++;
      assert.deepEqual(tree, parseMarkdown(text), JSON.stringify(text));
    }),
    { ...params, numRuns: RUNS * 10 },
  );
  assert.ok(recognised > RUNS, `only ${recognised} fences were recognised`);
});

test('a bold label over a list lends to items in later regions, and editing the label or what is between re-judges them', () => {
  // "**Baseline:**" then a list cut into regions: only the last items commit, so the decision rests on items
  // whose region does not hold the label; each edit below changes what those items take from it.
  const hedged = Array.from({ length: 28 }, (_, i) => `- maybe option ${i} for the first ranking, to be decided later`);
  const list = [...hedged, '- popularity of each listing per city over the last week', '- logistic regression on the same counters'].join('\n');
  const labelled = `# Listing ranking\n\n## Models\n\n**Baseline:**\n\n${list}\n`;
  const otherLabel = labelled.replace('**Baseline:**', '**Candidates:**');
  const split = labelled.replace('**Baseline:**\n\n', '**Baseline:**\n\nWe list the options below.\n\n');
  const heading = labelled.replace('**Baseline:**\n\n', '**Baseline:**\n\n### Options\n\n');
  const baseline = (text: string, result = lint(text, { force: true })): boolean => result.findings.some((f) => f.ruleId === 'baseline-model');
  assert.equal(baseline(labelled), false, 'the label and its list are one statement');
  assert.equal(baseline(otherLabel), true, 'another label lends nothing');
  assert.equal(baseline(split), true, 'a paragraph between the label and the list parts them');
  const steps = [labelled, otherLabel, labelled, split, labelled, heading, labelled];
  for (const minRegion of [0, 40]) {
    const linter = new IncrementalLinter(minRegion);
    for (const [index, text] of steps.entries()) {
      const result = linter.lint(text, lintOptions({ force: true }));
      if (index === 0) {
        const last = result.doc.units.find((u) => u.text.startsWith('logistic regression'));
        const label = result.doc.units.find((u) => u.text.startsWith('Baseline'));
        assert.ok(last && label && result.doc.regions.findIndex((r) => r.units.includes(last)) > result.doc.regions.findIndex((r) => r.units.includes(label)), 'the list is cut into regions');
      }
      assert.deepEqual(observable(result), observable(lint(text, { force: true })), `step ${index} (min region ${minRegion})`);
      assert.equal(baseline(text, result), baseline(text), `step ${index} (min region ${minRegion})`);
    }
  }
});

test('a level-1 heading typed far below the title makes the title a step, and deleting it a title again, as a full lint says', () => {
  // Many regions, so that the edit's part is neither the first nor the last and the title's part is kept.
  const sections = Array.from({ length: 30 }, (_, i) => `## Section ${i}\n\nParagraph ${i} about the ranking model and its weekly retraining.\n`);
  const text = `# Monitoring\n\n${sections.join('\n')}`;
  const at = text.indexOf('## Section 20');
  const second = `${text.slice(0, at)}# Monitoring again\n\n${text.slice(at)}`;
  const linter = new IncrementalLinter();
  const options = lintOptions({ force: true });
  const steps = (result: ReturnType<typeof lint>): string[][] => result.doc.sections.map((s) => [...s.steps]);
  const versions = [text, second, text, `${text.slice(0, at)}# ${text.slice(at)}`, text];
  const titleSteps: number[] = [];
  for (const [index, version] of versions.entries()) {
    const result = linter.lint(version, options);
    const full = lint(version, { force: true });
    assert.deepEqual(steps(result), steps(full), `version ${index + 1}: sections' steps`);
    assert.deepEqual(observable(result), observable(full), `version ${index + 1}`);
    titleSteps.push(result.doc.sections[1].steps.length);
  }
  // The title names a step only while another level-1 heading follows it.
  assert.equal(titleSteps[0], 0);
  assert.ok(titleSteps[1] > 0, `the title is a step once a second level-1 heading exists: ${titleSteps.join(',')}`);
  assert.equal(titleSteps[2], 0);
});
