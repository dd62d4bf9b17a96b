// The signals a model uses, as cue data (syntax: server/engine/text/phrases.ts):
// feature-list reads a list of signals from these, leaky-feature where a
// passage speaks of features.
import type { CueSet } from '../../server/engine/rule-kit.js';

/** What the inputs of a model are called. */
export const FEATURE_WORDS: CueSet = {
  en: ['feature*', 'signal*', 'model input*', 'input feature*', 'input*', 'predictor*', 'covariate*', 'attributes', 'variables', '=factors', 'regressors', 'independent variables'],
  ru: ['признак*', 'фич*', 'факторы', 'факторов', 'входн* данн*', 'на вход*', 'входы', 'переменн*', 'атрибут*', 'характеристик*'],
  // A Chinese feature list is grouped by side: "用户侧：年龄段、城市", "物品侧：类目、作者"; 信号 as en "signals".
  zh: ['特征', '信号', '输入', '因子', '变量', '属性', '用户侧', '物品侧', '商品侧', '广告侧', '内容侧', '作者侧', '视频侧', '上下文侧', '请求侧'],
};

/** Other senses of the feature words: a product's features, a feature flag, the feature store itself. */
export const NOT_FEATURES: CueSet = {
  en: [
    '{app|product|platform|service|tool|website|bot|assistant|release} … {offers|has|have|provides|includes|supports|adds|with} … features', 'feature flag*', 'feature toggle*', 'feature request*', 'feature parity', 'feature set of the {app|product|platform}', '{product|app|ui|new|key|core|premium|paid|user facing} feature*', 'features of the {app|product|platform|service|tool|ui}',
    'feature count', 'number of features', '# features', '# engineered features', 'feature store', 'feature stores', 'feature pipeline*', 'feature service', 'feature server', 'feature freshness', 'feature drift', 'feature logging',
    // Signals a monitor watches, not inputs of the model: "3-signal staleness detection: CTR + coverage + PSI", "all three signals are displayed on the dashboard".
    '# signal {staleness|drift|decay|health|monitoring|anomaly|alert*|alarm*} …', '{drift|staleness|decay|health|monitoring|alerting|alarm} signal*', 'signals {are|is} {displayed|shown|plotted|charted|tracked|monitored} {on|in|over}',
    'signal to noise', 'input validation', 'input sanitization', 'input guardrail*', 'input tokens', 'input length', 'input size', 'user input*', 'variables in the environment', 'environment variable*', 'success factors',
    'risk factors', 'factors of success', 'quality attributes', 'target variable*', 'dependent variable*', 'outcome variable*', 'response variable*',
    // A promise of features, not features: "we will engineer features from the raw data".
    '{will|we|to|then} {engineer|create|generate|build|derive|extract|craft} {features|new features|more features|additional features|extra features}',
    // Traffic an experiment or a rollout is run on, not web traffic as a signal: "on 10 % of traffic", "shadow traffic".
    '# {%|percent} of {the|our|live|production|search|user|} traffic', '{live|production|shadow|canary|mirrored|user|real|online|peak} traffic', 'traffic {split*|share|allocation|ramp*|shift*}',
  ],
  ru: ['# {%|процент*} {трафик*|пользовател*}', '{боев*|продов*|живо*|тенев*} трафик*', 'хранилищ* признаков', 'feature store', 'количеств* признаков', 'числ* признаков', 'фич* продукт*', 'функци* продукт*', 'переменн* окружения'],
  // 输入 is also the user's typing and an experiment's knob, as en "user input", "input length": "保留自然语言输入的自由度",
  // "输入框", "输入长度", a "输入维度" list of the parameters an evaluation varies.
  zh: ['特征存储', '特征平台', '特征数量', '产品功能', '环境变量', '用户输入', '{自然语言|文本|语音|文字|手动|键盘}输入', '输入框', '输入长度', '输入校验', '输入维度'],
};

/** Kinds of features named by what they describe ("user features", "context signals"). */
export const FEATURE_GROUPS: CueSet = {
  en: [
    '{user|member|customer|buyer|seller|driver|rider|item|product|job|ad|video|post|document|query|merchant|account|device|content|creator|listing|restaurant|store|session|context|contextual|interaction|engagement|behavio*|historical|temporal|time|real time|streaming|cross|graph|text|textual|image|visual|audio|categorical|numerical|numeric|aggregate*|velocity|sequence|lexical|semantic|metadata|freshness|popularity|quality|relevance|ownership|social|price|risk|network} {feature*|signal*|attributes}',
    // Kinds of features by how they are built (a second phrase: one expands to at most 256 alternatives).
    '{lag|lagged|calendar|rolling|window|count|ratio|statistical|derived|engineered|handcrafted|hand crafted|dense|sparse|id|location|geo|weather|holiday|promo|promotion|candidate|query document|user item|positional|demographic|transaction|tabular|acoustic|spectral} {feature*|signal*|attributes}',
    // Not "user embeddings": a learned representation is the model's own, not a signal it is given.
    'feature {groups|categories|families}', '{user|item|product|ad|video|job|candidate|merchant|listing} tower inputs',
    'user profile*', 'user attributes', 'item attributes', 'demographic*', 'interaction history', 'purchase history', 'watch history', 'browsing history', 'search history', 'click history', 'order history', 'user history', 'behavio* data',
    'contextual information', 'context information',
  ],
  ru: [
    '{пользовательск*|товарн*|контекстн*|поведенческ*|временн*|исторически*|текстов*|категориальн*|числов*|агрегированн*|кросс} {признак*|фич*}', 'признак* {пользовател*|товар*|вакансi*|вакансии|кандидат*|контекст*|взаимодействи*}',
    '{лагов*|календарн*|статистическ*|производн*|оконн*|скользящ*|ценов*|погодн*|гео*} {признак*|фич*}',
    'профил* пользовател*', 'истори* {покупок|заказов|просмотров|взаимодействи*|откликов|поиск*}', 'демограф*',
  ],
  zh: ['滞后特征', '日历特征', '窗口特征', '用户特征', '物品特征', '商品特征', '上下文特征', '交叉特征', '实时特征', '行为特征', '统计特征', '文本特征', '图像特征', '用户画像', '历史行为', '行为序列', '静态特征', '动态特征'],
};

/**
 * Concrete signals a feature list names. Not embeddings in general ("user and item embeddings", «эмбеддинги»,
 * 「向量」): a learned representation says nothing of what the model is given; "embeddings of the job title" names the title.
 */
export const SIGNAL_NAMES: CueSet = {
  en: [
    'age', 'age group', 'gender', 'location', 'city', 'country', 'region', 'geo*', 'zip code', 'device*', 'user language', 'preferred language', 'time of day', 'day of week', 'hour of day', 'weekday', 'season*', 'holiday*', 'weather',
    'price*', 'category', 'categories', 'brand', 'title*', 'description*', 'text', 'caption*', 'image', 'images', 'tf idf', 'bag of words', 'n grams', 'history', 'recency', 'frequency', 'count of', 'counts of', '{click|view|order|purchase|transaction|login|session} count*', 'average',
    'ratio', 'share of', 'amount*', 'distance', 'duration', 'tenure', 'account age', 'ctr', 'popularity', 'rating*', '=reviews', 'skills', 'experience', 'education', 'seniority',
    '=clicks', '=views', 'purchases', '=likes', '=shares', 'dwell time', 'watch time', 'merchant*', 'mcc', 'ip', 'ip address', 'velocity', 'lag*', 'rolling', 'moving average', 'trend', 'promo*', 'discount*', 'stock',
    'inventory', 'traffic', 'speed', 'temperature', 'pressure', 'vibration', 'sensor readings', 'mutual connections', 'friends', '=followers', 'user id', 'item id', 'timestamp*', '=tags', 'keywords',
    'search query', 'query text', 'query terms', 'bpm', 'tempo', 'genre*', 'histogram*', 'pixels', 'spectrogram*', 'mfcc*', 'sentiment', 'intent', 'tier', 'balance', 'income', 'salary', 'credit score', '{news|market} {feed*|headlines}', 'headlines',
  ],
  ru: [
    'возраст*', 'пол', 'город*', 'регион*', 'местоположени*', 'геолокац*', 'устройств*', 'платформ*', 'язык*', 'время суток', 'день недели', 'сезон*', 'праздник*', 'погод*', 'цена', 'цены', 'категори*', 'бренд*',
    'названи*', 'описани*', 'текст*', 'изображени*', 'истори*', 'давност*', 'частот*', 'количеств*', 'число', 'числа', 'средн*', 'медиан*', 'доля', 'сумм*', 'расстояни*', 'длительност*', 'стаж*',
    'рейтинг*', 'отзыв*', 'навык*', 'опыт*', 'образовани*', 'клик*', 'просмотр*', 'покупк*', 'лайк*', 'скидк*', 'промо*', 'остатк*', 'гистограмм*', 'темп', 'жанр*', 'тег*', 'ключев* слов*', 'идентификатор*',
    // A market assistant's context, as en 'news feed', 'stock', 'price*' (not the news a classifier sorts).
    '{свеж*|последн*} новост*', '{лент*|заголовк*} новост*', 'новостн* {лент*|заголовк*|фид*}', 'котировк*', 'курс* {валют*|криптовалют*|акци*}',
  ],
  zh: ['年龄', '性别', '城市', '地区', '地域', '设备', '平台', '语言', '时段', '星期', '节假日', '天气', '价格', '类目', '品类', '品牌', '标题', '描述', '文本', '图片', '历史', '次数', '频次', '均值', '时长', '评分', '点击', '收藏', '购买', '等级', '注册天数', '标签', '关键词',
    // As en 'distance', 'speed', 'traffic', 'amount*', 'balance'.
    '距离', '速度', '路况', '金额', '余额', '最新新闻', '新闻标题', '新闻资讯', '股价', '股票价格', '币价', '行情'],
};

/** Features introduced as a list ("features include …", "signals such as …"). */
export const FEATURES_LISTED: CueSet = {
  en: [
    '{feature*|signal*|input*|predictor*} {=include|=includes|such as|=like|=including|e g|for example|consist of|comprise}', '=features … {such as|=including|e g|for example|namely}',
    'following {features|signals|inputs|predictors}', '{used|serve|serves|served|act|acts} as {features|inputs|signals|predictors}',
  ],
  ru: ['{признак*|фич*|факторы} {такие как|например|включа*|это|вроде}', 'признак* … {такие как|например|включая}', 'следующ* признак*', 'в качестве признак*', 'как признаки'],
  zh: ['特征包括', '特征有', '特征如', '特征主要有', '特征…包括', '特征…例如', '以下特征', '作为特征'],
};

/** Phrases that make what follows a model's input ("takes … as input", "fed into the model"). */
export const INPUT_PHRASES: CueSet = {
  en: ['takes … as input*', 'takes in', 'as {input|inputs}', 'inputs are', 'input is', 'inputs include', 'fed into', 'fed to', 'feeds into', 'conditioned on', 'input layer',
    // "Each request sends the model the customer's question, their last five orders …".
    '{send*|sent|pass*|give*|gave|hand*} the {model|llm|ranker|classifier}', '{sent|passed|given|handed} to the {model|llm|ranker|classifier}',
    // The model left implied: "for each trip we feed the route distance, the traffic speed …".
    'we feed', 'we pass in'],
  ru: ['на вход*', 'принима* на вход', 'подается', 'подаются', 'подаем', 'входн* данн*'],
  zh: ['作为输入', '输入包括', '输入为', '输入是', '输入:', '输入有', '上下文包括', '提示词包括', '送入模型', '输入模型', '喂给模型'],
};

/** Verbs of a model using something, which need the model named ("the ranker sees the member's skills"). */
export const USES: CueSet = {
  en: ['=uses', '=using', '=sees', 'looks at', '=consumes', 'learns from', 'relies on', 'based on', '=considers', '=takes', '=receives', '=leverages', '=leveraging', '=incorporates',
    // "We feed the ranker the member's skills", "the model gets the amount and the merchant".
    '=feed', '=feeds', '=gets', 'is given', 'are given',
    // "The reranker reads only the query and document text".
    '=reads', 'takes as input', 'takes in',
    // What a score or a prediction is made from: "the reranker scores each chunk on its freshness", "predicts the ETA from distance".
    // ("predicts sales on holidays" names when, not what from.)
    '{=scores|=rates|=ranks|=classifies|=predicts|=estimates|=forecasts} … =from', '{=scores|=rates|=ranks} … =on'],
  ru: ['использу*', 'учитыва*', 'смотрит на', 'на основе', 'опира*', 'при имеющихся', 'получает', 'получают', 'подаем', 'подаём', 'видит'],
  zh: ['使用', '基于', '利用', '结合', '根据'],
};

/**
 * One side of a feature list as a run-in label ("user: tenure, country", "item: category, price"):
 * the singular, as a feature group is named; "Users: 5M in 12 countries" describes the population.
 */
export const FEATURE_SIDES: CueSet = {
  en: ['=user', '=item', '=product', '=ad', '=merchant', '=customer', '=listing', '=job', '=candidate', '=video', '=driver', '=courier', '=restaurant', '=store', '=seller', '=buyer', '=author', '=post', '=document', '=transaction', '=account'],
  ru: ['=пользователь', '=товар', '=клиент', '=объявление', '=вакансия', '=кандидат', '=продавец', '=покупатель', '=транзакция', '=документ', '=курьер', '=водитель', '=магазин'],
  zh: ['物品', '商品', '广告', '商户', '骑手', '门店', '上下文'],
};

/** Making a prediction with what was named just before it ("we use distance and the time of day to predict …"). */
export const MEANS_TO_PREDICT: CueSet = {
  en: ['to {predict|estimate|forecast}'],
  ru: ['чтобы {предсказать|спрогнозировать|оценить}', 'для {предсказания|прогноза|прогнозирования}'],
  zh: ['来预测', '来预估', '来估计', '用于预测', '进行预测'],
};

/**
 * A signal named as what is predicted ("to predict the price", «чтобы предсказать цену товара», 「来预测价格」): the
 * model's target, not one of its inputs (the signal part's `notIn`). Only signals that are commonly a target.
 */
const PREDICT_VERB_EN = '{=predict|=predicts|=predicting|=forecast|=forecasts|=forecasting} {the|its|their|a|}';
export const PREDICTED_SIGNAL: CueSet = {
  // Three cues: one would expand past the 256 phrases a cue may have.
  en: [`${PREDICT_VERB_EN} {price*|duration|amount*|rating*|ctr|=clicks}`, `${PREDICT_VERB_EN} {purchases|income|credit score|popularity|traffic|dwell time}`, `${PREDICT_VERB_EN} {watch time|sentiment|intent|genre*|category}`],
  ru: ['{предсказать|предсказывать|предсказывает|предсказывают|спрогнозировать|прогнозировать|прогнозирует|прогнозируют|для предсказания|для прогноза|для прогнозирования} {цен*|длительност*|сумм*|рейтинг*|клик*|покупк*|доля|долю|количеств*|жанр*|категори*}'],
  // "来预测每条车源的价格": what is predicted may come after a 的.
  zh: ['{预测|预估|估计}{价格|时长|评分|点击|购买|金额|次数|类目|品类}', '{预测|预估|估计}…的{价格|时长|评分|点击|购买|金额|次数|类目|品类}'],
};

/** The model itself as what is used to predict ("we use LightGBM to predict the price"): its target, not its inputs. */
export const MODEL_TO_PREDICT: CueSet = {
  en: ['{model*|classifier*|regressor*|network*|ranker*|lightgbm|xgboost|catboost|gbdt|boosting|regression|forest|llm*|algorithm*|ml|learning|it|them} to {predict|estimate|forecast}'],
  ru: ['{модел*|классификатор*|бустинг*|алгоритм*|нейросет*|регресси*} {чтобы|для}'],
  zh: ['模型来预测', '模型来预估', '模型用于预测', '模型进行预测', '算法来预测'],
};

/** Where a generative model's inputs go. */
export const PROMPT_WORDS: CueSet = {
  en: ['prompt*', 'context', 'context window'],
  ru: ['промпт*', 'контекст*'],
  zh: ['提示词', '上下文', 'prompt'],
};

/** Verbs of gathering a generative model's inputs ("tools fetch the customer's account state"), said with what is gathered. */
export const GATHERS: CueSet = {
  en: ['fetch*', 'look* up', 'pull* in', 'inject*', 'attach*', 'append*', 'insert* into', 'provided with', 'passed {to|into|in}', 'load* into'],
  ru: ['подтягива*', 'подставля*', 'добавля* в', 'переда* в'],
  zh: ['拼接', '注入', '附加', '传入', '获取'],
};

/** For a generative system: what goes into the prompt or context. */
export const PROMPT_CONTENTS: CueSet = {
  en: [
    'retrieved {chunks|passages|documents|docs|snippets|context|evidence|articles}', 'conversation history', 'chat history', 'conversation turns', 'previous turns', 'last # turns', 'system prompt', 'base prompt', 'tool definitions',
    'tool outputs', 'tool results', 'few shot examples', 'user question', "customer's question", 'user query', 'user profile', 'account state', 'customer state', 'customer tier', 'plan tier', 'schema context', 'table schemas',
    'alert payload', 'repository context', 'relevant docs', 'document metadata', 'chunk metadata',
    '=the {question|query|request}', 'top # {chunks|passages|documents|docs|results|snippets|articles|pages}', '{page|document|article|section} titles', 'source urls',
    '{=department|=role|=locale|=language|=country|=plan|=os|=device} {and|or} {=department|=role|=locale|=language|=country|=plan|=os|=device}',
    "{employee's|student's|patient's|agent's|buyer's|seller's|driver's|user's|customer's|member's|lawyer's|engineer's|doctor's|analyst's} {question|request|message}", 'last # {messages|replies|exchanges}', 'system instruction*', '# most relevant {chunks|passages|documents|snippets|fragments|articles}',
    // "the top-K chunks": a count left as a letter is still the retrieved context.
    'top {k|n} {chunks|passages|documents|docs|results|snippets|fragments|articles|pages}',
    '{knowledge base|kb|wiki|help centre|help center} {chunks|passages|snippets|fragments|articles}',
  ],
  ru: ['найденн* {фрагмент*|чанк*|документ*}', 'топ # {фрагмент*|чанк*|документ*}', 'заголовк* {страниц*|документ*}', 'сам вопрос', 'истори* диалог*', 'истори* переписк*', 'системн* промпт*', 'вопрос пользовател*', 'запрос пользовател*', 'профил* пользовател*', 'метаданн*',
    '{вопрос*|запрос*|сообщени*} {сотрудник*|клиент*|покупател*|студент*|пациент*|абонент*|оператор*|юрист*|врач*|инженер*|менеджер*|специалист*|агент*|аналитик*}',
    // "10 найденных пунктов с номером договора", "карточку контрагента".
    'найденн* {пункт*|абзац*|раздел*|стать*|параграф*|отрывк*}', 'карточк* {клиент*|контрагент*|товар*|пациент*|сотрудник*|заказ*}', '{последн*|предыдущ*} # {реплик*|сообщени*|ход*}', 'реплик* диалог*',
    'системн* {инструкци*|подсказк*}', '{фрагмент*|чанк*|отрывк*|стать*} базы знаний', '# {наиболее|самых} релевантн* {фрагмент*|чанк*|документ*|отрывк*}', 'релевантн* {фрагмент*|чанк*|отрывк*}', 'топ {k|n} {фрагмент*|чанк*|документ*|отрывк*}',
    // As en 'repository context', 'relevant docs'.
    'контекст* {репозитори*|кодов* баз*|проект*}', '{релевантн*|подходящ*|внутренн*} {документ*|стать*}'],
  zh: [
    '检索到的文档', '检索结果', '对话历史', '系统提示词', '用户问题', '用户画像', '元数据', '问题本身', '文档标题', '片段',
    '检索到的段落', '相关段落', '相关条款', '工具返回', '工具调用结果', 'ocr结果', 'ocr 结果', '问题文本', '对话记录', '会员等级', '订单状态', '账户信息', '仓库上下文', '代码上下文', '相关文档', '内部文档',
  ],
};
