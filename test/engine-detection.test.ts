// Auto-detection (is this an ML design doc?), robustness on non-English text,
// and system-type inference from the words of the doc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/linter.js';
import { SYSTEM_TYPES } from '../server/engine/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE_FIXTURES = join(ROOT, 'test-fixtures', 'engine');

function fixture(path: string): { text: string; filePath: string } {
  return { text: readFileSync(join(ENGINE_FIXTURES, path), 'utf8'), filePath: `docs/${path.split('/').pop()}` };
}

test('a project README is skipped with a reason', () => {
  const { text, filePath } = fixture('detection/README.md');
  const result = lint(text, { filePath });
  assert.equal(result.skipped, true);
  assert.match(result.skipReason ?? '', /README/i);
  assert.deepEqual(result.findings, []);
});

test('a CHANGELOG.md is skipped because of its name, even though it talks about models', () => {
  const { text, filePath } = fixture('detection/CHANGELOG.md');
  const result = lint(text, { filePath });
  assert.equal(result.skipped, true);
  assert.match(result.skipReason ?? '', /file name/);
});

test('short meeting notes are skipped with a reason that says how to opt in', () => {
  const { text, filePath } = fixture('detection/meeting-notes.md');
  const result = lint(text, { filePath });
  assert.equal(result.skipped, true);
  assert.match(result.skipReason ?? '', /meeting notes/);
  assert.match(result.skipReason ?? '', /mldl: true/);
});

test('a real design doc is linted', () => {
  const { text, filePath } = fixture('detection/design-doc.md');
  const result = lint(text, { filePath });
  assert.equal(result.skipped, false, result.skipReason);
  assert.equal(result.skipReason, undefined);
});

test('force lints a skipped file anyway', () => {
  const { text, filePath } = fixture('detection/meeting-notes.md');
  const result = lint(text, { filePath, force: true });
  assert.equal(result.skipped, false);
  assert.ok(result.findings.length > 0);
});

for (const name of ['russian.md', 'chinese.md']) {
  test(`a non-English doc (${name}) does not crash and its findings point into the text`, () => {
    const { text, filePath } = fixture(`detection/${name}`);
    for (const force of [false, true]) {
      const result = lint(text, { filePath, force });
      assert.ok(Array.isArray(result.findings));
      for (const finding of result.findings) {
        assert.ok(finding.range.start.offset >= 0 && finding.range.end.offset <= text.length, `${finding.ruleId} range inside the text`);
        assert.ok(finding.range.start.line >= 1 && finding.range.start.column >= 1);
      }
    }
    // The English marker inside non-English prose is still found, at the exact spot.
    const todo = lint(text, { filePath, force: true }).findings.find((f) => f.ruleId === 'placeholder-text');
    assert.ok(todo, 'TODO is reported');
    assert.equal(text.slice(todo.range.start.offset, todo.range.end.offset), 'TODO');
  });
}

// System type inferred from the words; one short doc per type.
const EXPECTED_TYPES = ['recommendation', 'search', 'feed', 'ads', 'fraud', 'moderation', 'forecasting', 'other'] as const;
const RANKING_SHAPED = new Set(['recommendation', 'search', 'feed', 'ads']);

test('every system type has an inference fixture', () => {
  assert.deepEqual([...EXPECTED_TYPES].sort(), [...SYSTEM_TYPES].sort());
});

for (const type of EXPECTED_TYPES) {
  test(`system type is inferred as ${type} from the text`, () => {
    const { text } = fixture(`system-type/${type}.md`);
    const result = lint(text, { force: true });
    assert.equal(result.profile.type, type);
    assert.equal(result.profile.source, 'inferred');
    assert.equal(result.profile.rankingShaped, RANKING_SHAPED.has(type), 'ranking-shaped follows the type');
  });
}

test('rare positives: fraud and moderation have them, forecasting does not', () => {
  const rare = (type: string): boolean => lint(fixture(`system-type/${type}.md`).text, { force: true }).profile.rarePositives;
  assert.equal(rare('fraud'), true);
  assert.equal(rare('moderation'), true);
  assert.equal(rare('forecasting'), false);
});

test('a doc that says its classes are imbalanced has rare positives whatever its type', () => {
  const text = `# Delivery delay alerts\n\n## Data\n\nLate deliveries are rare: the classes are highly imbalanced (1 in 200).\n`;
  assert.equal(lint(text, { force: true }).profile.rarePositives, true);
});

test('front matter system wins over inference', () => {
  const { text } = fixture('system-type/fraud.md');
  const result = lint(`---\nsystem: search\n---\n${text}`, { force: true });
  assert.equal(result.profile.type, 'search');
  assert.equal(result.profile.source, 'front-matter');
});
