import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { AT_REQUEST_TIME, SERVING_STORES } from '../shared/serving-cues.js';

/** What the model produces: computed per request or ahead of time. */
const OUTPUTS = '{prediction*|inference|scoring|scores|ranking|rankings|recommendation*|detection|classification|forecast*|generation|processing|moderation|embedding*|decision*|computation|mode|transcription|translation|captioning}';

/**
 * Training as what a schedule is said of: "The model is retrained by a scheduled batch job",
 * «Обучение модели идёт … пакетной задачей по расписанию», 「模型每周重新训练一次，使用定时任务跑批」
 * schedule training, not predictions (a batch cue's `notSaidOf`).
 */
const TRAINING_RUN = {
  en: ['retrain*', 're train*', 'refit*', 're fit*', '{is|are|gets|get|being} {trained|fine tuned}', 'training {job*|run*|pipeline*|is|runs|happens|takes place}', '{we|they} {train|fine tune}', 'fine tun* {job*|run*|runs|happens}'],
  ru: ['переобуч*', 'дообуч*', '{обучени*|тренировк*} {модел*|идёт|идет|проходит|запуска*|выполня*}', '=обучаем', '=обучается', '=обучаются', '=обучаем', 'обучаем модел*'],
  zh: ['重新训练', '重训', '再训练', '训练任务', '模型训练', '{每天|每周|每月|每小时|定期|增量|全量}训练', '训练一次', '微调任务'],
};

// When predictions are made: ahead of time in a batch (precomputed, nightly,
// scheduled, stored for a lookup) or per request (online, in real time, on
// demand), or why one. A training batch size, offline or online *metrics*,
// and features recomputed daily are other questions (feature-store).
export default defineDocumentRule({
  meta: {
    id: 'batch-vs-online',
    step: 'serving',
    severity: 'info',
    appliesTo: 'always',
    description: 'Decides between precomputed (batch) and real-time prediction, or says why one.',
  },
  message: 'Batch or online prediction is not decided: say whether predictions are precomputed or computed per request and why, since it fixes the latency, freshness and cost of serving.',
  fix: {
    title: 'Decide batch vs online prediction',
    snippet: '- **Prediction mode:** ${1:online, per request}, because ${2:recommendations must reflect the session\'s searches}',
  },
  concept: {
    parts: {
      // Online prediction named as such.
      onlineMode: {
        cues: {
          en: [
            `{real time|realtime|online|synchronous|on demand|on the fly|per request|streaming|low latency} ${OUTPUTS}`,
            '{predict*|scor*|infer*|rank*|classif*|generat*|recommend*} {online|in real time|per request|at request time|on each request|on every request|on demand|on the fly|synchronously}',
            '{predict*|scor*|infer*|rank*|classif*|generat*|recommend*|process*|analy*|moderat*|detect*} … {in real time|at request time|on each request|on every request|on the fly|synchronously}',
            'at request time',
            // The mode stated with its unit of work: "Online, per comment: the classifier runs in the comment service".
            '{online|real time|synchronously|synchronous}, per {request|event|comment|post|message|transaction|order|item|query|document|ticket|call|payment|session|upload}', '{real time|realtime|synchronous|low latency} {api|endpoint|service}',
            // A generative system that streams its answer is computing it per request.
            '{answer*|response*|output*|replies|reply} … {streamed|stream* back}', 'stream* {the|its|their} {answer*|response*|output*|tokens}', 'token by token', 'token streaming',
            'micro batch*', 'near real time {processing|scoring|inference|prediction*|classification|detection}',
            '{served|serve|serving} {online|in real time|per request|synchronously}', 'event driven {scoring|inference|prediction*|classification|detection}',
            // "The agent runs online: each event on a case starts an agent step".
            '{runs|run|works|work|operates|operate|acts|act} {online|in real time|synchronously}',
          ],
          ru: [
            'онлайн {инференс*|предсказан*|прогноз*|скоринг*|ранжир*|режим*|рекомендац*|обработк*|генерац*}', 'инференс* {онлайн|в реальном времени|по запросу}',
            '{предсказан*|прогноз*|скоринг*|ранжир*|рекомендац*|генерац*|обработк*} в реальном времени', 'в момент запрос*', 'на каждый запрос', 'онлайн по запросу', 'в режиме {онлайн|реального времени}', 'режим* {онлайн|реального времени}',
            '{работа*|действу*|функционир*} {онлайн|в реальном времени|синхронно}',
          ],
          zh: ['在线推理', '在线预测', '在线计算', '在线打分', '在线排序', '实时推理', '实时预测', '实时计算', '实时打分', '实时推荐', '请求时计算', '在线运行', '实时运行',
            // Near-line: results refreshed by a stream within minutes of an event, neither a nightly batch nor per request.
            // Not "近实时更新" alone: "离线特征（近实时更新）" is how fresh the features are (feature-store), as en says.
            '近线', '{准实时|近实时}{预测|推理|打分|推荐|排序}'],
        },
      },
      // Batch prediction named as such.
      batchMode: {
        notSaidOf: TRAINING_RUN,
        cues: {
          en: [
            `{batch|offline|nightly|scheduled|precomputed|pre computed|bulk|daily|weekly|hourly|monthly} ${OUTPUTS}`, '{asynchronous|async} {prediction*|inference|scoring|classification|moderation|generation|detection}', 'batch job*', 'batch pipeline*', 'nightly job*', 'scheduled job*', 'cron job*',
            '{predict*|scor*|infer*|rank*|classif*|generat*|recommend*|comput*} {offline|in batch|in batches|nightly|asynchronously|in advance|ahead of time}',
            'precomput*', 'pre comput*', 'precalculat*', 'pre calculat*', 'pregenerat*', 'pre generat*',
            // Results handed over as a file are made ahead of their use: "the churn list … handed to the retention team as a CSV".
            '{list|lists|scores|predictions|forecasts|results} … {handed|sent|delivered|exported|emailed} … as a {csv|file|spreadsheet}',
          ],
          ru: [
            'асинхронн* {инференс*|предсказан*|прогноз*|скоринг*|классификац*|модерац*|генерац*}', '{пакетн*|батч*|офлайн*|оффлайн*|ночн*} {инференс*|предсказан*|прогноз*|скоринг*|расч*|режим*|обработк*|генерац*|индексац*|задач*}',
            'предрасч*', 'предварительно {рассчит*|посчит*|вычисл*}', 'рассчитыва* заранее', 'считаются заранее', 'по расписанию',
            // Результат передаётся файлом: «список … передаётся отделу удержания файлом».
            '{передаётся|передается|передаём|передаем|передаются|отправля*|выгружа*} … {файлом|в виде файла|в excel|в csv|таблицей}',
          ],
          zh: ['以{文件|表格|excel|csv}{形式|的形式}…{交给|发给|提供给|下发|推送}', '离线计算', '离线预计算', '预计算', '跑批', '离线跑', '离线推理', '离线预测', '离线生成', '批量预测', '批量计算', '批处理', '定时任务', '异步处理'],
        },
      },
      // When, without naming the output.
      online: {
        cues: {
          en: [
            ...(AT_REQUEST_TIME.en ?? []), 'immediate {blocking|removal|decision*|scoring|action}', 'inline', '=synchronous', '=synchronously', 'at upload*',
            // "Scores are computed online for each ad request": the output made live, one request at a time.
            '{computed|calculated|generated|produced|made} {online|live}', '{for|on|with} {each|every} {ad|search|page|api|incoming|user|http|feed|scoring|prediction|checkout|ranking|quote|pricing} request*', 'per {ad|search|page|api|incoming|user|feed|http|quote|pricing} request',
            // The moment something arrives or the user acts.
            'when {the|a} {user|member|customer|visitor} {opens|visits|loads|requests|searches|asks|logs in|starts}', '{each|every} time {the|a} {user|member|customer}', 'triggered by', 'event driven',
            '{as|when} {events|transactions|orders|messages|uploads|requests} {arrive|come in}', '{as|when} {they|it|events|transactions|orders|messages|payments} {stream|streams|flow|flows} in', '{on|for} {each|every} {event|transaction|order|message|upload|search|visit|session|call}', 'per {event|transaction|order|message|search|session}',
            'before {publish*|posting|it goes live|it is shown|the payment|payment|authori*|approval|checkout|the order}',
            // "Every comment is classified before it is published", "the model is called inside the checkout request".
            'before {it|they} {is|are|gets|get} {published|posted|shown|displayed|sent|approved|paid|authori*|accepted|delivered}',
            '{inside|within|during} the {checkout|search|booking|payment|login|page|api|http|user|incoming|} request',
            // "Each payment is scored while the customer waits at checkout".
            'while {the|a} {customer|user|member|buyer|shopper|caller|client|visitor|player|rider|driver|patient} {waits|is waiting}',
            '{each|every} {question|query|ticket|request|call|message|document|order|transaction|upload} as {it|they} {comes in|come in|arrives|arrive|lands|land}', 'as it {comes in|arrives|lands}',
            // "ServiceNow calls our webhook when a ticket is filed".
            'when {a|each|every} {ticket|order|claim|message|document|case|request|comment|post|issue} is {filed|created|submitted|opened|placed|received|uploaded|posted}',
          ],
          ru: [...(AT_REQUEST_TIME.ru ?? []), 'в момент {авторизац*|оплат*|платеж*|платёж*|заказ*|покупк*|звонк*|заявк*|транзакц*|входа|показ*|обращени*}', 'синхронн*', 'мгновенн*', 'немедленн*', 'при каждом {обращени*|вызов*|запрос*|открыти*}', 'до публикац*', 'до оплат*', 'на каждый {вопрос|звонок|заказ|тикет|документ|платеж|платёж}', 'на каждое {обращени*|событи*|сообщени*}', '{нужен|нужна|нужно|нужны} сразу', 'пока {оператор|клиент|пользователь} на линии', 'только онлайн', 'сразу после {звонк*|заказ*|запрос*|оплат*}', 'на каждую {заявк*|транзакци*|сесси*}', 'пока {клиент|пользователь|покупатель} ждет', 'пока {клиент|пользователь|покупатель} ждёт'],
          zh: [...(AT_REQUEST_TIME.zh ?? []), '同步', '立即', '即时', '发布前', '支付前', '{支付|下单|授权|交易|请求|查询|访问|登录}时'],
        },
      },
      batch: {
        notSaidOf: TRAINING_RUN,
        cues: {
          en: [
            'nightly', 'every night', 'each night', 'once a day', 'once per day', 'every # {hours|minutes}', 'every few hours', 'in advance', 'ahead of time', '=asynchronously', 'queued', 'in a queue', 'spark job*',
            '{hourly|daily|weekly|every hour|every day|each day} {job*|batch*|run*|pipeline*|refresh*|recomput*}',
            'batch', 'batches', 'in bulk', 'scheduled', 'airflow', 'cron', '{run*|comput*|recomput*|refresh*|generat*|updat*|produc*|scored|written} {daily|hourly|weekly|every day|each day|every week}',
            'can wait', 'sweep*', 'backlog', 'review queue*', 'weekly', 'monthly', 'once a {week|month}', '{every|each} {week|month|morning|monday}',
            // A time of the day or the month a job runs at: "computed overnight", "Sunday night", "on the first of each month".
            'overnight', 'at night', '{sunday|monday|tuesday|wednesday|thursday|friday|saturday} {night|morning|evening}', 'on the {first|last} {day|} of {each|every|the} month',
          ],
          ru: ['{первого|последнего} числа', 'в ночь на', 'пакетн*', 'батч*', 'заранее', 'раз в # {минут*|час*|секунд*}', 'каждые # {минут*|час*|секунд*}', 'раз в час', 'ежечасно', 'раз в сутки', 'раз в день', 'каждую ночь', 'ежедневн* {расч*|пересч*|задач*}', 'ночью', 'по расписанию', 'периодическ*', 'ежедневно', 'еженедельно', 'раз в неделю', 'раз в месяц', 'каждое утро', 'может подождать', 'подождет', 'асинхронн*', 'в очеред*'],
          zh: ['夜间', '凌晨', '每月…号', '批量', '每天', '每晚', '定时', '每隔', '每…分钟', '每…小时', '提前', '异步', '排队', '每周', '每小时', 'T+1', '天级', '小时级'],
        },
      },
      // What is computed.
      output: {
        cues: {
          en: ['prediction*', 'predict*', 'inference', 'scores', 'scored', 'scoring', 'forecast*', 'recommendation*', 'ranking', 'rankings', 'ranked', 'classif*', 'detection', 'embedding*', 'generation', 'answers', 'verdict*',
            // An ETA computed is an arrival-time model's prediction ("the ETA is computed per request"); not a queue's "queued with ETA".
            '{=eta|=etas} {is|are} {computed|calculated|predicted|estimated|served|recomputed|refreshed}'],
          // A job's verdicts, not people's labels: "задача размечает новые объявления" (асессоры размечают — другое).
          ru: ['{задача|джоба|джоб|скрипт|сервис|модель|классификатор} {размечает|помечает|проставляет}', 'предсказан*', 'прогноз*', 'инференс*', 'скор*', '=оцениваем', '=оценивается', '=оцениваются', 'рекомендац*', 'ранжир*', 'рейтинг*', 'классифи*', 'эмбеддинг*', 'генерац*', 'озвучк*', 'синтез*', 'ответ* {модел*|ассистент*|бота|агент*|llm|ллм}', '{ответ*|текст*|резюме|саммари|черновик*} {генериру*|формиру*|сгенериру*}', 'подсказк* {модел*|оператор*|ассистент*}'],
          zh: ['预测', '推理', '打分', '{任务|模型|脚本}…打标', '推荐', '排序', '向量', '嵌入', '生成', '结果', '名单'],
        },
      },
      // The model run, which is the prediction whatever it is called.
      call: {
        cues: {
          en: ['{model|classifier|ranker|scorer|llm} {is|are|gets} {called|invoked|run|queried|executed}', '{call*|invok*|query*|run*} the {model|classifier|ranker|scorer|llm}',
            // "The model runs as a gRPC service that the payment gateway calls for every transaction."
            '{model|classifier|ranker|scorer} {runs|is deployed|is served|is exposed|sits} {as|behind} … {service|microservice|api|endpoint}'],
          ru: ['модел* {вызыва*|запуска*|применя*}', '{вызов*|запуск*|вызыва*|запуска*|применя*} модел*'],
          zh: ['调用模型', '模型调用', '运行模型'],
        },
      },
      // One mode ruled out: "does not need real-time inference", "streaming, not batch ETL".
      notOnline: {
        negationIsContent: true,
        cues: {
          en: ['{no|not|without} {need|needed|required|requirement} for {real time|realtime|online|instant*}', '{does|do} not {need|require} {real time|realtime|online|instant*}', "{doesn't|don't} {need|require} {real time|realtime|online|instant*}", 'no real time', 'not real time', 'not in real time', 'not online', 'nothing is computed per request'],
          ru: ['не {требуется|нужен|нужна|нужно|нужны} {онлайн*|в реальном времени|реалтайм*}', '{онлайн*|реалтайм*} {не нужен|не нужна|не нужно|не требуется}', 'в реальном времени не {требуется|нужн*}', 'не в реальном времени'],
          zh: ['无需实时', '不需要实时', '不要求实时', '非实时'],
        },
      },
      notBatch: {
        negationIsContent: true,
        cues: {
          en: ['not {batch|precomput*|pre comput*|in advance|ahead of time|nightly}', 'no {batch|precomput*|pre comput*}', '{instead of|rather than} {batch|precomput*|pre comput*|in advance}', 'cannot be {precomput*|pre comput*|computed in advance|prepared in advance}',
          ],
          ru: ['{нельзя|невозможно|нет возможности} … заранее', 'не заранее', 'не {пакетн*|батч*}', 'вместо {пакетн*|батч*}'],
          zh: ['无法预先', '不能预先', '无法提前', '不能提前', '而非离线', '不是离线'],
        },
      },
      // The prediction itself said not to be computable ahead of time: "Can't precompute: the queue changes minute to minute".
      cantPrecompute: {
        negationIsContent: true,
        cues: {
          en: [
            "{can't|cannot|can not|couldn't} {precomput*|pre comput*|precalculat*}",
            "{scores|predictions|answers|results|forecasts|recommendations|rankings|it|they|etas|summaries|replies} {can't|cannot|couldn't} be {precomput*|pre comput*|precalculat*|batched}",
            "{scores|predictions|answers|results|forecasts|recommendations|rankings|it|they|etas|summaries|replies} {can't|cannot} be {computed|generated} {in advance|ahead of time}",
            'nothing {is|gets|can be} {precomput*|pre comput*|generated|computed|scored|prepared} … {in advance|ahead of time}', 'nothing {is|gets} {precomput*|pre comput*}',
          ],
          ru: ['заранее ничего не {счита*|рассчитыва*|генериру*|готов*|вычисля*}', 'ничего не {считаем|считается|рассчитываем|генерируем|готовим} заранее', '{ответ*|прогноз*|скор*|рекомендац*|предсказан*|результат*} нельзя {посчитать|рассчитать|подготовить|сгенерировать} заранее'],
          zh: ['无法预先计算', '不能预先计算', '无法提前计算', '不能提前计算'],
        },
      },
      // A mode as a table cell or a list item's label under a "Mode" column or heading ("| Online | fresh context | ✓ |").
      modeCell: {
        notSaidOf: TRAINING_RUN,
        cues: {
          en: ['=batch', '=online', 'real time', 'realtime', 'offline', 'on demand', 'precomputed', 'streaming'],
          ru: ['онлайн', 'пакетн*', 'батч*', 'офлайн*', 'оффлайн*', 'в реальном времени', 'реалтайм*'],
          zh: ['离线', '在线', '实时', '批量'],
        },
      },
      // Kept where a request reads it: computed ahead of time.
      stored: {
        cues: {
          en: ['stored in', 'store* … in', 'written to', 'writes … to', 'saved {to|in|into}', 'loaded into', '=cached', 'served from', 'read from', 'looked up', ...(SERVING_STORES.en ?? []).filter((cue) => !cue.startsWith('=') && cue !== 'kv')],
          ru: ['пиш* {обратно|} в {базу|таблицу|бд|хранилищ*|витрин*}', 'сохраня* в', 'сохранен* в', 'записыва* в', 'запис* в', 'кладут* в', 'кладем в', 'хранятся в', 'чита* из', 'достаются из', 'кэшир*', 'кешир*', 'redis'],
          zh: ['写入', '存入', '存储在', '缓存', '读取', '查表'],
        },
      },
    },
    settledBy: [
      { parts: ['onlineMode'], weight: 0.85, minOtherWords: 1 },
      { parts: ['batchMode'], weight: 0.85, minOtherWords: 1 },
      { parts: ['online', 'output'], weight: 0.8 },
      { parts: ['batch', 'output'], weight: 0.8 },
      { parts: ['online', 'output'], weight: 0.75, within: 'unit' },
      { parts: ['online', 'call'], weight: 0.8 },
      { parts: ['batch', 'call'], weight: 0.8 },
      { parts: ['batch', 'output'], weight: 0.75, within: 'unit' },
      // Results stored where a request reads them: computed ahead of time.
      { parts: ['output', 'stored'], weight: 0.65 },
      // The two modes weighed: "on the fly, since dialogues cannot be voiced in advance".
      { parts: ['online', 'batch'], weight: 0.75, minOtherWords: 2 },
      // "Threats need immediate blocking. Spam can wait for the hourly sweep.": the two modes per case.
      { parts: ['online', 'batch'], weight: 0.7, within: 'unit', minOtherWords: 2 },
      { parts: ['online', 'notBatch'], weight: 0.8 },
      { parts: ['notOnline'], weight: 0.8, minOtherWords: 1 },
      // Batch ruled out is online decided: "Can't precompute: queue length changes minute to minute."
      { parts: ['cantPrecompute'], weight: 0.75, minOtherWords: 1 },
      // Modes weighed in a table or list under a "Mode" column or heading: each row is a mode with its pros and cons.
      { parts: ['modeCell'], weight: 0.75, underHeading: { en: ['mode', 'modes', '{inference|serving|prediction|scoring|deployment} {mode*|type|option*}'], ru: ['режим*'], zh: ['方式', '模式', '推理方式', '预测方式'] }, minOtherWords: 1 },
    ],
    headings: {
      en: ['batch vs online', 'online vs batch', 'batch or online', 'prediction mode', 'inference mode', 'serving mode', 'batch inference', 'online inference', 'real time inference'],
      ru: ['тип инференс*', 'режим инференс*', 'режим работ*', 'онлайн инференс*', 'пакетн* инференс*'],
      zh: ['推理模式', '在线推理', '离线推理', '实时推理'],
    },
    exclude: {
      en: [
        'batch size*', 'mini batch*', 'minibatch*', 'batch norm*', 'batch normali*', 'batch train*', 'train* in batches', 'in batches of', 'batch effect*',
        'offline metric*', 'offline evaluation*', 'offline experiment*', 'offline test*', 'offline training', 'offline data', 'offline analys*', 'offline store', 'offline feature*', 'offline replay*',
        'online metric*', 'online evaluation*', 'online experiment*', 'online a b', 'online test*', 'online learning', 'online store', 'online feature*', 'online shop*', 'online retail*',
        'online marketplace*', 'online platform*', 'online bank*', 'online payment*', 'online course*', 'online training', 'online update*',
        'real time feature*', 'real time signal*', 'real time monitor*', 'real time dashboard*', 'real time alert*', 'real time analytic*', 'real time event*',
        'features in real time', '{comput*|updat*|refresh*} {features|the features|our features}', 'in batches from', '{ingest*|consum*|load*} … {batch|batches}',
        // (A training job run in batch is the batch cues' `notSaidOf`: TRAINING_RUN.)
        '{weekly|monthly|daily} {report*|dashboard*|review*|meeting*|training|sync*}',
        // A metric watched on a schedule, not predictions made on one: "weekly NDCG@3 values", "daily AUC checks".
        '{weekly|monthly|daily|nightly} {ndcg*|auc|mrr|recall|precision|metric*|values|checks|check|evaluation*|eval|evals|quality}',
        'ranking {loss|metric*|objective}', '{nightly|daily|weekly|scheduled|offline} retrain*', 'train* offline', 'evaluat* offline', 'evaluat* online',
        // Both modes offered, neither chosen: "predictions can be computed in batch or online".
        '{can|could} be {computed|done|run|served|scored} in {batch|online|real time} or {online|batch|real time|on demand}', '{either|whether} {batch|online|real time|offline} or {online|batch|real time|offline|on demand}',
        // The forecast's lead time, not when it is computed: "predicting cancellations in advance", "to forecast failures ahead of time"
        // (a verb with its object; "predictions are computed in advance" stays batch).
        '{=predicting|=forecasting|=anticipating|=foreseeing} … {in advance|ahead of time}', 'to {=predict|=forecast|=anticipate|=foresee} … {in advance|ahead of time}',
        // A teacher model run over data to make training labels: "the teacher does bulk inference, distilled into a student".
        '{teacher|labeler|labeller|annotator|judge|pseudo label*} … {bulk|batch|offline} {inference|scoring|prediction*|labelling|labeling}', '{bulk|batch|offline} {inference|scoring|labelling|labeling} … {distill*|pseudo label*|training labels|silver labels}',
      ],
      ru: [
        'онлайн метрик*', 'офлайн метрик*', 'оффлайн метрик*', 'онлайн оценк*', 'офлайн оценк*', 'оффлайн оценк*', 'онлайн эксперимент*', 'онлайн тест*', 'офлайн тест*',
        'размер батч*', 'онлайн обучен*', 'дообучен*', 'переобуч*', 'онлайн магазин*',
        '{можно|может} … {батч*|пакетн*|офлайн*|онлайн*} или {онлайн*|батч*|пакетн*|в реальн* времени}',
        // Горизонт прогноза, не режим: "прогнозирование вероятности отмены заранее", "заранее предупредить об оттоке".
        '{прогнозир*|спрогнозир*|предсказыва*|предсказат*|предугад*|предупред*|предупрежд*|выявля*} … заранее', 'заранее {прогнозир*|спрогнозир*|предсказыва*|предсказат*|предугад*|предупред*|предупрежд*|выявля*}',
      ],
      zh: ['离线指标', '在线指标', '离线评估', '在线评估', '在线实验', '离线训练', '在线学习', '批大小', '提前{预测|预判|预警|识别|发现}',
        'teacher…{bulk|batch|offline} inference', '{批量|离线}{推理|预测}…{蒸馏|打标|标注|伪标签}', '{教师模型|大模型}…{批量|离线}{推理|打标|标注}',
        // 特征的离线计算，不是预测的离线计算："特征每天离线计算一次，写入特征库".
        '特征{每天|每小时|每周|定时|离线|批量}…{计算|更新|跑批|写入}', '{离线|批量}计算…特征',
        // 写入的是指标、日志或特征，不是预测结果："评估指标写入 MLflow".
        '{指标|日志|特征|标签|样本|模型文件}写入'],
    },
    name: 'onlineMode',
  },
});
