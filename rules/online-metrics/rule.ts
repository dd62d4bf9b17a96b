import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { EXPERIENCE_METRICS, joinCues, GOAL_AND_EVALUATION_HEADINGS, WATCH_WORDS, MONEY_QUANTITY, SHARE_QUANTITIES, STATED_MEASURE_HEADINGS, VAGUE_PRODUCT_METRICS, ONLINE_CONTEXT, ONLINE_HEADINGS, NOT_PRODUCT_METRICS, PRODUCT_METRICS } from '../shared/metric-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'online-metrics',
    step: 'evaluation',
    severity: 'error',
    appliesTo: 'always',
    description: 'Names the online metrics that decide a launch (CTR, applications, engagement, revenue).',
  },
  message: 'No online metric: name what the launch experiment measures on live traffic (CTR, applications, engagement, revenue); offline gains do not always carry over.',
  fix: {
    title: 'Add online metrics',
    snippet: '- **Online metrics:** ${1:applications per user} (primary), ${2:CTR}; guardrails: ${3:latency p99, unsubscribe rate}',
  },
  variants: {
    generative: {
      message: 'No online metric: name what live traffic shows about the answers (resolution or deflection rate, thumbs-up rate, escalations, task success), since offline answer scores do not always carry over.',
      fix: { title: 'Add online metrics', snippet: '- **Online metrics:** ${1:resolution rate without a human} (primary), ${2:thumbs-up rate}; guardrails: ${3:escalation rate, latency p95}' },
    },
  },
  // The metrics that decide a launch, measured on live traffic: a product
  // metric named as an online or experiment metric, said to be measured online,
  // or listed under an online / success / metrics heading.
  concept: {
    parts: {
      // Plus the change of a cost as a noun ("снижение списаний", "рост выручки" is already a metric): what a pilot is judged by.
      metric: { cues: joinCues(PRODUCT_METRICS, EXPERIENCE_METRICS, { ru: ['{снижени*|сокращени*|уменьшени*} {списани*|потерь|потери|дефицит*}'] }) },
      online: { cues: ONLINE_CONTEXT },
      // A forecast's target variable is what the model predicts, not a goal the launch is read on:
      // "weekly store revenue (target)", "target variable: units sold", "целевая переменная — продажи", "销售额（目标）".
      measure: {
        cues: WATCH_WORDS,
        quantity: MONEY_QUANTITY,
        notBracketed: true,
        notIn: { en: ['target {variable*|column*|series|field*}', '{predict*|forecast*} target'], ru: ['целев* {переменн*|столбец|столбц*|колонк*|признак*|ряд*}'], zh: ['目标变量', '目标列', '预测目标', '目标值列'] },
      },
      share: { cues: {}, quantity: SHARE_QUANTITIES },
      vague: { cues: VAGUE_PRODUCT_METRICS },
      onlineMetric: {
        cues: {
          // "the number that matters is …": the one measure a launch is read on.
          en: ['{number|metric|measure|figure} that {matters|counts|decides}', 'online metric*', 'online evaluation', 'online kpi*', '{a b|ab} test* metric*', 'experiment metric*', 'guardrail metric*', 'north star metric*', 'primary metric*', 'launch criteri*', 'launch metric*', 'success metric*'],
          ru: ['{важно|главное|смотрим на|решает} одно', 'онлайн метрик*', 'онлайн оценк*', 'метрик* эксперимент*', 'метрик* a b', 'бизнес метрик*', 'продуктов* метрик*', 'метрик* успех*'],
          zh: ['只看一个数', '护栏指标', '线上指标', '在线指标', '线上评估', '实验指标', '业务指标', '核心指标', '北极星指标'],
        },
      },
    },
    settledBy: [
      { parts: ['onlineMetric', 'metric'], weight: 0.95 },
      { parts: ['metric', 'online'], weight: 0.85 },
      { parts: ['metric', 'online'], weight: 0.8, within: 'unit' },
      { parts: ['metric'], weight: 0.8, underHeading: ONLINE_HEADINGS, minOtherWords: 0 },
      // A product metric with a target or a way it is watched ("CTR: 15 % target", "we track the
      // reopen rate") is what live traffic is judged by, whether or not the word "online" is there.
      { parts: ['metric', 'measure'], weight: 0.75 },
      // "Customer satisfaction" is a goal until it is listed as a metric or given a number where metrics are stated.
      { parts: ['vague'], weight: 0.7, underHeading: ONLINE_HEADINGS, minOtherWords: 0 },
      { parts: ['vague', 'share'], weight: 0.7, underHeading: STATED_MEASURE_HEADINGS },
      // A share or rate beside it measures it where metrics or goals are stated, not where the data is described.
      { parts: ['metric', 'share'], weight: 0.75, underHeading: STATED_MEASURE_HEADINGS },
      { parts: ['metric'], weight: 0.65, underHeading: GOAL_AND_EVALUATION_HEADINGS, minOtherWords: 0 },
      // Said in passing, it counts only in the evaluation sections (with the step's prior).
      { parts: ['metric'], weight: 0.45, minOtherWords: 1 },
    ],
    // Actual against predicted ("monitor actual churn rate vs predicted churn rate") checks the model's calibration, not the launch.
    exclude: joinCues(NOT_PRODUCT_METRICS, {
      en: ['{actual|observed|realized|realised|true} … {vs|versus|against|with|compared to|compared with} {the|} {predicted|forecast*|expected|estimated}', '{predicted|forecast*|expected|estimated} … {vs|versus|against|with|compared to|compared with} {the|} {actual|observed|realized|realised|true}',
        '{predicted|forecasted} … {rate|rates|share|ctr|cvr}',
        // Who acts on the scores, not what is measured: "a dashboard for retention teams", "retention offers".
        'retention {team|teams|specialist*|department*|agent*|manager*|staff|desk|offer*|call*|campaign*|strateg*|action*}',
        // The business sold online, not a metric read online: "the online store sells shoes"; a link that "clicks through to" a page.
        'online {store|stores|shop|shops|retailer*|marketplace*|bank|banking|course*|school*|game*|casino*|cinema*|newspaper*|magazine*}', '{click|clicks|clicked|clicking} through to'],
      ru: ['фактическ* … {vs|против|в сравнении с|по сравнению с|с} {прогноз*|предсказан*|ожидаем*}', '{прогноз*|предсказан*|ожидаем*} … {vs|против|в сравнении с|по сравнению с|с} фактическ*',
        '{прогнозн*|предсказанн*} … {дол*|процент*|уровн*|конверси*|отток*|отмен*}'],
      zh: ['实际…{与|和|对比|vs}…预测', '预测…{与|和|对比|vs}…实际', '{预测|预估}的…率'],
    }),
    headings: { en: ['online metric*', 'online evaluation'], ru: ['онлайн метрик*', 'онлайн оценк*'], zh: ['线上指标', '在线评估', '线上评估'] },
  },
});
