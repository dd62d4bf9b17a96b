// What kind of system a doc designs and what its task is, as cue phrases in
// English, Russian and Chinese (syntax: text/phrases.ts), written from what
// each kind of system is. system-type.ts weighs them; the words are here.
import type { CueSet } from './judge/concept.js';
import type { SystemType } from './types.js';

/** Words that name each kind of system. */
export const SYSTEM_TYPE_CUES: Readonly<Record<Exclude<SystemType, 'other'>, CueSet>> = {
  recommendation: {
    en: ['recommendation*', 'recommender*', 'recsys', 'recommendation system*', 'personalized ranking', 'people … may know', '!PYMK',
      'connection suggestion*', 'friend suggestion*', 'suggested friends', 'suggested connections', 'similar items', 'similar products', 'you may also like', 'collaborative filtering', 'next best offer',
      // A shelf or a list named by what it holds: "Recommended for you", "recommended books".
      'recommended for you', 'recommended {items|products|books|videos|jobs|articles|songs|tracks|movies|courses|recipes|restaurants|posts|episodes|listings|hotels|apps|games}',
      // Shelves named by why they hold their items.
      '{customers|people|users|shoppers} {also|who} … {viewed|bought|watched|liked}', 'frequently bought together', 'buy again', 'because you {watched|liked|bought|listened|read|viewed}', 'more like this', 'related products'],
    ru: ['рекомендац*', 'рекомендательн*', 'рекомендова*', 'персональн* подборк*', 'похож* товар*', 'коллаборативн* фильтрац*', 'возможн* знаком*',
      'с этим товаром покупают', 'вам может понравиться', 'купить снова', 'часто покупают вместе'],
    zh: ['推荐', '推荐系统', '个性化推荐', '猜你喜欢', '协同过滤', '可能认识的人', '好友推荐', '看了又看', '买了又买', '经常一起购买'],
  },
  search: {
    en: ['search', 'search engine*', 'search ranking', 'search results', 'search result page*', 'search query', 'search queries', 'product search', 'web search', 'site search', 'job search', 'search relevance', 'query understanding', 'autocomplete', 'typeahead', 'search bar', 'search box', 'search experience'],
    // Not bare 'выдача': any list a system returns ("выдача фильмов" of a recommender), a search's only with 'поисковая'.
    ru: ['поисков* систем*', 'поисков* выдач*', 'поисков* запрос*', 'поисков* индекс*', 'поиск* товар*', 'поиск* вакансий', 'автодополнен*',
      'поиск* по {объявлени*|товар*|каталог*|сайт*|маркетплейс*|вакансия*}', 'релевантност* поиск*'],
    zh: ['搜索', '搜索引擎', '搜索结果', '搜索排序', '搜索词'],
  },
  feed: {
    en: ['news feed*', 'newsfeed*', 'home feed', 'feed ranking', 'feed', 'feeds', 'timeline*', 'stories ranking'],
    ru: ['лент*', 'новостн* лент*'],
    zh: ['信息流', 'feed流', '动态流', '首页流'],
  },
  ads: {
    // '=ads': the stem of 'ads' would take 'added'.
    en: ['=ads', 'advertis*', 'ad click*', 'ad ranking', 'ad impression*', 'ad auction*', 'sponsored', 'bidding', 'advertiser*', 'ad serving', 'ad targeting'],
    ru: ['реклам*'],
    zh: ['广告', '竞价'],
  },
  fraud: {
    en: ['fraud*', 'chargeback*', 'anti money laundering', '!AML', 'account takeover', 'stolen card*', 'money laundering', 'illegal trading', 'insider trading', 'market manipulation',
      // Deception for gain, the same shape of task: rare, adversarial positives.
      'phishing', 'scam*', 'fake account*', 'bot detection', 'identity theft', 'spoofing',
      // Fraud against advertisers: the ads are the setting, the fraud is what is detected.
      'click fraud', 'ad fraud', 'invalid traffic', 'fake clicks', 'click spam', 'click farm*'],
    ru: ['мошенни*', 'фрод*', 'антифрод*', 'отмыван*', 'фишинг*', 'скам*', 'фейков* аккаунт*', 'скликиван*', 'накрутк* {клик*|просмотр*|трафик*}', 'ботов* трафик*'],
    zh: ['欺诈', '反欺诈', '风控', '盗刷', '洗钱', '钓鱼邮件', '钓鱼网站', '诈骗', '刷单', '羊毛党', '作弊', '盗号', '套现', '骗保', '虚假交易', '黑产', '薅羊毛',
      '反作弊', '虚假点击', '作弊点击', '点击作弊', '无效点击', '无效流量', '刷量', '点击欺诈'],
  },
  moderation: {
    en: ['moderation', 'moderator*', 'harmful content', 'toxic*', 'abuse', 'abusive', 'hate speech', 'spam', 'content policy', 'policy violat*', 'violating content', 'misinformation', 'trust and safety', 'nsfw',
      // What a marketplace or a community takes down: items or posts that break its rules, named by the rule.
      '{prohibited|banned|forbidden} {item*|listing*|goods|product*|content|post*}', '{harmful|unsafe|inappropriate} {listing*|post*|comment*|message*|image*|video*|review*}',
      'unsafe content', 'inappropriate content', 'content safety',
      // Keyword stuffing: a listing's text packed with unrelated terms to be found by searches it does not match.
      'keyword stuff*', '{stuffed|packed} with … keywords', 'keyword spamm*'],
    ru: ['модерац*', 'модератор*', 'токсичн*', 'спам*', 'оскорбл*', 'запрещенн* контент*', 'нарушен* правил*',
      'запрещенн* {товар*|объявлени*|предмет*|публикаци*|вещ*}', '{недопустим*|неприемлем*|вредн*|опасн*} {контент*|объявлени*|публикаци*|комментари*}',
      'накрутк* ключев* слов*', 'накручен* ключев* слов*', 'переспам*'],
    // Not bare 审核 (any review: 报销审核, 资质审核) nor bare 违规 (违规报销 is an expense breaking policy): content is what is moderated.
    zh: ['内容审核', '审核违规', '机审', '内容安全', '有害内容', '垃圾信息', '违规内容', '违规评论', '违规弹幕', '违规识别', '违规检测', '色情', '谩骂', '辱骂', '涉黄', '鉴黄', '低俗', '不良信息', '广告引流',
      // Goods a marketplace may not list: 违禁品, 违禁商品, 违规商品.
      '违禁品', '违禁商品', '违禁物品', '违禁内容', '违规商品', '违规帖子', '不当内容', '有害信息', '关键词堆砌', '堆砌关键词'],
  },
  forecasting: {
    en: ['forecast*', 'demand prediction', 'demand planning', 'time series', 'sales prediction', 'predict* demand', 'predict* sales'],
    ru: ['прогноз* спрос*', 'прогноз* продаж*', 'прогнозирован* спрос*', 'временн* ряд*'],
    zh: ['时间序列', '销量预测', '需求预测', '预测销量', '预测…{销量|需求量|客流|订单量|单量|用电量|话务量|进线量}', '{单量|订单量|客流|客流量|话务量|用电量|进线量}预测', '补货'],
  },
};

/**
 * The words of a system type in another sense, which vote for no type: data
 * that "feeds into" a model or a "traffic feed" is no news feed; a
 * nearest-neighbour or vector search is how candidates or chunks are fetched,
 * and a grid search tunes hyperparameters; neither is a search product; a
 * report's "business recommendations" (ru "рекомендации по внедрению", zh
 * "推荐阅读") are advice, and a "price recommendation" ("рекомендация цены",
 * "推荐价") a number, not a recommender.
 */
export const OTHER_SENSES: CueSet = {
  en: [
    'feed* into', 'feed* … into the', 'feed* the {model*|network|classifier|pipeline|llm|ranker}', '{data|traffic|live|camera|video|sensor|price|market data|rss|event|product|telemetry} feed*',
    'feed forward', 'feedforward',
    '{nearest neighbo*|approximate nearest neighbo*|ann|knn|k nn|vector|vectors|embedding|similarity|vector similarity|faiss} search*', 'search … nearest neighbo*',
    '{grid|random|hyperparameter|hyper parameter|bayesian|architecture|beam|tree} search*', 'search space*',
    // Advice to the reader, not items recommended to users: a report's "Business recommendations".
    '{business|strategic|policy|actionable} recommendation*', 'our recommendation is', 'recommendation* for {the business|management|stakeholders|improvement*|next steps}',
    '{caveats|conclusion*|findings} and recommendation*', 'recommendation* and {next steps|conclusion*}',
    // Advice to a professional, not items: what to do for a patient, a machine, a system.
    '{treatment|clinical|medical|care|therapy|dosing|diagnostic|safety|security|compliance|maintenance|repair|remediation|mitigation} recommendation*',
    // A number suggested to a person, not items: a price, a bid, a budget, a dose.
    '{price|pricing|bid|bidding|budget|discount|credit limit|dose|dosage|salary|reorder|order quantity|stock level} recommendation*',
    // Not "recommended budget hotels" or "recommended discounted items": there the number describes the items.
    'recommended {price|prices|bid|bids|dose|doses|dosage|quantity|quantities|retail price*|salary|salaries}', 'recommend* {a|the|} {price|bid|dose|dosage}',
    // A coding agent's instruction file or the agent that wrote the code ("CLAUDE.md", "AGENTS.md", "built with Claude
    // Code") says how the repository is worked on, not that the system generates anything.
    '{claude|agents|gemini|copilot instructions} md', 'claude code',
    // A speech recognizer's or a spell checker's n-gram language model scores word sequences; it generates nothing.
    '{n gram|ngram|gram|bigram|trigram|kenlm|statistical|count based|backoff|character level|char level} language model*', 'language model* … {rescor*|shallow fusion|beam decod*}',
    // The task set in an interview or an exercise ("The prompt: design a search ranking system"), not an LLM's input.
    '{interview|problem|exercise|homework|assignment|case study|essay|writing} prompt*', 'prompt* {design|build} {a|an}',
    // Features or causes ordered by importance: an explanation, not a list returned to a user.
    // ("Ranking features" alone are a ranker's inputs: the sense needs importance said.)
    '{feature|variable|predictor} ranking*', '{rank*|order*} of {the|} {features|variables|predictors}',
    '{rank*|order*} … {features|variables|predictors|drivers|factors} by {importance|shap|contribution|impact}', '{feature|variable|permutation} importance … {rank*|ranking*}',
    // People ranked for outreach ("ranking customers by churn probability" for the retention team) are a call list,
    // not items returned to a user.
    '{rank*|sort*|order*|prioriti*} {the|} {customers|subscribers|clients|accounts|leads|patients|employees|borrowers|applicants} by',
    // A competition's leaderboard rank is a result, not a ranked list.
    'leaderboard … {rank*|position*}', '{rank*|ranked|position*} … leaderboard',
  ],
  ru: [
    '{n|н} грамм* языков* модел*', 'граммн* языков* модел*', 'языков* модел* … рескоринг*',
    'поиск* ближайш* сосед*', 'векторн* поиск*', 'поиск* по сетке', 'поиск* гиперпараметр*', 'лент* … {транспортер*|конвейер*}',
    'рекомендаци* {по|для} {улучшени*|уход*|внедрени*|использовани*|доработк*|развити*|бизнес*|руководств*}', '{выводы|заключени*} и рекомендаци*', 'бизнес рекомендаци*',
    'рекомендаци* {по|для} {лечени*|терапи*|врач*|пациент*|обслуживани*|ремонт*|безопасност*|устранени*}', 'клиническ* рекомендаци*',
    'рекомендаци* {цен*|ставк*|бюджет*|скидк*|дозировк*|доз*|лимит*|зарплат*}', '{рекомендованн*|рекомендуем*} {цен*|ставк*|дозировк*|доз*}', 'рекоменд* {цен*|ставк*}',
    '{ранжир*|сортир*|упорядоч*} {клиент*|абонент*|заемщик*|заёмщик*|лид*|пациент*|сотрудник*} по',
    // Not "ранжирующие факторы": a search ranker's features. Importance must be said.
    '{ранжир*|упорядоч*} … {признак*|фактор*|переменн*} по {важност*|значимост*|влияни*|вклад*}', 'важност* признак* … ранжир*',
  ],
  zh: ['治疗推荐', '用药推荐', '诊疗推荐', '推荐价', '定价推荐', '价格推荐', '推荐出价', '推荐预算', '推荐剂量', '推荐折扣', '建议零售价', '客户排序', '客户排名', '借款人排序', 'n-gram语言模型', 'n元语言模型', '统计语言模型', '特征重要性排序', '特征排序', '重要性排序', '向量搜索', '近邻搜索', '最近邻搜索', '网格搜索', '超参数搜索', '相似度搜索', '相似性搜索', '束搜索', '架构搜索', '推荐阅读', '推荐使用', '推荐安装'],
};

/**
 * The top of a list shown to a person, said so: "we show the top 5 courses
 * to the user", "buyers see the top N deals first", "пользователю
 * показываем топ-5", "向用户展示前 10 个商品". A system that returns a ranked
 * list of items to a user is ranking-shaped, however few ranking words it
 * uses otherwise. (Not "return the top-k chunks": a retriever's list for a
 * prompt names no person.)
 */
const PEOPLE_EN = '{user*|customer*|buyer*|shopper*|member*|viewer*|reader*|student*|agent*|recruiter*|guest*|visitor*|client*|them}';
const SHOWN_ITEMS_EN = '{items|products|listings|results|offers|videos|posts|articles|jobs|hotels|homes|songs|tracks|movies|recipes|courses|restaurants|suggestions}';
const PEOPLE_RU = '{пользовател*|клиент*|покупател*|студент*|зрител*|читател*|соискател*|оператор*|посетител*|абонент*|им|ему}';
const SHOW_RU = '{показ*|выда*|вывод*|предлага*|рекоменду*|отобража*}';
/**
 * The notification a person gets next, chosen among the pending ones: "picks the next notification to send", "какое
 * уведомление отправить следующим", "挑选下一条要发送的通知". The top one of a ranked list sent to a user (notification
 * ranking). Not a send time ("the hour to send the digest") or a whole campaign ("which customers to email").
 */
const NEXT_NOTIFICATION: Required<CueSet> = {
  en: [
    'next {notification*|push*|push notification*} … {send|sent|deliver*|show*}', '{send|sent|deliver*|show*} … next {notification*|push*|push notification*}',
    '{pick*|choose*|chose*|select*|decide*} {which|what} {notification*|push*|push notification*}',
  ],
  ru: ['{как*|котор*} {уведомлени*|пуш*|push} {отправ*|показ*}', 'следующ* {уведомлени*|пуш*|push} … {отправ*|показ*}', '{отправ*|показ*} … следующ* {уведомлени*|пуш*}'],
  zh: ['下一条…{通知|推送}', '{挑选|选择|选出|决定}…{哪条|哪一条}…{通知|推送}'],
};

export const TOP_SHOWN: CueSet = {
  en: [
    `{show*|display*|present*|surface*|suggest*|recommend*} … top {#|n|k} … to … ${PEOPLE_EN}`,
    `{show*|display*|present*|surface*|suggest*|recommend*} ${PEOPLE_EN} … top {#|n|k}`,
    `top {#|n|k} … {shown|displayed|presented|surfaced|suggested|recommended} to … ${PEOPLE_EN}`,
    `${PEOPLE_EN} {see|sees|get|gets|receive|receives} … top {#|n|k}`,
    // The items shown said by their number and their order, no person named: "the list shows the 30 most likely items
    // first", "the highest scored 12 are shown", "buyers see 48 listings per page".
    `{show*|display*|surface*} … # most {likely|relevant|probable} … ${SHOWN_ITEMS_EN}`,
    `{highest|top} {scored|scoring|ranked} # … {are|is} {shown|displayed|presented|surfaced}`,
    `{user*|customer*|buyer*|shopper*|viewer*|reader*|visitor*|guest*} {see|browse} # {items|products|listings|results|offers|videos|posts|articles|jobs|hotels|songs|movies}`,
    ...NEXT_NOTIFICATION.en,
  ],
  ru: [
    `${PEOPLE_RU} … ${SHOW_RU} … топ {#|n|k}`,
    `${SHOW_RU} … топ {#|n|k} … ${PEOPLE_RU}`,
    `${SHOW_RU} … ${PEOPLE_RU} … топ {#|n|k}`,
    `топ {#|n|k} … ${SHOW_RU} … ${PEOPLE_RU}`,
    ...NEXT_NOTIFICATION.ru,
  ],
  zh: [
    '{向|给|为}用户{展示|展现|显示|呈现|推荐|返回}…{前|top}', '{展示|展现|显示|呈现|推荐|返回}给用户…{前|top}', '{前|top}…{展示|展现|显示|呈现|推荐|返回}给用户',
    '用户…{看到|看见}…{前|top}',
    ...NEXT_NOTIFICATION.zh,
  ],
};

/**
 * A model's predictions order a list of items: "listings are sorted by the
 * predicted price", "сортируем товары по прогнозной цене". A regression whose
 * outputs rank the items a user browses still makes the system ranking-shaped
 * (a list of customers sorted by predicted uplift for a campaign is no such list).
 */
const ITEMS_EN = '{listings|results|items|products|catalog*|offers|restaurants|hotels|homes|jobs|courses|videos|articles|posts|recipes|songs|movies}';
const ITEMS_RU = '{товар*|объявлени*|результат*|выдач*|список*|курс*|ваканси*|отел*|фильм*|статьи|ресторан*}';
export const RANK_BY_PREDICTION: CueSet = {
  en: [`{rank*|sort*|order*} ${ITEMS_EN} by … {predicted|estimated|expected}`, `${ITEMS_EN} … {ranked|sorted|ordered} by … {predicted|estimated|expected}`],
  ru: [`{ранжир*|сортир*|отсортир*|упорядоч*} ${ITEMS_RU} по … {предсказанн*|прогнозн*|ожидаем*}`, `${ITEMS_RU} … {ранжир*|сортир*|отсортир*|упорядоч*} по … {предсказанн*|прогнозн*|ожидаем*}`],
  zh: ['{商品|结果|列表|房源|酒店|职位|课程|视频|文章}…按…{预测|预估}…{排序|排列}', '按…{预测|预估}…对{商品|结果|列表|房源|酒店|职位|课程|视频|文章}{排序|排列}'],
};

/**
 * A ranked list of items returned to a user: results, recommendations, a
 * feed, ads, suggestions. This, not the word "ranking", makes a system
 * ranking-shaped: a retriever that only feeds an LLM returns nothing to rank
 * for a user.
 */
export const RANKED_LIST: CueSet = {
  en: [
    'ranked list*', 'ranked results', 'ranked feed', 'ranked by relevance', 'sorted by relevance', 'search results', 'results page', 'top … results',
    'list of recommendation*', 'recommended items', 'recommendations to', 'recommend … to users', 'recommend … to members', 'feed ranking', 'rank … feed',
    'rank … items', 'rank … posts', 'rank … candidates', 'rank … ads', 'rank … jobs', 'rank … products', 'rank … results', 'rank … videos', 'rank … restaurants',
    'rank … {books|songs|tracks|episodes|articles|listings|hotels|homes|courses|recipes|movies|stories|apps|games|offers|documents}',
    // What is ranked for an agent or a recruiter: resolution templates, suggested replies, applicants.
    'rank … {templates|resolutions|solutions|replies|suggestions|applicants|profiles|creators|sellers|places|events|questions|answers|experts}',
    'learning to rank', '!NDCG*', 'ndcg*', 'mean reciprocal rank', 'position bias', 'pointwise', 'pairwise ranking', 'listwise', 'people … may know',
    'ranking model', 'ranker', 'ranking stage', 'ranking layer', 'candidate generation', 'multi stage ranking', 'notification ranking', 'slots', 'carousel',
    'playlist*',
    // The list a person is shown, said by what is shown and in what order: "returns the list of solutions ranked by the
    // predicted score", "the top three are suggested to agents", "we show the top 10", "best match first".
    'ranked by … {score*|probability|probabilities|likelihood}', 'sorted by … {score*|probability|probabilities|likelihood}',
    'top # … {suggested|shown|displayed|presented|surfaced}', '{suggest*|show*|display*|present*|surface*} … top #',
    '{suggest*|show*|display*|present*|surface*} … # most {likely|relevant|similar}', '{best match*|most relevant|highest scor*} first',
    'top recommendation*', '# highest scor*', '{suggested|shown|displayed|presented} … in {order|that order}',
    'rank* … notification*', '{which|what} {notification*|push*|push notification*|message*|email*} to send',
  ],
  ru: [
    'ранжирован*', 'ранжир*', 'список рекомендац*', 'поисков* выдач*', 'выдач*', 'топ … результат*', 'отранжирован*', 'упорядоч* … список*',
    'упорядоч* … по вероятност*', 'лент*', 'ndcg*', 'позиционн* смещен*', 'генерац* кандидат*',
    'плейлист*', 'плей лист*',
    'отсортированн* список*', 'отсортир* по … {скор*|вероятност*|релевантност*}', '{показыва*|показ*|предлага*|выда*} … топ #', 'топ # … {показыва*|показ*|предлага*}',
  ],
  zh: ['排序', '精排', '粗排', '重排', '推荐列表', '搜索结果', '信息流', '召回', '排序模型', 'ndcg', '歌单', '播放列表'],
};

/**
 * The top of a classifier's classes shown to a person: "the app shows the top 3 species", "топ-3 диагноза", "前 3 个最可能的
 * 物种". What is shown is the model's guesses at one answer, not items ranked from a catalogue: in a sentence with
 * these, a top shown casts no list vote (system-type.ts).
 */
export const CLASSIFIER_TOP: CueSet = {
  en: [
    'top {#|n|k} {species|classes|labels|categories|breeds|diseases|diagnoses|conditions|guesses|predicted classes|predicted labels}',
    'top {#|n|k} most {likely|probable} {species|classes|labels|categories|breeds|diseases|diagnoses|conditions}',
  ],
  ru: ['топ {#|n|k} {класс*|категори*|вид*|пород*|диагноз*|заболевани*|метк*}', 'топ {#|n|k} наиболее вероятн* {класс*|категори*|вид*|пород*|диагноз*|заболевани*}'],
  zh: ['{前|top}…{物种|类别|品种|标签|疾病|病种|诊断|类目}'],
};

/**
 * A ranking model named as the method: learning to rank, a ranker, a listwise loss, NDCG. In a short spec that is not
 * an LLM's (whose reranker orders chunks for a prompt) and predicts no churn or failures, one plain mention says what
 * it builds: a list ordered for its users (system-type.ts inferRankingShaped).
 */
export const RANKING_TASK: CueSet = {
  en: ['learning to rank', '!LTR', 'lambdamart', 'lambdarank', 'yetirank', 'listwise', 'pairwise ranking', 'ranking model*', 'ranker*', 're ranker*', 'reranker*', '!NDCG*', 'ndcg*'],
  ru: ['обучени* ранжировани*', 'ранжирующ* модел*', 'модел* ранжировани*', 'lambdamart', 'yetirank', 'ndcg*'],
  zh: ['排序学习', '学习排序', '排序模型', '精排', 'ndcg', 'lambdamart'],
};

/**
 * A list a person sees, said so: search results, product cards, "the top 6 shown best match
 * first". In an LLM system's doc only these count for ranking-shaped: its retriever ranks too
 * ("ranked result lists of both retrievers are fused", "a reranker"), but only for the prompt.
 */
export const SHOWN_LIST: CueSet = {
  en: [
    'search results', 'search result page*', 'results page', 'result list', 'results list', 'list of results', 'top # results', 'results … {shown|displayed|returned} to',
    '{product|listing|hotel|job|recipe} card*', 'carousel', 'position bias', '{best match*|most relevant|highest scor*} first', '{show*|display*|present*|surface*} … top #',
    'top # … {shown|displayed|presented|suggested} to', 'list of {products|items|listings|hotels|homes|jobs|recipes|restaurants|songs|tracks|movies|videos|courses|offers}',
    'ranked list of {products|items|listings|hotels|homes|jobs|recipes|restaurants|songs|tracks|movies|videos|courses|offers|documents|articles}',
    '{click*|tap*} on … {results|products|listings|recipes|cards|recommendations}', 'recommendations to {users|members|customers|shoppers|buyers|viewers|listeners|readers}',
  ],
  ru: ['поисков* выдач*', 'список {товаров|вакансий|отелей|объявлений|фильмов|треков|курсов}', 'карточк* {товар*|объявлени*|вакансi*|отел*}', '{показыва*|показ*} … топ #', 'позиционн* смещен*'],
  zh: ['搜索结果', '推荐列表', '商品列表', '商品卡片', '结果列表', '位置偏差', '展示…前'],
};

/** An LLM, RAG or agent system: what it returns is generated text or actions. */
export const GENERATIVE: CueSet = {
  en: [
    '!LLM', '!LLMs', 'llm*', 'large language model*', 'language model*', 'gpt*', 'claude', 'gemini', 'llama*', 'mistral', '!RAG', 'retrieval augmented',
    'generative*', 'generated answer*', 'generate* … answer*', 'answer generation', 'text generation', 'prompt*', 'chatbot*', 'chat bot*', 'ai agent*',
    'agentic*', 'llm agent*', 'tool call*', 'function calling', 'hallucinat*', 'faithfulness', 'groundedness', 'context window', 'copilot*',
    'conversational agent*', 'voice agent*', 'fine tun* … llm*', 'instruction tun*',
    // An AI assistant or a GenAI feature drafts, answers or summarises: generated text.
    '!GenAI', '!GENAI', 'gen ai', 'ai assistant*', 'ai copilot*', 'ai writing', 'ai generated', 'ai summar*',
  ],
  ru: ['llm', 'языков* модел*', 'yandexgpt', 'gigachat', 'гигачат', 'генеративн*', 'генерац* ответ*', 'генерир* ответ*', 'промпт*', 'галлюцинац*', 'rag', 'чат бот*', 'ии агент*', 'llm агент*', 'агентн*',
    'ии {ассистент*|помощник*}'],
  zh: ['大模型', '大语言模型', '语言模型', '生成式', '提示词', '幻觉', '智能体', '生成答案', '智能问答', '知识库问答', '检索增强', '生成回答', '生成回复', '提示工程', 'ai助手', 'ai 助手', 'ai写作'],
};

/**
 * Tasks whose positives are rare whatever the system type: churn, anomalies,
 * failures, clicks. (Fraud, abuse and ads are rare-positive system types.)
 */
export const RARE_POSITIVE_TASKS: CueSet = {
  en: [
    'churn*', 'anomal*', 'outlier detection', 'failure prediction', 'predict* … failure*', 'equipment failure*', 'remaining useful life', 'defect detection',
    'click through rate prediction', 'ctr prediction', 'click prediction', 'predict* … clicks', 'conversion prediction', 'intrusion detection', 'default prediction',
    'credit default', 'rare disease*',
    // Machines that break: predicting it is predicting a rare event.
    'predictive maintenance', '{machine|gearbox|engine|pump|turbine|battery|bearing|compressor} failure*', 'unplanned downtime',
  ],
  ru: ['отток*', 'аномал*', 'отказ* оборудован*', 'предиктивн* обслуживан*', 'предсказательн* обслуживан*', 'предсказан* отказ*', 'прогноз* отказ*', 'поломк*', 'дефект*', 'прогноз* кликов', 'дефолт*'],
  zh: ['流失', '异常检测', '故障预测', '预测性维护', '设备故障', '点击率预估', '点击率预测', 'ctr预估', '违约预测', '转化率预估', '入侵检测', '缺陷检测', '故障检测'],
};

/** Words that say a share is small, before its number ("only about 2%", "less than 1%", "около 5%"). */
const RARE_SHARE_EN = '{only|just|about|around|roughly|approximately|under|below|less than|fewer than}';
const RARE_SHARE_RU = '{около|менее|меньше|всего|лишь|примерно|не более}';
/** Events whose rate, said to be small, makes the positives rare. */
const RARE_EVENTS_EN = '{positives|defaults|clicks|opens|conversions|purchases|failures|cancellations|fraud|churn|chargebacks|incidents|anomalies|spam}';

/** The doc itself says its classes are imbalanced or its positives rare. */
export const IMBALANCE_STATEMENT: CueSet = {
  en: [
    'imbalanced', 'unbalanced', 'class imbalance', 'imbalanced classes', 'skewed classes', 'highly skewed', 'rare event*', 'rare positive*', 'positives are rare',
    'positive … rare', 'positive class … rare', 'few positives', 'positive rate … #', 'only # … positive*', 'needle in a haystack',
    // The events to predict said to be rare, or how often the condition to screen for occurs ("a prevalence of about 4%").
    '{failure*|defect*|default*|cancellation*|incident*|fraud*|anomal*} {are|is|remain*} rare', 'prevalence … #', 'low prevalence',
    // The rate of the event to predict, said with a small share: "only about 2% of sent pushes are opened", "defaults are
    // about 4% of funded loans", "monthly churn is around 3%", "clicks are roughly 1% of impressions".
    `${RARE_SHARE_EN} # … of … {opened|clicked|converted|purchased|bought|fraudulent|positive|defaulted|flagged|churned|cancelled|canceled|failed}`,
    `${RARE_EVENTS_EN} are ${RARE_SHARE_EN} # … of`, `${RARE_EVENTS_EN} is ${RARE_SHARE_EN} # … of`,
    `{churn|default|fraud|failure|positive} rate {is|of|} ${RARE_SHARE_EN} #`, `{monthly|annual|yearly|weekly} churn is ${RARE_SHARE_EN} #`,
    // How often the condition to detect occurs: "sepsis occurs in about 3% of admissions".
    `{occur*|happen*|develop*|present} in ${RARE_SHARE_EN} # … of`,
  ],
  ru: ['дисбаланс*', 'несбалансированн*', 'несбалансирован*', 'редк* событ*',
    `{доля|процент|уровень} {дефолт*|отток*|мошеннич*|фрод*|просроч*} … ${RARE_SHARE_RU} #`,
    `{дефолт*|отток*|мошеннич*} составля* ${RARE_SHARE_RU} #`, `{встреча*|развива*|возника*} … ${RARE_SHARE_RU} {у|в|} #`, 'распространённост* … #', 'распространенност* … #', 'мал* доля … положительн*', 'положительн* … редк*'],
  zh: [
    '样本不均衡', '类别不平衡', '类别不均衡', '正负样本不平衡', '正样本稀少', '正样本较少', '极不均衡', '不均衡', '不平衡',
    // "违规弹幕很少", "欺诈交易只占 0.05%": the positives said to be rare.
    '{正样本|违规|欺诈|作弊|异常|故障|流失}…{很少|极少|稀少|只占|仅占|不到}',
    // The event's rate said small: "点击率约 1%", "违约率仅为 3%", "流失率不到 5%".
    // (Not 转化率 or 打开率: a recommender's rates, and not "低于": a guardrail's "转化率低于 X" is a comparison.)
    '{点击率|违约率|逾期率|坏账率|流失率|欺诈率|故障率|发生率|发病率}{约|约为|仅|仅为|只有|不到|不足}',
  ],
};

/**
 * Hints of imbalance, weaker than a statement: a minority class, or a method
 * for rare positives (class weights, downsampling negatives, focal loss).
 * One alone is not enough ("our minority classes" of cuisines in a plot).
 */
export const IMBALANCE_HINT: CueSet = {
  en: ['imbalance', 'minority class*', 'prevalence', '{weight*|upweight*|up weight*} … positive*', '{1|one} {in|out of} #', 'base rate', 'rare class*', 'class weight*', 'downsampl* … negative*', 'negative downsampl*', 'oversampl*', 'undersampl*', 'smote', 'focal loss'],
  ru: ['редк* класс*', 'миноритарн*', 'веса классов', 'андерсэмплинг*', 'оверсэмплинг*', 'балансировк* класс*'],
  zh: ['正负样本比例', '患病率', '阳性率', '负采样', '下采样', '过采样', '欠采样', '类别权重', '样本权重', '加权损失'],
};

/** What the model predicts, for phrasing messages per task. */
export const TASK_CUES: Readonly<Record<'classification' | 'regression' | 'forecasting', CueSet>> = {
  classification: {
    // "Logistic regression" is a classifier: it votes here, and its "regression" is not a regression task (system-type.ts).
    en: ['logistic regression', 'classif*', 'binary', 'multiclass', 'multi class', 'multi label', 'auc', 'roc', 'pr auc', 'precision', 'recall', 'f1', 'log loss', 'cross entropy', 'probability that', 'probability of', 'false positive*', 'false negative*'],
    ru: ['логистическ* регресс*', 'классифик*', 'бинарн*', 'вероятност*', 'точност*', 'полнот*', 'ложн* срабатыван*'],
    zh: ['逻辑回归', '分类', '二分类', '多分类', '概率', '准确率', '召回率', '误报'],
  },
  regression: {
    en: [
      'regression', 'regressor*', '!ETA', 'estimated time of arrival', 'delivery time', 'travel time', 'arrival time', 'time to complete', 'duration prediction',
      'predict* … minutes', 'predict* … duration', 'predict* … price', 'predict* … salary', 'predict* … amount', 'predict* … value', 'mae', 'rmse', 'mape', 'mse',
      'mean absolute error', 'mean squared error', 'quantile loss', 'continuous target', 'remaining useful life', 'r2',
    ],
    ru: ['регресс*', 'время доставки', 'врем* прибыт*', 'оценк* времени', 'предсказ* … времен*', 'прогноз* … времен*', 'предсказ* … стоимост*', 'предсказ* … зарплат*', 'mae', 'rmse', 'mape', 'средн* абсолютн* ошибк*'],
    zh: ['回归', '预估时间', '送达时间', '到达时间', '时长预测', '价格预测', '平均绝对误差', '均方误差'],
  },
  forecasting: SYSTEM_TYPE_CUES.forecasting,
};

/**
 * Words of a retriever that feeds an LLM: retrieved documents, chunks, passages, a knowledge base. In an LLM system's
 * doc a ranked list said in a line with them ("检索结果排序", "rerank the retrieved chunks") is the retriever's, ranked
 * for the prompt, not a list a person is shown.
 */
export const RETRIEVER_CONTEXT: CueSet = {
  en: ['retriev*', '!RAG', 'chunk*', 'passage*', 'knowledge base', 'vector store', 'vector database', 'document*'],
  ru: ['ретрив*', 'rag', 'чанк*', 'фрагмент*', 'документ*', 'баз* знаний'],
  zh: ['检索', '文档', '片段', '知识库', '切块', '分块', '向量库', 'rag'],
};

