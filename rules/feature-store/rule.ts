import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { AT_REQUEST_TIME, SERVING_STORES } from '../shared/serving-cues.js';

/** What the model reads about the user, the item and the context: features, embeddings, a profile. */
const FEATURES = {
  en: [
    'feature', 'features', '{user|users|item|items|video|videos|product|products|member|members|job|jobs|ad|ads|customer|customers|song|track|listing|post|creator|merchant|card|account|entity} embedding*',
    'embeddings of {users|items|videos|products|members|jobs|ads|customers|songs|tracks|listings|posts|merchants}', 'user tower output*', 'signals', 'user profile*', 'user history', 'preferences',
    // What the model is fed, by that name: "the model's inputs are precomputed hourly"; a recommender's candidate vectors.
    'model input*', '{candidate|candidates} {embedding*|vector*}', 'user prefs', 'aggregates', 'counters',
    // What an assistant reads about the customer into its prompt.
    'plan tier', 'account {tier|data|details|info*|status|context}', 'open tickets', 'customer {data|attributes|profile*|context|tier|plan}', 'user {data|attributes|context|metadata}',
    '{order|purchase|browsing|watch|search} history', 'recent {orders|purchases|activity|tickets|searches|clicks}'],
  ru: ['признак*', 'фич*', 'вход* модел*', 'эмбеддинг* {пользовател*|товар*|айтем*|объект*|кандидат*|клиент*|видео|трек*|вакансий|вакансии}', 'вектор*', 'профил* пользовател*', 'истори* пользовател*', 'истори* действи*', 'агрегат*', 'счетчик*', 'статус* {счет*|аккаунт*|заказ*|клиент*|карт*}', 'данн* {клиент*|аккаунт*|счет*} … {в промпт*|в контекст*|при запрос*|на запрос*}'],
  // As in English, what an assistant reads about the customer into its prompt: "账户状态在请求时从账务系统实时读取".
  zh: ['特征', '模型输入', '候选向量', '用户向量', '物品向量', '商品向量', '用户嵌入', '物品嵌入', '用户画像', '用户历史', '统计量', '账户状态', '账户信息', '账户数据', '客户信息', '客户资料', '会员等级', '订单状态', '订单历史', '历史订单', '用户属性'],
};

// How features reach the model at request time and stay the same as in
// training: a feature store, features kept in a low-latency store and read
// per request, precomputed features looked up by id, or one transformation
// code for training and serving. A feature list for training, a CDN cache or
// a retail store's sales are other things.
export default defineDocumentRule({
  meta: {
    id: 'feature-store',
    step: 'serving',
    severity: 'info',
    appliesTo: 'always',
    description: 'Says how features reach the model online (feature store, cache, online/offline consistency).',
  },
  message: 'No feature serving path: say how features reach the model at request time (feature store, cache) and how training and serving stay consistent, the usual source of training-serving skew.',
  fix: {
    title: 'Describe feature serving',
    snippet: '- **Feature serving:** ${1:batch features} in ${2:the online feature store}, refreshed ${3:hourly}; the same transformation code builds training and serving features',
  },
  concept: {
    parts: {
      storeName: {
        cues: {
          en: ['feature store*', 'feature platform*', 'feast', 'tecton', 'hopsworks', 'feature cache', 'feature service', 'feature server*', 'feature registry', 'feature serving', 'feature lookup*', 'feature fetch*'],
          ru: ['хранилищ* {признак*|фич*}', 'feature store', 'фичестор*', 'фиче стор*', 'сервис* признак*'],
          zh: ['特征存储', '特征库', '特征平台', '特征服务', '特征仓库'],
        },
      },
      skew: {
        // "To avoid training-serving skew", "чтобы не было расхождения между обучением и продом": the skew named
        // in a negated purpose is what the design guards against; only "skew: not handled" denies it.
        negationIsContent: true,
        cues: {
          en: [
            '{training|train} {serving|inference} skew', '{online|offline} {offline|online} {consistency|parity|skew|mismatch|discrepanc*}', 'feature parity', 'feature skew', 'feature contract*',
            '{training|train} {serving|inference} {consistency|parity|mismatch|discrepanc*}',
            // Logging what was served and training on it keeps the two the same by construction.
            'feature logging', 'logged features', 'log* … feature* … {serving|inference|request|prediction} time', 'log and wait',
            '{feature|features|feature values|values|inputs} {logged|recorded|captured|snapshotted} at {scoring|serving|inference|request|prediction|authori*|send} time',
          ],
          ru: ['расхождени* признак*', 'расхождени* между {обучени*|трейн*|офлайн*|оффлайн*} и {прод*|продакшен*|инференс*|сервинг*|онлайн*}', 'консистентност* признак*', 'согласованност* признак*', 'рассогласовани* обучени* и {инференс*|сервинг*}', 'логир* признак* … {инференс*|сервинг*|запрос*}',
            // "Значения признаков логируем в момент запроса и на них же обучаемся": either order.
            'признак* … логир* … {в момент|во время} {запрос*|инференс*|скоринг*|показ*}', '{те же|тех же|тем же|на тех же} {залогированн*|логированн*} {данн*|признак*|контекст*}'],
          // "请求时记录特征快照（特征落盘），训练样本直接使用这些快照": the served features logged and trained on.
          zh: ['{请求|打分|推理|预测|曝光}时{记录|保存|落盘}…特征', '特征{落盘|快照落盘}', '线上线下一致', '在线离线一致', '离线在线一致', '离在线一致', '在离线一致', '特征一致性', '训练服务偏差', '线上线下不一致', '离在线不一致'],
        },
      },
      same: {
        cues: {
          en: [
            '{same|shared|identical|single|one|common|reused} {code|logic|pipeline*|transformation*|feature pipeline*|feature code|feature definition*|preprocessing|transform*|package|library|module}',
            '{same|shared|identical|single|one|common} {python|sql|spark|feature|preprocessing} {code|package|library|module|job*|pipeline*|function*}', 'reuse* the {transformation*|preprocessing|pipeline*|code}',
            'same {inputs|features|feature values|values}', '{same|shared|identical} {tokenizer*|tokenization|text cleaning|normali*|encoder|vocabulary|embedding model}',
            // An LLM's prompt is its features: "training examples are built from the same logged prompt-builder output that was served".
            '{same|identical} {context|prompt|prompts|model input*}', 'same logged', '{same|identical} … {context|prompt*} … {served|at serving|in production}',
          ],
          ru: [
            '{тот же|та же|то же|те же|единый|единая|единое|общий|общая|общие|один и тот же|одна и та же|одни и те же} {код|логик*|пайплайн*|преобразовани*|трансформаци*|предобработк*}',
            // The same in other cases: "считаются одной и той же функцией", "тем же кодом", "в том же пайплайне".
            '{одной и той же|одним и тем же|одном и том же|той же|тем же|том же|единой|единым|общей|общим} {функци*|код*|логик*|пайплайн*|скрипт*|модул*|библиотек*|преобразовани*|трансформаци*|предобработк*}',
            '{тот же|тот самый|такой же|идентичн*} {контекст*|промпт*}',
            '{из той же|из того же|из тех же} {витрин*|таблиц*|хранилищ*|источник*|джоб*|пайплайн*}',
          ],
          zh: ['同一套', '同一份', '相同的代码', '相同的逻辑', '共用', '复用', '相同的上下文', '同样的上下文', '相同的提示词', '同一份提示'],
        },
      },
      trainServe: {
        cues: {
          en: ['{training|train} and {serving|inference|prediction|production|forecasting|scoring}', 'training and … {nightly|daily|batch|scoring|prediction} {run|job|pipeline}', '{nightly|daily|batch|scoring|serving|inference} {run|job|pipeline|service} and the training', '{offline|batch} and {online|real time}', '{online|serving} and {offline|training}', 'for serving', 'at serving', 'at inference', 'in production',
            'in training and in the {search|serving|scoring|ranking|inference|prediction|online|production} {service|path|system|api}'],
          ru: ['обучени* и {инференс*|сервинг*|предсказан*|прод*}', '{в батче|в батч*|батч*|офлайн*|оффлайн*} и {онлайн*|в онлайн*|в реальн* времени|стрим*}', 'в проде', 'на проде', 'в продакшен*', 'при инференс*', 'на инференс*', 'при обучени* и {в|на|при} {прод*|продакшен*|инференс*|сервинг*}', 'для обучени* и {для|} {инференс*|сервинг*|прод*|предсказан*|прогноз*|скоринг*}'],
          zh: ['训练和线上', '训练与线上', '训练和推理', '训练与推理', '线上线下', '离线和在线', '训练和预测', '训练与预测', '训练和打分', '训练与服务', '训练和服务', '训练{和|与|及|、}在线', '训练{时|阶段}{和|与}{线上|在线|推理|服务|预测}'],
        },
      },
      // Values said to match in training and in serving: "чтобы признаки при обучении и в проде совпадали".
      match: { cues: { en: ['match', 'matches', 'identical'], ru: ['совпада*', 'совпал*', 'одинаков*', 'идентичн*'], zh: ['一致'] } },
      bothPlaces: {
        cues: {
          en: ['{in|at|during|for} training and {in|at|for} {serving|production|inference}', 'training and serving', '{offline|training} and online'],
          ru: ['при обучени* и {в|на|при} {прод*|продакшен*|инференс*|сервинг*}', 'обучени* и {инференс*|сервинг*|прод*}', 'для обучени* и {для|} {инференс*|сервинг*|прод*}'],
          zh: ['训练和线上', '训练与线上', '训练和推理', '训练与推理', '线上线下', '训练{和|与|及|、}在线', '训练{时|阶段}{和|与}{线上|在线|推理|服务|预测}'],
        },
      },
      features: { cues: FEATURES },
      // A bare vector is a feature only when it is precomputed and fetched ("fetch the precomputed vector"); otherwise it may be a retrieval index.
      vector: { cues: { en: ['vector', 'vectors', 'embedding', 'embeddings'], ru: ['вектор*', 'эмбеддинг*'], zh: ['向量', '嵌入'] } },
      lookup: { cues: { en: ['fetch*', 'look* up', 'looked up', 'lookup*'], ru: ['достают*', 'достает', 'по ключу', 'по id'], zh: ['按id读取', '查表'] } },
      servingStore: { cues: SERVING_STORES },
      // Read by the service, not retrieved by a search: "the real-time service only reads precomputed vectors".
      reads: { cues: { en: ['=read', '=reads', 'served from', 'loaded into'], ru: ['чита*'], zh: ['只读', '直接读', '读取'] } },
      // A windowed aggregate is a feature whatever it is called: "counts of a card's transactions in the last hour",
      // «число транзакций по карте за последний час», 「近一小时交易次数」.
      aggregate: {
        cues: {
          en: ['{count|counts|number|sum|average} of … {in|over} the {last|past} {hour|day|week|month|# …}'],
          ru: ['{число|количеств*|сумм*|средн*|дол*} … за {последн*|прошл*|предыдущ*} {час|день|сутки|недел*|месяц|# …}'],
          zh: ['近{一|1|24|7|30|三|七}…{小时|天|周|月}…{次数|金额|均值|笔数}'],
        },
      },
      otherStore: {
        cues: {
          en: ['database', 'postgres*', 'mysql', 'mongo*', 'vector database', 'vector store', 'vector index', 'elasticsearch', 'opensearch', 'table', 'store', 'stored in', 'kept in'],
          ru: ['баз* данн*', 'postgres*', 'таблиц*', 'хранилищ*', 'хран*'],
          zh: ['数据库', '存储', '数据表'],
        },
      },
      // An application database the service reads at request time, as opposed to a warehouse or files for training.
      opStore: {
        cues: {
          en: ['postgres*', 'mysql', 'mongo*', 'sqlite', 'mem0', 'zep', 'operational {database|db|store}', 'application {database|db}'],
          ru: ['postgres*', 'mysql', 'mongo*'],
          zh: ['业务库', '业务数据库'],
        },
      },
      // A database query is no request: "признаки собираются SQL-запросом из хранилища".
      online: {
        cues: { en: [...(AT_REQUEST_TIME.en ?? []), 'request', 'requests', 'when a request arrives', 'at serving', 'online', 'into the prompt'], ru: [...(AT_REQUEST_TIME.ru ?? []), 'запрос*', 'в промпт*'], zh: [...(AT_REQUEST_TIME.zh ?? []), '线上', '在线'] },
        notIn: { en: ['sql request*'], ru: ['sql запрос*', 'запрос* к {базе|бд|хранилищ*|витрин*|таблиц*|dwh}'] },
      },
      fetch: {
        cues: {
          en: ['fetch*', 'look* up', 'looked up', 'lookup*', 'read', 'reads', 'served from', 'pull*', 'retriev*', 'loaded into', 'load* … into', 'joined at'],
          ru: ['чита*', 'получа*', 'забира*', 'достают*', 'достает', 'подтягива*', 'загружа*'],
          zh: ['读取', '获取', '拉取', '查询', '只读', '直接读'],
        },
      },
      precomputed: {
        cues: {
          en: ['precomput*', 'pre comput*', 'materiali*', 'refreshed', 'recomput*', 'computed {hourly|nightly|daily|every}', 'streaming', 'stream* … from kafka', 'flink'],
          ru: ['предрасч*', 'заранее {рассчит*|посчит*|вычисл*}', '{рассчит*|посчит*|вычисл*|считают*|считаем} заранее', 'пересчитыва*', 'обновля* {раз|каждые|ежечасно|ежедневно}'],
          zh: ['预计算', '提前计算', '实时计算', '每小时', '每天更新', '{预先|提前|事先|离线}算好', '实时维护'],
        },
      },
      // The model called with what was just read: "fetches the driver's location from the online store before calling the ETA model".
      modelCall: {
        cues: {
          en: ['{before|then|and} {calling|call|calls|invoking|invokes|scoring with|passing them to|feeding them to|feeds them to} the … {model|ranker|scorer|classifier|predictor}'],
          ru: ['{перед|затем} … {вызов*|переда*|подаё*|пода*} … {модел*|ранжировщик*|скорер*|классификатор*}'],
          zh: ['再调用模型', '然后调用模型', '后调用模型', '输入模型', '送入模型'],
        },
      },
      transform: { cues: { en: ['transformation*', 'preprocessing', 'pre processing', 'transformers', 'feature pipeline*', 'feature engineering code'], ru: ['преобразовани*', 'предобработк*', 'трансформаци*'], zh: ['特征处理', '预处理', '特征工程代码'] } },
    },
    settledBy: [
      { parts: ['storeName'], weight: 0.9, minOtherWords: 1 },
      { parts: ['skew'], weight: 0.85, minOtherWords: 1 },
      { parts: ['same', 'trainServe'], weight: 0.85 },
      { parts: ['features', 'match', 'bothPlaces'], weight: 0.8 },
      { parts: ['features', 'servingStore'], weight: 0.85 },
      { parts: ['features', 'fetch', 'online'], weight: 0.8 },
      { parts: ['features', 'otherStore', 'online'], weight: 0.75 },
      { parts: ['features', 'precomputed'], weight: 0.7 },
      { parts: ['vector', 'precomputed', 'lookup'], weight: 0.7 },
      // "The real-time service only reads precomputed vectors".
      { parts: ['vector', 'precomputed', 'reads'], weight: 0.7 },
      // A windowed aggregate kept where the service reads it: "… maintained by Flink and read from a cache when the payment arrives".
      { parts: ['aggregate', 'servingStore'], weight: 0.8 },
      { parts: ['aggregate', 'precomputed', 'fetch'], weight: 0.75 },
      { parts: ['features', 'servingStore'], weight: 0.8, within: 'unit' },
      { parts: ['features', 'fetch', 'online'], weight: 0.75, within: 'unit' },
      { parts: ['transform', 'trainServe'], weight: 0.7 },
      { parts: ['fetch', 'servingStore', 'modelCall'], weight: 0.75 },
      // Features kept in an application database the service reads (not a warehouse or files for training).
      { parts: ['features', 'opStore'], weight: 0.6 },
      // Vectors kept in an application database and read per request ("candidate vectors live in Postgres and are read when the page opens");
      // a retrieval index of documents is excluded by the concept's exclude list.
      { parts: ['vector', 'opStore', 'fetch'], weight: 0.6 },
    ],
    headings: { en: ['feature store*', 'feature serving', 'online features'], ru: ['хранилищ* признак*'], zh: ['特征存储', '特征平台', '在线特征'] },
    exclude: {
      en: [
        'feature flag*', 'feature toggle*', 'feature request*', 'product feature*', 'new feature*', 'app feature*', 'feature launch*', 'feature release*', 'ui feature*',
        'feature importance*', 'feature selection', 'feature engineering', 'feature drift', 'store feature*', 'store level', 'per store', 'each store',
        'online shop*', 'online retail*', 'online metric*', 'online evaluation', 'online experiment*', 'online learning', 'online a b',
        // A retrieval index and its caches are the corpus an LLM searches, not the features a model reads.
        'vector {db|database*|store*|index*|search|similarity}', '{document|doc|docs|chunk|chunks|passage|passages|schema|code|text|kb|knowledge base|page|file|query|corpus} embedding*',
        'embedding* of … {document*|chunk*|passage*|corpus|knowledge base|schema|code|file*}', 'semantic cache*', 'semantic search', 'embedding search*', 'cache* answers', '{response|prompt|answer|result} cach*',
      ],
      ru: [
        'важност* признак*', 'отбор* признак*', 'фич* продукт*', 'нов* фич*', 'онлайн магазин*', 'онлайн метрик*',
        'векторн* {баз*|индекс*|хранилищ*|поиск*}', 'эмбеддинг* {документ*|фрагмент*|чанк*|код*|текст*}', 'семантическ* кэш*',
      ],
      zh: ['特征重要性', '特征选择', '新功能', '向量数据库', '向量库', '向量检索', '文档向量', '文档嵌入', '语义缓存'],
    },
    name: 'storeName',
  },
});
