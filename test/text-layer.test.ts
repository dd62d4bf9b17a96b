// The language-aware text layer every rule reads (server/engine/text/): language
// per unit, tokens and stems in three languages, sentences, cue phrases, and the
// scope of negations and hedges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectLanguage } from '../server/engine/text/script.js';
import { tokenize } from '../server/engine/text/tokens.js';
import { sentenceSpans } from '../server/engine/text/sentences.js';
import { PhraseSet, expandAlternatives } from '../server/engine/text/phrases.js';
import { UnitText } from '../server/engine/text/unit-text.js';
import { coveredBy, isTemplatePrompt } from '../server/engine/text/polarity.js';
import { normalize } from '../server/engine/text/normalize.js';
import { endsWithTemplateRole } from '../server/engine/text/template-role.js';

test('language by script: English, Russian with English terms, Chinese with English terms', () => {
  assert.equal(detectLanguage('The model is retrained weekly.'), 'en');
  assert.equal(detectLanguage('Модель CTR переобучается раз в неделю.'), 'ru');
  assert.equal(detectLanguage('离线AUC评估，每天训练一次模型'), 'zh');
  assert.equal(detectLanguage('p99 < 200', 'ru'), 'en', 'letters decide: "p" is Latin');
  assert.equal(detectLanguage('200 / 300', 'zh'), 'zh', 'no letters: the fallback');
});

test('tokens: stems per script, A/B split, Chinese words from ICU, exact offsets', () => {
  const en = tokenize('Retraining the retrained models; A/B-testing.');
  assert.deepEqual(en.map((t) => t.stem), ['retrain', 'the', 'retrain', 'model', 'a', 'b', 'test']);
  const ru = tokenize('Модели переобучаются; модель переобучается.');
  assert.equal(ru[0].stem, ru[2].stem, 'модели / модель share a stem');
  const zh = tokenize('我们每天训练模型');
  assert.ok(zh.length >= 3 && zh.every((t) => t.script === 'han'), JSON.stringify(zh));
  for (const t of [...en, ...ru, ...zh]) assert.ok(t.end > t.start);
  assert.equal('Модели переобучаются'.slice(ru[1].start, ru[1].end), 'переобучаются');
});

test('sentences: abbreviations and soft line breaks do not end a sentence; Chinese full stops do', () => {
  const text = 'We use e.g. AUC and\nlog loss. The model is retrained daily.';
  assert.deepEqual(sentenceSpans(text, 'en').map((s) => text.slice(s.start, s.end)), ['We use e.g. AUC and\nlog loss.', 'The model is retrained daily.']);
  const ru = 'Метрики, т.е. AUC и F1, считаем еженедельно. Модель обучаем раз в день.';
  assert.equal(sentenceSpans(ru, 'ru').length, 2);
  assert.equal(sentenceSpans('离线评估使用AUC。模型每天训练。', 'zh').length, 2);
});

test('a line break ends a sentence when the line before has no punctuation and the next starts something new', () => {
  const split = (text: string, lang: 'en' | 'ru' | 'zh') => sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
  // Chinese is not wrapped in the source: a line of its own is a statement of its own.
  assert.deepEqual(split('为保证后续分析建立分区表\n提取建模的目标变量', 'zh'), ['为保证后续分析建立分区表', '提取建模的目标变量']);
  assert.deepEqual(split('特征提取脚本\n① 创建特征表\n② 写入当天数据', 'zh'), ['特征提取脚本', '① 创建特征表', '② 写入当天数据']);
  // …but a line after a comma or a colon, or one that opens with a connective, goes on.
  assert.equal(split('召回使用双塔模型，\n排序使用 LightGBM', 'zh').length, 1);
  assert.equal(split('模型选择 LightGBM\n因为它对表格特征效果好', 'zh').length, 1);
  // Russian and English: lines that all start with a capital, three or more, are one statement each.
  assert.deepEqual(split('Выгрузка истории продаж по дням\nПостроение прогноза на месяц\nСравнение с ручным планом', 'ru'), [
    'Выгрузка истории продаж по дням', 'Построение прогноза на месяц', 'Сравнение с ручным планом']);
  // A wrapped paragraph goes on: lower case, a name after a verb, an acronym, a function word at the line's end.
  assert.equal(split('We retrain the ranker every week on the\nlast 90 days of clicks.', 'en').length, 1);
  assert.equal(split('After a long comparison we chose\nLightGBM for the first version.', 'en').length, 1);
  assert.equal(split('Offline we compute\nNDCG on a held-out week.', 'en').length, 1);
  assert.equal(split('The model is trained on the\nGoogle Analytics export.', 'en').length, 1);
  // A capitalised function word opens a sentence even in a two-line text.
  assert.equal(split('Labels come from chargebacks filed within 60 days\nWe may add manual review later', 'en').length, 2);
  // A line opening on an arrow is a step of a flow written by hand, not a new sentence.
  assert.equal(split('Feature store lookup\n→ Ranker scores the candidates\n→ Top 20 shown', 'en').length, 1);
  // A short first line is a label over what follows.
  assert.equal(split('Baseline\nPopularity per city, refreshed daily', 'en').length, 1);
});

test('a hedge or a negation on one line of a list written line by line stays on its line', () => {
  assert.ok(!hedged('为保证后续模型分析建立分区表\n提取建模的目标变量', '目标变量'));
  assert.ok(!negated('暂不支持实时特征\n每天凌晨全量重训模型', '重训'));
  assert.ok(negated('暂不支持实时特征\n每天凌晨全量重训模型', '实时特征'));
  assert.ok(!hedged('Fraud from day 1 might be discovered on day 30\nOnly use labels discovered before the cut-off\nDrop the last week', 'Only use labels'));
  assert.ok(!hedged('Мониторинг дрейфа, возможно, позже\nПереобучение каждую неделю\nОткат на прошлую версию по кнопке', 'Переобучение'));
  assert.ok(hedged('Мониторинг дрейфа, возможно, позже\nПереобучение каждую неделю\nОткат на прошлую версию по кнопке', 'Мониторинг'));
});

test('cue phrases: stems, prefixes, exact words, gaps, alternatives, numbers, Chinese text', () => {
  const unit = new UnitText('We split the events by time and test on the last 2 weeks; possibly later.');
  const match = (phrase: string): string[] => new PhraseSet([phrase]).matches(unit.text, unit.norm, unit.tokens).map((m) => unit.text.slice(m.start, m.end));
  assert.deepEqual(match('split … by time'), ['split the events by time']);
  assert.deepEqual(match('{test|validat*} … last #'), ['test on the last 2']);
  assert.deepEqual(match('=possible'), [], '=word is the surface form only');
  assert.deepEqual(match('possible'), ['possibly'], 'a plain word matches its stem');
  assert.deepEqual(match('event'), ['events']);
  assert.deepEqual(expandAlternatives('{a|b} c {d|e f}'), ['a c d', 'a c e f', 'b c d', 'b c e f']);
  const zh = new UnitText('我们按时间划分训练集和测试集');
  assert.equal(new PhraseSet(['按时间…测试集']).matches(zh.text, zh.norm, zh.tokens).length, 1);
});

test('Chinese cues match across the spaces writers put next to Chinese ("AB 实验", "负 样本", "每天 20 亿"), with offsets into the text', () => {
  const found = (text: string, phrase: string): string[] => {
    const unit = new UnitText(text);
    return new PhraseSet([phrase]).matches(unit.text, unit.norm, unit.tokens).map((m) => unit.text.slice(m.start, m.end));
  };
  assert.deepEqual(found('线上做 AB 实验，各 10% 流量', 'ab实验'), ['AB 实验']);
  assert.deepEqual(found('线上做AB实验', 'ab 实验'), ['AB实验'], 'a space in the cue is ignored too');
  assert.deepEqual(found('曝光未点击记为负 样本', '负样本'), ['负 样本']);
  assert.deepEqual(found('CTR 预估 模型用 DCN', 'ctr预估…dcn'), ['CTR 预估 模型用 DCN']);
  assert.deepEqual(found('focal loss 处理正样本', '正样本…focal loss'), [], 'order matters as before');
  assert.deepEqual(found('ab test 实验', 'abtest实验'), [], 'spaces between Latin words stay');
});

test('zh/en/ru scope: "currently not handled" denies what precedes; 后续 N 天 is a window; 可能…的用户 names a target; 目前 opens a clause; 之后再做 defers', () => {
  assert.ok(negated('位置偏差：目前没做', '位置偏差'), 'a when-word before the predicate says nothing of its own');
  assert.ok(negated('Position bias: currently not handled.', 'Position bias'));
  assert.ok(negated('Смещение позиций: пока не учитываем', 'Смещение'));
  assert.ok(!negated('模型不需要人工规则，目前用 LightGBM', 'LightGBM'));
  assert.ok(!hedged('后续 7 天内的购买记为正样本', '购买'), '后续 N 天 is a label window');
  assert.ok(hedged('后续再加上漂移监控。', '漂移监控'));
  assert.ok(!hedged('预测可能流失的用户', '流失'), 'the users who may churn are the target');
  assert.ok(!hedged('模型后续可能改成 DNN，目前用 LightGBM', 'LightGBM'), '目前 opens what is done now');
  assert.ok(hedged('模型后续可能改成 DNN，目前用 LightGBM', 'DNN'));
  assert.ok(hedged('之后再考虑冷启动', '冷启动'));
  assert.ok(!hedged('先召回候选，之后再用精排模型打分', '精排模型'), 'a step of a pipeline is not a deferral');
});

test('zh: 日后 after a number is a date or a span ("3月15日后", "放款 30 日后"), not "some day"', () => {
  assert.ok(!hedged('3月15日后开始灰度发布', '灰度发布'), 'after the 15th of March');
  assert.ok(!hedged('2026年3月1日后灰度发布', '灰度发布'));
  assert.ok(!hedged('放款三十日后观察是否逾期', '逾期'), 'thirty days later');
  assert.ok(hedged('灰度发布日后再做', '灰度发布'), 'a genuine "later"');
  assert.ok(hedged('日后可能会做灰度发布', '灰度发布'));
});

test('«» names a thing in Russian; it quotes someone only when it reads as speech', () => {
  assert.ok(!hedged('Начали с бейзлайна «продажи того же дня недели неделю назад» — его и обыгрывали.', 'продажи того же дня'));
  assert.ok(hedged('Менеджеры говорили: «мы и так знаем, что продажи как неделю назад».', 'продажи как неделю назад'));
});

test('a Chinese cue starting inside a negation word is negated: 不做|AB 实验', () => {
  assert.ok(negated('暂时不做 AB 实验。', '做 AB'));
  assert.ok(negated('不做AB实验。', '做AB'));
  assert.ok(!negated('先做 AB 实验，不做灰度。', '做 AB'));
});

test('cue phrases: alternatives nest, and unbalanced braces fail at compile time naming the phrase', () => {
  assert.deepEqual(expandAlternatives('{a|b {c|d}} e'), ['a e', 'b c e', 'b d e']);
  assert.deepEqual(expandAlternatives('not {x|used as {f|i}|used {in|for} t}'), ['not x', 'not used as f', 'not used as i', 'not used in t', 'not used for t']);
  assert.deepEqual(expandAlternatives('{a|{b|c} d}'), ['a', 'b d', 'c d']);
  assert.deepEqual(expandAlternatives('{a|}b'), ['ab', 'b'], 'an empty option is allowed');
  for (const bad of ['{a|b {c|d} e', 'a|b} c', '{a|b}} c', 'x {a|b']) {
    assert.throws(() => new PhraseSet(['fine', bad]), (error: Error) => error.message.includes(`"${bad}"`), bad);
  }
  const unit = new UnitText('We give 5 percent a random order; features are not used in training.');
  const match = (phrase: string): string[] => new PhraseSet([phrase]).matches(unit.text, unit.norm, unit.tokens).map((m) => unit.text.slice(m.start, m.end));
  assert.deepEqual(match('# … {explor*|random {slot*|order*}}'), ['5 percent a random order']);
  assert.deepEqual(match('not {inputs|used {in|for} training}'), ['not used in training']);
});

test('cue phrases: a mark the text drops may sit between words, never stand for a required word; no cue runs across a semicolon', () => {
  // The text's tokens drop "%", so "% of users" would match every "of users" (a real bug of three rules' cues).
  for (const bad of ['% of users', '% пользователей', 'share of % users', '+ dense']) {
    assert.throws(() => new PhraseSet([bad]), (error: Error) => error.message.includes(`"${bad}"`) && error.message.includes('no word of the text'), bad);
  }
  const unit = new UnitText('We show it to 5 % of users, and most of users never see it; dwell time > 30 s; BM25 + dense.');
  const match = (phrase: string): string[] => new PhraseSet([phrase]).matches(unit.text, unit.norm, unit.tokens).map((m) => unit.text.slice(m.start, m.end));
  assert.deepEqual(match('# {%|percent} of users'), ['5 % of users'], 'a percentage after a number');
  assert.deepEqual(match('dwell time > #'), ['dwell time > 30']);
  assert.deepEqual(match('bm25 + dense'), ['BM25 + dense']);
  assert.deepEqual(new PhraseSet(['на 100 %']).size, 1, '"%" after written digits');
  // Nor does a cue run across a semicolon, with or without a gap.
  const clauses = new UnitText('LightGBM is the model; training runs nightly. The model trains nightly；模型；训练。');
  const inClauses = (phrase: string): string[] => new PhraseSet([phrase]).matches(clauses.text, clauses.norm, clauses.tokens).map((m) => clauses.text.slice(m.start, m.end));
  assert.deepEqual(inClauses('model train*'), ['model trains']);
  assert.deepEqual(inClauses('lightgbm … train*'), []);
});

test("cue phrases: a possessive in a phrase matches as tokens read it (\"customer's question\")", () => {
  const unit = new UnitText("The prompt holds the customer’s question and the agent's notes.");
  const match = (phrase: string): string[] => new PhraseSet([phrase]).matches(unit.text, unit.norm, unit.tokens).map((m) => unit.text.slice(m.start, m.end));
  assert.deepEqual(match("customer's question"), ['customer’s question']);
  assert.deepEqual(match("agent’s notes"), ["agent's notes"]);
  assert.deepEqual(match("customer's notes"), []);
});

/** Whether the words `of` are denied (negated) in `text`. */
function negated(text: string, of: string): boolean {
  const unit = new UnitText(text);
  const start = unit.text.indexOf(of);
  assert.ok(start >= 0, `"${of}" in "${text}"`);
  return coveredBy(unit.polarity.negations, { start, end: start + of.length }) !== undefined;
}

function hedged(text: string, of: string): boolean {
  const unit = new UnitText(text);
  const start = unit.text.indexOf(of);
  return coveredBy(unit.polarity.hedges, { start, end: start + of.length }) !== undefined;
}

test('negation reaches what follows in its clause, not past a clause break', () => {
  assert.ok(negated('We do not use a random split; we split by time.', 'random split'));
  assert.ok(!negated('We do not use a random split; we split by time.', 'split by time'));
  assert.ok(negated('Мы не используем базовую модель.', 'базовую модель'));
  assert.ok(negated('我们没有 基线模型。', '基线模型'));
  assert.ok(!negated('不同的模型用于不同的城市。', '模型'), '"不同" (different) is not a negation');
  assert.ok(!negated('Latency must not exceed 200 ms.', '200 ms'), 'a comparator is not a denial');
  assert.ok(!negated('Задержка не более 200 мс.', '200 мс'));
  assert.ok(!negated('We compare stores with and without the model for four weeks.', 'four weeks'), 'both sides of a comparison');
  assert.ok(!negated('Сравниваем отделы с ботом и без него в течение месяца.', 'месяца'));
  assert.ok(negated('Stores without the model keep ordering by hand.', 'model'), 'a plain "without" still negates');
  // An arrow leads from a condition to what is done about it: the condition's negation stays on its side.
  assert.ok(!negated('排序效果不达预期 → 用AB实验验证', 'AB实验'));
  assert.ok(!negated('The ranker does not beat the rules -> validate with an A/B test', 'A/B test'));
  assert.ok(negated('The ranker does not beat the rules -> validate with an A/B test', 'beat the rules'));
});

test("a template's prompt left in place is a question: an unmarked question or an instruction to the writer", () => {
  const asks = (text: string): boolean => new UnitText(text).polarity.sentences.some((s) => s.question);
  assert.equal(asks('Какие данные нужны, откуда их брать, как размечать.'), true);
  assert.equal(asks('Как будем следить за качеством модели и дрейфом данных, когда переобучать.'), true);
  assert.equal(asks('Кратко описывается предполагаемый дизайн пилота (A/B-тест, контрольная группа и т.п.).'), true);
  assert.equal(asks('Что делаем с технической точки зрения: рекомендательная система, поиск аномалий, прогноз и т.д.'), true);
  assert.equal(asks('Briefly describe the business metrics and their targets.'), true);
  assert.equal(asks('简要描述业务指标。'), true);
  // Statements that start the same way:
  assert.equal(asks('Как показал эксперимент, CatBoost точнее логистической регрессии.'), false);
  assert.equal(asks('Какие модели: CatBoost и логистическая регрессия.'), false);
  assert.equal(asks('Когда пользователь открывает ленту, сервис ранжирует вакансии.'), false);
  assert.equal(asks('We describe the metrics below.'), false);
  // Chinese templates put the prompt in brackets and ask politely; a Chinese answer after a colon has no spaces.
  assert.equal(asks('（请说明选择的模型及原因）'), true);
  assert.equal(asks('(Please describe the baseline and why it was chosen.)'), true);
  assert.equal(asks('请列出主要特征：用户特征、商品特征等'), true);
  assert.equal(asks('说明：训练数据来自客户端埋点日志。'), false);
});

test('a hedge in a bracketed aside inside a sentence covers the aside and the clause it is attached to', () => {
  const text = '同时监控特征的缺失率和销量分布，如果某个门店的数据突然全为0（可能是POS同步出问题）会自动剔除并告警。';
  assert.ok(!hedged(text, '销量分布'), 'the aside doubts the cause, not the check before it');
  assert.ok(!hedged(text, '告警'), 'nor the alert after it');
  assert.ok(hedged(text, '全为0'));
  assert.ok(hedged('我们会做AB实验（后续再做），看CTR。', 'AB实验'), 'an aside deferring what it follows');
  assert.ok(!hedged('We compare each input with the training window daily, and when one drifts (perhaps after a schema change) the on-call is paged.', 'training window'));
  // An aside that ends its sentence comments on all of it.
  assert.ok(hedged('We would like to add concepts from class, like online learning and edge computing, and DevOps (maybe if it becomes a startup)!', 'online learning'));
});

test('options laid out and none chosen: 是否…还是…, 没有结论', () => {
  assert.ok(hedged('是否以用户投诉为准，还是以拒付为准，目前还没有结论。', '拒付'));
  assert.ok(hedged('标签用投诉还是拒付，目前没有结论。', '拒付'));
  assert.ok(!hedged('以拒付为准：交易后 90 天内发生拒付的记为正样本。', '拒付'));
  assert.ok(!hedged('特征包括是否节假日、是否促销。', '是否促销'), '是否 alone is a flag feature');
});

test('a delay is not a deferral: "60 days later" does not hedge, "later" alone does', () => {
  const hedged = (text: string): boolean => new UnitText(text).polarity.hedges.length > 0;
  assert.equal(hedged('Labels arrive 60 days later, when chargebacks are filed.'), false);
  assert.equal(hedged('The outcome is known a few weeks later.'), false);
  assert.equal(hedged('We will add drift monitoring later.'), true);
  assert.equal(hedged('Метки появляются 30 дней спустя.'), false);
  assert.equal(hedged('Мониторинг добавим позже.'), true);
});

test('a wish bound to a condition or to the next version hedges; "as soon as possible" does not', () => {
  assert.ok(hedged('A/B test if possible: the new model against the old one.', 'A/B test'));
  assert.ok(hedged('Shadow mode where feasible.', 'Shadow mode'));
  assert.ok(!hedged('We start the A/B test as soon as possible.', 'A/B test'));
  assert.ok(hedged('Поправка на позицию будет добавлена в следующей версии.', 'Поправка на позицию'));
  assert.ok(!hedged('Каждую следующую версию модели сравниваем с текущей.', 'сравниваем'));
  assert.ok(hedged('Position debiasing ships in the next release.', 'Position debiasing'));
  assert.ok(hedged('如有可能，做 A/B 实验。', 'A/B 实验'));
  assert.ok(hedged('位置偏差校正放到下个版本。', '位置偏差'));
});

test('"to choose which" after an action is its purpose, not an open choice', () => {
  assert.ok(!hedged('Then the model ranks what is left to choose which to send.', 'model ranks'));
  assert.ok(!hedged('We use the fraud score to decide whether to block a payment.', 'fraud score'));
  assert.ok(hedged('We still need to decide whether a second model reranks the feed.', 'second model'), 'an open choice stays a hedge');
  assert.ok(hedged("We'll figure out whether to rank with a second-stage model.", 'second-stage model'));
});

test('"yet" after an absence is a state of now, not a hedge; "yet" elsewhere still hedges', () => {
  assert.ok(!hedged('Fresh documents have no click signal yet, so we boost them by recency.', 'Fresh documents'));
  assert.ok(!hedged('We have almost no labelled fraud yet; the model trades precision for recall.', 'labelled fraud'));
  assert.ok(negated('We have no drift monitoring yet.', 'drift monitoring'), 'what is absent stays negated');
  assert.ok(hedged('Drift monitoring is not decided yet.', 'Drift monitoring'));
  assert.ok(hedged('There is no A/B test yet, maybe later.', 'A/B test'));
});

test('a change planned for later after a comma hedges its own clause, not the decision before it', () => {
  assert.ok(!hedged('Baseline: logistic regression, later upgraded to a deep model.', 'logistic regression'));
  assert.ok(hedged('Baseline: logistic regression, later upgraded to a deep model.', 'deep model'));
  assert.ok(!hedged('基线：逻辑回归，后续升级为深度模型。', '逻辑回归'));
  assert.ok(hedged('基线：逻辑回归，后续升级为深度模型。', '深度模型'));
  assert.ok(!hedged('Бейзлайн: логистическая регрессия, позже заменим на бустинг.', 'логистическая регрессия'));
  assert.ok(hedged('Baseline: logistic regression, maybe later.', 'logistic regression'), 'a bare "later" still defers what it follows');
  assert.ok(hedged('Baseline: later, once we have data.', 'Baseline'));
});

test('"у X нет Y" says who lacks Y: the absence does not reach back over X', () => {
  assert.ok(!negated('У только что опубликованных статей пока нет сигнала вовлечённости, поэтому ранжируем их по тексту.', 'опубликованных статей'));
  assert.ok(negated('У только что опубликованных статей пока нет сигнала вовлечённости.', 'сигнала вовлечённости'));
  assert.ok(negated('A/B-тест: нет.', 'A/B-тест'));
  assert.ok(negated('Мониторинга дрифта у нас нет.', 'Мониторинга дрифта'));
});

test('不确定性 (uncertainty) is a noun: neither a hedge nor a negation; 不确定 (not sure) still hedges', () => {
  const hedgedAt = (text: string): boolean => new UnitText(text).polarity.hedges.length > 0;
  assert.equal(hedgedAt('到达时间的不确定性用分位数回归估计。'), false);
  assert.ok(!negated('到达时间的不确定性用分位数回归估计。', '分位数回归'));
  assert.equal(hedgedAt('我们还不确定是否需要重训。'), true);
});

test('Chinese negations ICU keeps whole, undecided phrasings and an unmarked 吗 question', () => {
  // ICU cuts "没法", "不必", "无须", "不再" as one word: the negation is the whole word.
  assert.ok(negated('分数依赖查询，没法提前算好。', '提前算好'));
  assert.ok(negated('这个场景不必做实时特征。', '实时特征'));
  assert.ok(negated('无须重训模型。', '重训模型'));
  assert.ok(negated('上线后不再使用人工规则。', '人工规则'));
  assert.ok(!negated('我们不断用新数据训练模型。', '新数据训练'), '"不断" (continuously) is not a negation');
  // Not decided yet, said without 待定.
  assert.ok(hedged('训练集按随机划分还是按时间划分，没想好。', '按时间划分'));
  assert.ok(hedged('离线指标还没定。', '离线指标'));
  assert.ok(hedged('是否做灰度，看情况再说。', '灰度'));
  assert.ok(hedged('收益怎么衡量还需要和客服负责人商量。', '收益'));
  assert.ok(!hedged('用户不知道外卖何时送达，投诉很多。', '投诉'), '"不知道" said of users is not the writer\'s doubt');
  // 可能 saying what data may hold ends at 因此/所以, as "may … so" does; words holding 可能/未来/后续 that defer nothing.
  assert.ok(!hedged('用户行为日志可能包含手机号等敏感信息，因此入库前统一脱敏。', '脱敏'));
  assert.ok(hedged('可能用 BERT，也可能用 TextCNN。', 'BERT'));
  assert.ok(!hedged('模型预测用户点击的可能性。', '点击'));
  assert.ok(!hedged('统计特征只用曝光之前的数据，避免使用未来信息。', '未来信息'));
  assert.ok(!hedged('正样本是曝光后 7 天内的后续购买。', '后续购买'));
  // 未来 N 天 is a forecast's horizon; 未来 alone still defers.
  assert.ok(!hedged('系统预测每个门店未来 7 天的销量。', '销量'));
  assert.ok(!hedged('预测未来一周、未来 1–7 天的订单量。', '订单量'));
  assert.ok(hedged('未来再加上漂移监控。', '漂移监控'));
  // Other horizons: a gameweek, trading days, matches (hedges2); 未来 2 期 (phase 2) still defers.
  assert.ok(!hedged('定义标签（未来 1 GW 实际分数）与特征窗口。', '标签'));
  assert.ok(!hedged('预测未来 5 个交易日的收益。', '收益'));
  assert.ok(hedged('未来 2 期再做重排。', '重排'));
  const asks = (text: string): boolean => new UnitText(text).polarity.sentences.some((s) => s.question);
  assert.equal(asks('商家标签可以直接拿来用吗。'), true);
  assert.equal(asks('模型用 LightGBM，特征包括是否节假日。'), false);
});

test('a window after a date is not a deferral (名单日后 60 天内); undecided-yet predicates deny what they follow; spoken ru doubt', () => {
  // 日后 ("some day") is read across 打分日|后 in "打分日后 60 天内"; with a count and a unit after it, it is a window.
  assert.ok(!hedged('正样本：打分日后 60 天内销户的用户。', '销户'));
  assert.ok(!hedged('上线以后 30 天内的投诉率作为护栏。', '投诉率'));
  assert.ok(hedged('日后再加漂移监控。', '漂移监控'), '日后 alone still defers');
  assert.ok(hedged('以后再考虑灰度。', '灰度'));
  // "Not thought about yet", said after the topic.
  assert.ok(negated('用户隐私这块暂时没考虑。', '用户隐私'));
  assert.ok(!negated('手机号入库前脱敏；埋点里的地理位置暂时没考虑。', '手机号'), 'not past a ";"');
  // "Наверное" (probably) softens a claim, as "probably" does.
  const mild = (text: string): boolean => new UnitText(text).polarity.mildHedges.length > 0;
  assert.equal(mild('Логи, наверное, есть в DWH.'), true);
  assert.equal(mild('Логи кликов лежат в DWH.'), false);
});

test("a page block's title in quotes is a name, not an utterance: “你可能感兴趣的商品”; a user's words still are", () => {
  const quoted = (text: string): boolean => new UnitText(text).polarity.hedges.length > 0;
  assert.equal(quoted('首页“你可能感兴趣的商品”模块按点击率排序。'), false);
  assert.equal(quoted('“猜你喜欢”位的召回用双塔模型。'), false);
  assert.equal(quoted('用户问“我的快递到哪了”时，模型先查物流接口。'), true);
  assert.equal(quoted('客服常被问“你们支持七天无理由退货吗”这类问题。'), true);
});

test('"unknown in advance" is a fact given as a reason, not doubt; "unknown" alone still hedges', () => {
  const hedgedAny = (text: string): boolean => new UnitText(text).polarity.hedges.length > 0;
  assert.equal(hedgedAny('Заранее ничего не считаем: вопросы заранее неизвестны.'), false);
  assert.equal(hedgedAny('Nothing is precomputed: the questions are unknown in advance.'), false);
  assert.equal(hedgedAny('Какие источники будут — пока неизвестно.'), true);
  assert.equal(hedgedAny('The data source is unknown.'), true);
});

test('the month May is not the modal: "starts on May 1" does not hedge, "may leak" does', () => {
  const hedged = (text: string): boolean => new UnitText(text).polarity.mildHedges.length > 0;
  assert.equal(hedged('The test window starts on May 1.'), false);
  assert.equal(hedged('We train on data from January to May 2024.'), false);
  assert.equal(hedged('Features computed after the transaction may leak the label.'), true);
});

test('an absent predicate denies what it is said of, and no more', () => {
  assert.ok(negated('Baseline: none.', 'Baseline'));
  assert.ok(negated('A/B testing is not planned.', 'A/B testing'));
  assert.ok(negated('Мониторинг дрейфа не планируется.', 'Мониторинг дрейфа'));
  assert.ok(!negated('Training is part of the pipeline, GPU costs: none.', 'Training'), 'a clause that says something of its own stops it');
  assert.ok(!negated('Обучение в пайплайне есть, GPU-затрат нет.', 'Обучение'));
});

test('hedges cover their clause; placeholder-like hedges the sentence; a lone quotation is the writer\'s own', () => {
  assert.ok(hedged('We might downsample negatives later.', 'downsample negatives'));
  assert.ok(hedged('Possible variants: MAP@k, MRR.', 'MRR'));
  assert.ok(!hedged('We retrain weekly; later we may move to streaming.', 'retrain weekly'));
  assert.ok(hedged('Возможно, добавим веса классов.', 'веса классов'));
  assert.ok(hedged('类别不平衡的处理方式待定。', '类别不平衡'));
  assert.ok(hedged('Модель будет вызываться синхронно или по расписанию — решим после пилота.', 'по расписанию'), 'a decision put off until later');
  assert.ok(hedged('Whether scores are precomputed we will decide after the pilot.', 'precomputed'));
  assert.ok(hedged('离线还是在线预测之后决定。', '在线预测'));
  assert.ok(hedged('The analyst asks "show me the weekly revenue by region" and gets SQL.', 'weekly revenue'), 'an example utterance');
  assert.ok(!hedged('"Continuous model updates as evasion evolves"', 'Continuous model updates'), 'a bullet that is only a quotation');
  assert.ok(!hedged('The option with class weights was chosen.', 'class weights'), '"option" is not "optional"');
});

test('questions and placeholders are marked per sentence', () => {
  const unit = new UnitText('What is the latency budget? It is 200 ms. Retraining: TBD.');
  assert.deepEqual(unit.polarity.sentences.map((s) => [s.question, s.placeholder]), [[true, false], [false, false], [false, true]]);
  assert.ok(new UnitText('Какой бюджет задержки？').polarity.sentences[0].question);
});

test('normalize keeps the length, so offsets stay offsets into the original', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      assert.equal(normalize(text).length, text.length);
    }),
    { numRuns: 300, seed: 20261204 },
  );
});

test('normalize folds Traditional Chinese to Simplified and leaves Simplified text as written', () => {
  assert.equal(normalize('特徵工程與模型訓練資料'), '特征工程与模型训练资料');
  assert.equal(normalize('為了眾多用戶'), '为了众多用户');
  // Characters that Simplified text uses as they are (著名, a Simplified character) stay.
  for (const simplified of ['推荐系统的特征与训练数据', '著名的模型', '每天重新训练一次']) assert.equal(normalize(simplified), simplified);
});

test('the text layer never throws and stays on UTF-16 boundaries on arbitrary Unicode', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const unit = new UnitText(text);
      for (const t of unit.tokens) {
        assert.ok(t.start >= 0 && t.end <= text.length && t.start < t.end);
        const code = text.charCodeAt(t.start);
        assert.ok(!(code >= 0xdc00 && code <= 0xdfff), 'a token never starts inside a surrogate pair');
      }
      for (const s of unit.polarity.sentences) assert.ok(s.start >= 0 && s.end <= text.length);
    }),
    { numRuns: 300, seed: 20261204 },
  );
});

test('template prompts: a field label whose value is the instruction is a prompt; a requirement or an answer is not', () => {
  assert.equal(isTemplatePrompt('Privacy: describe how personal data is handled'), true);
  assert.equal(isTemplatePrompt('Serving: explain which components call the model'), true);
  // A requirement that happens to start with "explain", and a prompt that was answered after its own colon.
  assert.equal(isTemplatePrompt('Goal: explain the score to the applicant in plain words'), false);
  assert.equal(isTemplatePrompt('Privacy: describe how personal data is handled: hashed ids, 90-day retention'), false);
  assert.equal(isTemplatePrompt('Privacy: ids are hashed and raw logs are deleted after 90 days'), false);
});

test('template prompts: a unit ending with the Reliable ML template\'s role tag is its prompt, a role spoken of is not', () => {
  assert.equal(endsWithTemplateRole('Определение целевой переменной, согласованное с бизнесом Data Scientist'), true);
  assert.equal(endsWithTemplateRole('Estimated costs of running the system per month Data Scientist'), true);
  assert.equal(endsWithTemplateRole('Предусмотрена ли бизнес-проверка результата этапа и как будет проводиться Data Scientist & Product Owner'), true);
  // Every sentence of such a unit is the template's: its example settles nothing.
  const unit = new UnitText('Какие метрики качества используем. Пример - WAPE <= 50% для > 80% категорий, bias ~ 0. Data Scientist');
  assert.ok(unit.polarity.sentences.every((s) => s.question));
  // A section name with the tag, a numbered heading, and a role someone speaks of.
  assert.equal(endsWithTemplateRole('Методология Data Scientist'), false);
  assert.equal(endsWithTemplateRole('2.3. Этапы решения задачи Data Scientist'), false);
  assert.equal(endsWithTemplateRole('Offline metrics are MAE and WAPE, agreed with the Product Owner'), false);
  assert.equal(endsWithTemplateRole('Метрики пилота согласованы с Product Owner'), false);
  assert.equal(endsWithTemplateRole('Offline metrics: MAE and WAPE on the last 8 weeks'), false);
});

test('a negation before an enumeration covers every item, not what follows the list', () => {
  assert.ok(negated('本期不实现多目标排序、重排、在线学习。', '在线学习'), '"、" joins items of one list');
  assert.ok(negated('暂不考虑多模态特征、用户画像、实时特征、在线学习和强化学习。', '强化学习'), 'a long list keeps its last item');
  assert.ok(negated('冷启动、位置偏差：目前没做', '冷启动'), 'an absent predicate reaches back over the list');
  assert.ok(!negated('不做在线学习，先做AB实验、灰度发布和监控。', '灰度发布'), 'a list in the next clause is not negated');
  assert.ok(negated('We do not do reranking, calibration or online learning.', 'online learning'));
  assert.ok(negated('We do not use A, B, and C.', 'C.'));
  assert.ok(negated('Мы не делаем переранжирование, калибровку и онлайн-обучение.', 'онлайн-обучение'));
  assert.ok(!negated('We do not split randomly, we split by time.', 'split by time'), 'a comma before a clause of its own');
  assert.ok(!negated('Мы не делим случайно, делим по времени.', 'делим по времени'), 'no conjunction closes a list');
  assert.ok(!negated('We do not use deep learning, only GBDT or LR.', 'GBDT'), 'a restriction after the comma');
  assert.ok(!negated('We do not use deep models, and train daily.', 'train daily'), 'one comma before "and" joins two clauses');
  assert.ok(!negated('看板：转化率、无结果率、点击率，每小时刷新。', '点击率'), 'a negation inside an item covers that item only');
  assert.ok(!negated('We track conversion, no-result rate, and click rate.', 'click rate'));
  assert.ok(!negated('Вопросы берём из диалогов, появившихся после снимка, и не используем их в промптах.', 'диалогов'), 'Russian ", и" opens a clause');
});

test('"хотя" opens a clause, "хотим" (we want) does not', () => {
  assert.ok(hedged('Хотим сделать что-нибудь полезное с LLM, что именно — решим позже.', 'сделать'), 'the hedge covers the sentence');
  assert.ok(!negated('Не делаем онлайн-обучение, хотя модель переобучаем ежедневно.', 'переобучаем'));
});

test('a list that is the subject of an absent predicate is denied whole; a clause before the comma is not', () => {
  assert.ok(negated('Reranking, calibration and online learning are not planned.', 'Reranking'));
  assert.ok(negated('Reranking, calibration and online learning are not planned.', 'calibration'));
  assert.ok(negated('Переранжирование, калибровка и онлайн-обучение не планируются.', 'Переранжирование'));
  assert.ok(negated('Scope: reranking, calibration and online learning are not planned.', 'reranking'), 'the list starts after the label');
  assert.ok(!negated('Reranking is done by business rules, diversity and freshness are not handled.', 'Reranking'), 'a clause of its own before the comma');
  assert.ok(!negated('We use GBDT, A/B tests and canaries are not planned.', 'GBDT'), 'a subject before the comma: a clause');
  assert.ok(!negated('We do not split randomly, we split by time.', 'split by time'));
});

test('无 inside a rate\'s name is not a negation: 无结果率 is the no-result rate', () => {
  assert.ok(!negated('线上指标：CTR、无结果率、点击率。', '结果率'));
  assert.ok(!negated('监控无结果率和点击率。', '点击率'));
  assert.ok(!negated('无响应率超过 5% 时告警。', '响应率'));
  assert.ok(negated('无法提升点击率。', '点击率'), '无法 (cannot) still negates');
  assert.ok(negated('本期无在线学习。', '在线学习'), 'a bare 无 still negates');
});

test('the word that opens a hedged clause is not hedged: a reason whose content is out of scope is still a reason', () => {
  const text = 'We use RAG on GPT-4o-mini because fine-tuning is out of scope for a team of two.';
  assert.ok(!hedged(text, 'because'));
  assert.ok(!hedged(text, 'RAG'));
  assert.ok(hedged(text, 'fine-tuning'));
  assert.ok(hedged('Fine-tuning is out of scope.', 'Fine-tuning'));
  assert.ok(!hedged('Мы берём RAG, потому что дообучение за рамками проекта.', 'потому'));
  assert.ok(hedged('Мы берём RAG, потому что дообучение за рамками проекта.', 'дообучение'));
  assert.ok(hedged('An A/B test would be nice but maybe later.', 'maybe'));
});

test('没有/无 + what one has is the newcomer\'s state: the absence does not reach back over the subject', () => {
  assert.ok(!negated('刚发布的文章还没有互动数据，所以先按查询匹配度排序。', '刚发布'));
  assert.ok(!negated('新商品无点击数据，先用同类目的平均点击率估计。', '新商品'));
  assert.ok(!negated('新用户暂无任何行为记录，按地域热门推荐。', '新用户'));
  assert.ok(negated('新用户没有历史行为。', '历史行为'), 'the forward negation still covers what is lacked');
  assert.ok(negated('位置偏差暂时没有处理。', '位置偏差'), 'not handled: 处理 is no thing one has');
  assert.ok(negated('冷启动：没有。', '冷启动'));
});

test('未 + what a user or item has not yet done names a group; 未 + a design verb still denies', () => {
  assert.ok(!negated('未登录用户按全站热门排序。', '热门'));
  assert.ok(!negated('负样本：曝光未点击的商品。', '商品'));
  assert.ok(negated('冷启动未实现。', '冷启动'));
  assert.ok(negated('本期未考虑位置偏差。', '位置偏差'));
});

test('后续 as the downstream stage or the models after a baseline is not a deferral; 后续 as "later" still is', () => {
  assert.ok(!hedged('召回模块取 500 个候选，交给后续的精排模型打分。', '精排'));
  assert.ok(!hedged('第一版用逻辑回归，作为后续深度模型的对照。', '逻辑回归'));
  assert.ok(hedged('后续可能会拆成召回和排序两个阶段。', '召回'));
  assert.ok(hedged('后续会补一个基线模型。', '基线模型'));
});

test('a value left open: "maybe" before a time or share, two values offered as alternatives (hedges2)', () => {
  // "maybe" before an amount is the interview's "about"; before a value the design sets, it is doubt.
  assert.ok(hedged('Latency: maybe 100 ms.', '100 ms'));
  assert.ok(hedged('Alert when the drift score reaches perhaps 0.2.', '0.2'));
  assert.ok(!hedged('Traffic is maybe 3k requests per second at peak.', 'requests per second'));
  assert.ok(!hedged('We store maybe 10 TB of logs.', '10 TB'));
  // Two values of one kind joined by "or": the value is not chosen.
  assert.ok(hedged('Latency: either 100 ms or 300 ms.', 'Latency'));
  assert.ok(hedged('Задержка: либо 100 мс, либо 300 мс.', 'Задержка'));
  assert.ok(hedged('Задержка: 100 или 300 мс.', 'Задержка'));
  assert.ok(hedged('延迟：要么 100 毫秒，要么 300 毫秒。', '延迟'));
  assert.ok(hedged('The ranker is retrained every 1 or 2 weeks.', 'retrained'));
  // Amounts and plain numbers are no alternatives of a value: a group, a label, an order of magnitude.
  assert.ok(!hedged('Users with 0 or 1 interactions get popular items.', 'popular items'));
  assert.ok(!hedged('The label is 1 or 0.', 'label'));
  assert.ok(!hedged('Peak load is 10M or 20M users a day.', 'Peak load'));
  assert.ok(!hedged('Latency: p99 under 100 ms; the batch job runs every 6 hours or on demand.', 'under 100 ms'));
});

test('a hedged clause with nothing else in it speaks of the clause before it; one about something else does not (hedges2)', () => {
  assert.ok(hedged('The latency budget is 100 ms or 300 ms; we have not decided yet.', 'latency budget'));
  assert.ok(hedged('Latency: 100 ms, but that\'s later.', '100 ms'));
  assert.ok(hedged('Autocomplete answers within 80 ms, but that\'s for a later release.', 'within 80 ms'));
  assert.ok(hedged('На боевом трафике будем смотреть на кликабельность, но это позже.', 'кликабельность'));
  assert.ok(hedged('线上会看点击率，不过这是后话。', '点击率'));
  assert.ok(!hedged('Latency: 100 ms, but the cache size is not decided yet.', '100 ms'));
  assert.ok(!hedged('На боевом трафике смотрим на кликабельность, но дизайн дашборда сделаем позже.', 'кликабельность'));
  assert.ok(!hedged('线上看点击率，不过看板的样式以后再定。', '点击率'));
  // A hedge holding its clause word ("decide which") covers what that word opens, not past ";".
  assert.ok(hedged('We still need to decide which model ranks the feed.', 'model ranks'));
  assert.ok(!hedged('We still need to decide which model ranks the feed; we track CTR online.', 'CTR online'));
});

test('"how likely" names what is predicted, not doubt (hedges2)', () => {
  const mild = (text: string, of: string): boolean => {
    const unit = new UnitText(text);
    const start = unit.text.indexOf(of);
    return coveredBy(unit.polarity.mildHedges, { start, end: start + of.length }) !== undefined;
  };
  assert.ok(!mild('Each post gets a score for how likely it is to violate the policy.', 'score'));
  assert.ok(!mild('We rank the users most likely to churn first.', 'rank'));
  assert.ok(mild('We will likely use a gradient boosted classifier.', 'classifier'));
  assert.ok(!mild('Каждый пост получает оценку: насколько вероятно, что он нарушает правила.', 'оценку'));
  assert.ok(!hedged('每个帖子得到一个分数，表示它有多大可能违反规定。', '分数'));
  assert.ok(hedged('可能用 BERT，也可能用 TextCNN。', 'BERT'));
});

test('a Chinese absence after 是 that modifies a noun (…的工单) does not reach back over the subject (hedges2)', () => {
  for (const no of ['无需', '不需要', '无须', '不用']) {
    const text = `衡量成功的标准是${no}人工介入即解决的工单占比提升。`;
    assert.ok(!negated(text, '衡量成功'), no);
    assert.ok(!negated(text, '工单占比'), `${no}: the negation ends with its modifier`);
  }
  assert.ok(negated('位置偏差是没有处理的。', '位置偏差'), '是…的 with nothing after 的 still denies');
  assert.ok(negated('我们不使用用户的个人数据。', '个人数据'), 'a possessive 的 is no modifier of a copula');
});
