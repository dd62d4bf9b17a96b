// What business-objective looks for, as cue data (syntax: server/engine/text/phrases.ts):
// an outcome for the business or its users and the direction it should move,
// or a stated goal of what the system is for.
import type { CueSet } from '../../server/engine/rule-kit.js';

/** Outcomes a business wants more of. */
export const GAINS: CueSet = {
  en: [
    'revenue', 'profit*', 'sales', 'gmv', 'margin*', 'engagement', 'retention', 'conversion*', 'ctr', 'click through', 'clicks', 'purchases', 'bookings', 'order volume', 'job applications', 'applications per', '{loan|credit} applications', 'sign ups', 'signups',
    'subscriptions', 'renewals', 'adoption', 'loyalty', 'satisfaction', '=experience', 'user experience', 'customer experience', 'growth', 'dau', 'mau', 'active users', 'time spent', 'watch time', 'repeat {orders|purchases|visits|bookings}',
    'number of', 'connections', '=productivity', 'efficiency', 'throughput', 'trust', 'safety', 'accuracy of {decisions|forecasts}', 'user value', 'customer value', 'market share', 'lifetime value', 'ltv', 'roi', 'savings', 'hires',
    // A marketplace's matches, by surface form: "matching" is as often the retrieval step ("keyword matching").
    '=matches',
    'content discovery', 'discovery', 'monetization', 'monetisation', 'ad revenue', 'acquisition', 'reach', 'gross bookings', 'average order value', 'basket size', 'approval rate', 'approvals', 'good customers',
    // What a marketplace connects: "more first messages to sellers".
    // A marketplace's liquidity said of its listings: "listings sell sooner", "share of listings sold within 30 days".
    'sell {sooner|faster|quicker|more}',
    // The gain said as what people do: "we want people to apply to more jobs", "return more often".
    '{apply|applying|applies} {to|for}', '{return|returns|returning} more often', '{buy|buys|book|books|watch|watches|order|orders} more', '{listings|items|cars|homes|products|units} sold', 'sell through',
    'messages to {sellers|hosts|landlords|recruiters|buyers|employers|agents}', 'leads', 'inquiries', 'enquiries', 'contacts {to|with} {sellers|hosts|buyers}',
    'self service', 'deflection', 'resolution rate', 'first contact resolution', 'automation rate', 'service level*', 'fill rate', 'match rate', 'on time {delivery|deliveries}', 'on time rate', '{orders|deliveries|parcels|packages|shipments} delivered {on time|within}', 'inventory turnover', 'forecast accuracy', 'liquidity', 'utilization', 'utilisation',
  ],
  ru: [
    'выручк*', 'доход*', 'прибыл*', 'продаж*', 'конверси*', 'удержани*', 'вовлеченност*', 'лояльност*', 'удовлетворенност*', 'удовлетворени*', 'продуктивност*', 'эффективност*', 'рост*',
    'популярност*', 'отзыв*', 'заказ*', 'покуп*', 'число пользовател*', 'аудитори*', 'качеств* обслуживани*', 'пользовательск* опыт*', 'доверие', 'безопасност*', 'прозрачност*',
    // Applications to jobs, not "время отклика" (response time).
    'отклик* на ваканси*', '=откликались', '=откликаются', '=откликнулись', '=откликаться', '=откликнуться', '=откликнутся', 'число откликов', 'возвращал* чаще', 'возвращают* чаще',
  ],
  zh: ['收入', '营收', '利润', '销售额', '成交额', '转化率', '留存', '活跃', '点击率', '用户体验', '满意度', '效率', '增长', '复购', '订单量', '用户时长', '信任', '观看时长', '完播率', '广告收入', '变现', '解决率', '自助', '投递'],
};

/** Outcomes a business wants less of. */
export const PAINS: CueSet = {
  en: [
    'cost*', 'loss*', 'churn', 'fraud*', 'chargeback*', 'downtime', 'complaints', 'wait* time', 'waiting', 'delay*', 'time to {hire|resolution|resolve|answer|market|onboard*|decision|first decision|payout|approval|settlement|settle|close|quote}', 'handle time', 'manual {work|review*|effort|toil|labor|labour}',
    'number of', 'workload', 'errors', 'mistakes', 'waste', 'stockouts', 'out of stock*', 'overstock*', 'risk*', 'harm*', 'abuse', 'spam', 'misinformation', 'escalations', 'defaults', 'bad debt', 'returns', 'cancellations', 'no shows',
    // Support load: "30% fewer how-to tickets".
    'unsold', 'time to sell', 'tickets', 'ticket volume', 'support {contacts|calls|requests}', 'write offs', 'writeoffs', 'time spent {searching|looking}',
    'time {people|staff|agents|operators|analysts|engineers|employees|reviewers|moderators|recruiters} spend',
    'defects', 'escaped defects', '=bugs', 'incidents', 'outages', 'headcount', 'review time', 'wait time*',
    'false declines', 'false positives', 'friction', 'attrition', 'turnover', 'penalt*', 'fines', 'overtime', 'idle time', 'empty miles', 'late {deliveries|orders|arrivals}', 'repeat contacts',
    'cost per {contact|ticket|call|case|review|claim|order}', 'cost of {handling|moderation|review|support}',
    // A wait a code-review or support assistant shortens: "time to first review comment down from 20 h to 4 h".
    'time to first {review|comment|response|reply|answer}', 'time to merge', 'review {wait*|turnaround|latency}',
    // "fewer people leave for competitors".
    'leav* for {a|} competitor*', 'switch* to {a|} competitor*',
    'toil', 'breakdowns', 'failures', 'unplanned downtime', 'scrap', 'rework', 'spoilage',
    // Abuse a trust-and-safety system exists to cut: "halve phishing that reaches inboxes".
    'phishing', 'scam*', 'account takeover*', 'harassment', 'hate speech', 'toxic {content|comments|posts|messages|replies|reviews}', 'policy violations', 'fake accounts', 'bots', 'counterfeit*', 'payment fraud',
  ],
  ru: [
    // "стоимость обращения снизить на 20 %": the cost of one unit of work.
    'стоимост* {обращени*|звонк*|контакт*|обработк*|обслуживани*|модерац*|проверк*|разметк*}',
    // The working time a system gives back: "сократить время, которое операторы тратят на разбор обращений".
    'врем* … {тратят|тратит|тратим|затрачива*|уходит на}',
    'расход*', 'затрат*', 'издерж*', 'потер*', 'убытк*', 'отток*', 'мошенничеств*', 'простои', 'простой', 'жалоб*', 'врем* ожидани*', 'врем* {закрыти*|подбор*|обработк*|постобработк*|ответ*|онбординг*|погружени*|заполнени*}', 'ручн* {труд*|работ*|провер*}',
    'нагрузк* на', 'ошиб*', 'фишинг*', 'спам*', 'скам*', 'токсичн* {контент*|сообщени*|комментари*}', 'накрутк*', 'фейков* {аккаунт*|отзыв*}', 'бот*', 'дефицит*', 'списани*', 'риск*', 'просрочк*', 'обращени* в поддержк*', 'тикет*',
    'штраф*', 'текучест*', 'поломк*', 'аварий*', 'брак*', 'отказ* оборудовани*', 'переработк*', 'недовольств*', 'повторн* обращени*',
    // "Менеджеры тратят по 2 часа в день на поиск ответов".
    'трат* … {час*|минут*|врем*|дн*|недел*} … на', 'уход* … {час*|минут*|врем*} … на',
    // "Компания теряет клиентов на этапе оформления".
    'теря* {клиент*|пользовател*|покупател*|деньг*|выручк*|заказ*|заявк*}', 'брошенн* {заявк*|корзин*|анкет*}',
    // "чтобы люди реже уходили к конкурентам".
    'уход* к конкурент*', 'уход* из {сервис*|приложени*|продукт*|банк*}',
  ],
  // A lender's delinquency and a delivery business's late orders: "把 M1+ 逾期率从 3.1% 降到 2.5%".
  zh: ['逾期', '不良率', '超时', '差评', '退货', '成本', '损失', '流失', '欺诈', '投诉', '等待时间', '人工', '误判', '风险', '坏账', '缺货', '库存积压', '工单', '咨询量', '罚款', '延误', '故障', '停机', '误拦', '钓鱼', '诈骗', '垃圾邮件', '违规内容', '刷单', '作弊', '盗号', '薅羊毛'],
};

/** Verbs that move an outcome up. */
export const MORE: CueSet = {
  // "powers the revenue engine", "drives engagement", "fuels growth".
  // The verb, not the noun: an "Enhancement:" names a planned change to the system, not an outcome moved.
  en: ['increas*', 'improv*', 'maximi*', 'grow*', 'boost*', 'rais*', 'lift*', '{enhance|enhances|enhanced|enhancing}', 'drive*', 'driving', 'power*', 'fuel*', 'unlock*', 'accelerat*', 'up from'],
  ru: ['увелич*', 'повыс*', 'повышени*', 'улучш*', 'рост*', 'нараст*', 'максимиз*', 'укреп*', 'привод* к', 'приносил*', 'приносит'],
  zh: ['提升', '提高', '增加', '增长', '改善', '优化', '最大化', '促进', '带动'],
};

/** Verbs that move an outcome down. */
export const LESS: CueSet = {
  en: ['reduc*', 'decreas*', 'minimi*', '=lower', '=lowering', 'cut', 'cuts', 'cutting', 'prevent*', 'avoid*', 'sav*', 'eliminat*', 'shorten*', 'fight*', 'combat*', 'protect*', 'stop*', 'catch*', 'block*', 'curb*', 'mitigat*', 'halve', 'halving', 'halved', 'shrink*', 'bring* down', 'brought down', 'push* down', 'driv* down', 'keep* down', 'down from',
    // A pain that falls, said of the pain: "so that the cost per contact drops by 20 %".
    '{=drops|=drop|=falls|=fall|=declines|=decline} by', '{goes|go} down'],
  // "Вернуть" undoes a loss: "теряем клиентов … и хотим вернуть их".
  ru: ['верну*', 'сократ*', 'сокращ*', 'сниз*', 'снижени*', 'снижа*', 'уменьш*', 'минимиз*', 'предотвра*', 'сэконом*', 'эконом*', 'ускор*', 'избав*', 'борьб*', 'вдвое меньше'],
  zh: ['降低', '减少', '节省', '缩短', '避免', '防止', '最小化', '打击', '降到', '降至', '降为', '压降', '下降到'],
};

/** The words that name a goal. */
export const GOAL_NAMES: CueSet = {
  en: [
    'business goal*', 'business objective*', 'business value', 'business impact', 'business problem', 'business need*', 'business case', 'product goal*', 'goal', 'goals', 'objective', 'objectives', 'our aim', 'the aim', '=aims',
    'purpose', 'mission', 'the point is', 'why this matters', 'success means', 'success looks like', 'definition of success', 'success would be', 'user problem', 'customer problem', 'pain point*',
    // The one outcome a product steers by: "north star: purchases from the home feed per DAU".
    'north star',
    // A transcript asks it and answers in the next sentence: "What matters to the business? Late orders drive refunds …".
    '{matters|matter} {to|for} the business', 'what the business {needs|wants|cares about}', '{optimi*|aiming|aim} … for the business',
  ],
  ru: ['цел*', 'бизнес цел*', 'бизнес задач*', 'задач* бизнес*', 'назначени*', 'ценност*', 'зачем', 'проблем* пользовател*', 'бол* пользовател*'],
  // "成功标准：人均观看时长 +10%", "北极星指标": what success is, as "success looks like" and "north star" say it.
  zh: ['目标', '业务目标', '商业目标', '目的', '业务价值', '商业价值', '旨在', '痛点', '成功标准', '成功的标准', '成功的定义', '北极星'],
};

/** Words that link an action to what it is for ("so that", "чтобы", "为了"). */
export const PURPOSE_LINKS: CueSet = {
  en: ['we want', '{leadership|management|the business|the company|product|the team} {wants|want|needs}', 'we seek to', 'we aim to', 'we hope to', '{we|i} set out to', '{we|i} wanted to', 'the aim {is|was} to', 'so that', 'in order to', 'value for', 'which drives', 'to drive', 'leads to', 'resulting in', 'exists to', 
    // What a thing is built for: "the feature is designed to … improve CTR and conversion".
    '{is|are|was|were} {designed|intended|meant|built} to', '=so {they|we|agents|engineers|staff|the team|people|users|customers} {can|could}'],
  // "Хотим сократить время постобработки": Russian drops the pronoun.
  ru: ['чтобы', 'мы хотим', '=хотим', 'хотелось бы', 'для того чтобы', 'что приведет', 'за счет', '{бизнес*|руководств*|компани*|заказчик*} {хочет|хотят|нужно|нужен|нужна|требует}'],
  // "致力于降低…", "进而提升留存", "业务方希望…".
  zh: ['为了', '希望', '从而', '以便', '致力于', '力求', '进而', '使得', '期望', '{业务|业务方|公司|管理层|运营|产品}{需要|要求|想要}'],
};

/** What a system does for its users: it helps, lets, saves them something. */
export const USER_BENEFIT: CueSet = {
  en: ['help*', 'enabl*', 'allow*', 'let* {users|customers|members|people|employees|engineers|analysts|agents}', 'empower*', 'so {users|customers|members|people}', 'make it easier', 'easier', 'more accessible', 'more convenient', 'find … {faster|quickly|easily}', 'without having to', '{can|could} focus on', 'free* up', 'frees'],
  ru: ['позволя*', 'позвол*', 'помога*', 'помочь', 'помощ*', 'упроща*', 'упрости*', 'облегч*', 'удобн*', 'проще', 'дать возможност*', 'давать возможност*', 'сосредоточ*', 'освобод*'],
  zh: ['帮助', '让用户', '使用户', '便于', '方便', '赋能', '专注于', '释放'],
};

/** Headings of the part of a doc where the goal is stated. */
export const GOAL_HEADINGS: CueSet = {
  en: ['goal*', 'objective*', 'business', '=biz', 'motivation', 'problem', 'background', 'context', 'overview', 'introduction', 'summary', 'purpose', 'why', 'value', 'vision', 'requirements'],
  ru: ['цел*', 'бизнес*', 'мотиваци*', 'проблем*', 'предпосылк*', 'контекст*', 'обзор*', 'введени*', 'зачем', 'ценност*', 'требовани*'],
  zh: ['目标', '业务', '背景', '动机', '问题', '概述', '简介', '价值', '需求'],
};

/** Comparatives that say which way an outcome should go ("more engaging content", "fewer false declines"). */
export const COMPARATIVES: CueSet = {
  en: ['more', 'higher', 'better', 'fewer', 'less', 'lower', 'faster', 'quicker', 'cheaper', 'more often', 'less often'],
  ru: ['больше', 'выше', 'лучше', 'меньше', 'ниже', 'быстрее', 'дешевле', 'чаще', 'реже', 'дольше'],
  zh: ['更多', '更高', '更好', '更少', '更低', '更快'],
};

/** Headings that name the goal itself: a benefit under them is the goal. */
export const GOAL_NAME_HEADINGS: CueSet = {
  en: ['goal*', 'objective*', 'purpose', 'mission', 'value proposition', 'business value', 'why'],
  ru: ['цел*', 'зачем', 'ценност*', 'назначени*'],
  zh: ['目标', '目的', '价值'],
};
