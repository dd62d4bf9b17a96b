// Auto-detection (is this an ML design doc?), robustness on non-English text,
// and system-type inference from the words of the doc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/linter.js';
import { SYSTEM_TYPES } from '../server/engine/types.js';
import { buildDesignDoc } from '../server/engine/model.js';
import { detectionSignals } from '../server/engine/detect.js';

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

// A README's design is what its sections state (detect.ts statedSteps): the same framework headings over a command
// each are a project README's; over a sentence each they are a design written as a README, reviewed however large
// the install and usage part, even below the old bar of ten ML concepts.
const README_PART = {
  en: '## Table of contents\n\n- Goal, Data, Model, Evaluation, Serving, Monitoring\n\n## Quick start\n\nClone the repository and install it.\n\n## Installation\n\n```bash\npip install -r requirements.txt\n```\n\n## Project structure\n\n`basket/` holds the code.\n\n## Usage\n\n```bash\npython -m basket.score --week 2025-10\n```\n\n## Configuration\n\nSee `config.yaml`.\n\n## Running tests\n\n```bash\npytest\n```\n\n## FAQ\n\nNone yet.\n\n## Contributing\n\nPull requests welcome.\n\n## Acknowledgements\n\nThanks to the store teams.\n\n## License\n\nMIT\n',
  zh: '## 快速开始\n\n克隆仓库后安装依赖。\n\n## 环境搭建\n\nPython 3.10。\n\n## 项目结构\n\n代码在 `basket/` 目录。\n\n## 安装\n\n```bash\npip install -r requirements.txt\n```\n\n## 使用方法\n\n```bash\npython -m basket.score --week 2025-10\n```\n\n## 配置说明\n\n见 `config.yaml`。\n\n## 常见问题\n\n暂无。\n\n## 贡献\n\n欢迎提交 PR。\n\n## 致谢\n\n感谢门店同事。\n\n## 联系方式\n\n数据组。\n\n## 许可证\n\nMIT\n',
};
const STATED = {
  en: [
    ['Goal', "Store managers order stock from a forecast of next week's basket sizes; we want the error low enough that waste falls by a tenth."],
    ['Data', 'Two years of till receipts per store, with the weekly basket size as the label and promotions as features.'],
    ['Model', "The baseline repeats last year's week; the model is gradient boosting, retrained monthly."],
    ['Evaluation', 'Backtests over the last eight weeks, scored with MAPE against the baseline.'],
    ['Serving', 'A nightly batch job writes the forecasts into the ordering system.'],
    ['Monitoring', 'The on-call analyst is alerted when the weekly MAPE doubles against the month before.'],
  ],
  zh: [
    ['目标', '门店按下周客单量的预测订货，希望把误差降到让报损减少一成。'],
    ['数据', '两年的门店小票，以每周客单量为标签，促销活动作为特征。'],
    ['模型', '基线沿用去年同周的数值，主模型用梯度提升，每月重新训练。'],
    ['评估', '用最近八周做回测，以 MAPE 与基线比较。'],
    ['上线', '每晚批量任务把预测结果写入订货系统。'],
    ['监控', '每周 MAPE 比上月翻倍或订货量异常时，向值班人员告警。'],
  ],
};

for (const lang of ['en', 'zh'] as const) {
  const title = lang === 'en' ? '# Basket size forecaster\n\n' : '# 客单量预测\n\n';
  const stated = title + STATED[lang].map(([heading, sentence]) => `## ${heading}\n\n${sentence}\n\n`).join('') + README_PART[lang];
  const commands = title + STATED[lang].map(([heading], k) => `## ${heading}\n\n${lang === 'en' ? 'Run:' : '运行：'}\n\n\`\`\`bash\npython step${k}.py\n\`\`\`\n\n`).join('') + README_PART[lang];

  test(`${lang}: a README whose framework sections state the design is reviewed; the same sections holding commands are a README's`, () => {
    const signals = detectionSignals(buildDesignDoc(stated));
    assert.ok(signals.concepts < 10, `${signals.concepts} concepts: below the old bar, so the stated steps decide`);
    assert.equal(signals.statedSteps, 6);
    assert.ok(2 * signals.project >= 2 * signals.steps + Math.min(signals.designHeadings, 8), `README part ${signals.project} outweighs the design's headings`);
    assert.equal(lint(stated, { filePath: 'README.md' }).skipped, false);
    assert.equal(detectionSignals(buildDesignDoc(commands)).statedSteps, 0);
    const readme = lint(commands, { filePath: 'README.md' });
    assert.equal(readme.skipped, true);
    assert.match(readme.skipReason ?? '', /project README/);
  });
}
