import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { COMMUNITY_METRICS, GOAL_AND_EVALUATION_HEADINGS, joinCues, MEASURE_WORDS, MONEY_QUANTITY, SHARE_QUANTITIES, STATED_MEASURE_HEADINGS, VAGUE_PRODUCT_METRICS, EXPERIMENT_CONTEXT, ONLINE_HEADINGS, NOT_PRODUCT_METRICS, PRODUCT_METRICS } from '../shared/metric-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'business-metric',
    step: 'requirements',
    severity: 'error',
    appliesTo: 'always',
    description: 'Names at least one measurable business or success metric.',
  },
  message: 'No measurable business metric: name the number that tells whether the system succeeded (CTR, applications per user, retention, fraud loss in $) so the launch can be judged.',
  fix: {
    title: 'Add a business metric',
    snippet: '- **Business metric:** ${1:applications per active user per week} (target: ${2:+2 %})',
  },
  // A measurable business or success metric: a product metric said to be
  // measured, targeted or moved, or listed under a business / success /
  // metrics heading. What the system costs to run is not its success.
  concept: {
    parts: {
      metric: {
        cues: joinCues(PRODUCT_METRICS, COMMUNITY_METRICS, {
          // What a retailer writes off (spoiled or expired stock) is a cost the business counts.
          ru: ['списани* … {товар*|продукт*|продукци*|просроч*}',
            // The working time a task takes, which the system is to cut: "время, затрачиваемое на перевод 1 статьи",
            // and the staff whose time it is: "сокращение времени аналитиков на мониторинг на 80%".
            'врем* {затрачиваем*|затраченн*|потраченн*|уходящ*} … на',
            'врем* {аналитик*|сотрудник*|специалист*|эксперт*|оператор*|менеджер*|врач*|юрист*|дизайнер*|инженер*|модератор*|персонал*} на',
            // A rating said with a verb ("оценк* пользовател*" is the noun): "70% сессий оцениваются пользователем на 4 из 5".
            '{оценива*|оценен*|оценён*|расценива*} {пользовател*|клиент*|слушател*|учени*|студент*|читател*|зрител*}',
            '{пользовател*|клиент*|слушател*|учени*|студент*|читател*|зрител*} {оценива*|расценива*|ставят|ставит} … {из #|балл*|звезд*|оценк*}'],
          // The same per unit of work in English: "the time spent on each contract review", "analysts' time on monitoring";
          // and a rating said with a verb: "70% of sessions rated 4 of 5 by users".
          en: ['time spent {on|per} {each|one|a single|every} … {review|reviews|contract|contracts|document|documents|ticket|tickets|case|cases|claim|claims|application|applications|request|requests|article|articles|order|orders|call|calls}',
            '{analyst|analysts|employee|employees|staff|expert|experts|operator|operators|engineer|engineers|designer|designers|moderator|moderators|reviewer|reviewers|manager|managers|doctor|doctors|lawyer|lawyers} time {on|spent}',
            'time {analysts|employees|staff|experts|operators|engineers|designers|moderators|reviewers|managers|doctors|lawyers} {spend|spent}',
            '{rated|scored} … by {users|the user|customers|participants|learners|students|readers|viewers|listeners}'],
          zh: ['损耗率', '报损', '{人工|人均|平均}{耗时|花费时间|处理时长}'],
        }),
      },
      // "Считаем долю обращений …": counting a share is measuring it ("считаем, что" is an opinion, and needs a metric too).
      measure: { cues: joinCues(MEASURE_WORDS, { ru: ['=считаем', '=подсчитываем', '=посчитаем'] }), quantity: MONEY_QUANTITY },
      share: { cues: {}, quantity: SHARE_QUANTITIES },
      vague: { cues: VAGUE_PRODUCT_METRICS },
      experiment: { cues: EXPERIMENT_CONTEXT },
      // The slot named for the business alone (not "key metric", which heads latency and GPU hours as
      // readily), then a ratio or count defined in the writer's words: "Business metric: the share of
      // shown jobs that get an application", "Бизнес-метрика: доля откликов от числа показов".
      businessName: {
        cues: {
          en: ['business metric*', 'success metric*', 'north star', 'business kpi*', 'business success'],
          ru: ['бизнес метрик*', 'метрик* успех*', 'бизнес kpi', 'бизнесов* показател*'],
          zh: ['业务指标', '商业指标', '成功指标', '北极星指标', '业务目标指标'],
        },
      },
      ratio: {
        cues: {
          en: ['{share|percentage|percent|proportion|fraction|rate|number|count|ratio} of', '{average|mean|median|total} {number|amount|value|time} of', 'per {user|customer|member|session|visit|order|day|week|month|seller|buyer|active}'],
          ru: ['=доля', '=долю', '=доли', 'процент*', '=число', '=числа', 'количеств*', 'отношени*', 'средн* {число|количеств*|врем*|сумм*}', 'на {пользовател*|клиент*|сессию|заказ*|покупател*|соискател*|активн*}', 'в {день|неделю|месяц|сутки}'],
          zh: ['占比', '比例', '比率', '数量', '次数', '人均', '平均', '每日', '每周', '每月'],
        },
      },
      named: {
        cues: {
          en: ['business metric*', 'success metric*', 'kpi*', 'key metric*', 'north star', 'success criteri*', 'success is measured', 'measure* success',
            // "What matters to the business: weekly listeners and churn of paying subscribers."
            'what {matters|counts} {to|for} the business', 'judg* success by', 'success looks like',
            // "Success will be judged on …", "the launch is evaluated by …".
            'success {is|will be|gets} {judged|evaluated|assessed|decided|tracked} {by|on|with}',
            // Who the number is for: "deflection rate is what leadership looks at", "the figure management tracks".
            '{leadership|management|executives|execs|the board|stakeholders} {look|looks|looking|watch|watches|track|tracks|care|cares|judge|judges|review|reviews}'],
          ru: ['бизнес метрик*', 'метрик* успех*', 'kpi', 'ключев* метрик*', 'критери* успех*', 'продуктов* метрик*', 'что важно бизнесу', 'успех {оцениваем|измеряем|меряем} по', '{руководств*|менеджмент*|топ менеджмент*|бизнес} {смотрит|следит|оценивает|отслеживает}'],
          zh: ['业务指标', '商业指标', '成功指标', '核心指标', '北极星指标', '关键指标', '业务最关心', '衡量成功', '成功与否', '成功标准', '成功的标准', '成功的定义', '产品指标', '{管理层|老板|业务方}{关注|看重|考核|盯}'],
        },
      },
    },
    settledBy: [
      { parts: ['named', 'metric'], weight: 0.95 },
      { parts: ['metric', 'measure'], weight: 0.85 },
      { parts: ['businessName', 'ratio'], weight: 0.85 },
      // "Customer satisfaction" is a goal until it is listed as a metric or given a number where metrics are stated.
      { parts: ['vague'], weight: 0.8, underHeading: ONLINE_HEADINGS, minOtherWords: 0 },
      { parts: ['vague', 'share'], weight: 0.8, underHeading: STATED_MEASURE_HEADINGS },
      // A share or rate beside it measures it where metrics or goals are stated, not where the data is described.
      { parts: ['metric', 'share'], weight: 0.85, underHeading: STATED_MEASURE_HEADINGS },
      // "Online: CTR, conversion rate" in an evaluation section: what an experiment compares is a measure of success.
      { parts: ['metric', 'experiment'], weight: 0.8 },
      // And under a short label that says as much, in notes with few headings: "- online" over "  - prevalence, appeal rate".
      { parts: ['metric'], weight: 0.85, underHeading: ONLINE_HEADINGS, minOtherWords: 0, listLabelHeads: true },
      { parts: ['metric'], weight: 0.7, underHeading: GOAL_AND_EVALUATION_HEADINGS, minOtherWords: 0 },
      // A product metric said in passing ("the ads that earn the revenue", "members come back, which
      // shows in retention") is not a measure of success, in the requirements or anywhere else: it is
      // named as a metric, measured, moved, compared in an experiment, or listed where metrics are.
    ],
    headings: { en: ['business metric*', 'success metric*', 'kpi*'], ru: ['бизнес метрик*', 'метрик* успех*'], zh: ['业务指标', '成功指标'] },
    // A narrow heading: its sub-sections are parts of the same point.
    headingOverSubsections: true,
    name: 'named',
    exclude: NOT_PRODUCT_METRICS,
  },
});
