// Property tests of the engine on arbitrary and generated input: no exception
// escapes, every range lies inside the document on UTF-16 boundaries with
// line/column matching its offset, and every fix only inserts (or replaces a
// section's lone placeholder line, test/fix-safety.ts). A fixed seed
// keeps CI reproducible; `npm run fuzz` runs many more cases with a random seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/linter.js';
import { applyInsertion } from '../server/engine/fixes.js';
import { assertKeepsWritersText } from './fix-safety.js';
import type { Point } from '../server/engine/types.js';
import { allRuleFixtures } from '../scripts/rule-fixtures.js';

const RUNS = Number(process.env.MLDL_FUZZ_RUNS ?? 150);
const SEED = process.env.MLDL_FUZZ_SEED === undefined ? 20261121 : Number(process.env.MLDL_FUZZ_SEED);
const params = { numRuns: RUNS, seed: Number.isNaN(SEED) ? undefined : SEED, endOnFailure: true };

/** Line and column (1-based, UTF-16) of an offset, computed independently of the engine. */
function expectedPoint(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    } else if (text[i] === '\r' && text[i + 1] !== '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function isInsideSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function checkPoint(text: string, point: Point, what: string): void {
  assert.ok(point.offset >= 0 && point.offset <= text.length, `${what}: offset ${point.offset} outside 0..${text.length}`);
  assert.ok(!isInsideSurrogatePair(text, point.offset), `${what}: offset ${point.offset} splits a surrogate pair`);
  const expected = expectedPoint(text, point.offset);
  assert.deepEqual({ line: point.line, column: point.column }, expected, `${what}: line/column do not match offset ${point.offset}`);
}

/** The invariants every lint result must keep, whatever the input. */
function checkInvariants(text: string): void {
  const result = lint(text, { force: true });
  for (const finding of result.findings) {
    checkPoint(text, finding.range.start, `${finding.ruleId} start`);
    checkPoint(text, finding.range.end, `${finding.ruleId} end`);
    assert.ok(finding.range.start.offset <= finding.range.end.offset, `${finding.ruleId}: range ends before it starts`);
    for (const fix of finding.fixes) {
      const { offset } = fix.insertion;
      assert.ok(offset >= 0 && offset <= text.length, `${finding.ruleId}: fix offset outside the document`);
      assert.ok(!isInsideSurrogatePair(text, offset), `${finding.ruleId}: fix splits a surrogate pair`);
      assert.ok(!(text[offset - 1] === '\r' && text[offset] === '\n'), `${finding.ruleId}: fix splits a CRLF`);
      // Fixes only insert, or replace a section's lone placeholder line (test/fix-safety.ts).
      assertKeepsWritersText(text, fix.insertion, finding.ruleId);
    }
  }
  for (const entry of result.coverage) {
    if (entry.evidence) {
      checkPoint(text, entry.evidence.start, `${entry.ruleId} evidence start`);
      checkPoint(text, entry.evidence.end, `${entry.ruleId} evidence end`);
    }
  }
}

// Pieces of Markdown that stress the parser and the model: nesting, unclosed
// fences, tables, HTML, front matter, directives, non-BMP text, CRLF.
const word = fc.constantFrom(
  'latency', 'low latency', 'p99 < 200 ms', 'TODO', 'TBD', '???', 'A/B test', 'CTR', 'PSI > 0.2', 'baseline', 'random split',
  'accuracy', 'improve CTR', '😀', '日本語', 'é', 'e\u0301', '\u200b', '**bold**', '`code`', '[link](http://x)', '<b>x</b>',
  'fraud', 'recommend', 'model', '\\*', '&amp;', '|', '-', '#',
);
const line = fc.array(word, { minLength: 0, maxLength: 8 }).map((words) => words.join(' '));
const block = fc.oneof(
  line,
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  fc.tuple(fc.integer({ min: 0, max: 12 }), line).map(([depth, text]) => `${'  '.repeat(depth)}- ${text}`),
  fc.tuple(fc.integer({ min: 1, max: 8 }), line).map(([depth, text]) => `${'> '.repeat(depth)}${text}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((cells) => `| ${cells.join(' | ')} |\n|${cells.map(() => '---').join('|')}|\n| ${cells.join(' | ')} |`),
  line.map((text) => `\`\`\`\n${text}`),
  fc.constantFrom('<!-- mldl-disable -->', '<!-- mldl-enable -->', '<!-- mldl-disable-next-line placeholder-text -->', '<div>\n\nhtml\n</div>', '---', '***'),
  // A step section holding only a placeholder, which a fix may replace (and, for the last two, may not).
  fc
    .tuple(fc.constantFrom('Requirements', 'Data', 'Model', 'Evaluation', 'Serving', 'Monitoring'), fc.constantFrom('TBD', '- TODO', 'FIXME.', '???', 'TBD: ask the data team', 'TODO later'))
    .map(([step, placeholder]) => `## ${step}\n\n${placeholder}`),
);
const frontMatter = fc.constantFrom('', '---\nsystem: ads\n---\n', '---\nmldl: {rules: {cold-start: off}}\n---\n', '---\n: bad: [yaml\n---\n', '---\nmldl: 3\n---\n', '\ufeff');
const markdown = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([fm, blocks, eol]) => fm + blocks.join(eol));

test('arbitrary Unicode text: no exception, ranges inside the text on UTF-16 boundaries', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), checkInvariants), params);
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkInvariants), params);
});

test('generated Markdown: no exception, ranges consistent, fixes only insert', () => {
  fc.assert(fc.property(markdown, checkInvariants), params);
});

test('a fix, once applied, is not offered again', () => {
  fc.assert(
    fc.property(markdown, (text) => {
      const result = lint(text, { force: true });
      const finding = result.findings.find((f) => f.kind === 'document' && f.fixes.length > 0);
      if (!finding) return;
      const fixed = applyInsertion(text, finding.fixes[0].insertion);
      const again = lint(fixed, { force: true }).findings.filter((f) => f.ruleId === finding.ruleId);
      assert.deepEqual(again, [], `${finding.ruleId} still reported after its own fix was applied`);
    }),
    params,
  );
});

/** Real documents to mutate: the examples, every rule fixture, and the development corpus when it is there. */
function realDocuments(): string[] {
  const root = process.cwd();
  const files: string[] = [];
  const collect = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) collect(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  collect(join(root, 'examples'));
  files.push(...allRuleFixtures(root));
  collect(join(root, '..', 'shared', 'corpus', 'docs'));
  return files.sort().map((file) => readFileSync(file, 'utf8'));
}

test('mutated real documents (examples, fixtures, corpus): no exception, ranges consistent, fixes only insert', () => {
  const documents = realDocuments();
  assert.ok(documents.length > 100, `only ${documents.length} documents found to mutate`);
  const mutation = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.integer({ min: 0, max: 80 }),
    insert: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('\n', '\r\n', '```\n', '# ', '- ', '> ', '|', '---\n', '<!--', '\ufeff', '😀')),
  });
  fc.assert(
    fc.property(fc.nat({ max: documents.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (index, mutations) => {
      let text = documents[index];
      for (const { at, remove, insert } of mutations) {
        const offset = Math.floor(at * text.length);
        text = text.slice(0, offset) + insert + text.slice(Math.min(text.length, offset + remove));
      }
      checkInvariants(text);
    }),
    { ...params, numRuns: Math.max(20, Math.round(RUNS / 3)) },
  );
});
