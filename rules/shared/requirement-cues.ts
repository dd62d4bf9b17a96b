// Requirement words several rules share, as cue data (syntax: server/engine/text/phrases.ts):
// latency-budget and unquantified-requirement agree on what speaks of response
// time; scale-estimate and unquantified-requirement on what a system serves.
import type { CueSet } from '../../server/engine/rule-kit.js';

/** What a time is about when it is a latency: a response, a request, a percentile, a service level. */
export const LATENCY_CONTEXT: CueSet = {
  en: [
    'latenc*', 'response time*', 'time to respond', 'respond*', 'round trip', 'end to end', 'time to first {token|byte}', 'ttft', 'ttfb', 'p50', 'p90', 'p95', 'p99', 'p999', 'percentile*',
    'sla', 'slo', '{inference|serving|scoring|prediction|processing|lookup|retrieval|generation|rendering|load|page load|turnaround} time*',
    // The inference step bounded right where it is named: "(inference < 5 min)", "inference: 40 ms".
    'inference #', 'per {request|query|call|transaction|prediction|event|message|review|document|ticket|decision}',
    'real time factor', 'rtf', 'time budget', 'timeout*', '{must|should|has to|needs to|may} take {at most|no more than|less than|under|up to}', 'come back within', 'return* within', 'score* within', 'answer* within', 'reply within', 'in under', 'online inference',
    // "The ranking call has a 40 ms budget."
    '=budget', 'budget of',
    // How soon a result reaches the person waiting for it: "agents must see the queue within 2 seconds of the ticket landing".
    '{see|seen|appear*|show* up|shown|visible|displayed|available|arrive*|land*} within', 'within # {second*|sec|secs|s|ms|millisecond*|minute*|min} of',
  ],
  ru: [
    'задержк*', 'латентност*', 'латенси', 'врем* ответ*', 'врем* отклик*', 'врем* обработк*', 'врем* инференс*', 'врем* генерац*', 'врем* выполнен*', 'скорост* обработк*', 'скорост* ответ*',
    'скорост* работ*', 'отвеча*', 'отклик*',
    // The answer's time, not an answer: "ответ — не дольше 300 мс", not "предлагать готовый ответ; на поиск уходит 2 минуты".
    '{=ответ|=ответа|=ответы} … {за|не дольше|не более|не позже|в пределах|в течение|до|меньше|быстрее|менее}', 'перцентил*', 'процентил*', 'sla', 'slo', 'на запрос', 'за запрос', 'на один запрос', '{на|за} {вызов|транзакци*|событи*|сообщени*|отзыв|документ|обращени*|решени*|предсказани*}', 'тайм аут*', 'таймаут*',
    // "Резюме должно появиться в карточке не позже чем через 10 секунд после окончания звонка."
    'не {позже|позднее|дольше} чем {через|за}', '{появ*|показ*|отобраз*|доступн*} … {через|за|в течение} #',
    // What a step may take: "скоринг претензии должен занимать не больше 2 секунд", "укладываться в 50 мс".
    '{должен|должна|должно|должны} {занимать|длиться|укладываться}', 'укладыва* в #', 'занима* не {больше|более|дольше}',
    // Speed of response by its Russian engineering name: "Быстродействие: ответ за 200 мс".
    'быстродействи*',
    // The inference step bounded right where it is named: "(инференс < 5 минут)", "инференс: 40 мс".
    'инференс* #',
  ],
  // "打分要在 50 毫秒内完成", "10 秒内返回结果".
  zh: ['延迟', '时延', '延时', '响应时间', '响应', '耗时', '分位', '处理时间', '推理时间', '超时', '首字', '内完成', '内返回', '以内返回', '内给出'],
};

/** Section headings and column headers under which a bare time is a latency budget. */
export const LATENCY_HEADINGS: CueSet = {
  en: ['latenc*', 'response time*', 'performance', 'sla*', 'slo*', 'service level*', 'non functional requirement*', 'nonfunctional requirement*', 'time budget', 'speed'],
  ru: ['задержк*', 'латентност*', 'врем* ответ*', 'врем* отклик*', 'производительност*', 'быстродействи*', 'нефункциональн* требован*', 'скорост*', 'sla'],
  zh: ['延迟', '时延', '响应时间', '性能', '非功能', '耗时'],
};

/** Who and what a system serves or holds, whose count is its scale: users, sellers, items in the catalog. */
export const SERVED_POPULATION: CueSet = {
  en: [
    'user*', 'dau', 'mau', 'wau', '=actives', 'daily actives', 'monthly actives', 'customer*', 'member*', 'viewer*', 'subscriber*', 'account*', 'visitor*', 'seller*', 'buyer*', 'merchant*', 'driver*', 'rider*', 'restaurant*', 'advertiser*',
    'employee*', 'agent*', 'developer*', 'engineer*', 'analyst*', 'patient*', 'student*', 'player*', 'candidate*', 'applicant*', 'guest*', 'creator*', 'people', 'household*', 'device*', 'sensor*',
    'item*', 'video*', 'posts', '=post', 'tweet*', 'ad', 'ads', 'listing*', '=products', '=product', 'sku*', 'document*', 'docs', 'page*', 'article*', 'game*', 'job*', 'recipe*', 'song*', '=tracks',
    'movie*', 'title*', 'book*', 'hotel*', 'propert*', 'course*', 'apps', '=app', 'repositor*', 'repo*', 'resume*', 'vacanc*', 'card*', '=places', 'point* of interest', 'poi*', 'series',
    // What a forecast is made for: one series each.
    // (Not stores or warehouses alone: a chain's size is the business, not the system's load.)
    'meters', 'delivery points', 'substations', 'time series', 'store sku pairs', 'sku store pairs',
    'cardholders', 'card holders', 'borrowers', 'policyholders', 'policy holders', 'residents',
  ],
  ru: [
    'пользовател*', 'клиент*', 'посетител*', 'покупател*', 'продав*', 'подписчик*', 'аккаунт*', 'сотрудник*', 'кандидат*', 'соискател*', 'водител*', 'пациент*', 'студент*', 'игрок*', 'человек', 'люд*',
    'товар*', 'объявлени*', 'документ*', 'страниц*', 'стать*', 'видео', 'пост*', 'трек*', 'вакан*', 'резюме', 'устройств*', 'датчик*', 'репозитори*', 'фильм*', 'книг*', 'курс*', 'карт*', 'ряд*',
    'точ* {поставки|учета}', 'счетчик*', 'подстанци*', 'временн* ряд*',
    // Telecom, banking and insurance count their people by contract: "~18 млн абонентов", "5 млн держателей карт".
    'абонент*', 'держател* карт*', 'заемщик*', 'заёмщик*', 'застрахованн*', 'жител*',
  ],
  // Couriers, shops, advertisers, listings: who and what a Chinese production doc counts ("骑手 80 万", "门店 5 万家").
  zh: ['用户', '日活', '月活', '客户', '会员', '商家', '商户', '门店', '骑手', '乘客', '司机', '商品', '物品', '视频', '文章', '文档', '内容', '玩家', '设备', '电表', '时间序列', '广告主', '广告', '职位', '简历', '房源', '笔记', '帖子', '作者', '主播',
    // What a dispatch or demand forecast is made per: "全国大概 3 万个商圈".
    '商圈', '配送站', '站点', '网格', '持卡人', '借款人', '投保人',
    // A catalogue counted by its measure word: "2 万部电影", "300 款游戏", "5000 万首歌曲", "1 万只基金".
    '电影', '影片', '剧集', '游戏', '歌曲', '音乐', '图书', '书籍', '课程', '基金', '酒店', '餐厅', '菜品', '直播间', '新闻', '资讯'],
};

/** Requests to a service: a count of them is traffic, never a data set ("25k requests at peak"). */
export const SERVED_REQUESTS: CueSet = {
  en: ['qps', 'rps', 'tps', 'request*', '=req', '=reqs', 'api call*', 'inference call*', 'page view*', 'pageview*', 'visit*', 'login*', 'concurrent {user*|session*|connection*|request*}'],
  ru: ['запрос*', 'обращени* к {сервис*|api}', 'вызов*', 'визит*', 'посещени*'],
  // "接口峰值 3 万次/秒": the endpoint is what is called.
  // Credit applications and loans handled ("日均进件 12 万笔，放款约 5 万笔").
  zh: ['请求', '调用', '访问', '并发', '接口', '进件', '放款', '申请', '借款申请', '贷款申请', '授信申请'],
};

/** What a system handles over time, whose rate is its scale: requests, events, transactions. */
export const SERVED_ACTIVITY: CueSet = {
  en: [
    'qps', 'rps', 'tps', 'request*', '=req', '=reqs', 'quer*', 'search*', 'call*', 'prediction*', 'inference*', 'session*', 'visit*', 'click*', 'impression*', 'view*', 'page view*', 'play*', 'stream*',
    'transaction*', 'payment*', '=orders', '=order', 'booking*', 'trip*', 'ride*', 'event*', 'message*', 'email*', 'notification*', 'ticket*', 'issue*', 'case*', 'incident*', 'alert*', 'claim*', 'review*', 'comment*',
    'conversation*', 'chat*', 'question*', 'upload*', 'photo*', 'image*', 'file*', 'record*', 'logs', 'log lines', 'log entries', 'job applications', 'login*', 'post*', 'interaction*', 'delivery', 'deliveries',
    // Money movements and parcels: "1.1M cash-outs a day", "40k payouts per hour", "2M parcels a day".
    'cash out*', 'cashout*', 'payout*', 'withdrawal*', 'transfer*', 'purchase*', 'checkout*', 'shipment*', 'parcel*', 'package*', 'complaint*',
  ],
  ru: [
    'запрос*', 'вызов*', 'предсказани*', 'прогноз*', 'сесси*', 'визит*', 'клик*', 'показов', 'показы', 'просмотр*', 'транзакци*', 'платеж*', 'заказ*', 'поездк*', 'событи*', 'сообщени*', 'обращени*',
    // Genitive plurals drop into a fleeting vowel the prefix does not reach: "90 тыс. заявок", "покупок", "поездок".
    'заявк*', '=заявок', '=покупок', '=поездок', '=доставок', '=сделок', '=посылок', '=отправок', 'тикет*', 'инцидент*', 'отзыв*', 'файл*', 'вопрос*', 'диалог*', 'звонк*', 'запис*', 'фотографи*', 'изображени*', 'операци*',
    'выплат*', 'перевод*', 'покупк*', 'отправлени*', 'посылк*', 'заявлени*', 'убытк*', '=дел', '=дела',
    // Insurance claims and complaints handled: "около 1500 претензий в день".
    'претензи*', 'жалоб*', 'анкет*',
  ],
  // "日均 1500 万单": 单 is the classifier of orders; 件 of parcels.
  zh: ['请求', '查询', '调用', '访问', '点击', '曝光', '订单', '单', '单量', '件', '包裹', '交易', '事件', '消息', '日志', '人次', '次', '笔', '条', '图片', '搜索', '播放', '会话', '对话', '工单', '理赔', '投诉', '报案', '评论', '帖子', '弹幕', '笔记', '动态'],
};

/**
 * Chinese words that hold a classifier of SERVED_ACTIVITY (单, 条) and are not what is served: a list
 * (名单, 清单, 歌单), a bill (账单), a menu (菜单), a form (表单), "simple", "single", "unit" (简单, 单一, 单位),
 * a condition (条件). Chinese cues match as text, so "日均账单 3 万" would count bills as orders.
 */
export const NOT_SERVED_ZH: CueSet = {
  zh: ['名单', '账单', '菜单', '清单', '歌单', '表单', '传单', '单号', '单价', '单位', '单元', '单词', '简单', '单一', '单个', '单独', '单纯', '单调', '单机', '条件'],
};

/** Either: what a number of the system's scale counts. */
export const SERVED_THINGS: CueSet = {
  en: [...(SERVED_POPULATION.en ?? []), ...(SERVED_ACTIVITY.en ?? [])],
  ru: [...(SERVED_POPULATION.ru ?? []), ...(SERVED_ACTIVITY.ru ?? [])],
  zh: [...(SERVED_POPULATION.zh ?? []), ...(SERVED_ACTIVITY.zh ?? [])],
};

/** Section headings and column headers under which a bare large number is the system's scale. */
export const SCALE_HEADINGS: CueSet = {
  en: ['scale', 'scale estimate*', 'scalability', 'traffic', 'load', 'volume*', 'capacity', 'throughput', 'back of the envelope', 'qps', 'size of the system'],
  ru: ['масштаб*', 'нагрузк*', 'объем*', 'трафик*', 'пропускн* способност*'],
  zh: ['规模', '流量', '负载', '容量', '吞吐', '数据量', '并发'],
};

/** Numbers that are not the system's scale: the training set, the model, the features, a list on a page. */
export const NOT_SYSTEM_SCALE: CueSet = {
  en: [
    'training {example*|sample*|set|data|record*|row*|image*|pair*|instance*|conversation*}', 'labeled', 'labelled', 'annotated', 'dataset*', 'data set*', '{validation|test|eval|evaluation|holdout} {example*|sample*|set|query|queries|pair*|question*}', 'golden {set|question*|example*}',
    'feature*', 'parameter*', 'param*', 'epoch*', 'token*', 'dimension*', 'embedding*', 'layer*', 'tree*', 'cluster*', 'batch size', 'example*', 'sample*',
  ],
  ru: ['обучающ* {выборк*|пример*|данн*}', 'размечен*', 'датасет*', 'набор* данн*', 'пример* для обучения', 'признак*', 'параметр*', 'эпох*', 'токен*', 'тестов* выборк*', 'валидационн* выборк*'],
  zh: ['训练样本', '训练集', '训练数据', '标注', '数据集', '特征', '参数', '测试集', '验证集', '样本'],
};

/** Words that promise a property without a number: a design cannot be checked against them. */
export const VAGUE_REQUIREMENTS: CueSet = {
  en: [
    'low latency', 'real time', 'near real time', 'realtime', 'highly scalable', 'scalable', '=fast', 'large scale', 'high throughput', 'highly available', 'high availability', '=quickly', 'responsive',
    'high load', 'massive scale', 'web scale', 'instant', 'instantly', 'heavy {traffic|load}', 'high traffic', 'many users', 'lots of users',
    'large number* of {users|requests|customers}', 'high performance', 'performant',
  ],
  ru: [
    'низк* задержк*', 'низк* латентност*', 'минимальн* задержк*', 'в реальн* времен*', 'реалтайм', 'риалтайм', 'быстр*', 'масштабируем*', 'высок* нагрузк*', 'высоконагруж*', 'высок* производительност*',
    'высок* доступност*', 'высок* пропускн* способност*', 'мгновенн*', 'оперативн*', 'больш* нагрузк*', 'много пользовател*',
    'больш* количеств* {пользовател*|запрос*|клиент*}', 'высок* скорост*',
  ],
  zh: ['低延迟', '低时延', '实时', '高并发', '高可用', '高吞吐', '快速', '可扩展', '大规模', '海量', '足够快', '尽可能快', '大量用户', '大量请求', '高性能', '要快', '速度快', '响应快'],
};

/** Words that make a sentence a requirement outside the requirements section. */
export const REQUIREMENT_WORDS: CueSet = {
  en: ['must', 'should', 'shall', 'need*', 'require*', 'has to', 'have to', 'expected to', 'sla', 'slo', 'budget', 'constraint*'],
  ru: ['должн*', 'необходим*', 'нужн*', 'требу*', 'требовани*', 'обязан*', 'ограничени*', 'sla'],
  zh: [
    '需要', '必须', '应该', '应当', '要求', '需', '须', '系统要', '服务要', '要能', '要支持', '要保证', '要确保',
    // Not bare 保证/确保: "…写入 Redis，保证训练和线上一致" says what a step is for, not a requirement.
  ],
};
