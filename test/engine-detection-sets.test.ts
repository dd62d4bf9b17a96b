// Detection over two sets written for it (test-fixtures/engine/detection):
// positives — ML design docs in English, Russian and Chinese, from course
// templates with few ML words to LLM agent designs and a README-shaped design —
// must all be linted; negatives — READMEs of libraries and apps, changelogs,
// meeting notes, ADRs and software design docs, model and dataset cards, single
// tables (a model comparison), guides and checklists of questions to ask, course
// pages that set exercises, blog
// posts, API docs, mldl's
// own reports — must all be skipped, each with a reason that names what the
// file looks like and how to opt in. And a report the CLI writes is skipped
// when the CLI is run on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/linter.js';
import { makeProject, removeProject, runCli, runCliInProcess } from './cli-harness.js';
import { seededRandom } from './incremental-real.js';
import { IncrementalLinter } from '../server/engine/incremental.js';
import { buildDesignDoc } from '../server/engine/model.js';
import { detectionSignals } from '../server/engine/detect.js';
import { lintOptions } from '../server/linter.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DETECTION = join(ROOT, 'test-fixtures', 'engine', 'detection');

function filesIn(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(join(DETECTION, dir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(DETECTION, dir, name), 'utf8') }));
}

const negatives = filesIn('negatives');
const positives = filesIn('positives');
const languages = (files: ReadonlyArray<{ text: string }>): Set<string> =>
  new Set(files.map(({ text }) => (/\p{Script=Han}/u.test(text) ? 'zh' : /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en')));

test('the sets are large enough and cover the three languages', () => {
  assert.ok(negatives.length >= 30, `${negatives.length} negatives`);
  assert.ok(positives.length >= 10, `${positives.length} positives`);
  assert.deepEqual([...languages(negatives)].sort(), ['en', 'ru', 'zh']);
  assert.deepEqual([...languages(positives)].sort(), ['en', 'ru', 'zh']);
});

// What each kind of negative is recognised as (by its file name's prefix).
const EXPECTED_REASON: Array<[RegExp, RegExp]> = [
  [/^readme-|^how-to-contribute/, /project README/],
  [/^release-notes-/, /changelog/],
  [/^meeting-notes-/, /meeting notes/],
  [/^mldl-/, /report written by mldl/],
  [/^(model-card|dataset-card)/, /model or dataset card/],
  [/^single-table-/, /single table/],
  [/^guide-/, /guide or checklist of questions/],
  [/^tutorial-/, /guide or tutorial|project README/],
  [/^course-page-/, /course page or exercise sheet/],
  [/^(adr-|design-doc-|blog-post-|api-docs-|team-|product-docs|postmortem)/, /./],
];

for (const { name, text } of negatives) {
  test(`negative ${name} is skipped`, () => {
    const result = lint(text, { filePath: `docs/${name}` });
    assert.equal(result.skipped, true, `linted: ${result.skipReason ?? ''}`);
    assert.deepEqual(result.findings, []);
    assert.match(result.skipReason ?? '', /mldl: true/);
    const expected = EXPECTED_REASON.find(([prefix]) => prefix.test(name));
    assert.ok(expected, `${name} has an expected reason`);
    assert.match(result.skipReason ?? '', expected[1]);
  });
}

for (const { name, text } of positives) {
  test(`positive ${name} is linted`, () => {
    const result = lint(text, { filePath: `docs/${name}` });
    assert.equal(result.skipped, false, result.skipReason);
    assert.ok(result.coverage.length > 0);
  });
}

// A README's design is weighed on what each section's prose states (detect.ts statedSteps), folded from the facts
// of regions, blocks and groups an edit did not touch: after every edit the signals must be a full build's.
test('editing README-shaped designs and plain READMEs gives the signals of a full build', () => {
  const readmes = [...positives, ...negatives].filter(({ name }) => /readme/.test(name));
  assert.ok(readmes.length >= 20, `${readmes.length} READMEs`);
  const random = seededRandom(20261208);
  const lines = ['We retrain the model every week on the latest labelled data.', '## Installation', '```bash\npip install -r requirements.txt\n```', '模型每周用最新标注数据重新训练。', 'x'];
  for (const { name, text: original } of readmes) {
    const linter = new IncrementalLinter();
    let text = original;
    linter.lint(text, lintOptions({ filePath: `docs/${name}` }));
    for (let edit = 0; edit < 8; edit++) {
      const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
      const at = starts[Math.floor(random() * starts.length)];
      if (edit % 3 === 2) {
        const end = text.indexOf('\n', at);
        text = text.slice(0, at) + (end < 0 ? '' : text.slice(end + 1));
      } else text = `${text.slice(0, at)}${lines[Math.floor(random() * lines.length)]}\n\n${text.slice(at)}`;
      const result = linter.lint(text, lintOptions({ filePath: `docs/${name}` }));
      assert.deepEqual(detectionSignals(result.doc), detectionSignals(buildDesignDoc(text)), `${name}, edit ${edit}`);
      assert.equal(result.skipped, lint(text, { filePath: `docs/${name}` }).skipped, `${name}, edit ${edit}`);
    }
  }
});

test('a doc is not skipped for a numbered heading that looks like a version ("1.1 Business goal")', () => {
  const text = '# Ранжирование вакансий\n\n## 1.1 Бизнес-цель\n\nБольше откликов.\n\n## 1.2.1 Данные\n\nЛоги показов и откликов, разметка по откликам.\n\n## 2.1 Модель\n\nГрадиентный бустинг, бейзлайн — популярность.\n\n## 3.1 Метрики\n\nNDCG@10 офлайн, A/B-тест онлайн.\n';
  assert.equal(lint(text, { filePath: 'docs/design.md' }).skipped, false);
});

test('the markdown and HTML reports the CLI writes are skipped when the CLI is run on them', async () => {
  const design = filesIn('positives').find((f) => f.name === 'en-eta-regression.md');
  assert.ok(design);
  const dir = makeProject({ 'docs/eta.md': design.text });
  try {
    for (const format of ['markdown', 'html']) {
      // A real process writes the markdown report; main() in this process the others and the runs on them.
      const report = format === 'markdown' ? runCli(['--format', format, 'docs/eta.md'], { cwd: dir }) : await runCliInProcess(['--format', format, 'docs/eta.md'], { cwd: dir });
      assert.match(report.stdout, /<!-- mldl-report -->/, `${format} report carries the marker`);
      writeFileSync(join(dir, 'docs', `report-${format}.md`), report.stdout);
      const json = await runCliInProcess(['--format', 'json', `docs/report-${format}.md`], { cwd: dir });
      const [result] = JSON.parse(json.stdout) as Array<{ skipped: boolean; messages: unknown[] }>;
      assert.equal(result.skipped, true, `${format} report linted`);
      assert.deepEqual(result.messages, []);
      assert.equal(json.code, 0);
    }
    const scorecard = await runCliInProcess(['scorecard', 'docs/eta.md'], { cwd: dir });
    assert.match(scorecard.stdout, /\n<!-- mldl-report -->\n$/);
  } finally {
    removeProject(dir);
  }
});
