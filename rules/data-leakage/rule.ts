import { defineDocumentRule } from '../../server/engine/rule-kit.js';

/** How a feature value comes to be, and the moments it must precede ("aggregated … before the transaction"). */
const BUILT = ['computed', 'calculated', 'aggregated', 'built', 'generated', 'snapshotted', 'extracted', 'taken', 'frozen', 'materialized', 'materialised', 'known', 'available', 'collected', 'observed', 'joined', 'use', 'uses', 'used', 'happened', 'occurred'];
/** What a later evaluation period is made of ("the following two weeks", "the last month", "more recent sessions"). */
const LATER_SPAN = '{week*|month*|day*|period*|year*|quarter*|window*|data|events|transactions|sessions|interactions|orders|impressions|snapshot*}';
const MOMENT = '{event|label|prediction|transaction|impression|application|decision|cutoff|outcome|click|purchase|booking|forecast origin|forecast date}';
/** Calendar periods a split in time is written with ("train on January–September, test on October"). */
const PERIOD = '{january|february|march|april|=may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q1|q2|q3|q4|#}';
/** Named periods: a month, a quarter, a numbered week or month ("train on January–June", "train on weeks 1–10"). */
const NAMED_PERIOD = '{january|february|march|april|june|july|august|september|october|november|december|q1|q2|q3|q4}';
const NUMBERED_PERIOD = '{week|weeks|month|months|day|days|quarter|quarters|year|years} #';
const PERIOD_RU = '{январ*|феврал*|март*|апрел*|ма*|июн*|июл*|август*|сентябр*|октябр*|ноябр*|декабр*|#}';
/** What happens after the moment of prediction: an outcome, a decision, a later process step. */
const LATER_MOMENT = '{loan|claim|order|transaction|application|booking|purchase|payment|label|outcome|event|decision|approval|prediction|impression|click|delivery|shipment|checkout|signup|sign up|visit|call|ticket|case|diagnosis|admission|discharge|fact}';

export default defineDocumentRule({
  meta: {
    id: 'data-leakage',
    step: 'data',
    severity: 'error',
    appliesTo: 'always',
    description: 'Addresses leakage: time-based split, point-in-time features, nothing computed after the label event.',
  },
  message: 'Data leakage is not addressed: say how the split and the features avoid information from after the label event (time-based split, point-in-time joins), or offline metrics will overstate the model.',
  fix: {
    title: 'Add a leakage guard',
    snippet: '- **Leakage:** split by time (train on ${1:weeks 1–8}, validate on ${2:week 9}, test on ${3:week 10}); features are joined as of ${4:the impression time}, never from after the label event',
  },
  variants: {
    generative: {
      message: 'Leakage is not addressed: say how the evaluation set is kept apart from what the system learns or retrieves from (golden questions not in few-shot examples or fine-tuning data, documents dated before the questions), or offline scores will overstate answer quality.',
      fix: { title: 'Add a leakage guard', snippet: '- **Leakage:** ${1:golden-set questions} are never used as ${2:few-shot examples or fine-tuning data}; ${3:retrieved documents are filtered to those published before the question}' },
    },
    forecasting: {
      message: 'Leakage is not addressed: say how backtests use only what was known at each forecast date (rolling-origin splits, features as of the forecast date, no future prices or promotions), or backtest errors will understate real ones.',
    },
  },
  // Leakage is addressed in a concrete way: a split in time (train on the
  // past, evaluate on what came after), features as of the prediction time, or
  // a stated guard against information from after the label event. The word
  // "leakage" in a list of topics, without how, is not.
  concept: {
    parts: {
      timeSplit: {
        cues: {
          en: [
            'time based split*', 'time based validation', 'time based holdout', 'time based cross validation', 'temporal split*', 'temporal validation', 'temporal holdout',
            'chronological split*', 'split chronologically', 'split … chronologically', '{split*|partition*} … by {review|event|order|transaction|creation|posting|publication|request|session|booking} {date|time|timestamp|day|month}', 'split* by … {date|timestamp}', 'out of time', 'split by time', 'split … by time', 'split by date', 'split … by date',
            'split on time', 'split in time', 'time split', 'time series split*', 'timeseriessplit', 'time series cross validation', 'walk forward', 'rolling window validation',
            'rolling origin', 'sliding window validation', 'expanding window', 'forward chaining', 'prequential',
            'temporal cross validation', 'time aware {split*|validation|cross validation|holdout|evaluation}',
            // Terse notes name the period the split is cut by: "split by week", "split by day, last 7 days = test".
            '{split*|partition*} … by {day|days|week|weeks|month|months|quarter|quarters|calendar week|hour}',
            // "The test period always comes after the training period."
            '{test|evaluation|validation|holdout} {period|window} … {after|follow*} the {training|train} {period|window|data}', 'time ordered {split*|validation|holdout}', '!OOT',
            'split* … by {event|request|transaction|order|impression|creation|submission|publication|label|application|booking|posting} {time|date|timestamp}',
            '{train*|test*|validation|split*|holdout} … {cutoff|cut off} {date|time|day|timestamp|point}', 'embargo period', 'purged {k fold|cross validation|split*}',
            '{gap|buffer} between {the|} {train*|training} … {test*|validation|evaluation}', '{gap|buffer|embargo} between the end of {the|} {train*|training}', '{cutoff|cut off} {date|time|day|timestamp} … {train*|test*|validation|split*|holdout}',
          ],
          ru: [
            'разбиени* по времени', 'разделени* по времени', 'разбива* по времени', 'дел* по времени', 'временн* разбиени*', 'временн* сплит*', 'хронологическ* разбиени*', 'out of time', 'скользящ* окн*', 'по дате',
            '{разби*|раздел*|дел*|сплит*} … по {времени|дате|датам}', 'сплит* по времени', '{разби*|раздел*|дел*|сплит*} … по {дням|неделям|месяцам|кварталам}', 'временн* валидац*', '{тестов*|валидацион*|отложенн*} {период*|окн*|выборк*} … {после|позже} {обучающ*|трейн*|периода обучения}', 'валидац* по времени', 'кросс валидац* по времени', 'валидац* на {отложенн*|последн*|следующ*} {период*|месяц*|недел*}',
          ],
          // "用前 7 天数据训练，第 8 天数据评估": the earlier days train, a later day evaluates.
          // "按日期排序，前 80% 天作训练、后 20% 天作验证": ordered by date, the earlier part trains.
          // "用前 60 天预测，验证后 30 天", "取前 10 个月拟合，测试最后 2 个月": the verb of the later part before its period
          // ('用' matches inside 使用 too: Chinese cues match as text; kept small, a cue may expand to 256 phrases at most).
          zh: ['{用|取|使用}前…{天|周|月}…训练…{第|后|最后}…{天|周|月}…{评估|验证|测试}', '{用|取}前…{天|周|月}…{训练|拟合|预测}…{验证|测试}{后|最后}…{天|周|月}', '按{日期|时间|时间戳}排序…{训练|验证|测试}', '按时间划分', '按时间切分', '按时间拆分', '时间切分', '时间划分', '按日期划分', '滚动窗口', '时间序列交叉验证', '跨时间验证', '时间外验证', '按时间顺序划分', '按时间先后划分', '时间序列划分', '按天划分', '按周划分', '按月划分', '按天切分', '按周切分', '按月切分',
            // The verb and "by time" apart: "切分数据集的时候按时间", "数据集按时间先后切分".
            '{切分|划分|拆分|分割}…按{时间|日期}', '按{时间|日期}…{切分|划分|拆分|分割}'],
        },
      },
      // A backtest evaluates on later periods only when what is backtested is a forecast, or the backtest
      // is laid out in time (rolling origins, walk-forward); replaying fraud rules or a scorer on last
      // month's data is a backtest with no train/test split in time.
      // The moment a feature is taken at, which a feature word makes the feature's: "признаки замораживаем в день выдачи".
      atMoment: {
        cues: {
          en: [`{at|as of} the {day|date|moment} of the ${LATER_MOMENT}`, `on the {day|date} of the ${LATER_MOMENT}`],
          ru: ['{в|на} {день|момент|дату} {выдач*|подач*|заявк*|событи*|прогноз*|скоринг*|решени*|транзакци*|заказ*|покупк*|показ*|клик*|отсечк*|среза|снапшот*|снэпшот*|оформлени*}'],
          zh: ['{放款|申请|下单|交易|曝光|点击|预测|打分|请求|授信|事件}{当天|当日|当时|时刻}'],
        },
      },
      // How a feature's value is fixed at that moment: "frozen", "taken", «замораживаем», 「取」 (not "displayed on the day of").
      takenVerb: {
        cues: {
          en: BUILT.map((verb) => `=${verb}`),
          ru: ['заморажива*', 'замороз*', 'фиксиру*', 'зафиксир*', 'берём', 'берем', 'берутся', 'беру*', 'счита*', 'рассчитыва*', 'восстанавлива*', 'снима*', 'собира*', 'строятся', 'строим'],
          zh: ['取', '计算', '冻结', '快照', '统计', '生成'],
        },
      },
      backtest: { cues: { en: ['backtest*', 'back test*'], ru: ['бэктест*', 'бектест*'], zh: ['回测'] } },
      forecast: {
        cues: {
          en: ['forecast*', 'time series', 'demand prediction*', 'sales prediction*'],
          ru: ['прогноз* {спрос*|продаж*|выручк*|нагрузк*|потреблени*|объем*|цен*}', 'прогнозирован* {спрос*|продаж*|выручк*|нагрузк*|потреблени*|объем*|цен*}', 'временн* ряд*', 'forecast*'],
          zh: ['{销量|销售|需求|客流|流量|库存|负荷|用电|用电量|价格|收入|订单量|单量|话务量|业务量}预测', '时序预测', '时间序列', '预测未来'],
        },
      },
      backtestInTime: {
        cues: {
          en: ['rolling', 'walk forward', 'expanding window', '{forecast|prediction} {origin*|date*|cutoff*|point*}', 'origin*', '{cutoff|cut off} {date*|point*}', '{trained|fitted|fit|refit|retrained} … {up to|only on|on data before|before|prior to}', 'out of time'],
          ru: ['скользящ*', 'расширяющ* окн*', 'walk forward', 'точк* прогноз*', 'дат* {прогноз*|среза|отсечени*}', '{обуча*|обучени*|переобуча*} … {до|только на данных до}'],
          zh: ['滚动', '逐月', '逐周', '逐日', '扩展窗口', '预测起点', '截止日', '{训练|拟合}…{截至|之前的数据}'],
        },
      },
      pointInTime: {
        cues: {
          en: ['point in time', 'as of join*',
            // "All features are snapshotted at the cutoff date".
            '{snapshotted|frozen|computed|taken} at the {cutoff|snapshot|observation|reference} {date|time|point|day}', 'as of … {time|timestamp|date|moment}', 'strictly before the {event|prediction|decision|request|transaction|label|impression}', 'as of the event', 'as of the transaction', 'as of the request', 'as of prediction time', 'as of the prediction', 'time travel', 'feature snapshot* at', 'snapshot at prediction time', 'available at prediction time', 'available at inference time', 'known at prediction time', 'known at decision time', 'at scoring time',
            'as of the {impression|click|order|application|decision|booking|authorisation|authorization|cutoff|snapshot|request|scoring|forecast origin}', 'as known at',
            // "built from daily snapshots of the profile taken before the impression": the state before the moment, not today's.
            'snapshot* … {taken|made|captured|frozen|computed} {before|prior to|at} the {impression|request|event|transaction|order|application|decision|prediction|click|label|booking|cutoff}', 'as it was at the time', 'as they were at the time',
            '{values|state|snapshot*|features} at the time of {the|each} {prediction|request|event|transaction|decision|application|order|impression|scoring}', 'event time join*', 'historical feature snapshot*', 'snapshot* of {features|the features|feature values}',
            'features … {only|solely} … {past|historical|prior} {data|events|information}',
            // "Velocity features only count transactions strictly earlier than the one being scored."
            '{earlier than|before|prior to} the {one|transaction|event|order|request|impression|application|payment|session|item|claim} being {scored|predicted|ranked|classified|served|decided}',
            // Features logged when the prediction is served and joined to labels later ("log and wait").
            '{feature*|values} … {logged|recorded|snapshotted|captured} at {serving|request|prediction|inference|scoring|impression|decision} time', 'log and wait', 'logged at serving time',
            '{log|logs|logged|record|records|snapshot|snapshots} the feature* … at {serving|request|prediction|inference|scoring|impression} time',
            // Features matched to labels by the moment they describe: "joined to labels by the snapshot date".
            '{joined|matched} to {the|} labels {by|on} the {snapshot|event|observation|cutoff|prediction} {date|time|timestamp}', 'as {they were|it was} at {impression|request|prediction|serving|decision|scoring|event|transaction|order|click} time',
          ],
          ru: ['на момент прогноз*', 'на момент предсказан*', 'на момент событи*', 'на момент решени*', 'доступн* на момент', 'point in time', 'по состоянию на момент', 'на момент {транзакци*|заказ*|заявк*|запрос*|показ*|скоринг*|отклик*|клик*}', 'снапшот* признаков', 'срез* признаков на',
            // "Все признаки берём по состоянию на дату подачи заявки".
            'по состоянию на {дату|день|момент}', 'на дату {подач*|заявк*|событи*|прогноз*|скоринг*|решени*|выдач*|транзакци*|заказ*|отсечк*}',
            // A monthly snapshot design: "признаки считаются строго на дату среза".
            'на {дату|момент|день} {среза|снапшота|снэпшота}',
            // The state on the day of the event: "признаки восстанавливаются на состояние дня выдачи кредита".
            'на состояни* {дня|даты|момента|на дату|на момент|на день}'],
          zh: ['时间点正确', '预测时刻可用', '截至预测时', '特征快照', '预测时刻之前', '事件发生前', '截至…时刻', '{只|仅}{使用|用|采用|基于}…之前的数据',
            // Features as they were before the event, said as people write it: "特征取曝光前一天的分区", "不会用到曝光之后的数据".
            '{曝光|下单|点击|申请|交易|请求|打分|预测|样本|事件}{前|之前}{的|}{数据|分区|快照|特征|行为|统计}',
            // The state at the moment of the event: "特征取放款当天的快照", "点击之前已经发生的事件".
            '{曝光|下单|点击|申请|交易|请求|打分|预测|放款|授信|事件}{当天|当日|当时|时刻|时点}的{快照|状态|数据|特征}', '{曝光|下单|点击|申请|交易|请求|打分|预测|放款|事件}{前|之前}{已经|已|}{发生|产生|出现}的', '{曝光|下单|点击|申请|交易|请求|打分|预测|样本|事件}{时刻|时间点|时间}{前|之前}', '取{曝光|下单|点击|申请|交易|请求|打分|预测|样本}{前|之前}',
            '不{会|}{用到|使用|用}…{曝光|下单|点击|交易|请求|预测|样本|事件|标签}{之后|以后}的',
            // "特征均按曝光时刻计算": features as of the moment of the event.
            '按{曝光|下单|点击|请求|交易|打分|预测|样本|申请}{发生|}时刻{计算|统计|生成|获取|取数|回溯}', '按{曝光|下单|点击|请求|交易|打分|预测|样本|申请}{发生|}{时刻|时间点}的{快照|状态|数据}',
            // "不使用之后产生的行为": nothing that happened afterwards.
            '不{会|}{用到|使用|用}{之后|以后|事后}{产生|发生|出现}的'],
        },
      },
      leak: {
        negationIsContent: true,
        // "Leakage" in the ML sense: information from after the label, or from the test
        // set, reaching training. A "PII leak" or a "memory leak" is another sense (exclude).
        cues: {
          en: ['leakage', 'future data', 'future information', '{information|data|values|anything} from after the', 'future values', 'future events', 'look ahead', 'lookahead', 'look ahead bias', 'post event', 'after the label', 'after the event', 'after the outcome', 'after prediction time', 'overlap* between train*', 'same user* in both', '{appear*|appears|present|included|show* up} in both {train*|the train*|splits|sets}', 'leak* into train*', 'leak* into the model', 'leak* the label', 'leak* the target',
            'from the future', 'peek* into the future', 'leak* the future', 'leaking future', 'look* into the future', 'future leak*', 'peeking', 'data contamination', 'test set contamination', 'benchmark contamination', 'contamination of the {test|eval*|golden}'],
          ru: ['утечк* данн*', 'утечк* целев*', 'утечк* таргет*', 'утечк* метк*', 'утечк* информац* из', 'утечк* при обучени*', 'утечк*', 'данн* из будущего', 'информаци* из будущего', 'заглядывани* в будущее', 'заглядыва* в будущее', 'подглядыва*', 'после событи*', 'после целев*'],
          // 泄露 is the everyday spelling, and bare it is mostly a breach ("数据泄露", "隐私泄露"): only where a label or feature leaks.
          zh: ['数据泄漏', '标签泄漏', '特征泄漏', '答案泄漏', '泄漏', '数据穿越', '特征穿越', '穿越', '未来数据', '未来信息', '未来的…{信息|数据|特征|标签}', '标签泄露', '特征泄露', '目标泄露', '答案泄露', '目标变量泄露'],
        },
      },
      guard: {
        negationIsContent: true,
        cues: {
          en: ['avoid*', 'prevent*', 'no', 'not', 'without', 'never', 'guard*', 'eliminat*', 'exclud*', 'remov*', 'drop*', 'only', 'ensur*', 'check* for', 'detect*', 'mitigat*', 'strictly before', 'prior to', "don't", "doesn't", 'cannot'],
          ru: ['избега*', 'избежа*', 'исключ*', 'не', 'без', 'только', 'предотвра*', 'убира*', 'удаля*', 'провер*', 'чтобы не', 'строго до'],
          zh: ['避免', '防止', '排除', '去除', '只使用', '仅使用', '只用', '仅用', '杜绝', '不使用', '不能', '保证不', '确保不', '保证没有', '确保没有'],
        },
      },
      trainPast: {
        cues: {
          en: ['{train*|fit*} … {earlier|older|before|prior to|preceding|first #}', '{earlier|older} data … train*'],
          ru: ['{обуча*|обучени*|трейн*} … {ранн*|предшеству*|до|перв*}'],
          // "训练集用前 14 天": the first days for training.
          zh: ['用之前的数据训练', '较早的数据训练', '训练集早于', '训练集{用|取|为}前'],
        },
      },
      evalFuture: {
        cues: {
          // "Following", "next" and "last" only with a period or data after them:
          // "evaluated with the following metrics" is not a split in time.
          en: [
            ...['test*', 'validat*', 'evaluat*', 'holdout', 'hold out'].map((verb) => `${verb} … {later|more recent|most recent|subsequent|following|next|last|final|future} ${LATER_SPAN}`),
            '{test*|validat*|evaluat*|holdout|hold out} … {that|which} follow*', ...['test*', 'validat*', 'evaluat*', 'holdout', 'hold out'].map((verb) => `${verb} … {following|subsequent|next|last|final} # ${LATER_SPAN}`),
            // A range of the latest days: "Validation window: last 7-14 days".
            ...['test*', 'validat*', 'evaluat*', 'holdout', 'hold out'].map((verb) => `${verb} … {last|final|latest|most recent} # # {day*|week*|month*}`), '{test*|validat*|evaluat*|holdout|hold out} … {last|final} # {of|percent}', 'unseen future',
            '{later|more recent|most recent|future} data … {test*|validat*|evaluat*}', 'later period', 'future period',
            // "Eval set: sessions from the week after the training cutoff".
            '{after|following|past} the {training|train} {cutoff|cut off|window|period|end date}',
            // An out-of-time set: "loans dated after the latest date in the development sample".
            '{dated|issued|opened|made|placed|taken} after the {latest|last|max*} date … {training|development|modelling|modeling} {sample|set|data}',
            // The period named first ("the most recent week of each user is held out as the test set").
            ...['most recent', 'latest', 'last', 'final'].flatMap((first) => [
              `${first} ${LATER_SPAN} … {held out|hold out|holdout|kept out}`, `${first} ${LATER_SPAN} … as {the|a} {test|validation|holdout|evaluation}`,
              `${first} {interaction|event|purchase|click|session|order|item|play|visit} … {held out|hold out|kept out}`, `${first} {interaction|event|purchase|click|session|order|item|play|visit} … as {the|a} {test|validation|holdout}`,
            ]),
            'leave last {out|one out}',
            // "last 7 days = test", "the last two weeks for validation".
            '{last|final|latest|most recent} # {day*|week*|month*|quarter*|year*} … {test|tests|test set|validation|holdout|hold out|held out|eval|evaluation}',
            // A metric named on a later period: "offline nDCG@10 on the last two weeks of sessions, training on the eight weeks before".
            ...['ndcg', 'auc', 'recall', 'precision', 'mape', 'wape', 'rmse', 'mae', 'log loss', 'accuracy', 'mrr', 'f1', 'metrics'].map((metric) => `${metric} … {on|over} the {last|final|latest|most recent|next|following} # ${LATER_SPAN}`),
            // "recall@50 on the next week's impressions", "AUC on the last week": the later or latest period without a count.
            ...['ndcg', 'auc', 'recall', 'precision', 'mape', 'wape', 'rmse', 'mae', 'log loss', 'accuracy', 'mrr', 'f1', 'metrics'].map((metric) => `${metric} … {on|over} the {next|following|last|final|latest|most recent} {day|week|month|quarter}`),
            ...['report*', 'measur*', 'comput*'].map((verb) => `${verb} {auc|metrics|loss|log loss|ndcg|recall|precision|accuracy|error|mape|rmse|mae} … {on|over} the {next|following|later} {day*|week*|month*}`),
          ],
          ru: [
            // An out-of-time set: "кредиты, дата выдачи которых больше максимальной даты в выборке для разработки".
            '{дат*} … {больше|позже|после} {максимальн*|последн*|поздн*} {дат*} … {выборк*|обучени*|разработк*|трейн*|обучающ*}',
            '{тест*|валидац*|валидир*|оцен*|отложенн*} … {поздн*|будущ*}', '{тест*|валидац*|валидир*|оцен*|отложенн*} … {последн*|следующ*} {период*|месяц*|недел*|дн*|день|год*|квартал*|данн*}', '{тест*|валидац*|валидир*|оцен*|отложенн*} … {последн*|следующ*} # {период*|месяц*|недел*|дн*|день|год*|квартал*|процент*}', 'поздн* данн*',
            // A metric named on the latest or next period: "recall@10 на последнем месяце отправок".
            ...['на', 'за'].map((on) => `{ndcg|auc|recall|precision|mape|wape|rmse|mae|accuracy|f1|метрик*|точност*|полнот*} … ${on} {последн*|следующ*} {дн*|день|недел*|месяц*|квартал*}`),
          ],
          // "验证集用训练集之后的两天", "测试集取训练窗口之后一周".
          zh: [
            // "最后一周做测试", "最近两个月作为验证集": the latest period named first, then what it is for.
            '{最后|最近|最新}…{天|周|月}…{做|作为|用作|用于|当}{测试|验证|评估|评测}', '{最后|最近}…{季度|年}…{作为|用作|用于}{测试|验证|评估}',
            '用之后的数据测试', '最近的数据作为测试', '最新的数据验证', '后面的数据作为测试', '{验证集|测试集|验证|测试|评估}{用|取|是|为}…{训练集|训练数据|训练窗口|训练期}之后', '{训练集|训练数据|训练窗口}之后的…{作为|做|当}{验证|测试}',
            // "验证集用第 15 天", "测试集取最后一周": a later day or the last period.
            '{验证集|测试集}{用|取|为}{第|最后|后}',
            // "验证集固定为最近一周，时间上严格晚于训练集".
            '{验证集|测试集}{固定|}{为|用|取|是}{最近|最新|最后}', '{严格|}晚于训练{集|数据|期|窗口}',
            // An out-of-time set: "日期晚于建模样本最大日期的订单".
            '{日期|时间}{晚于|大于}…{训练|建模|开发}…{最大|最晚|最新}{日期|时间}'],
        },
      },
      earlierThan: { cues: { en: ['earlier than', 'older than', 'before the', 'strictly before', 'precede*'], ru: ['раньше чем', 'ранее чем', 'раньше', 'предшеству*'], zh: ['早于', '之前'] } },
      // Features built only from what came before the moment of prediction ("aggregates are computed from events before the transaction").
      computedBefore: {
        cues: {
          // One phrase per verb: a phrase expands to at most 256 alternatives.
          en: BUILT.map((verb) => `=${verb} … {before|prior to|up to} … ${MOMENT}`),
          ru: ['{рассчитыва*|считаются|считаем|вычисля*|собира*|агрегиру*|строятся|строим|берем|берутся} … {строго до|только до|до момента|до даты}'],
          zh: ['之前的数据计算', '之前的行为计算'],
        },
      },
      // What computedBefore is about: features, not a model or a batch of predictions ("scores are computed before the request").
      featureWord: {
        cues: {
          // Rates and counters a ranker reads are features too: "CTR и популярность считаются только по событиям до момента показа".
          en: ['feature*', 'aggregate*', 'signal*', 'input*', 'counts', 'statistic*', 'window*', 'ctr', 'popularity', 'counters'],
          ru: ['признак*', 'фич*', 'агрегат*', 'статистик*', 'ctr', 'популярност*', 'счетчик*'],
          zh: ['特征', '统计'],
        },
      },
      // Examples of one user, patient or query kept on one side of the split ("group k-fold by customer").
      groupSplit: {
        cues: {
          en: [
            'group k fold', 'groupkfold', 'grouped cross validation', 'group {split|shuffle split|aware split}', '{user|customer|patient|session|speaker|account|query|merchant|household} {disjoint|level|based|wise} {split*|folds|holdout|train test split|validation|cross validation}',
            'disjoint {users|customers|patients|sessions|speakers|accounts|queries}', 'no {user|customer|patient|speaker|account|session} appears in both', 'never {in|appear* in} both {train*|splits|folds|sets}',
            // "We split by user so nobody appears in both train and test" (not "traffic is split by user for the A/B test").
            '{nobody|no one|none of them|no user|no customer|no patient} {appears|is|lands|ends up} in both',
            '{split*|partition*} by {user|users|customer|customers|patient|patients|account|accounts|household|households} … {train*|training set|test set|folds|validation}',
            // "Tickets from the same incident are kept together in one split."
            '{kept|keep|keeps|stay|stays|grouped|go|goes} together in {one|the same|a single} {split|fold|set|side|partition}',
            // "All sessions of one user go to the same fold".
            '{go|goes|land|lands|stay|stays|fall|falls|put|kept|placed|assigned|end up|ends up} {in|into|to} the same {split|fold|side|partition}',
          ],
          ru: ['разбиени* по пользовател*', '{разби*|раздел*|дел*} … по {пользовател*|клиент*|пациент*|сесси*}', '{попада*|оказыва*|относ*|кладем|кладём|идут|уходят} в {одну|один|одно|ту же|тот же|одну и ту же|один и тот же} {част*|фолд*|сплит*}', 'group k fold', 'непересекающ* … {пользовател*|клиент*}', '{пользовател*|клиент*} … не пересека*'],
          zh: ['按用户划分', '按用户切分', '按用户拆分', '用户不重叠', '用户互不重叠',
            // "同一用户的样本只出现在训练集或测试集之一".
            '同一{用户|客户|会话|患者|账户|账号|商户|设备}…只{出现|存在|放}在…{之一|其中一个|其中之一|一侧|一边}', '同一{用户|客户|会话|患者|账户|账号|商户|设备}…{同一|一个}{折|fold|集合|数据集}'],
        },
      },
      // Preprocessing learned on the training part only ("the scaler is fit on the training fold only").
      trainOnly: {
        cues: {
          en: ['{fit|fitted|fits|computed|learned|learnt|estimated} … {only|solely} on … {train*|training set|training data|training fold*}', '{fit|fitted|fits|computed|learned|learnt|estimated} on … {training set|training data|training fold*|train set|train split} only'],
          ru: ['{обуча*|счита*|рассчитыва*|фит*|подгоня*|=fit} … только {на|по} {обучающ*|трейн*|train}'],
          // "统计量只用训练集计算", "编码器仅基于训练数据拟合": what is fitted, fitted on the training split alone.
          zh: ['只在训练集上', '仅在训练集上', '{只|仅}{用|使用|基于|根据|在|从}训练{集|数据|样本|窗口}…{拟合|计算|统计|估计|fit}', '{拟合|fit}…{只|仅}{用|使用|基于|根据|在|从}训练{集|数据|样本|窗口}'],
        },
      },
      // "Features from the snapshot at t, labels at t+1": a time-indexed framing.
      snapshotT: { cues: { en: ['{snapshot*|features|graph|state|data|history} … {at|up to|until|before} {t|time t|day t|date t}'], ru: ['{снапшот*|признак*|состояни*|граф*|данн*} … {на момент|в момент|до} t'], zh: ['t时刻'] } },
      nextT: { cues: { en: ['{at|in|on|for|during} {t|time t|day t} #', '{t|time t} # … {label*|predict*|target*|outcome*}'], ru: ['{в|на} {t|момент t} #'], zh: ['t+1'] } },
      // A split written as calendar periods: training up to one date, evaluation from a later one, in one sentence
      // ("we train on January–September 2023 and validate on October"; "training ends on March 31, the test window starts May 1").
      trainPeriod: {
        cues: {
          en: [
            ...['from', 'through', 'until', 'till', 'up to', 'before', 'ends', 'ending', 'covers', 'covering'].flatMap((to) => [`{train*|fit*} … ${to} ${PERIOD}`, `{train*|fit*} … ${to} {the end of|end of} ${PERIOD}`]),
            ...['on', 'in', 'at'].map((at) => `{train*|fit*} … {ends|ending|end|stops} ${at} ${PERIOD}`),
            `{train*|fit*} {on|in|using|with} … ${NAMED_PERIOD}`, `{train*|fit*} {on|in|using|with} … ${NUMBERED_PERIOD}`,
            // Terse notes shorten the month right after the preposition: "train on Jan–Sep, validate on Oct".
            '{train*|fit*} {on|in|from} {jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec}',
            // A cut-off date right after the split's name: "train ≤ 2024-06-30".
            '{train|training} # # #',
          ],
          ru: [...['с', 'по', 'до', 'за'].map((to) => `{обуча*|обучени*|трейн*} … ${to} ${PERIOD_RU}`), '{обуча*|обучени*|трейн*} … {на|за} {недел*|месяц*|дн*|день|квартал*|год*|январ*|феврал*|март*|апрел*|июн*|июл*|август*|сентябр*|октябр*|ноябр*|декабр*}',
            '{обуча*|обучени*|трейн*} … {на|за} # {недел*|месяц*|дн*|день|квартал*|год*|лет}',
            // "обучаем на выдачах 2022–2023 годов": the years named after what is trained on.
            '{обуча*|обучени*|трейн*} … # {год|года|годов|году|гг}'],
          zh: ['训练…截至', '训练…月', '{月|周|日|天}{的|}{数据|样本}{训练|用于训练|做训练|作为训练集}', '周训练', '月训练', '天训练', '年训练', '训练用…年', '微调用…年', '训练用…月', '及以前', '以前的数据训练', '之前的数据训练'],
        },
      },
      evalPeriod: {
        cues: {
          // "val = July, test = August": the period right after the split's name.
          en: [...['on', 'is', 'are', 'covers', 'covering', 'starts', 'start', 'begins', 'from', 'after', '=in'].map((at) => `{test*|validat*|evaluat*|holdout|hold out|held out} … ${at} ${PERIOD}`), `{test|val|validation|holdout|eval} ${NAMED_PERIOD}`, `{test*|validat*|evaluat*} {on|in|using|with} … ${NUMBERED_PERIOD}`],
          ru: [...['на', 'за', 'с', 'в'].map((at) => `{тест*|провер*|валидац*|валидир*|оцен*|отложенн*} … ${at} ${PERIOD_RU}`),
            // "обучаем на 8 неделях и проверяем на следующей": the next period, its name left out.
            '{тест*|провер*|валидац*|валидир*|оцен*} … на {следующ*|последующ*} {недел*|месяц*|дн*|день|квартал*|год*|период*|}', '{тест*|провер*|валидац*|валидир*|оцен*} … {на|за|в} {недел*|месяц*|дн*|квартал*} #',
            // "проверяем на выдачах первого квартала 2024".
            '{тест*|провер*|валидац*|валидир*|оцен*} … {квартал*|полугоди*|месяц*} #', '{тест*|провер*|валидац*|валидир*|оцен*} … # {год|года|году}'],
          zh: ['测试…月', '验证…月',
            // The period's data named before what it is for: "10 月数据验证", "T 日数据验证", "最后一周的样本评估".
            '{月|周|日|天}{的|}{数据|样本}{验证|测试|评估|用于验证|用于测试|作为验证集|作为测试集}', '周测试', '周验证', '月测试', '月验证', '天测试', '天验证', '评测用…年', '测试用…年', '验证用…年', '评测用…月', '测试用…月', '时间上晚于', '晚于训练', '晚于微调',
            // "之前的数据训练，之后的数据测试".
            '{之后|以后}的数据{测试|验证|评估|评测}', '{之后|以后}的数据{作为|做|用于|用作}{测试|验证|评估}'],
        },
      },
      // Fields only known after the moment of prediction, kept out of the features ("fields filled in after the
      // loan is approved are dropped from the feature set"; "never sees a value computed after the impression").
      afterMoment: {
        // "Training never sees values from after the impression": the negation is the guard.
        negationIsContent: true,
        cues: {
          en: [`after the ${LATER_MOMENT}`, `after {a|an} ${LATER_MOMENT}`, 'after {approval|resolution|delivery|checkout|purchase|payment|booking|the fact}', '{only|first} {known|available|filled|filled in|populated|recorded|set|written|entered|updated} after', `=post {approval|purchase|transaction|event|outcome|decision|hoc|resolution|delivery}`],
          ru: [`после {одобрени*|выдач*|оплат*|покупк*|заказ*|доставк*|событи*|решени*|показ*|клик*|транзакци*|исход*|прогноз*}`, 'известн* только после', 'заполня* после',
            // "заполняется только после просрочки", «появляется лишь после выдачи».
            '{известн*|заполня*|появля*|вносит*|вносят*|записыва*} {только|лишь} после'],
          // "放款后才有的字段": only there after the event.
          zh: ['之后才知道', '之后才有', '事后', '{打分|预测|下单|申请|请求|放款|交易|决策|推理}时{还|尚|仍|}{未知|不知道|拿不到|无法获得|不可得}', '发生后才', '后才{会|能|}{有|知道|产生|生成|出现|确定|获得|回填|写入|填写|更新|录入}'],
        },
      },
      fieldWord: {
        negationIsContent: true,
        cues: {
          en: ['feature*', 'field*', 'column*', 'variable*', 'attribute*', 'signal*', 'input*', 'aggregate*', 'statistic*', '=values', 'data from'],
          ru: ['признак*', 'фич*', 'пол*', 'столбц*', 'колонк*', 'переменн*', 'атрибут*', 'агрегат*'],
          zh: ['特征', '字段', '变量', '统计'],
        },
      },
      // Kept out of the model, not merely "only known after" (a label's delay is not a guard).
      keptOut: {
        negationIsContent: true,
        cues: {
          en: ['drop*', 'exclud*', 'remov*', 'never', 'not', 'no', 'avoid*', 'without', 'left out', 'leave out', 'discard*', 'strip*'],
          ru: ['исключ*', 'удаля*', 'убира*', 'не', 'без', 'никогда', 'отбрасыва*'],
          zh: ['剔除', '去除', '排除', '不使用', '不用', '不能', '删除', '不进入', '不放入', '不作为'],
        },
      },
      // The same item kept off both sides of the split ("near-duplicates are deduplicated across train and test").
      dedupe: {
        negationIsContent: true,
        cues: {
          en: ['dedup* across', 'dedup* {between|against} … {train*|test*|split*|eval*|validation}', '{near duplicate*|duplicates|duplicate*} … {across|between} {train*|the train*|splits|the splits|folds}', '{never|not|cannot|can t} {land*|end* up|fall*|lands|appear*} {on|in} both', 'both sides of the split', '{same|identical} … {never|not} … {in|on} both'],
          ru: ['{дубликат*|дубл*} … {между|из} … {выборк*|обучающ*|тестов*|сплит*}', 'дедупликац* … {выборк*|обучающ*|тестов*}', 'не {попада*|оказыва*} … в обе'],
          zh: ['训练集和测试集…去重', '训练集与测试集…去重', '跨数据集去重', '同时出现在训练集和测试集'],
        },
      },
      // The evaluation set and its guard in one phrase: "the evaluation questions are not used in the few-shot
      // examples" reads "not used" as saying the questions are absent, so evalSet alone is denied there.
      evalNotUsed: {
        negationIsContent: true,
        cues: {
          en: [
            '{golden|eval|evaluation} {set|questions|examples} … {not|never} {used|included} … {few shot|examples|prompt*|training|fine tun*|index}',
            '{test|held out} {set|questions|examples} … {not|never} {used|included} … {few shot|examples|prompt*|training|fine tun*|index}',
            '{labelled|labeled} {set|cases|examples|tickets} … {not|never} {used|included} … {few shot|examples|prompt*|training|fine tun*|index}',
          ],
          ru: [
            '{эталонн*|тестов*|оценочн*|отложенн*} {набор*|выборк*|вопрос*} … не {использу*|попада*|включа*} … {пример*|промпт*|обучени*|обучающ*|индекс*|дообучени*}',
            '{размеченн*|валидационн*|контрольн*} {набор*|выборк*|дел*|пример*} … не {использу*|попада*|включа*} … {пример*|промпт*|обучени*|обучающ*|индекс*|дообучени*}',
            'золот* {набор*|выборк*|вопрос*|стандарт*} … не {использу*|попада*|включа*} … {пример*|промпт*|обучени*|обучающ*|индекс*|дообучени*}',
          ],
        },
      },
      evaluate: { cues: { en: ['test set', 'test data', 'validation', 'evaluation set', 'holdout', '{evaluation|test|validation|holdout} {window|period}'], ru: ['тестов*', 'валидац*', 'отложенн*'], zh: ['测试集', '验证集'] } },
      train: { cues: { en: ['train*'], ru: ['обуча*', 'обучени*'], zh: ['训练'] } },
      // An LLM system's leak: the evaluation questions reaching the prompt's examples, the index or fine-tuning data.
      evalSet: {
        cues: {
          en: ['golden {set|questions|examples|answers}', '{eval|evaluation|test|benchmark} {set|questions|queries|examples}', 'held out {questions|set|queries}'],
          ru: ['отложенн* выборк*', 'тестов* {выборк*|вопрос*|набор*}', 'эталонн* {выборк*|набор*|вопрос*|обращени*|диалог*|пример*|запрос*}', 'оценочн* {выборк*|набор*}'],
          zh: ['评测集', '测试集', '验证集', '黄金集', '评测问题', '测试问题', '评测题', '测试题'],
        },
      },
      keptApart: {
        negationIsContent: true,
        cues: {
          en: [
            '{never|not} {used|included|shown|added|seen} {as|in}', '{never|not|cannot|can t} appear* in', 'excluded from', 'kept {out of|apart from|separate from}', 'disjoint from', 'no overlap', 'do not overlap',
            'deduplicated against', 'removed from the {index|prompt|examples|training}',
            // Drawn from after what the system learned or indexed: "questions from tickets created after the index snapshot".
            '{created|written|asked|collected|filed|dated|published|posted|opened} after {the|our} {index*|snapshot|cutoff|cut off|crawl|training}',
            '{created|written|asked|collected|filed|dated|published|posted|opened} after the … {index|snapshot|cutoff|cut off|crawl}',
            // "drawn only from comments posted after the last training comment".
            '{created|written|asked|collected|filed|dated|published|posted|opened|submitted|placed|made} after the {last|latest|final|newest} {training|train} …',
          ],
          ru: ['не {попада*|использу*|вход*|встреча*|включа*} {в|как}', 'не пересека*', 'исключ* из', 'не использ* как пример*', '{созданн*|заданн*|собранн*|поступивш*|появивш*|пришедш*|написанн*} после {снимк*|индексац*|среза|обучени*}', 'не использу* {их|его|ее|её|эти} {в|как}'],
          zh: ['不会出现在', '不出现在', '不会用于', '不用于', '不参与', '没有重叠', '不重叠', '去重', '隔离', '没有重复', '无重复', '不重复', '不放进', '不放入', '不加入', '不纳入', '不能出现在', '排除在…之外', '{索引|快照|训练数据}…之后{创建|产生|提出|收集}'],
        },
      },
    },
    settledBy: [
      { parts: ['timeSplit'], weight: 0.85 },
      { parts: ['backtest', 'forecast'], weight: 0.85 },
      { parts: ['backtest', 'backtestInTime'], weight: 0.85 },
      // A forecasting doc's evaluation section: "Backtest: WAPE over the last 12 weeks" under a section about the forecast.
      { parts: ['backtest', 'forecast'], weight: 0.8, within: 'section' },
      { parts: ['pointInTime'], weight: 0.85 },
      { parts: ['leak', 'guard'], weight: 0.8 },
      { parts: ['trainPast', 'evalFuture'], weight: 0.8 },
      { parts: ['evalFuture'], weight: 0.6 },
      { parts: ['train', 'earlierThan', 'evaluate'], weight: 0.7 },
      { parts: ['evalSet', 'keptApart'], weight: 0.8 },
      { parts: ['evalNotUsed'], weight: 0.8 },
      { parts: ['computedBefore', 'featureWord'], weight: 0.8 },
      { parts: ['atMoment', 'featureWord', 'takenVerb'], weight: 0.75 },
      { parts: ['groupSplit'], weight: 0.8 },
      { parts: ['trainOnly'], weight: 0.75 },
      { parts: ['snapshotT', 'nextT'], weight: 0.75, within: 'unit' },
      { parts: ['trainPeriod', 'evalPeriod'], weight: 0.8, minOtherWords: 0 },
      { parts: ['afterMoment', 'keptOut', 'fieldWord'], weight: 0.8 },
      { parts: ['dedupe'], weight: 0.8 },
    ],
    headings: { en: ['leakage', 'data leakage', 'leakage prevention'], ru: ['утечк*'], zh: ['数据泄漏', '泄漏'] },
    exclude: {
      en: ['pii leak*', 'privacy leak*', 'memory leak*', 'prompt leak*', 'data leak', 'data leaks', 'credential* leak*', 'secret* leak*', 'leak* pii', 'leak* personal', 'leak* private', 'leak* sensitive', 'leak* customer', 'leak* user data', 'knowledge cutoff', 'knowledge cut off', 'training data cutoff',
        '{security|encryption|breach*|unauthori*|attacker*} … leak*', 'leak* … {security|encryption|breach*|unauthori*|attacker*}',
        // An online experiment is not a held-out split: "an A/B test next quarter".
        '{a b|ab|split|online|live} test*', '{a b|ab} experiment*',
        // Before the launch is no split in time: "Before the launch we train the model and check it on the validation set".
        '{before|prior to} {the|} {launch*|deploy*|release*|rollout|roll out|go live|going live|shipping|canary}'],
      ru: [
        'утечк* персональн*', 'утечк* памяти', 'утечк* пд', 'утечк* конфиденциальн*',
        // A leak in the security sense: bare "утечка" next to storage security, access or encryption.
        '{безопасност*|шифрован*|злоумышлен*|несанкционир*|доступ*} … утечк*', 'утечк* … {безопасност*|шифрован*|злоумышлен*|несанкционир*|доступ*}',
        '{a b|аб|ab} тест*', '{a b|аб|ab} эксперимент*', 'онлайн тест*',
      ],
      // One snapshot shared by training and serving is consistency (feature-store), not features as of the event: "离线训练和线上打分用同一份特征快照".
      // 上线之前 is before the launch, not data earlier than the test period: "上线之前先用历史数据训练模型，再在验证集上验证效果".
      zh: ['隐私泄露', '内存泄漏', '信息泄露', '知识截止', 'ab测试', 'ab实验', '线上实验', '{上线|部署|发布|投产|灰度|放量|全量|开发}{之前|以前}', '{同一份|同一套|同一个|同一批|一致的}{特征|}快照'],
    },
    name: 'leak',
    minOtherWords: 1,
  },
});
