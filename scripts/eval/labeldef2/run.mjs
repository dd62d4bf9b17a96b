// The labeldef2 battery: one committed or near-miss statement of a label per small doc, en/ru/zh.
// Usage (after `npx tsc -p .`): node scripts/eval/labeldef2/run.mjs [LOOK|CHECK|ALL] [--list] [--write DIR]
// Split: within each (language, task type, expectation) group every third item is CHECK, fixed before any run.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const { lint } = await import(join(root, 'out', 'server', 'linter.js'));

const TITLES = {
  en: { bin: 'Customer risk model', multi: 'Ticket classifier', rankimp: 'Home feed recommendations', rankgrad: 'Site search ranking', reg: 'Estimation model', fc: 'Demand forecast', gen: 'Support assistant (RAG)', fb: 'Music recommendations', src: 'Risk and moderation model', code: 'Prediction model' },
  ru: { bin: 'Модель риска клиентов', multi: 'Классификатор обращений', rankimp: 'Рекомендации на главной', rankgrad: 'Ранжирование поиска', reg: 'Модель оценки', fc: 'Прогноз спроса', gen: 'Ассистент поддержки (RAG)', fb: 'Музыкальные рекомендации', src: 'Модель риска и модерации', code: 'Модель предсказания' },
  zh: { bin: '客户风险模型', multi: '工单分类器', rankimp: '首页推荐', rankgrad: '站内搜索排序', reg: '预估模型', fc: '需求预测', gen: '客服助手（RAG）', fb: '音乐推荐', src: '风控与审核模型', code: '预测模型' },
};
const SECTIONS = {
  en: ['Problem', 'Data', 'Evaluation', 'Approach'],
  ru: ['Постановка задачи', 'Данные', 'Оценка качества', 'Подход'],
  zh: ['问题定义', '数据', '评估', '方案'],
};
const FILLER = {
  en: ['The team owns this model end to end.', 'Data is stored in the warehouse and refreshed nightly.', 'We compare models offline before any launch.', 'A gradient-boosted model is the first version.'],
  ru: ['Команда отвечает за модель целиком.', 'Данные лежат в хранилище и обновляются каждую ночь.', 'Перед запуском сравниваем модели офлайн.', 'Первая версия — градиентный бустинг.'],
  zh: ['团队负责该模型的全流程。', '数据存放在数据仓库中，每晚更新。', '上线前先离线比较模型。', '第一版使用梯度提升模型。'],
};

export function battery() {
  const items = [];
  for (const lang of ['en', 'ru', 'zh']) {
    const groups = new Map();
    const lines = readFileSync(join(here, `battery-${lang}.tsv`), 'utf8').split('\n').filter(Boolean);
    lines.forEach((line, index) => {
      const [type, expect, raw] = line.split('\t');
      const key = `${type}${expect}`;
      const n = groups.get(key) ?? 0;
      groups.set(key, n + 1);
      const text = raw.replace(/\\n/g, '\n');
      const id = `${lang}-${type}-${expect === '+' ? 'settled' : 'near'}-${String(index + 1).padStart(3, '0')}`;
      items.push({ id, lang, type, settled: expect === '+', split: n % 3 === 2 ? 'CHECK' : 'LOOK', text, doc: makeDoc(lang, type, index, text) });
    });
  }
  return items;
}

function makeDoc(lang, type, index, text) {
  const at = index % SECTIONS[lang].length;
  const parts = [`# ${TITLES[lang][type]}`, ''];
  SECTIONS[lang].forEach((heading, i) => {
    parts.push(`## ${heading}`, '', FILLER[lang][i], '');
    if (i === at) parts.push(text, '');
  });
  return parts.join('\n');
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const which = (process.argv[2] ?? 'LOOK').toUpperCase();
  const list = process.argv.includes('--list');
  const writeAt = process.argv.indexOf('--write');
  const chosen = battery().filter((item) => which === 'ALL' || item.split === which);
  const tally = new Map();
  let right = 0;
  for (const item of chosen) {
    if (writeAt > 0) {
      const dir = join(process.argv[writeAt + 1], item.split);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${item.id}.md`), item.doc);
    }
    const fired = lint(item.doc, { force: true }).findings.some((f) => f.ruleId === 'label-definition');
    const ok = item.settled ? !fired : fired;
    if (ok) right++;
    const key = `${item.lang} ${item.settled ? 'settled' : 'near'}`;
    const t = tally.get(key) ?? [0, 0];
    t[0] += ok ? 1 : 0; t[1] += 1; tally.set(key, t);
    if (list && !ok) console.log(`${item.settled ? 'MISSED  ' : 'SILENT  '} ${item.id}: ${item.text.replace(/\n/g, ' ⏎ ')}`);
  }
  for (const [key, [ok, n]] of [...tally].sort()) console.log(`${key}: ${ok} / ${n}`);
  console.log(`${which}: ${right} / ${chosen.length} right`);
}
