import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import {
  ALERT, COMPARE, CONDITION, DETECTION_METHOD, DISTRIBUTION, DRIFT, DRIFT_STATISTICS, LIVE_DATA, MODEL_IO, NOT_CONDITION, NOT_DATA_DRIFT, REFERENCE_DATA, RETRAIN_OR_ROLLBACK, WATCH,
} from '../shared/monitor-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'drift-monitoring',
    step: 'monitoring',
    severity: 'error',
    appliesTo: 'always',
    description: 'Monitors drift of input data or predictions and says how it is detected or what it triggers.',
  },
  message: 'No drift monitoring: say how drift of inputs or predictions is detected (PSI, KS test, feature statistics vs training) and what it triggers, since models decay silently as the world changes.',
  fix: {
    title: 'Add drift monitoring',
    snippet: '- **Drift:** ${1:PSI per feature and on the score distribution} vs the training window, computed ${2:daily}; PSI > ${3:0.2} alerts the on-call and triggers retraining',
  },
  // Drift of inputs or predictions, with how it is detected (a statistic, a
  // comparison with the training data, a threshold) or what it triggers (an
  // alert, retraining, a fallback). "We monitor drift" is an intention; a
  // drop in a quality metric alone is model monitoring; a schema or
  // configuration drift is another sense.
  concept: {
    parts: {
      drift: { cues: DRIFT },
      statistic: { cues: DRIFT_STATISTICS },
      compare: { cues: COMPARE },
      method: { cues: DETECTION_METHOD },
      reference: { cues: REFERENCE_DATA },
      distribution: { cues: DISTRIBUTION },
      live: { cues: LIVE_DATA },
      io: { cues: MODEL_IO },
      alert: { cues: ALERT },
      action: { cues: RETRAIN_OR_ROLLBACK },
      watch: { cues: WATCH },
      condition: { cues: CONDITION, notIn: NOT_CONDITION },
      // A summary of inputs or scores and how far it moved: "the mean predicted score moves more than 3 standard deviations".
      summary: { cues: { en: ['{mean|average|median} {predicted|prediction*|score*|input*|feature*|output*|confidence}', '{mean|average|median} of {the|} {predicted|prediction*|score*|input*|feature*|output*}'], ru: ['{средн*|медиан*} {скор*|предсказан*|прогноз*|признак*|значени*}'], zh: ['平均分', '预测均值', '特征均值', '{特征|输入|分数|得分|预测|打分}…{均值|平均值|中位数}'] } },
      deviation: { cues: { en: ['# {standard deviations|sigma}', 'z score*', 'control chart*', 'control limit*'], ru: ['# {стандартн* отклонени*|сигм*}'], zh: ['个标准差', '倍标准差', '3σ', '# σ'] } },
      // The share of a kind of input changing: "the share of a new product category in the queries grows beyond 10 %".
      mixChange: {
        cues: {
          en: ['{share|proportion|fraction} of … in … {queries|inputs|traffic|requests|transactions|events|tickets} … {grow|rise|drop|fall|change|shift|exceed}',
            // "the share of queries in unseen languages doubles week over week".
            '{share|proportion|fraction} of {queries|inputs|requests|transactions|events|tickets} … {grow*|rise*|drop*|fall*|change*|shift*|exceed*|doubl*|tripl*|spike*}'],
          ru: ['{дол*} … {в|среди} {запрос*|трафик*|транзакц*|обращени*} … {раст*|выраст*|вырос*|пада*|упад*|превыс*|измен*|сниз*}',
            // "доля вопросов, для которых не найдено ни одного фрагмента, растёт".
            'дол* {вопрос*|запрос*|обращени*|диалог*} … {раст*|выраст*|вырос*|пада*|упад*|превыс*|сниз*}'],
          zh: ['占比…{上升|下降|超过|变化}'],
        },
      },
      monitored: { cues: { en: ['monitor*', 'track*', 'check'], ru: ['монитор*', 'отслежива*', '=следим', '=следить', 'контролир*'], zh: ['监控', '监测', '跟踪'] } },
      // "compare live traffic against the training data": the canonical drift check, without the word.
      compareLive: {
        cues: {
          en: ['compar* {the|our|} {live|production|online|serving|incoming|current|recent|today*}'],
          ru: ['сравн* {текущ*|онлайн*|продакшн*|входящ*|свеж*|живо*}'],
          zh: ['线上…对比', '对比…线上', '线上…比较', '比较…线上'],
        },
      },
    },
    settledBy: [
      { parts: ['drift', 'statistic'], weight: 0.95 },
      { parts: ['statistic', 'io'], weight: 0.85 },
      { parts: ['statistic', 'distribution'], weight: 0.85 },
      { parts: ['statistic', 'reference'], weight: 0.85 },
      { parts: ['statistic', 'alert'], weight: 0.85 },
      { parts: ['drift', 'compare'], weight: 0.85 },
      { parts: ['drift', 'method'], weight: 0.85 },
      { parts: ['drift', 'reference', 'watch'], weight: 0.8 },
      { parts: ['drift', 'alert'], weight: 0.85 },
      { parts: ['drift', 'watch', 'action'], weight: 0.8 },
      { parts: ['drift', 'condition', 'action'], weight: 0.8 },
      { parts: ['drift', 'distribution', 'live'], weight: 0.75 },
      { parts: ['distribution', 'compare', 'reference'], weight: 0.8 },
      { parts: ['distribution', 'compare', 'live'], weight: 0.75 },
      // Distributions compared and acted on, the reference said by a pronoun: "we compare the weekly score
      // distribution with the training one and retrain when it shifts".
      { parts: ['distribution', 'compare', 'action'], weight: 0.75 },
      // "the score distribution is monitored daily": a feature-statistics check.
      { parts: ['distribution', 'monitored', 'io'], weight: 0.75 },
      { parts: ['compareLive', 'reference'], weight: 0.75 },
      { parts: ['summary', 'deviation'], weight: 0.8 },
      { parts: ['mixChange', 'action'], weight: 0.75 },
      { parts: ['mixChange', 'alert'], weight: 0.75 },
      // Drift described by what is compared and what fires, without the word: "the null rate and mean of every
      // input against the training window; a 3-sigma deviation opens an alert".
      { parts: ['compare', 'reference', 'io', 'alert'], weight: 0.8 },
      // The drift named and how it shows: "we watch for topic shifts: when the share of unanswered questions grows …".
      { parts: ['drift', 'mixChange'], weight: 0.8, within: 'unit' },
      { parts: ['drift', 'statistic'], weight: 0.85, within: 'unit' },
      { parts: ['drift', 'alert'], weight: 0.8, within: 'unit' },
      // A monitoring system drawn as a diagram whose nodes name the drift, the distribution test and the watching:
      // "Feature Drift", "Distribution Tests", "Prediction Drift" under "Monitoring System".
      { parts: ['drift', 'distribution', 'watch'], weight: 0.75, within: 'section', fromDiagram: true },
      // Under a "Drift" heading or column: the method or the action is the whole answer.
      { parts: ['statistic'], weight: 0.85, underHeading: DRIFT },
      { parts: ['compare'], weight: 0.8, underHeading: DRIFT, minOtherWords: 1 },
      { parts: ['method'], weight: 0.8, underHeading: DRIFT, minOtherWords: 1 },
      { parts: ['alert'], weight: 0.8, underHeading: DRIFT, minOtherWords: 1 },
      { parts: ['action'], weight: 0.75, underHeading: DRIFT, minOtherWords: 1 },
    ],
    exclude: NOT_DATA_DRIFT,
    name: 'drift',
    minOtherWords: 1,
  },
});
