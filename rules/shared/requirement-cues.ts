// Requirement words several rules share, as cue data (syntax: server/engine/text/phrases.ts):
// latency-budget and unquantified-requirement agree on what speaks of response
// time; scale-estimate and unquantified-requirement on what a system serves.
import type { CueSet } from '../../server/engine/judge/concept.js';

/** What a time is about when it is a latency: a response, a request, a percentile, a service level. */
export const LATENCY_CONTEXT: CueSet = {
  en: [
    'latenc*', 'response time*', 'time to respond', 'respond*', 'round trip', 'end to end', 'time to first {token|byte}', 'ttft', 'ttfb', 'p50', 'p90', 'p95', 'p99', 'p999', 'percentile*',
    'sla', 'slo', '{inference|serving|scoring|prediction|processing|lookup|retrieval|generation|rendering|load|page load|turnaround} time*', 'per {request|query|call|transaction|prediction}',
    'real time factor', 'rtf', 'time budget', 'timeout*', 'come back within', 'return* within', 'score* within', 'answer* within', 'reply within', 'in under', 'online inference',
  ],
  ru: [
    'задержк*', 'латентност*', 'латенси', 'врем* ответ*', 'врем* отклик*', 'врем* обработк*', 'врем* инференс*', 'врем* генерац*', 'врем* выполнен*', 'скорост* обработк*', 'скорост* ответ*',
    'скорост* работ*', 'отвеча*', 'отклик*', 'перцентил*', 'процентил*', 'sla', 'slo', 'на запрос', 'за запрос', 'на один запрос', 'тайм аут*', 'таймаут*',
  ],
  zh: ['延迟', '时延', '延时', '响应时间', '响应', '耗时', '分位', '处理时间', '推理时间', '超时', '首字'],
};

/** Section headings and column headers under which a bare time is a latency budget. */
export const LATENCY_HEADINGS: CueSet = {
  en: ['latenc*', 'response time*', 'performance', 'sla*', 'slo*', 'service level*', 'non functional requirement*', 'nonfunctional requirement*', 'time budget', 'speed'],
  ru: ['задержк*', 'латентност*', 'врем* ответ*', 'врем* отклик*', 'производительност*', 'нефункциональн* требован*', 'скорост*', 'sla'],
  zh: ['延迟', '时延', '响应时间', '性能', '非功能', '耗时'],
};

/** What a system serves or holds, whose number is its scale: users, items, requests, events. */
export const SERVED_THINGS: CueSet = {
  en: [
    'user*', 'dau', 'mau', 'wau', 'customer*', 'member*', 'viewer*', 'subscriber*', 'account*', 'visitor*', 'seller*', 'buyer*', 'merchant*', 'driver*', 'rider*', 'restaurant*', 'advertiser*',
    'employee*', 'agent*', 'developer*', 'engineer*', 'analyst*', 'patient*', 'student*', 'player*', 'candidate*', 'applicant*', 'guest*', 'creator*', 'people',
    'qps', 'rps', 'tps', 'request*', 'quer*', 'search*', 'call*', 'prediction*', 'inference*', 'session*', 'visit*', 'click*', 'impression*', 'view*', 'page view*',
    'item*', 'video*', 'posts', '=post', 'tweet*', 'ad', 'ads', 'listing*', '=products', 'sku*', 'document*', 'docs', 'page*', 'article*', 'game*', 'job*', 'recipe*', 'song*', '=tracks', 'photo*', 'image*', '=places',
    'transaction*', 'payment*', 'order*', 'booking*', 'trip*', 'ride*', 'event*', 'message*', 'email*', 'notification*', 'ticket*', 'incident*', 'alert*', 'claim*', 'review*', 'comment*',
    'file*', 'repositor*', 'repo*', 'resume*', 'card*', 'vacanc*', '=stores', 'shop*', 'device*', 'sensor*', 'camera*', 'conversation*', 'chat*', 'question*', 'record*', 'row*', 'logs', 'log lines', 'log entries', 'upload*',
  ],
  ru: [
    'пользовател*', 'клиент*', 'посетител*', 'покупател*', 'продав*', 'подписчик*', 'аккаунт*', 'сотрудник*', 'кандидат*', 'соискател*', 'водител*', 'пациент*', 'студент*', 'игрок*', 'человек', 'люд*',
    'запрос*', 'вызов*', 'предсказани*', 'прогноз*', 'сесси*', 'визит*', 'клик*', 'показов', 'показы', 'просмотр*',
    'товар*', 'объявлени*', 'документ*', 'страниц*', 'стать*', 'видео', 'пост*', 'трек*', 'фотографи*', 'изображени*', 'вакан*', 'резюме', 'магазин*', 'устройств*', 'датчик*',
    'транзакци*', 'платеж*', 'заказ*', 'поездк*', 'событи*', 'сообщени*', 'обращени*', 'заявк*', 'тикет*', 'инцидент*', 'отзыв*', 'репозитори*', 'файл*', 'вопрос*', 'диалог*', 'звонк*', 'запис*',
  ],
  zh: ['用户', '日活', '月活', '客户', '会员', '商家', '司机', '请求', '查询', '调用', '访问', '点击', '曝光', '商品', '物品', '视频', '文章', '文档', '内容', '订单', '交易', '事件', '消息', '日志', '玩家', '人次', '条'],
};
