import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { LATENCY_CONTEXT, LATENCY_HEADINGS } from '../shared/requirement-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'latency-budget',
    step: 'requirements',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Gives a latency requirement with a number and unit (p99 < 200 ms).',
  },
  message: 'No latency budget with a number: "low latency" cannot be designed for; give a percentile and a bound (p99 < 200 ms) so serving choices can be checked against it.',
  fix: {
    title: 'Add a latency budget',
    snippet: '- **Latency:** p99 < ${1:200} ms end to end for ${2:one recommendation request}',
  },
  // A bound on response time with a number and a time unit ("p99 < 200 ms",
  // "within 1 second", "не более 300 мс", "不超过100毫秒"), said of a response,
  // a request or a percentile, or under a latency heading or column. "Low
  // latency" has no number; hours and days are batch schedules, not budgets.
  concept: {
    parts: {
      budget: { cues: {}, quantity: { dimensions: ['time'], atMost: 3600 } },
      latency: { cues: LATENCY_CONTEXT },
      // A batch system's budget is its window: "the nightly run must finish within 3 hours", "整批预测时间窗口 2.5 小时".
      // Half a day at most: "must finish in less than a day" is the daily cadence itself, not a window anyone can hold the run to.
      longBudget: { cues: {}, quantity: { dimensions: ['time'], atMost: 43200 } },
      batchWindow: {
        cues: {
          en: ['{must|should|has to|have to|needs to|need to} {finish|complete|be done|be ready|be written|land}', '{finish*|complete*|done|ready} within', 'time window', 'batch window', 'processing window', 'deadline',
            // "The nightly batch has until 6:00 to finish; it takes about 20 minutes."
            '{has|have} until', '{needed|ready|done|available|written} {by|before} #',
            // A bound on a run: "processing must not exceed 2 hours", and a day's worth processed within it: "a day of video is processed in under 2 hours".
            '{must|should|may|shall} not exceed', '{processing|scoring|inference|run} of {a|one|each} day', '{a|one|each} day of … {processed|scored}'],
          ru: ['{должн*|нужно|надо} {успе*|заверш*|законч*|отработа*|быть готов*}', '{успе*|заверш*|отработа*} за', 'окн* {расчет*|обработк*|на расчет}', 'временн* окн*', 'дедлайн*',
            // A bound on a run: "обработка не должна превышать 2 часов", and a day's worth processed within it: "обработка видео за день — не более 2 часов".
            'не {должн*|долж*} превыша*', '{обработк*|расчет*|расчёт*|пересчет*|пересчёт*|прогон*|инференс*|скоринг*} … за {день|сутки|ночь|смену}'],
          zh: [
            '时间窗口', '计算窗口', '批处理窗口', '之前必须', '必须在', '内完成', '前完成', '截止',
            // "每晚要在 2 小时内跑完", "整批在 2 小时的窗口内算完".
            '算完', '跑完', '处理完', '窗口内', '{要在|需在|需要在|应在|须在}',
          ],
        },
      },
    },
    settledBy: [
      { parts: ['budget', 'latency'], weight: 0.9 },
      { parts: ['budget', 'latency'], weight: 0.85, within: 'unit' },
      { parts: ['budget'], weight: 0.8, underHeading: LATENCY_HEADINGS },
      { parts: ['longBudget', 'batchWindow'], weight: 0.8 },
    ],
    // A number with a time unit is concrete by itself: "Latency: 200 ms" is a complete answer.
    minOtherWords: 0,
    exclude: {
      en: [
        'training time*', 'time to train', 'retrain*', 'session length*', 'session duration', 'time spent', 'watch time', 'dwell time',
        // A training job's window is not the system's: "weekly retraining must finish within 6 hours".
        '{training|retraining|fine tuning|backfill*} … {must|should|has to|needs to} {finish|complete|be done}', '{training|retraining|fine tuning|backfill*} … {finish*|complete*} within',
        // A person's handling time is today's cost, not the system's budget: "a moderator spends 40 s per review".
        '{moderator*|agent*|reviewer*|analyst*|operator*|annotator*|human*|staff} {spen*|take*|need*} … {sec*|s|min*|hour*}', 'handl* time', 'handle time',
        '{moderator*|agent*|reviewer*|analyst*|operator*|lawyer*|staff} {search*|look*} for {the|an|} {answer*|information|article*|policy}',
      ],
      ru: ['врем* обучен*', 'переобуч*', '{обучени*|дообучени*} … {должн*|нужно} {успе*|заверш*|законч*}', '{обучени*|дообучени*} … {занима*|длит*|укладыва*}',
        '{модератор*|оператор*|сотрудник*|аналитик*|разметчик*|асессор*|человек*|специалист*} {трат*|тратя*|уход*|занима*|нужн*} … {секунд*|сек|минут*|мин|час*}',
        // A person looking for an answer today: "оператор ищет ответ в базе знаний, на поиск уходит до 2 минут".
        '{модератор*|оператор*|сотрудник*|аналитик*|эксперт*|специалист*|юрист*} {ищ*|ищет|ищут} {ответ*|информаци*|нужн*|статью|статьи}',
        // Minutes spent on a task are today's work, not a request's budget: "на поиск уходит до 2 минут".
        '{уход*|трат*|тратя*} {до|около|примерно|в среднем|по|} # {минут*|мин|час*|дн*}'],
      zh: ['训练时间', '{训练|重训}…{必须|完成|跑完|算完|结束}'],
    },
    name: 'latency',
  },
});
