// Heading → framework step, in English, Russian and Chinese, and what depends
// on it: a document finding points at its step's section and its quick fix
// inserts there, in a Russian and a Chinese doc as in an English one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/linter.js';
import { buildDesignDoc, type Section } from '../server/engine/model.js';
import { applyInsertion, insertionForStep, sectionForStep } from '../server/engine/fixes.js';
import { STEP_TITLES_BY_LANG } from '../server/engine/step-titles.js';
import { stepsOfHeading } from '../server/engine/steps.js';
import { ALL_RULES } from '../rules/index.js';
import type { Step } from '../server/engine/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEADINGS = join(ROOT, 'test-fixtures', 'engine', 'steps', 'headings.tsv');

const cases = readFileSync(HEADINGS, 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [heading, steps] = line.split('\t');
    return { heading, steps: steps === '-' ? [] : steps.split(',') };
  });

test('the heading table covers the three languages with at least 60 headings', () => {
  assert.ok(cases.length >= 60, `${cases.length} headings`);
  const cyrillic = cases.filter((c) => /\p{Script=Cyrillic}/u.test(c.heading)).length;
  const han = cases.filter((c) => /\p{Script=Han}/u.test(c.heading)).length;
  assert.ok(cyrillic >= 20 && han >= 15, `${cyrillic} Russian, ${han} Chinese headings`);
});

for (const { heading, steps } of cases) {
  test(`heading "${heading}" names ${steps.length > 0 ? steps.join(' and ') : 'no step'}`, () => {
    assert.deepEqual(stepsOfHeading(heading), steps);
  });
}

test('numbering, emphasis and emoji around a heading do not change its step', () => {
  for (const heading of ['3.2 Model evaluation', 'IV. Model evaluation', '📊 Model evaluation', 'Step 5: Model evaluation']) {
    assert.deepEqual(stepsOfHeading(heading), ['evaluation'], heading);
  }
  const doc = buildDesignDoc('# T\n\n## 4. **Оценка качества** модели\n\nТекст.\n');
  assert.deepEqual(doc.sections.find((s) => s.level === 2)?.steps, ['evaluation']);
});

// One doc per language, each step in its own section, written the way such docs are.
const DOCS: Record<string, { text: string; titles: Record<Step, string> }> = {
  ru: {
    titles: {
      requirements: 'Бизнес-цель', framing: 'Постановка задачи', data: 'Данные', model: 'Обучение модели',
      evaluation: 'Оценка качества', serving: 'Внедрение', monitoring: 'Мониторинг',
    },
    text: '',
  },
  zh: {
    titles: {
      requirements: '业务目标', framing: '问题建模', data: '特征工程', model: '模型训练',
      evaluation: '离线评估', serving: '线上服务', monitoring: '监控',
    },
    text: '',
  },
  en: {
    titles: {
      requirements: 'Business goals', framing: 'Problem framing', data: 'Data architecture', model: 'Model architecture',
      evaluation: 'Model evaluation', serving: 'Model serving', monitoring: 'Monitoring',
    },
    text: '',
  },
};
const BODY = { ru: 'Раздел будет дописан позже.', zh: '本节稍后补充。', en: 'This section will be written later.' };
for (const [lang, doc] of Object.entries(DOCS)) {
  const title = { ru: '# Рекомендации курсов', zh: '# 课程推荐系统设计', en: '# Course recommendations' }[lang];
  doc.text = `---\nsystem: recommendation\n---\n${title}\n\n${Object.values(doc.titles).map((t) => `## ${t}\n\n${BODY[lang as keyof typeof BODY]}\n`).join('\n')}`;
}

function sectionTitled(sections: readonly Section[], title: string): Section {
  const section = sections.find((s) => s.title === title);
  assert.ok(section, `section "${title}"`);
  return section;
}

for (const [lang, { text, titles }] of Object.entries(DOCS)) {
  test(`${lang}: each step's section is found by its heading`, () => {
    const doc = buildDesignDoc(text);
    for (const [step, title] of Object.entries(titles) as Array<[Step, string]>) {
      assert.equal(sectionForStep(doc, step)?.title, title, step);
    }
  });

  test(`${lang}: document findings point at their step's heading and their fixes insert at the end of that section`, () => {
    const result = lint(text, { force: true });
    const stepOf = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta.step]));
    const documentFindings = result.findings.filter((f) => f.kind === 'document' && stepOf.get(f.ruleId) !== 'any');
    assert.ok(documentFindings.length >= 7, `${documentFindings.length} document findings`);
    const steps = new Set<string>();
    for (const finding of documentFindings) {
      const step = stepOf.get(finding.ruleId) as Step;
      steps.add(step);
      const section = sectionTitled(result.doc.sections, titles[step]);
      assert.deepEqual(finding.range, section.headingRange, `${finding.ruleId} points at "${titles[step]}"`);
      const fix = finding.fixes[0]?.insertion;
      assert.ok(fix, `${finding.ruleId} has a fix`);
      const next = result.doc.sections.find((s) => s.start > section.start && s.level <= section.level);
      assert.ok(fix.offset > section.start && fix.offset <= (next?.start ?? text.length), `${finding.ruleId}'s fix lands in "${titles[step]}"`);
      // The writer's text is all still there, in order.
      assert.ok(applyInsertion(text, fix).startsWith(text.slice(0, fix.offset)));
      assert.ok(applyInsertion(text, fix).endsWith(text.slice(fix.offset)));
    }
    assert.ok(steps.size >= 5, `findings in ${[...steps].join(', ')}`);
  });
}

test('a missing step gets a new section before the next step, not inside an unrelated one', () => {
  const text = '# Рекомендации\n\n## Данные\n\nЛоги кликов.\n\n## Мониторинг\n\nДашборды.\n';
  const doc = buildDesignDoc(text);
  const insertion = insertionForStep(doc, 'evaluation', 'Offline: NDCG@10.');
  assert.equal(insertion.offset, text.indexOf('## Мониторинг'));
  // The new section is titled in the doc's language, and the title maps back to its step.
  assert.match(insertion.text, /^## Оценка качества\n\nOffline: NDCG@10\.\n\n$/);
});

test('a quick fix titles a new step section in the language of the doc, and the title names that step', () => {
  const docs: Array<[string, RegExp]> = [
    ['# Job recommendations\n\n## Data\n\nClick logs.\n', /^\n?## Evaluation\n/],
    ['# Рекомендации\n\n## Данные\n\nЛоги кликов и просмотров вакансий.\n', /^\n?## Оценка качества\n/],
    ['# 职位推荐\n\n## 数据\n\n点击日志和浏览日志。\n', /^\n?## 评估\n/],
  ];
  for (const [text, title] of docs) {
    const insertion = insertionForStep(buildDesignDoc(text), 'evaluation', 'x');
    assert.match(insertion.text, title);
  }
  for (const titles of Object.values(STEP_TITLES_BY_LANG)) {
    for (const [step, title] of Object.entries(titles)) assert.deepEqual(stepsOfHeading(title), [step], title);
  }
});
