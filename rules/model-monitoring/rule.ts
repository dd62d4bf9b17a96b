import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { joinCues } from '../shared/phrase-sets.js';
import { EXPERIENCE_METRICS, NOT_MODEL_METRICS, NOT_PRODUCT_METRICS, OFFLINE_METRIC_NAMES, OFFLINE_METRIC_WORDS, PRODUCT_METRICS } from '../shared/metric-cues.js';
import { CADENCE } from '../shared/monitor-cues.js';

/** Section headings of monitoring and alerting, where a bare quality metric is a watched one. */
const MONITORING_HEADINGS = {
  // A rollout's health checks ("Health checks: latency, accuracy") watch the live model as it takes traffic.
  en: ['monitor*', 'alert*', 'alarm*', 'dashboard*', '=observability', 'model health', 'post launch', 'post deployment', 'after launch', 'keeping it healthy', 'in production', 'health check*'],
  ru: ['монитор*', 'алерт*', 'оповещ*', 'дашборд*', 'наблюдаемост*', '=наблюдение', 'после запуска', 'сопровождени*', 'эксплуатац*', 'health check*', 'проверк* здоровья'],
  zh: ['监控', '告警', '报警', '看板', '可观测', '健康检查'],
};

export default defineDocumentRule({
  meta: {
    id: 'model-monitoring',
    step: 'monitoring',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Monitors live model quality (metric dashboards, alerts, logged predictions for delayed labels).',
  },
  message: 'No model-quality monitoring: say which live metrics are watched (dashboards, alerts on precision or CTR, logged predictions joined to delayed labels), or a broken model goes unnoticed.',
  fix: {
    title: 'Add model monitoring',
    snippet: '- **Model monitoring:** dashboard of ${1:daily CTR and applications per user}; alert when ${2:CTR drops 10 % below its 7-day mean}; predictions logged and joined to ${3:labels arriving within 7 days}',
  },
  // Live model quality watched: a dashboard or alert on a quality or
  // product metric, predictions logged and joined to (delayed) labels, a
  // quality metric listed under a monitoring or alerting heading. A bare
  // "Monitoring" heading says nothing; latency, QPS, queue length, server
  // errors and data-quality checks watch the system, not the model.
  concept: {
    parts: {
      watch: {
        cues: {
          // An alert *on* something, not an "alert rate" (a fraud model's share of flagged transactions, a quality metric here).
          // "track", not "tracker"; not "observe" (an observation is a data point).
          en: [
            'monitor*', 'track', 'dashboard*', '=observability', '{keep|keeps|keeping} {an eye|watch|track} on', '{keep|keeps|keeping} track of', 'report* {daily|weekly|hourly}', '{daily|weekly|monthly} {ops|quality|model|} {report*|review*}', '{we|team|ops|on call|oncall|analysts|owners} {watch|watches}', 'watched {daily|weekly|closely}', 'measur* {daily|weekly|hourly|continuously|online|live|in production}', 'review* {daily|weekly}',
            '{alert|alerts|alarm|alarms} {on|when|if|whenever|fire*|trigger*|to|the|for|at|above|below}', '{an|the} {alert|alarm}', '=alerting', '=alerted', 'pagerduty', 'on call', 'oncall', 'warning*',
            '{page|pages|paged|paging} {the|an|on} {on call|oncall|engineer*|team|owner*}', '{alert|alarm} {if|when|whenever|on}',
            // Telling the people who own it is the alert said plainly: "a report to the ops team when MAE grows", "we notify the owner".
            '{notify|notifies|notified|notifying} {the|an|our|} {team|on call|oncall|owner*|engineer*|ops|analysts|channel|duty}', '{report|reports|message|email|ping} to {the|our|} {ops|team|on call|oncall|owner*|analysts|channel}',
            // Monitoring tools: naming one with a quality metric says where it is watched.
            // By surface form: "evidently" stems like "evidence".
            '=evidently', '=whylabs', '=whylogs', '=arize', '=fiddler', '=nannyml', '=grafana', '=datadog', '=prometheus', '=kibana', '=superset', '=looker', '=tableau', '=langsmith', '=langfuse',
          ],
          // "следим", not "следующий" (one stem); "контролировать", not "контрольная группа".
          ru: ['монитор*', 'отслежива*', 'отслед*', '=следим', '=следить', 'присматрива* за', 'держим … на контроле', 'дашборд*', 'контролир*', 'наблюдаемост*', 'алерт*', 'оповещ*', 'дежурн*'],
          // A report sent on a cadence is a watch kept: "每周给风控团队发报告".
          zh: ['监控', '监测', '看板', '仪表盘', '跟踪', '追踪', '告警', '报警', '预警', '值班', '{发|出|推送}{报告|周报|日报}', '周报', '日报'],
        },
      },
      quality: {
        cues: joinCues(OFFLINE_METRIC_NAMES, OFFLINE_METRIC_WORDS, PRODUCT_METRICS, EXPERIENCE_METRICS, {
          en: [
            '{prediction|model|forecast|classification} error*',
            // What a decision model's output is watched by: "the share of declined payments".
            '{share|fraction|percentage|proportion} of {declined|blocked|flagged|approved|rejected|held|escalated|overturned|removed|auto removed|auto approved} …',
            // The same share with the model as the subject: "the fraction of transactions the model blocks".
            '{share|fraction|percentage|proportion} of … {the model|the classifier|the ranker|it} {blocks|flags|declines|approves|rejects|holds|escalates|removes}',
            // A share of the model's own outputs, of one class or right and wrong: "the share of 'unknown' predictions", "percentage of correctly routed tickets".
            '{share|fraction|percentage|proportion} of … {predictions|answers|outputs|responses|decisions|recommendations|classifications|forecasts}', '{share|fraction|percentage|proportion} of {correct|correctly|wrong|wrongly|incorrect|incorrectly|misclassified|misrouted|mislabeled|mislabelled} …', 'false positive*', 'false negative*', 'hallucination*', 'faithfulness', 'success rate', 'user feedback', 'thumbs {up|down}',
            'score distribution*', 'prediction distribution*', '{average|mean|median} {score|scores|prediction*|predicted {score|probability|rate}}', 'score {mean|average|median|percentile*|quantile*}', 'resolution rate', 'escalation rate', '{alert|flag|block|decline|positive|detection|hold|review|abuse|fraud|chargeback|confirmed fraud|confirmed abuse} rate*',
            // What a fraud, support or moderation model is judged by in production.
            '{catch|capture|hit|miss|override|appeal|acceptance|answer|fallback|refusal} rate*', '{answer|forecast|model|prediction|routing|classification} accuracy', 'live quality', '{answer|response|output} quality', 'correctness', 'judged correctness', 'overturn*', 'reversal rate', 'agreement {between|with} … {reviewers|moderators|humans|annotators|agents|experts|operators}', '{zero|null|no|empty} result* rate',
          ],
          // "качество", not "качественный" (qualitative).
          ru: ['{дол*|процент*} {верн*|правильн*|ошибочн*|неверн*|корректн*|некорректн*} …', '{дол*|процент*} … {предсказани*|ответов|прогнозов|решений|классификаци*}', 'средн* {скор*|предсказан*}', 'распределени* {скор*|предсказан*}', 'ошибк* {модел*|прогноз*|предсказан*}', 'ложн* срабатыван*', 'обратн* связ* пользовател*', 'доля {отмененн*|отменённ*|исправленн*} … {модератор*|оператор*|человек*|эксперт*}', '{дол*|процент*|уровень|уровнем|частот*} {блокировок|заблокированн*|отклонённ*|отклоненн*|отказов|одобрен*|одобренн*|срабатываний|эскалаций|жалоб|апелляций}', 'отмен* решени* модел*',
            // A credit model's outcome as it matures: "доля заявок, одобренных моделью, и уровень дефолтов".
            'дол* … {одобренн*|отклонённ*|отклоненн*|заблокированн*} модел*', '{уровень|уровня|доля|долю} дефолт*', 'дефолтност*'],
          zh: ['准确率', '召回率', '精确率', '点击率', '转化率', '误报率', '漏报率', '通过率', '拒付率', '拦截率', '误杀率', '分数分布', '得分分布', '打分分布', '平均分', '预测均值', '平均预测值',
            // A decision model's output share, as the English "share of flagged items": "拦截占比", "热门召回占比".
            '{拦截|通过|拒绝|误杀|命中|热门召回|热门|兜底|人工审核|转人工|投诉}{占比|比例}',
            // A share of the model's own outputs: "'未知'类预测的占比", "回答正确的比例".
            '{预测|回答|输出|判定|识别结果|分类结果}{的|}{占比|比例}',
            // The model's error against what happened, and its decisions overturned by people: "预测误差", "人工审核推翻模型结论的比例".
            '{预测|模型|预估}误差', '{推翻|否决|驳回|改判|纠正}…{模型|算法}…{比例|占比}', '{正确|错误|识别正确|识别错误}{的|}{占比|比例}'],
        }),
      },
      // Quality named in general, not a metric: watched ("we track model performance on a dashboard") it settles, but
      // alone under a "Monitoring" heading it is a topic ("## Monitoring — Model performance — Data drift").
      qualityWord: {
        cues: {
          en: ['performance', 'quality', 'model performance', 'model quality', 'prediction quality', '{performance|quality|model|business|online|product} metric*', 'kpi*',
            // By surface form: "effective" stems like "effectiveness", and an effective date or an effective fix is no quality.
            '=effectiveness'],
          ru: ['качество', 'метрик* качеств*', 'метрик* модел*', 'бизнес метрик*', 'онлайн метрик*'],
          zh: ['模型效果', '模型性能', '效果', '业务指标'],
        },
      },
      // Predictions kept to be compared with what happened: the monitoring of delayed labels.
      logged: {
        cues: {
          en: [
            'join* … {labels|outcomes|chargebacks|ground truth|actuals}', 'delayed labels', 'compar* {the|} {predictions|predicted|forecasts|forecast} {with|to|against|vs} …',
            '{predicted|prediction|predictions|forecast} {vs|versus} {actual*|outcome*|reality|ground truth}', 'actual* {vs|versus} {predicted|forecast*}',
            // "Chargebacks arrive later; we join them back to the scores we logged."
            'join* {them|these|those|it} {back|} to {the|our} {scores|predictions|decisions|outputs|forecasts}',
            '{once|when|as} … labels {mature|matured|arrive|come in}', '{matured|mature} labels',
          ],
          // Quality measured once the delayed labels mature: "когда созревают метки, считаем Gini на свежих выдачах".
          ru: ['{созрева*|созреют|созрел*|дозрева*} … метк*', 'метк* … {созрева*|созреют|созрел*}', 'сравн* {предсказан*|прогноз*} с {факт*|реальн*}', '{сравнива*|сравн*} с фактическ*', 'прогноз* … факт*'],
          // Predictions kept for labels that arrive later, as en "once … labels arrive": "记录每次预测与分数，等 30 天后标签回来再算 KS", "标签回流后计算准确率".
          zh: ['预测与实际', '预测值与真实值', '预测值与实际值', '{标签|真实标签|表现}{回来|回流|返回|到齐|成熟}{后|之后|以后|再}', '{等|待}…{标签|真实标签}{回来|回流|到齐|成熟}'],
        },
      },
      // Predictions logged, and no more: logging in general ("all requests and responses are logged for debugging")
      // watches nothing until the log is compared with outcomes, reviewed or measured.
      logOutputs: {
        cues: {
          en: ['log* {all|every|the|each|model|its|} {predictions|scores|outputs|responses|answers|decisions}', '{predictions|scores|outputs|responses|answers|decisions} {are|is|get|gets} logged'],
          ru: ['логир* {все|всех|каждое|каждый|каждую|} {предсказан*|скор*|ответ*|прогноз*|решени*}', '{предсказан*|прогноз*|ответ*} логир*'],
          zh: ['记录预测', '预测日志', '记录{每次|每条|所有|全部|线上}{预测|打分|分数}'],
        },
      },
      logs: { cues: { en: ['log', 'logs', 'logged', 'logging'], ru: ['логир*', 'логов', 'лог'], zh: ['日志', '记录'] } },
      // What is worth logging for review: the cases the model is unsure of.
      unsure: { cues: { en: ['low {score|scores|confidence|similarity}', 'below {the|a} {threshold|confidence threshold}', 'uncertain {predictions|cases|answers}'], ru: ['низк* {скор*|уверенност*|оценк*}', 'ниже порог*'], zh: ['低置信', '低分', '低于阈值'] } },
      // Live quality estimated by people: a sample of outputs reviewed or labelled.
      sampled: {
        cues: {
          en: [
            'sample* of … {predictions|outputs|answers|responses|decisions|transactions|alerts|recommendations|conversations} … {review*|label*|annotat*|rated|scored|audited|checked|graded}',
            '{human|manual|expert} review of {a|the} {sample|random|daily|weekly}', 'spot check*', 'audit* a sample',
            // "Reviewers rate 1 % of answers", "LLM-as-judge scores a sample of 500 conversations".
            '# % of {answers|responses|predictions|decisions|outputs|conversations|transactions|recommendations|alerts|tickets|summaries} … {review*|rated|label*|annotat*|audited|checked|graded|scored|judged}',
            '{review*|label*|annotat*|rate|rates|rated|scor*|audit*|grade*|judge*|evaluat*|check*} # % of {answers|responses|predictions|decisions|outputs|conversations|transactions|recommendations|alerts|tickets|summaries}',
            '{review*|label*|annotat*|rate|rates|scor*|audit*|grade*|judge*|evaluat*|check*} {a|the} {random|daily|weekly|small|} sample of',
            '{audit*|review*} of # {random|randomly sampled|sampled} {answers|responses|predictions|decisions|outputs|conversations|transactions}',
            // "200 random drafts are graded by senior agents", "we sample 1 % of production conversations … the LLM judge".
            '# {random|sampled} {answers|responses|predictions|decisions|outputs|conversations|drafts|summaries|replies|transactions|tickets|calls} … {graded|reviewed|rated|checked|labelled|labeled|scored|judged|audited}',
            '{sample|samples|sampled|sampling} # % of {production|live|real|served} {conversations|answers|responses|predictions|outputs|transactions|sessions|calls|traces|tickets}',
            // "Every night 200 production conversations are sampled and graded by an LLM judge".
            '# {production|live} {conversations|answers|responses|predictions|transactions|tickets} … {sampled|graded|reviewed}',
          ],
          ru: ['{провер*|оценива*|просматрива*|размеча*} # случайн* {ответ*|резюме|диалог*|предсказан*|прогноз*|решени*|разговор*|звонк*|карточ*|черновик*|обращени*}', 'выборочн* {провер*|разметк*|оценк*}', 'выборк* {ответ*|предсказан*|прогноз*|решени*} … {размеча*|оценива*|провер*}', 'ручн* провер* выборк*', '{размеча*|оценива*|провер*|просматрива*|перепровер*} … выборк* … {ответ*|предсказан*|прогноз*|решени*} модел*', '# % {ответ*|предсказан*|решени*|диалог*} … {размеча*|оценива*|провер*}'],
          zh: ['抽样…评估', '抽样…标注', '抽检', '人工抽查', '{抽样|抽取}…{回答|预测|结果|对话|样本}…{人工|评估|审核|标注}'],
        },
      },
      // Quality computed on a cadence: "computes AUC on yesterday's labelled transactions every morning".
      // Verbs, not "a measurable increase" or "a quality score".
      measured: { cues: { en: ['{look|looks|looked|looking} at', '{=check|=checks|=checked|=checking}', '=inspects', '=inspected', '{compute|computes|computed|computing}', 'calculat*', '{evaluate|evaluates|evaluated|evaluating}', '{=measure|=measures|=measured|=measuring}', '{=reports|=reported|=reporting}', 'recomput*', '{=scores|=scored|=scoring}', '{=review|=reviews|=reviewed|=reviewing}', '{=grade|=grades|=graded|=grading}', '{=judge|=judges|=judged}', '{=compare|=compares|=compared|=comparing}',
        // A metric taken against what really happened: "weekly MAE of the ETA against actual arrival times".
        '{against|versus|vs} {the|} {actual|actuals|observed|realised|realized|real|true} …'], ru: ['счита*', 'рассчитыва*', 'вычисля*', 'оценива*', 'измеря*', 'сравнива*', 'смотрим', '=смотрит', '=смотрят', '=проверяет', '=проверяют', '=проверяем', 'просматрива*', 'сверя*'], zh: ['计算', '评估', '统计', '对比', '复盘', '查看', '回顾'] } },
      cadence: { cues: CADENCE, notInRate: true },
      // A quality metric said to be measured on live traffic: "weekly live precision from analysts' feedback".
      liveQuality: {
        cues: {
          en: ['{live|online|production} {precision|recall|accuracy|auc|ndcg|error rate|mape|wape|f1|hit rate}'],
          ru: ['{онлайн|боев*|продовы*} {точност*|полнот*|precision|recall|auc|ошибк*}'],
          zh: ['线上{准确率|召回率|精确率|auc|误差|误判率}'],
        },
      },
      monitoring: { cues: { en: ['model monitoring', 'quality monitoring', 'monitoring'], ru: ['мониторинг* качеств*', 'мониторинг*'], zh: ['效果监控', '监控'] } },
      // The model's outputs watched, which LABELLING counts as model monitoring: "настройка мониторинга предсказаний", "monitor the model's predictions".
      watchedModel: {
        cues: {
          en: ['{monitor|monitors|monitoring|track|tracking} {of|} {the|its|our|} {model|} {predictions|scores|outputs}', '{monitor|monitors|monitoring} {of|} the model'],
          ru: ['{мониторинг*|отслеживани*|отслежива*|мониторим|мониторить} {предсказаний|прогнозов|скоров|ответов модели|выходов модели|работы модели|модели}'],
          zh: ['{监控|监测|跟踪}{模型|}{预测结果|预测值|打分|输出|表现}', '{模型|}{预测结果|打分|输出}{监控|监测}'],
        },
      },
    },
    settledBy: [
      { parts: ['watch', 'quality'], weight: 0.85, minOtherWords: 1 },
      { parts: ['watch', 'qualityWord'], weight: 0.85, minOtherWords: 1 },
      { parts: ['logged'], weight: 0.8, minOtherWords: 1 },
      { parts: ['logOutputs', 'quality'], weight: 0.8, within: 'section', minOtherWords: 1 },
      { parts: ['logOutputs', 'measured'], weight: 0.75, within: 'unit', minOtherWords: 1 },
      { parts: ['logOutputs', 'sampled'], weight: 0.8, within: 'section', minOtherWords: 1 },
      { parts: ['logs', 'unsure'], weight: 0.75, minOtherWords: 1 },
      { parts: ['sampled'], weight: 0.8, minOtherWords: 1 },
      { parts: ['watch', 'quality'], weight: 0.8, within: 'unit', minOtherWords: 1 },
      { parts: ['watch', 'qualityWord'], weight: 0.8, within: 'unit', minOtherWords: 1 },
      { parts: ['measured', 'quality', 'cadence'], weight: 0.75, minOtherWords: 1 },
      { parts: ['measured', 'qualityWord', 'cadence'], weight: 0.75, minOtherWords: 1 },
      { parts: ['liveQuality', 'cadence'], weight: 0.75, minOtherWords: 1 },
      // Under a "Monitoring" / "Alerting" heading or column a quality metric is a watched one (a named metric, not "model performance").
      { parts: ['quality'], weight: 0.8, underHeading: MONITORING_HEADINGS, minOtherWords: 0 },
      { parts: ['watchedModel'], weight: 0.8, minOtherWords: 1 },
    ],
    exclude: joinCues(NOT_MODEL_METRICS, NOT_PRODUCT_METRICS, {
      en: [
        '{system|infrastructure|infra|server|cache|database|db|query|api|service|network|hardware|gpu|cpu} performance', 'performance of the {service|api|system|server|database|cluster|pipeline}',
        '{pipeline|application|app|resource|endpoint} performance', '{application|app|service|system} health',
        'data quality', 'code quality', 'quality of service', 'performance test*', 'load test*', 'performance budget',
        // Alerts that are a product or the model's own output: job alerts, SMS alerts, a fraud model's alerts.
        '{sms|email|e mail|push|price|job|marketing} alert*',
        // A cadence in a metric's name, not one of watching.
        '{daily|weekly|monthly} active*',
        // How much labellers agree is label quality, not the model's.
        // A metric's own definition in a metrics table ("Conversion rate | Tracks bookings", "Retention | Monitors
        // whether users return") or an evaluation remark ("for online evaluation, CTR can be tracked"): what a
        // metric measures, not a watch kept on the live model.
        '{rate|rates|retention|visits|score|ctr|metric|coverage|time} {=tracks|=monitors|=measures}', '{=tracks|=monitors} {whether|if}',
        '{can|could|may|might} be {tracked|monitored}',
        'inter {annotator|rater|labeler|labeller} agreement', 'agreement between {annotators|raters|labelers|labellers|reviewers}', '{annotator*|rater*|labeler*|labeller*} … kappa',
      ],
      ru: ['качеств* данн*', 'качеств* код*', 'производительност* {систем*|сервер*|сервис*}', 'системн* метрик*',
        // A service's errors watch the system: "алерты на 5xx ошибки API", «ошибки сервиса».
        'ошибк* {api|сервис*|сервер*|http|бэкенд*|backend|интеграци*|запрос*}', '{5xx|4xx|http|серверн*|системн*|сетев*} ошибк*', '{5xx|4xx} …',
        // Kept within a bound by a metric, not watched: "ошибочные блокировки — минимизация (контролируется через FPR)".
        'контролир* через {fpr|fnr|tpr|порог*|ограничени*|бюджет*|штраф*|регуляризаци*|калибровк*}'],
      // A service's error rate and latency watch the system: "监控接口耗时和错误率".
      zh: ['数据质量', '系统性能', '服务性能', '{接口|服务|请求|系统|api|http|调用}…错误率'],
    }),
    name: 'monitoring',
  },
});
