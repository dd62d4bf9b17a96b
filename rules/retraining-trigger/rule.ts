import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { joinCues } from '../shared/phrase-sets.js';
import { OFFLINE_METRIC_NAMES, OFFLINE_METRIC_WORDS, PRODUCT_METRICS } from '../shared/metric-cues.js';
import {
  ADAPTING, CADENCE, CADENCED_TRAINING, CONDITION, DRIFT, DRIFT_STATISTICS, EVENT_DRIVEN, JOB_RUNS, NOT_CONDITION, NOT_DATA_DRIFT, NOT_TRAINING_CADENCE, NOT_TRAINING_JOB_HEADING, OFFLINE_PIPELINE, RETRAIN_OR_ROLLBACK, TRAINING, TRAINING_HEADING,
} from '../shared/monitor-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'retraining-trigger',
    step: 'monitoring',
    severity: 'info',
    appliesTo: 'always',
    description: 'Says what triggers retraining or rollback (a schedule, a drift threshold, a metric drop).',
  },
  message: 'No retraining trigger: say what makes the team retrain or roll back (a schedule, a drift threshold, a metric drop), so decay is acted on rather than noticed.',
  fix: {
    title: 'Add a retraining trigger',
    snippet: '- **Retraining trigger:** ${1:weekly schedule}, or earlier when ${2:PSI > 0.2 on key features} or ${3:online CTR drops 5 %}; roll back to the previous model if ${4:guardrails fail}',
  },
  // What makes the team retrain or roll back: a schedule, drift past a
  // threshold, a metric drop. "Retrain when needed" names no condition;
  // "deploy if it improves metrics" is a launch gate; falling back when the
  // model service fails is resilience, not decay.
  concept: {
    parts: {
      // Switching the model off is the bluntest rollback ("disable auto-diagnosis if accuracy drops below 70 %").
      // A retrieval system's model is its index: "the index is rebuilt whenever 5 % of the articles change".
      act: {
        cues: joinCues(RETRAIN_OR_ROLLBACK, {
          en: ['disabl*', 'switch* off', 'turn* off', '{index|embeddings} {is|are|gets|get} {rebuilt|re built|re indexed|reindexed|re embedded|refreshed}', '{rebuild*|re build*|reindex*|re index*|re embed*} {the|its|our} {index|embeddings|vector store|vector index}'],
          ru: ['отключ*', 'выключ*', '{пересобира*|пересоб*|переиндексир*|перестра*} {индекс*|эмбеддинг*}', '{индекс*|эмбеддинг*} {пересобира*|пересоб*|переиндексир*|перестра*}'],
          zh: ['关闭', '停用', '重建索引', '索引重建', '重新构建索引', '重新索引'],
        }),
      },
      schedule: { cues: CADENCE, notInRate: true },
      // Training in any words, for a schedule ("a nightly job trains the ranker") or an event ("fine-tuned as the user edits").
      training: { cues: TRAINING },
      offline: { cues: OFFLINE_PIPELINE },
      eventDriven: { cues: EVENT_DRIVEN },
      adapting: { cues: ADAPTING },
      cadencedTraining: { cues: CADENCED_TRAINING },
      // A count of new data that starts a run: "whenever 10,000 new labels accumulate".
      dataVolume: {
        cues: {
          en: ['# {new|more|fresh|additional} {label*|labelled|labeled|example*|sample*|record*|rating*|review*|ticket*|transaction*|row*|annotation*}'],
          ru: ['# {нов*|дополнительн*} {метк*|пример*|размеченн*|запис*|оценк*|отзыв*|транзакц*}'],
          zh: ['{新增|积累|累积|累计|攒够|攒到}…{条|样本|标注}'],
        },
      },
      // A "Condition" or "Trigger" column makes each cell a condition.
      condition: { cues: joinCues(CONDITION, { en: ['trigger*', 'condition*', 'criteri*'], ru: ['триггер*', 'услови*', 'критери*'], zh: ['触发', '条件'] }), notIn: NOT_CONDITION },
      trigger: { cues: { en: ['trigger*', 'kicks off', 'kick off'], ru: ['триггер*', 'инициир*', 'запуска*'], zh: ['触发'] } },
      drift: { cues: joinCues(DRIFT, DRIFT_STATISTICS) },
      degrade: {
        cues: {
          en: ['drop*', 'fall', 'fell', 'degrad*', 'decay*', 'declin*', 'below', 'above', 'exceed*', 'breach*', 'worse', 'deteriorat*', 'regress*', 'lower than', 'higher than', 'falls short', 'under', '{doubles|doubled|triples|tripled|spikes|spiked|jumps|jumped}',
            // A metric anomaly, not a service failure: "roll back when metrics look anomalous", "指标异常时回退".
            '{metric*|kpi*|ctr|conversion} {anomal*|abnormal*}', '{anomalous|abnormal} {metric*|kpi*|ctr|conversion}', '{metric*|kpi*} {look|looks|are|become|becomes} {anomalous|abnormal}'],
          ru: ['пада*', 'падени*', 'упад*', 'упал*', 'сниж*', 'сниз*', 'ниже', 'выше', 'превыш*', 'деградац*', 'деградир*', 'ухудш*', 'меньше', 'больше', '{вырос*|увелич*|подскоч*} {вдвое|втрое|в # раз*|на #}', 'аномал* {метрик*|показател*}', '{метрик*|показател*} … аномальн*'],
          zh: ['下降', '低于', '高于', '超过', '退化', '恶化', '跌', '{指标|效果|点击率|转化率|准确率|召回率}{异常|波动异常}'],
        },
      },
      threshold: { cues: { en: ['threshold*', 'more than #', 'less than #', 'over #', '# sigma', 'slo'], ru: ['порог*', 'более #', 'менее #'], zh: ['阈值'] }, quantity: ['count', 'percent', 'ratio', 'plain'] },
      metric: {
        cues: joinCues(OFFLINE_METRIC_NAMES, OFFLINE_METRIC_WORDS, PRODUCT_METRICS, {
          // What a decision model's users undo: moderators overturning removals, analysts overriding flags.
          en: ['performance', 'quality', 'metric*', 'error*', 'kpi*', 'score*', 'overturn*', 'override*', 'reversal*', 'appeal*', 'complaint*', 'false positive*', 'false negative*'],
          ru: ['качеств*', 'метрик*', 'ошибк*', 'конверси*'],
          zh: ['效果', '指标', '误差', '点击率', '准确率'],
        }),
      },
      // A job started on a clock ("this graph runs weekly"): the training job under a training heading.
      jobRuns: { cues: JOB_RUNS },
      retraining: { cues: { en: ['retrain*', 're train*', 'rollback*', 'roll back'], ru: ['переобуч*', 'ретрейн*', 'ретрен*', 'откат*'], zh: ['重新训练', '回滚'] } },
    },
    settledBy: [
      // Under a training heading, not an inference, monitoring or data sub-heading: "Этот граф запускается раз в неделю".
      { parts: ['jobRuns', 'schedule'], weight: 0.8, minOtherWords: 0, underHeading: TRAINING_HEADING, unlessHeading: NOT_TRAINING_JOB_HEADING },
      { parts: ['act', 'schedule'], weight: 0.9, minOtherWords: 0 },
      // A schedule is a trigger: "weekly fine-tuning", "a nightly job trains …", "Offline pipeline (daily)".
      { parts: ['training', 'schedule'], weight: 0.85, minOtherWords: 0 },
      { parts: ['offline', 'schedule'], weight: 0.7, minOtherWords: 0 },
      { parts: ['adapting', 'eventDriven'], weight: 0.75 },
      { parts: ['cadencedTraining'], weight: 0.85, minOtherWords: 0 },
      { parts: ['training', 'condition', 'dataVolume'], weight: 0.8 },
      { parts: ['act', 'drift', 'condition'], weight: 0.9, minOtherWords: 0 },
      { parts: ['act', 'drift', 'threshold'], weight: 0.9, minOtherWords: 0 },
      { parts: ['act', 'degrade', 'metric', 'condition'], weight: 0.9, minOtherWords: 0 },
      { parts: ['act', 'degrade', 'condition'], weight: 0.8, minOtherWords: 0 },
      { parts: ['act', 'threshold', 'metric'], weight: 0.8, minOtherWords: 0 },
      { parts: ['act', 'trigger'], weight: 0.8 },
      // A measured condition that starts it: "the index is rebuilt whenever more than 5 % of the articles change".
      { parts: ['act', 'condition', 'threshold'], weight: 0.75, minOtherWords: 0 },
      // A pipeline diagram's note or edge naming what starts the flow, both a clock and a drop ("Triggered by:
      // the nightly scheduler; precision falling below 0.9", "触发条件：每日；性能下降"). Diagrams only: in prose
      // "an alert is triggered when the daily share drops" is the same words about an alert.
      { parts: ['trigger', 'schedule', 'degrade'], weight: 0.75, minOtherWords: 0, fromDiagram: true },
      { parts: ['act', 'degrade', 'metric', 'condition'], weight: 0.75, within: 'unit' },
      // Under a "Retraining" / "Rollback" heading or column: the condition is the whole answer.
      { parts: ['schedule'], weight: 0.8, minOtherWords: 0, underHeading: RETRAIN_OR_ROLLBACK },
      { parts: ['degrade', 'metric'], weight: 0.8, minOtherWords: 0, underHeading: RETRAIN_OR_ROLLBACK },
      { parts: ['drift', 'threshold'], weight: 0.8, minOtherWords: 0, underHeading: RETRAIN_OR_ROLLBACK },
      { parts: ['drift', 'condition'], weight: 0.75, minOtherWords: 0, underHeading: RETRAIN_OR_ROLLBACK },
    ],
    exclude: joinCues(NOT_DATA_DRIFT, NOT_TRAINING_CADENCE, {
      en: [
        'graceful* degrad*', '{fall*|fallback*} … {if|when} … {fail*|time* out|timeout*|unavailable|down|error*|crash*}',
        '{daily|nightly|weekly|monthly|hourly|quarterly} {evaluation*|report*|review*|meeting*|backup*|dashboard*|check*|audit*|sync*|snapshot*|budget*|cap*|limit*}', '{daily|weekly|monthly} active*',
        // Someone's judgement names no condition: "retraining will be triggered manually when they see fit".
        '{triggered|started|kicked off|run|launched} manually', 'manually {triggered|started|kicked off}', 'see fit', '{when|whenever|if|as} {needed|necessary|required|appropriate}',
      ],
      ru: ['{фолбэк*|fallback} … {при|если} … {сбо*|недоступн*|ошибк*|таймаут*}', '{запуска*|запуст*|инициир*} вручную', 'вручную {запуска*|запуст*|инициир*}', 'по {усмотрению|решению} {аналитик*|команд*|ds|дата сайентист*}'],
      // A serving fallback on failure, as en's '{fall*|fallback*} … {if|when} … {fail*|…}': "失败时保留召回分并触发 fallback",
      // "超时降级到规则". Not 异常, which is also a metric anomaly ("核心指标异常时回退到上一版本").
      zh: ['服务降级', '降级率', '手动触发', '人工触发', '视情况',
        '{失败|超时|故障|不可用|宕机|熔断|报错}…{fallback|兜底|降级|回退}', '{fallback|兜底|降级|回退}…{失败|超时|故障|不可用|宕机|熔断|报错}'],
    }),
    name: 'retraining',
    minOtherWords: 1,
  },
});
