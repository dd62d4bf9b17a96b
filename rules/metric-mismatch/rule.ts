import { contentWordCount, coveredBy, definePassageRule, stepsInScope, type CueSet, type PhraseSet, type Span, type UnitHit } from '../../server/engine/rule-kit.js';
import { contextNames, phraseSet as phrases } from '../shared/phrase-sets.js';

// Two classic evaluation mistakes: accuracy as the headline metric where
// positives are rare (99.9 % accuracy by predicting "legit"), and an offline
// metric used as the launch criterion of an online experiment. Text that
// explains why accuracy fails, or names an offline gate before the
// experiment, is the writer getting it right and is left alone. Cue phrases
// in English, Russian and Chinese (syntax: server/engine/text/phrases.ts).

/**
 * Accuracy by name. Not "точность" (Russian for precision as well as
 * accuracy); not "balanced accuracy" or "top-1 accuracy" (fine where
 * positives are rare, or not a rare-positive metric at all); not the accuracy
 * of labels or data.
 */
const ACCURACY: CueSet = {
  en: ['accuracy'],
  ru: ['accuracy', 'доля правильн* ответ*', 'доля верн* ответ*', 'доля правильн* классификац*'],
  zh: ['准确率', '正确率'],
};
const NOT_ACCURACY: CueSet = {
  en: [
    'balanced accuracy', 'top # accuracy', 'top k accuracy', '{label|labels|labelling|labeling|annotation|data|gps|location|position|forecast|eta} accuracy',
    'accuracy of … {label*|annotation*|data|gps|location|report*|rater*|annotator*|reviewer*|moderator*}',
  ],
  ru: ['balanced accuracy', 'сбалансированн* accuracy', 'точност* разметк*'],
  zh: ['平衡准确率', '标注准确率'],
};

/** The sentence says accuracy is not the metric, or why it fails. */
const ACCURACY_CAVEAT: CueSet = {
  en: [
    'not', "doesn't", "isn't", 'never', 'misleading', 'instead of', 'rather than', 'avoid*', 'inappropriate', 'meaningless', 'useless', 'poor', 'bad', 'but', 'however', 'kill*',
    'fail*', 'failure', 'trap', 'pitfall', 'fool*', 'reward*', 'trade*', 'win*', 'lie', 'hides',
  ],
  ru: ['не', 'вводит в заблуждение', 'обманчив*', 'вместо', 'бесполезн*', 'бессмыслен*', 'не подходит', 'но', 'однако', 'ловушк*', 'скрывает'],
  zh: ['误导', '不适合', '不能', '不是', '而不是', '但是', '但', '陷阱', '没有意义', '掩盖'],
};

/** Listed beside a metric fit for rare positives, accuracy is not the headline. */
const RARE_POSITIVE_METRIC: CueSet = {
  en: ['precision', 'recall', 'pr auc', 'auprc', 'f1', 'f score', 'f beta', 'average precision', 'cost*', 'mcc', 'matthews'],
  ru: ['полнот*', 'точност*', 'pr auc', 'f1', 'f мера', 'стоимост*', 'precision', 'recall'],
  zh: ['召回率', '精确率', '精准率', 'f1', '成本'],
};

/** The sentence proposes a metric: it names what is measured, reported or optimised. */
const PROPOSES_METRIC: CueSet = {
  en: ['metric*', 'measur*', 'evaluat*', 'report*', 'optimi*', 'track*', 'target*', 'kpi*', 'success', 'judge*', 'score* {on|by}', 'headline', 'primary', 'main', 'must reach', 'goal*'],
  ru: ['метрик*', 'измер*', 'оцен*', 'отчит*', 'оптимиз*', 'отслежива*', 'цел*', 'kpi', 'успех*', 'основн*', 'главн*'],
  zh: ['指标', '评估', '衡量', '优化', '目标', '主要', '核心', '报告'],
};

/** A caption ("Table 1: overall accuracy of the two models") describes a result shown, it does not propose a metric. */
const CAPTION: CueSet = {
  en: ['table #', 'figure #', 'fig #', 'chart #'],
  ru: ['таблиц* #', 'рисун* #', 'рис #', 'график* #'],
  zh: ['表 #', '图 #'],
};

/** Headings of a metrics or evaluation section, where a bare metric in a short item is proposed. */
const METRIC_HEADINGS: CueSet = {
  en: ['metric*', 'kpi*', 'evaluat*', 'success'],
  ru: ['метрик*', 'kpi', 'оценк*', 'оценива*', 'успех*'],
  zh: ['指标', '评估', '评测', '成功'],
};

/** Metrics of the model alone, never of the product. */
const OFFLINE_ONLY: CueSet = {
  en: ['roc auc', 'pr auc', 'auc', 'log loss', 'logloss', 'cross entropy', 'ndcg', 'ndcg @ #', 'ndcg @ k', 'rmse', 'mse', 'mae', 'f1', 'f1 score'],
  ru: ['логарифмическ* потер*', 'кросс энтропи*'],
  zh: ['交叉熵', '对数损失'],
};

/** "PR-AUC localizes the model, but only the online number justifies shipping": a contrast, not a criterion. */
const OFFLINE_CONTRAST: CueSet = {
  en: ['offline', 'but', 'only', 'not', 'instead', 'rather', 'whereas', 'while'],
  ru: ['офлайн', 'оффлайн', 'но', 'только', 'не', 'вместо', 'тогда как', 'а не'],
  zh: ['离线', '但', '但是', '只', '仅', '不', '而不是'],
};

/** "Beat it on AUC before it is considered for an experiment" gates entry to the experiment: fine. */
const GATE_INTO_EXPERIMENT: CueSet = {
  en: ['before', 'prior to', 'pre ship', 'preship', 'pre launch', 'prelaunch', 'to enter', 'to qualify for', 'to be considered for', 'considered for', 'gate*'],
  ru: ['перед', 'прежде', 'до запуск*', 'до эксперимент*', 'чтобы попасть', 'допуск*'],
  zh: ['之前', '前置', '准入', '门槛'],
};

/** The sentence is about the launch decision. */
const LAUNCH_DECISION: CueSet = {
  en: ['ship*', 'launch*', 'go no go', 'decid*', 'decision', 'success criteri*', 'criteri*', 'primary metric', 'north star', 'winner', 'wins', 'roll out', 'rollout', 'success metric*', 'metric* of success', 'judged {by|on}'],
  ru: ['запуск*', 'запуст*', 'выкат*', 'раскат*', 'решени*', 'реша*', 'критери*', 'основн* метрик*', 'победител*', 'метрик* успех*', 'успешн*'],
  zh: ['上线', '决策', '决定', '标准', '主要指标', '胜出', '全量'],
};

/** Online evaluation: live traffic, an A/B test, an experiment. */
const ONLINE: CueSet = {
  en: ['online', 'a b', 'ab test*', 'experiment*'],
  ru: ['онлайн', 'a b', 'ab', 'аб тест*', 'эксперимент*'],
  zh: ['线上', '在线', 'ab实验', 'ab测试', 'a/b实验', 'a/b测试', '实验'],
};
const ONLINE_HEADING: CueSet = {
  en: ['online*', 'a b', 'ab test*', 'launch*', 'experiment*'],
  ru: ['онлайн*', 'a b', 'ab', 'аб тест*', 'запуск*', 'эксперимент*'],
  zh: ['线上', '在线', 'ab实验', 'ab测试', 'a/b实验', '上线', '实验'],
};
const OFFLINE: CueSet = { en: ['offline'], ru: ['офлайн*', 'оффлайн*'], zh: ['离线'] };

const ACCURACY_WORDS = phrases(ACCURACY);
const NOT_ACCURACY_WORDS = phrases(NOT_ACCURACY);
const CAVEAT = phrases(ACCURACY_CAVEAT);
const RARE_POSITIVE = phrases(RARE_POSITIVE_METRIC);
const PROPOSES = phrases(PROPOSES_METRIC);
const METRIC_HEADING = phrases(METRIC_HEADINGS);
const CAPTIONS = phrases(CAPTION);
const OFFLINE_METRIC = phrases(OFFLINE_ONLY);
const CONTRAST = phrases(OFFLINE_CONTRAST);
const GATE = phrases(GATE_INTO_EXPERIMENT);
const LAUNCH = phrases(LAUNCH_DECISION);
const ONLINE_WORDS = phrases(ONLINE);
const ONLINE_HEADING_WORDS = phrases(ONLINE_HEADING);
const OFFLINE_WORDS = phrases(OFFLINE);

const ACCURACY_MESSAGE =
  'Accuracy is misleading when positives are rare (predicting "negative" always scores high): use PR-AUC, recall at a fixed precision, or cost-weighted metrics.';

const within = (span: Span, outer: Span): boolean => span.start >= outer.start && span.end <= outer.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The longest of overlapping matches ("NDCG@10", not also "NDCG"). */
function longest(spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start))) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

export default definePassageRule({
  meta: {
    id: 'metric-mismatch',
    step: 'evaluation',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Flags accuracy as the headline metric where positives are rare, and offline metrics used as the launch criterion.',
  },
  prepare: ({ rarePositives }) => ({ rarePositives }),
  checkUnit: (unit, { rarePositives }) => {
    const hits: UnitHit[] = [];
    if (unit.kind === 'heading' || unit.kind === 'table-header' || unit.notStatement) return hits;
    const { text, norm, tokens, polarity } = unit.words;
    const find = (set: PhraseSet): readonly Span[] => set.matches(text, norm, tokens);
    const shortItem = unit.kind !== 'paragraph' && contentWordCount(tokens) <= 6;
    const inMetricContext = stepsInScope(unit.section).includes('evaluation') || contextNames(unit, METRIC_HEADING);
    const onlineHeading = contextNames(unit, ONLINE_HEADING_WORDS) && !contextNames(unit, OFFLINE_WORDS);
    const excluded = find(NOT_ACCURACY_WORDS);
    const accuracy = rarePositives ? longest(find(ACCURACY_WORDS).filter((m) => !excluded.some((e) => overlaps(e, m)))) : [];
    const offlineMetrics = longest(find(OFFLINE_METRIC));
    if (accuracy.length === 0 && offlineMetrics.length === 0) return hits;
    const caveats = find(CAVEAT);
    const rare = find(RARE_POSITIVE);
    const proposes = find(PROPOSES);
    const contrasts = [...find(CONTRAST), ...find(GATE)];
    const launch = find(LAUNCH);
    const captions = find(CAPTIONS);
    const online = find(ONLINE_WORDS);
    for (const sentence of polarity.sentences) {
      if (sentence.question) continue;
      const has = (spans: readonly Span[], except: readonly Span[] = []): boolean => spans.some((s) => within(s, sentence) && !except.some((e) => overlaps(e, s)));
      const here = accuracy.filter((m) => within(m, sentence));
      // "Accuracy" proposed as the metric: a short item or sentence under a metrics heading ("Accuracy on the test set."),
      // or a sentence that names what is measured.
      const short = shortItem || (here.length > 0 && contentWordCount(tokens.filter((t) => within(t, sentence))) <= 6 && !has(captions));
      if (here.length > 0 && ((inMetricContext && short) || has(proposes, here)) && !has(caveats, here) && !has(rare, here)) {
        for (const m of here) if (!coveredBy(polarity.negations, m)) hits.push({ match: { start: m.start, end: m.end }, message: ACCURACY_MESSAGE });
      }
      const metrics = offlineMetrics.filter((m) => within(m, sentence));
      if (metrics.length === 0 || has(contrasts, metrics)) continue;
      // The launch rests on it: a sentence about the launch decision online, or a bare metric listed under an online / A/B heading.
      const launchCriterion = (has(launch) && (onlineHeading || has(online))) || (onlineHeading && shortItem);
      if (!launchCriterion) continue;
      for (const m of metrics) {
        hits.push({
          match: { start: m.start, end: m.end },
          message: `"${text.slice(m.start, m.end)}" is an offline metric used as an online/launch criterion: decide the launch on a product metric measured in the experiment (CTR, applications, revenue).`,
        });
      }
    }
    return hits;
  },
});
