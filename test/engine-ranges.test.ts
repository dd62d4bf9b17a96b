// Sections and prose offsets: a passage finding's range must slice exactly
// the offending words out of the source, wherever they sit (tables, nested
// lists, emphasis, CRLF files, after emoji), and sections must start and end
// at their headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/linter.js';
import { ALL_RULES } from '../rules/index.js';
import { buildDesignDoc } from '../server/engine/model.js';
import { PLACEHOLDER_MARKER } from '../server/engine/text/polarity.js';
import type { Finding } from '../server/engine/types.js';
import { allRuleFixtures } from '../scripts/rule-fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function passage(text: string, ruleId: string): Finding[] {
  return lint(text, { force: true }).findings.filter((f) => f.ruleId === ruleId);
}

function slice(text: string, finding: Finding): string {
  return text.slice(finding.range.start.offset, finding.range.end.offset);
}

/** Column (1-based, UTF-16) of `offset` on its line. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
}

function assertPointsAgree(text: string, finding: Finding): void {
  for (const point of [finding.range.start, finding.range.end]) {
    assert.equal(point.line, text.slice(0, point.offset).split('\n').length, 'line agrees with offset');
    assert.equal(point.column, columnOf(text, point.offset), 'column agrees with offset');
  }
}

test('plain paragraph: the range is the words', () => {
  const text = '# Jobs\n\n## Requirements\n\nThe service must be fast and highly scalable.\n';
  const found = passage(text, 'unquantified-requirement');
  assert.deepEqual(found.map((f) => slice(text, f)), ['fast', 'highly scalable']);
  for (const f of found) assertPointsAgree(text, f);
});

test('table cell: the range is the words inside the cell', () => {
  const text = '# Jobs\n\n## Requirements\n\n| Aspect | Requirement |\n|---|---|\n| Latency | must be fast |\n| Notes | TODO |\n';
  const [fast] = passage(text, 'unquantified-requirement');
  assert.equal(slice(text, fast), 'fast');
  assert.equal(fast.range.start.line, 7);
  const [todo] = passage(text, 'placeholder-text');
  assert.equal(slice(text, todo), 'TODO');
  assert.equal(todo.range.start.line, 8);
  assertPointsAgree(text, fast);
});

test('nested list item: the range is the words in the nested item', () => {
  const text = '# Jobs\n\n## Requirements\n\n- Serving\n  - p99 under 200 ms\n  - the ranker must be highly available\n';
  const [found] = passage(text, 'unquantified-requirement');
  assert.equal(slice(text, found), 'highly available');
  assert.equal(found.range.start.line, 7);
  assertPointsAgree(text, found);
});

test('emphasis around the whole phrase: the range is the words without the markers', () => {
  const text = '# Jobs\n\n## Requirements\n\n- The service must have **low latency** for members.\n';
  const [found] = passage(text, 'unquantified-requirement');
  assert.equal(slice(text, found), 'low latency');
});

test('emphasis inside the phrase: the range starts and ends on the words', () => {
  const text = '# Jobs\n\n## Requirements\n\n- The ranker must be *highly* scalable for members.\n';
  const [found] = passage(text, 'unquantified-requirement');
  const words = slice(text, found);
  assert.ok(words.startsWith('highly') && words.endsWith('scalable'), `got "${words}"`);
  assert.equal(words.replace(/[*_]/g, ''), 'highly scalable');
});

test('CRLF line endings: the range is the words and lines/columns are right', () => {
  const text = '# Jobs\r\n\r\n## Requirements\r\n\r\n- TODO: numbers\r\n- The service must be fast.\r\n';
  const [todo] = passage(text, 'placeholder-text');
  assert.equal(slice(text, todo), 'TODO');
  assert.deepEqual([todo.range.start.line, todo.range.start.column], [5, 3]);
  const [fast] = passage(text, 'unquantified-requirement');
  assert.equal(slice(text, fast), 'fast');
  assert.deepEqual([fast.range.start.line, fast.range.start.column], [6, 23]);
});

test('emoji before the words: columns count UTF-16 code units', () => {
  const text = '# Jobs\n\n## Requirements\n\n- 🚀🚀 The service must be fast.\n';
  const [fast] = passage(text, 'unquantified-requirement');
  assert.equal(slice(text, fast), 'fast');
  // "- " (2) + two emoji (2 UTF-16 units each) + " The service must be " (21) → column 28.
  assert.equal(fast.range.start.column, 28);
  assertPointsAgree(text, fast);
});

test('document findings sit on the whole heading line of their step section', () => {
  const text = '# Jobs\n\n## Requirements\n\nSomething.\n\n## Evaluation\n\nNothing yet.\n';
  const online = lint(text, { force: true }).findings.find((f) => f.ruleId === 'online-metrics');
  assert.ok(online);
  assert.equal(slice(text, online), '## Evaluation');
  const metric = lint(text, { force: true }).findings.find((f) => f.ruleId === 'business-metric');
  assert.ok(metric);
  assert.equal(slice(text, metric), '## Requirements');
});

test('sections start at their heading and end at the next heading of the same or higher level', () => {
  const text = '# Title\r\n\r\n## Data\r\n\r\n### Features\r\n\r\nskills\r\n\r\n## Model\r\n\r\nGBDT\r\n';
  const doc = buildDesignDoc(text);
  const byTitle = new Map(doc.sections.map((s) => [s.title, s]));
  const data = byTitle.get('Data');
  const features = byTitle.get('Features');
  const model = byTitle.get('Model');
  assert.ok(data && features && model);
  assert.equal(text.slice(data.start, data.start + 7), '## Data');
  assert.equal(data.end, model.start, 'Data ends where Model starts');
  assert.equal(features.end, model.start, 'a subsection ends with its parent');
  assert.equal(features.parent, data);
  assert.equal(model.end, text.length);
  assert.equal(data.headingRange?.start.line, 3);
  assert.equal(model.headingRange?.start.line, 9);
  assert.deepEqual(data.steps, ['data']);
  assert.deepEqual(byTitle.get('Title')?.steps, [], 'a lone H1 is the title, not a step');
});

/** Every Markdown file under a folder. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

test('every exact prose segment of every fixture maps back to the same characters in the source', () => {
  const files = [...markdownFiles(join(ROOT, 'test-fixtures')), ...allRuleFixtures(ROOT), ...markdownFiles(join(ROOT, 'examples'))];
  assert.ok(files.length > 50);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const doc = buildDesignDoc(text);
    for (const unit of doc.units) {
      for (const segment of unit.segments) {
        // Segments whose source is spelled differently carry per-character
        // offsets: those must at least run forward through the source.
        if (segment.offsets) {
          for (let i = 1; i < segment.offsets.length; i++) {
            assert.ok(segment.offsets[i] > segment.offsets[i - 1], `${file}: offsets run forward at ${segment.sourceStart}`);
          }
          continue;
        }
        assert.equal(
          text.slice(segment.sourceStart, segment.sourceStart + segment.length),
          unit.text.slice(segment.plainStart, segment.plainStart + segment.length),
          `${file}: segment at offset ${segment.sourceStart}`,
        );
      }
    }
  }
});

const WHOLE_MARKER = new RegExp(`^(?:${PLACEHOLDER_MARKER.source})$`, PLACEHOLDER_MARKER.flags);

test('placeholder findings in every fixture slice a placeholder word out of the source', () => {
  // Only the rule under test runs: its findings do not depend on the others (checked on all 1,349 files when this
  // was written), and the other 45 rules on ~1,350 files took half of this file's time.
  const placeholderOnly = { force: true, rules: ALL_RULES.filter((rule) => rule.meta.id === 'placeholder-text') };
  let found = 0;
  for (const file of [...markdownFiles(join(ROOT, 'test-fixtures')), ...allRuleFixtures(ROOT)]) {
    const text = readFileSync(file, 'utf8');
    for (const finding of lint(text, placeholderOnly).findings.filter((f) => f.ruleId === 'placeholder-text')) {
      found++;
      // Exactly one marker of the text layer's (TODO, TBD, 待定, уточняется …), nothing around it.
      assert.match(slice(text, finding), WHOLE_MARKER, `${file}:${finding.range.start.line}`);
    }
  }
  assert.ok(found > 20, `${found} placeholder findings in the fixtures`);
});
