// Cue phrases the monitoring and retraining rules share (syntax:
// server/engine/text/phrases.ts): drift-monitoring, model-monitoring,
// retraining-trigger and training-frequency agree on what an alert, a
// retraining, a rollback and a cadence are.
import type { CueSet } from '../../server/engine/rule-kit.js';
import { joinCues } from './phrase-sets.js';

/** Drift of data or predictions, by name. */
export const DRIFT: CueSet = {
  en: [
    'drift*', 'data shift*', '{input|feature|prediction|score|population} shift*', 'covariate shift*', 'concept shift*', 'dataset shift*', 'label shift*', 'prior shift*', 'distribution shift*', 'distributional shift*',
    'shift* in {the|our} {data|input*|feature*|score*|prediction*|output*|distribution*|traffic|population}', 'distribution change*', 'distributional change*',
    'change* in {the} {data|input|feature|score|prediction|output|label} distribution*', 'change* in the distribution*',
    // An LLM or search system's inputs drift as their topics: "we watch for shifts in question topics".
    'topic {shift*|drift*|change*}', '{shift*|change*} in {the|} {question|query|ticket|request|user|} {topics|topic mix|intent mix|intents}',
    // Credit-risk usage: the stability a PSI measures ("PSI to monitor score stability").
    '{sample|score|feature|variable|population|input|prediction} stability',
  ],
  ru: [
    // Written as spoken too: "дрифт фичей".
    'дрейф*', 'дрифт*', 'сдвиг* распределени*', 'сдвиг* {в|во} {данн*|распределени*|признак*|вход*}', 'смещени* распределени*', 'изменени* распределени*', 'сдвиг* данн*',
    // "Следим за сменой тем вопросов".
    '{смен*|изменени*|сдвиг*} {тем|тематик*|тематики|интент*} {вопрос*|запрос*|обращени*|диалог*|}',
    'стабильност* {выборк*|скор*|скоринг*|распределени*|признак*|переменн*|популяци*|предсказани*}',
  ],
  zh: ['漂移', '分布变化', '分布偏移', '分布漂移', '数据偏移', '分布发生变化', '分布改变', '{分布|打分|分数|得分|预测值|特征|输入}…偏移', '话题变化', '主题变化', '问题类型变化',
    // 风控的说法：「PSI 监控样本稳定性」.
    '样本稳定性', '分数稳定性', '评分稳定性', '特征稳定性', '变量稳定性', '客群稳定性', '人群稳定性', '入模变量稳定性'],
};

/** Other things that drift: a schema, a configuration, a clock, permissions. */
export const NOT_DATA_DRIFT: CueSet = {
  en: [
    'schema drift*', 'config drift*', 'configuration drift*', 'clock drift*', 'acl drift*', 'permission* drift*', 'access drift*', 'infrastructure drift*', 'infra drift*',
    'terraform drift*', 'documentation drift*', 'doc drift*', 'drift* between {staging|environments|docs}', 'gyro* drift*', 'sensor drift*',
    // The statistics as a training loss or a regulariser, not a drift check.
    '{kl|kullback leibler} {divergence} {loss|term|penalty|regulari*|constraint|objective}', '{kl} {loss|term|penalty|regulari*|constraint}',
  ],
  ru: ['{дрейф*|дрифт*} схем*', '{дрейф*|дрифт*} конфигурац*', '{дрейф*|дрифт*} час*', '{дрейф*|дрифт*} прав*'],
  zh: ['时钟漂移', '配置漂移', '模式漂移', '温漂'],
};

/** Statistics that compare two distributions: naming one says how drift is detected. */
export const DRIFT_STATISTICS: CueSet = {
  en: [
    'psi', 'population stability*', 'characteristic stability index', 'csi', 'kl divergence', 'kl', 'kullback leibler', 'ks test*', 'ks statistic*', 'ks {check*|distance}', 'kolmogorov*', 'wasserstein',
    'jensen shannon', 'js divergence', 'js distance', 'chi square*', 'chi squared', 'earth mover*', 'hellinger', 'maximum mean discrepancy', 'mmd', 'two sample test*',
  ],
  ru: ['индекс стабильност*', 'дивергенци* кульбака', 'кульбак*', 'колмогоров*', 'критери* хи квадрат', 'хи квадрат', 'вассерштейн*'],
  zh: ['psi', 'kl散度', 'js散度', 'ks检验', '卡方检验', '稳定性指标', '群体稳定性', 'wasserstein距离'],
};

/** A comparison of one period or set with another. */
export const COMPARE: CueSet = {
  en: ['compar*', 'vs', 'versus', 'against', 'relative to', 'deviat*', 'differ*', 'diverge*', 'divergence', 'distance between', 'gap between', 'departure from'],
  ru: ['сравн*', 'отклонени*', 'отклоня*', 'относительно', 'расхожден*', 'отлича*', 'разниц*'],
  zh: ['对比', '比较', '偏离', '相比', '差异', '差距'],
};

/** How a change is called significant: a test, a statistic, a threshold, a number of standard deviations. */
export const DETECTION_METHOD: CueSet = {
  en: [
    'statistical test*', 'hypothesis test*', 'significance test*', 'threshold*', 'standard deviation*', 'sigma', 'z score*', 'control chart*', 'p value', 'confidence interval*',
    'histogram*', 'feature statistic*', 'summary statistic*', 'distribution statistic*', 'quantile*', 'percentile*', 'null rate*', 'missing rate*', 'mean and variance', 'moving average',
    // Drift-detection tools.
    'evidently', 'whylabs', 'whylogs', 'nannyml', 'alibi detect', 'deepchecks', 'tfdv', 'tensorflow data validation', 'arize', 'fiddler', 'model monitor',
  ],
  ru: ['статистическ* тест*', 'статистическ* критери*', 'порог*', 'стандартн* отклонени*', 'сигм*', 'гистограмм*', 'статистик* признак*', 'квантил*', 'доля пропуск*', 'средн* и дисперси*'],
  zh: ['统计检验', '阈值', '标准差', '直方图', '分位数', '统计量', '均值和方差', '缺失率'],
};

/** What a distribution is compared with: the training data, a reference or earlier window. */
export const REFERENCE_DATA: CueSet = {
  en: [
    'training {data|set|sample|distribution*|window|period|population|histogram*|statistic*|year|month|months|weeks}', 'pilot {period|phase|weeks|month|months}', '{the|} launch {month|week|period|weeks}', 'train set', 'reference {window|distribution*|period|data|set|sample|values|statistic*}',
    'baseline {window|distribution*|period|statistic*|histogram*}', 'validation {set|data|distribution*|references|window}', 'test {set|references}',
    '{last|previous|prior} {day|week|month|quarter|window|period}*', '{last|previous|prior|past} # {days|weeks|months}', 'historical {data|distribution*|baseline}', 'at training time', 'when the model was trained', 'what the model was trained on',
    // An LLM system's reference: the questions it was evaluated on.
    'golden set', '{eval|evaluation} set',
    // Each period against the one before: "class shares compared week over week".
    '{day|week|month} over {day|week|month}', '{week|month} on {week|month}',
  ],
  ru: ['обучающ* выборк*', 'обучающ* данн*', 'трейн*', 'отложенн* выборк*', 'валидационн* {выборк*|данн*}', 'на валидаци*', 'эталонн* {распределени*|выборк*|окн*|данн*}', 'референсн*', 'обучени* модел*', 'прошл* {недел*|месяц*|период*}', 'предыдущ* {недел*|месяц*|период*|окн*}', 'исторически* данн*', 'пилотн* {период*|этап*|недел*|месяц*}', '{неделя|день|месяц} к {неделе|дню|месяцу}', 'с {прошл*|предыдущ*} {недел*|месяц*|днем|днём}'],
  zh: ['训练集', '训练数据', '训练样本', '基准分布', '参考分布', '参考窗口', '基准值', '基线分布', '历史数据', '上周', '上月', '训练时', '评测集', '试点期', '周环比', '环比'],
};

/** The distribution or statistics of inputs or outputs. */
export const DISTRIBUTION: CueSet = {
  en: [
    'distribution*', 'histogram*', 'feature statistic*', 'summary statistic*', 'statistical propert*', 'mean and variance', 'the mix of', '{topic|language|category|query|intent|traffic|input} mix',
    // The share of each class or category, and where embeddings sit: "the share of each predicted class", "the embedding centroid".
    '{share|proportion} of {each|every}', '{class|label|category} {share*|proportion*|balance|mix}', 'centroid*',
  ],
  ru: ['распределени*', 'гистограмм*', 'статистик* признак*', 'статистическ* свойств*', 'структур* {запросов|вопросов|обращений|трафика}', 'дол* {тем|языков|категорий}'],
  zh: ['分布', '直方图', '统计特征', '统计分布', '占比'],
};

/** Live traffic: what is compared with the reference. */
export const LIVE_DATA: CueSet = {
  en: ['live', 'in production', 'production {data|traffic|inputs|features|scores|predictions}', 'incoming', 'serving', 'online', 'real time', 'current {data|traffic|window|week|day}', 'recent {data|traffic|window|days|weeks}', "today's", 'new data', 'fresh data'],
  ru: ['живо* трафик*', 'в продакшен*', 'продакшн', 'на проде', 'в проде', 'прод* данн*', 'входящ*', 'онлайн', 'текущ* {данн*|трафик*|недел*|окн*}', 'свеж* данн*', 'нов* данн*', 'реальн* трафик*'],
  zh: ['线上', '在线', '实时', '生产环境', '新数据', '当前数据', '近期数据'],
};

/** What drifts or what is watched: inputs, features, scores, predictions. */
export const MODEL_IO: CueSet = {
  en: ['input*', 'feature*', 'score*', 'prediction*', 'output*', 'label*', 'embedding*', 'quer*', 'covariate*', 'target*', 'predicted {class|classes|share|rate}'],
  ru: ['вход*', 'признак*', 'скор*', 'предсказани*', 'прогноз*', 'выход*', 'метк*', 'эмбеддинг*', 'запрос*', 'таргет*'],
  zh: ['输入', '特征', '分数', '得分', '预测', '输出', '标签', '向量'],
};

/** Someone or something is told: an alert, an alarm, a page, a trigger. */
export const ALERT: CueSet = {
  // Not "page" (a web page), "notification" (a product surface), "ticket" (a support ticket).
  en: ['alert*', 'alarm*', '{page|pages|paged|paging} {the|an|on} {on call|oncall|engineer*|team|owner*|person}', 'pagerduty', 'on call', 'oncall', '=notify', '=notifies', '=notified', 'warning*', 'trigger*', 'raises a flag', 'opens a ticket'],
  ru: ['алерт*', 'оповещ*', 'тревог*', 'триггер*', 'дежурн*', 'предупрежден*'],
  zh: ['告警', '报警', '预警', '触发', '通知', '值班'],
};

/** Training the model again. */
export const RETRAIN: CueSet = {
  en: [
    'retrain*', 're train*', 'refit*', 're fit*', 'retrained', 'model refresh*', 'refresh* the model', 'refresh* {our|a|all|the} model*', 'rebuild* the model', 'update* the model',
    'model update*', 'fine tun* {the|our|a} {model|ranker|classifier|retriever|encoder}*', 'train* a new model', 'new model {is|gets} trained', 'train* again', 'training {job|jobs|run|runs|pipeline}',
    '{model*|ranker*|classifier*|weights} {is|are|gets|get|will be} {updated|refreshed|retrained|trained|rebuilt|refit|fine tuned}',
  ],
  // "Ретрейн раз в неделю": the English word as Russian teams say it.
  ru: ['переобуч*', 'дообуч*', 'обнов* модел*', 'модел* обновл*', 'модел* обновля*', 'перетрен*', 'ретрейн*', 'ретрен*', 'обуча* заново', 'обуч* нов* модел*', 'запуск* обучени*',
    // "Модель пересобираем еженедельно": rebuilt from fresh data.
    'модел* {пересобира*|пересобер*|пересобра*|перестраива*}', '{пересобира*|пересобер*|пересобра*|перестраива*} модел*'],
  // Risk-control teams say "迭代" and "建模" for a model's retraining: "PSI 超过 0.25 时触发模型迭代", "KS 下降 5 个点时重新建模".
  zh: ['重新训练', '重训', '再训练', '模型更新', '更新模型', '增量训练', '训练任务', '模型迭代', '迭代模型', '重新建模', '重建模型', '模型重建', '重新拟合', '重新微调', '再次微调', '再微调'],
};

/** Going back to a safer model: rollback, fallback, switching the model off. */
export const ROLLBACK: CueSet = {
  en: [
    'roll* back', 'rollback*', 'fall* back', 'fallback*', 'revert*', 'switch* back', 'switch* to the {previous|old|last|rule|fallback|baseline}', 'previous model', 'last good model',
    'disable* the model', 'kill switch', 'turn* off the model', 'traffic block*', 'block* traffic',
    // Back to suggesting silently: "a drop below 60 % puts the agent back into shadow mode".
    '{back|revert*|return*} {into|to|in} shadow {mode|}', '{put*|move*|moved|send*|sent|switch*} … {back|} {into|to} shadow mode',
  ],
  ru: ['откат*', 'откатыва*', 'фолбэк*', 'fallback', 'резервн* модел*', 'предыдущ* верси* модел*', 'переключ* на {предыдущ*|резервн*|правил*}', 'отключ* модел*', 'возврат* к', '{перевод*|переведут|возвращ*|вернут*|верн*} … в теневой режим'],
  // Bare 兜底 / 降级 are serving fallbacks in Chinese docs ("热门物品兜底", "超时降级到规则", "多级降级"), not a
  // way back from a decayed model: only a model or a version named with them is one ("模型降级", "降级到上一版模型",
  // "旧模型兜底"). 切回 is switching back ("自动切回规则策略").
  zh: ['回滚', '切换回', '切回', '回退', '备用模型', '上一版本模型', '切回影子模式', '退回影子模式', '模型降级', '版本降级',
    '降级{为|到|至|回}…{旧|上一版|上一个|上个|前一版|前一个|基线|备用}…{模型|版本}', '{旧|上一版|上一个|上个|前一版|前一个|基线|备用}{模型|版本}…兜底'],
};

/** Watching something: monitoring, tracking, checking, detecting. */
export const WATCH: CueSet = {
  // "check", not "checkout"; "track", not "tracker"; not "watch" (a video is watched) nor "observe" (an observation is a data point).
  en: ['monitor*', 'track', 'detect*', 'check', 'measur*', 'dashboard*', 'compute* {daily|hourly|weekly|every}', 'identif*', 'catch*', 'analy*'],
  // "следим", not "следующий" (one stem); "контролировать", not "контрольная группа".
  ru: ['монитор*', 'отслежива*', 'отслед*', '=следим', '=следить', 'детект*', 'обнаруж*', 'контролир*', 'провер*', 'выявл*', 'дашборд*'],
  zh: ['监控', '监测', '检测', '跟踪', '追踪', '观察', '发现', '看板', '仪表盘'],
};

/** A condition: "if …", "when …", "once …". */
export const CONDITION: CueSet = {
  en: ['if', 'when', 'whenever', 'once', 'upon', 'as soon as', 'in case'],
  ru: ['если', 'когда', 'при', 'как только', 'в случае'],
  zh: ['如果', '若', '当', '一旦', '时'],
};

/**
 * Words that hold a Chinese condition cue and are no condition (CONDITION's `notIn`): Chinese cues
 * match as text, and "时" (when) is also in 实时 (real time), 耗时 (time taken), 小时 (hour);
 * "当" (when) in 当前 (current), 当天 (that day); "若" in 若干 (several).
 */
export const NOT_CONDITION: CueSet = {
  zh: ['实时', '耗时', '及时', '同时', '小时', '临时', '定时', '按时', '准时', '计时', '限时', '时间', '时长', '时延', '时效', '时段', '时刻', '时序', '时点', '时区', '时钟', '当时', '平时', '随时', '届时', '适时', '历时', '超时',
    '当前', '当天', '当日', '当月', '当周', '当年', '当季', '当地', '当做', '当作', '适当', '相当', '应当', '充当', '妥当', '若干'],
};

/** Acting on decay: retraining, or going back to a safer model. */
export const RETRAIN_OR_ROLLBACK: CueSet = joinCues(RETRAIN, ROLLBACK);

/** How often: a calendar cadence. */
export const CADENCE: CueSet = {
  en: [
    'daily', 'nightly', 'weekly', 'monthly', 'hourly', 'quarterly', 'yearly', 'annually', 'bi weekly', 'biweekly', 'fortnightly',
    'every {day|night|week|month|hour|quarter|year|morning|evening|weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday}',
    'every # {minutes|hours|days|weeks|months}', 'every few {hours|days|weeks|months}', 'every other {day|week|month}',
    '{once|twice} {a|per|every} {day|night|week|month|hour|quarter|year}', 'each {day|night|week|month|morning|evening|quarter|year|season|sprint|weekend}', '{on|each} {sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|weekends}',
    'every {season|sprint|release|release cycle}', '# times {a|per|every} {day|night|week|month|hour|quarter|year}', '{=1x|=2x|=3x|=4x|=7x} {per|a|every|} {day|week|month|hour|quarter|year}',
    'at midnight', 'cron',
    // "We re-fit on each new week's data".
    '{each|every} new {day|week|month|quarter}',
    // "retrain Mondays at 03:00" in a config comment: a weekday in the plural is a weekly cadence.
    '{=sundays|=mondays|=tuesdays|=wednesdays|=thursdays|=fridays|=saturdays}',
    // A cron expression as a config value: `schedule: "0 3 * * 1"` (the stars are not words, the numbers are).
    '{schedule|schedule interval|crontab} # #',
  ],
  ru: [
    'ежедневн*', 'еженедельн*', 'ежемесячн*', 'ежечасн*', 'ежеквартальн*', 'ежегодн*', 'каждый {день|час|месяц|квартал|вечер|понедельник|вторник|четверг|год}',
    'каждую {неделю|ночь|среду|пятницу|субботу}', 'каждое {воскресенье|утро}', 'каждые # {час*|дн*|недел*|месяц*|минут*|сут*}', 'раз в {день|сутки|неделю|месяц|квартал|час|год}',
    'раз в # {дн*|недел*|месяц*|час*}', 'по ночам', 'по {понедельникам|воскресеньям|выходным}', 'ежесуточн*', 'еженощн*', 'каждый {сезон|спринт|релиз}', 'раз в {сезон|спринт}',
  ],
  // Matched as text: "每两周" (every two weeks), "一周一次" (once a week); not "一周" alone ("一周的数据", a week of data).
  zh: [
    '每天', '每日', '每周', '每月', '每小时', '每晚', '每季度', '每隔', '天级', '小时级', '周级', '按天', '按周', '按月', '按小时', 't+1', '每星期', '每个月', '每半个月', '每半月', '每周末',
    '每{两|三|四|几}{天|周|个月|小时}', '{一|两|三}{天|周|个月}{一次|训练一次|更新一次}', '日更', '周更', '月更',
  ],
};

/** Training the model in any words: retraining, training, fine-tuning, LoRA adapters. */
export const TRAINING: CueSet = {
  // LoRA / adapters are fine-tuning by another name.
  // A new model version shipped on a cadence is a retrained one.
  // "A fresh model is fit every two weeks": fitted, said of a model.
  en: [...RETRAIN.en!, 'train*', 'refit*', '{model|models|forecaster|classifier|ranker} {is|are|gets|get} {fit|fitted|re fit}',
    // "The ranker gets a monthly refresh", "weekly model refresh": a model refreshed is a retrained one (not an index or a feature table).
    '{model|models|forecaster|classifier|ranker|scorer} {gets|get} {a|an} {monthly|weekly|daily|nightly|quarterly|hourly|} refresh',
    // Re-estimated rather than "trained": "weights are re-estimated every two weeks", "the scorecard is re-derived each quarter".
    '{weights|parameters|coefficients} {are|is|get|gets} {re estimated|recomputed|recalculated|refitted|re fitted|relearned}',
    '{model|models|scorecard|forecaster|classifier|ranker|scorer} {is|are|gets|get} {re estimated|recomputed|recalculated|re derived|rebuilt|regenerated|relearned}', '{model|ranker|classifier|forecaster} refresh*', 'fine tun*', 'finetun*', 'lora', 'low rank adaptation', 'peft', 'new model {version*|build*|release*}'],
  // "Веса обновляются по воскресеньям", "пересчитываем модель раз в квартал".
  ru: [...RETRAIN.ru!, 'обуча*', 'обучени*', 'обучат*', '{вес*|коэффициент*|параметр*} {модел*|} {обновля*|обновлят*|пересчитыва*|переоценива*}', '{пересчитыва*|пересчитаем|переоценива*} {модел*|вес*|коэффициент*}', 'модел* {пересчитыва*|переоценива*}'],
  // "每两周更新一次模型权重".
  zh: [...RETRAIN.zh!, '训练', '微调', '迭代模型', '更新…模型{权重|参数}', '模型{权重|参数}…更新'],
};

/**
 * Training and its cadence in one phrase, where Chinese puts the cadence inside
 * ("模型按天更新", "模型每周迭代一次"): a cue of its own, since two parts may not share words.
 */
export const CADENCED_TRAINING: CueSet = {
  zh: ['模型{按天|按周|按月|按季度|按小时|每天|每日|每周|每月|每季度|每半年|每小时|每晚|每两周|天级|小时级|周级|月度|季度}{更新|迭代|训练|重训|增量更新|重新训练}', '{每天|每日|每周|每月|每季度|每晚|按天|按周|按月|按季度}{更新|迭代|训练|重训}模型',
    // Written short: "模型日更", "排序模型 T+1 天级更新".
    '模型{日更|周更|月更}', '模型t+1{天级|日级|}{更新|训练|重训|迭代}'],
};

/** Fine-tuning or adapting as it happens, for training driven by events: not "trained in the cloud" once. */
export const ADAPTING: CueSet = {
  en: ['fine tun*', 'finetun*', 'lora', 'low rank adaptation', 'adapt*', 'retrain*', 'updat* … {weights|parameters|adapter*}', 'learn* from'],
  ru: ['дообуч*', 'переобуч*', 'адаптир*', 'обновля* … {вес*|параметр*|адаптер*}'],
  zh: ['微调', '增量训练', '自适应', '更新…参数', '更新…权重'],
};

/** The offline half of an ML system, which is where models are (re)built: "Offline pipeline (daily)". */
export const OFFLINE_PIPELINE: CueSet = {
  en: ['offline {pipeline*|job*|layer|stage}'],
  ru: ['офлайн {пайплайн*|част*|контур*}', 'оффлайн {пайплайн*|част*|контур*}'],
  zh: ['离线{任务|流程|管道|部分|链路|计算}'],
};

/** Training driven by each event rather than a calendar: "as the user edits, the adapter is fine-tuned on-device". */
export const EVENT_DRIVEN: CueSet = {
  en: [
    '{as|whenever|each time|every time|after} {the|a|each|every} {user|users|customer|customers|client|player|driver|rider|reader|writer} …',
    // Not "trained on every click in the logs": that is the data, not the moment.
    '{with|after} {every|each} {new|} {interaction|click|edit|session|rating|event|correction|feedback|label|order|transaction}',
  ],
  ru: ['{после|при} {каждо*} {взаимодейств*|клик*|сесси*|правк*|оценк*|событи*|заказ*}'],
  zh: ['每次用户', '用户每次'],
};

/** Cadences and training words about something else: the training data, daily active users, a daily report, a model trained once. */
export const NOT_TRAINING_CADENCE: CueSet = {
  en: [
    'training {data|set|sets|example*|sample*|label*|serving|time|cost*|volume}', 'train serve', 'train test', 'train {set|data}', 'train* examples per', '{daily|weekly|monthly} active*',
    // The cadence of something else: evaluations, reports, reviews, backups.
    '{daily|nightly|weekly|monthly|hourly|quarterly} {evaluation*|report*|review*|meeting*|backup*|dashboard*|check*|audit*|sync*|snapshot*|budget*|cap*|limit*}',
    // A batch that scores or serves, not one that trains ("a daily batch job trains …" stays).
    '{daily|nightly|weekly|monthly|hourly} batch {prediction*|scor*|inference*|feature*|export*|ingest*|upload*|etl}',
    // A model trained once, used by something that runs on a cadence.
    '{the|a|our|this|that|its} trained {model*|classifier*|ranker*|weights|network*|version*|checkpoint*}', 'pre train*', 'pretrain*',
    // Online learning as a product: a course platform.
    'online learning {platform*|course*|service*|portal*|market*|compan*|provider*|site*|website*|app*|school*|student*}',
    // How often drift is checked, not how often the model learns: "PSI is compared daily, and the model is retrained when …".
    '{monitor*|check*|track*|computed|compared|measured|recomputed|watched|inspected} {daily|nightly|weekly|monthly|hourly|every day|every hour|every week|once a day|once a week}',
    '{psi|drift|ks|distribution*|statistics} {daily|nightly|weekly|hourly|every day|every hour|once a day}',
    // People being trained, not the model: "call-centre staff get a weekly training session on the new tool".
    'training {session*|course*|workshop*|webinar*|class|classes}', '{staff|agents|operators|employees|moderators|annotators|reviewers|analysts|users|managers} {get|gets|attend|attends|receive|receives|take|takes|undergo|undergoes} … training',
    // How often the model scores, not how often it learns: "scoring runs in batch once a day".
    '{scoring|scores|inference|predictions} {in batch|in a batch|in batches|offline|} {daily|nightly|hourly|weekly|every day|every night|once a day|once a night}', '{scored|predicted} {in batch|offline|} {daily|nightly|hourly|every day|every night|once a day}',
  ],
  ru: ['обучающ* {выборк*|данн*|пример*}', 'данн* для обучени*',
    // Люди учатся, не модель: «операторы проходят обучение работе с новым интерфейсом раз в месяц».
    '{операторы|сотрудники|модераторы|разметчики|асессоры|аналитики|менеджеры|пользователи|персонал} … {проходят|проходит|получают} обучени*', 'обучени* {работе|сотрудник*|персонал*|операторов|модераторов|разметчиков}', 'онлайн обучени* {платформ*|курс*|сервис*|школ*}', 'платформ* онлайн обучени*',
    '{мониторим|мониторится|мониторятся|проверяем|проверяется|отслеживаем|сравниваем|считаем|считается|вычисляем} {ежедневно|еженедельно|ежечасно|каждый день|каждую неделю|каждый час|раз в день|раз в неделю|раз в час}',
    '{psi|дрифт*|распределени*|статистик*} {ежедневно|еженедельно|ежечасно|каждый день|раз в день|раз в неделю|раз в час}',
    '{скоринг*|инференс*|предсказани*|прогноз*|расчет*} {батчем|пакетно|офлайн|} {раз в сутки|раз в день|ежедневно|каждый день|каждую ночь|раз в неделю|еженедельно|раз в час|ежечасно}'],
  zh: ['训练数据', '训练集', '训练样本', '日活', '月活', '{员工|客服|运营|标注员|审核员|坐席}{培训|参加培训|接受培训}', '培训', '{每天|每日|每小时|每周|每月}{监控|检查|计算|统计|对比|比较}', '{每天|每日|每小时|每晚}{批量|离线|}{打分|预测|推理}'],
};

/**
 * A job, graph or pipeline being started ("this graph runs weekly", "граф запускается раз в неделю",
 * "每周触发一次"): with a cadence under a training heading, the cadence of training.
 */
export const JOB_RUNS: CueSet = {
  en: ['runs', 'is run', 'are run', 'executed', 'is scheduled', 'are scheduled', 'kicks off', 'kicked off', 'is triggered', 'are triggered', 'is launched', 'are launched', 'fires'],
  ru: ['запуска*', 'выполня*', 'стартует', 'стартуют'],
  zh: ['运行', '执行', '调度', '触发', '启动'],
};

/** Headings of a section about training the model ("Обучение и внедрение модели", "Training pipeline", "模型训练"). */
export const TRAINING_HEADING: CueSet = {
  en: ['train*', 'retrain*', 'fine tun*', 'model fit*'],
  ru: ['обучени*', 'переобучени*', 'дообучени*'],
  zh: ['训练', '重训'],
};

/**
 * Headings, also of a sub-section, under which a job with a cadence is not the training job: inference
 * ("Граф инференса" under "Обучение и внедрение"), monitoring, the data or labels that feed training. The whole
 * heading chain is read, the title too, so "prediction" or "scoring" (a title's "Churn prediction") is not one.
 */
export const NOT_TRAINING_JOB_HEADING: CueSet = {
  en: ['inference', 'serving', 'monitor*', 'data', 'dataset*', 'label*', 'feature*', 'evaluation', 'infrastructure', 'hardware', 'gpu*', 'cost*'],
  ru: ['инференс*', 'сервинг*', 'мониторинг*', 'данн*', 'датасет*', 'разметк*', 'признак*', 'оценк*', 'инфраструктур*'],
  zh: ['推理', '在线预测', '监控', '数据', '样本', '标注', '特征', '评估', '线上服务'],
};
