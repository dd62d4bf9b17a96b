import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { SERVING_STORES } from '../shared/serving-cues.js';

// Where a request goes: something asks (a user's request, the app, a query),
// the service fetches what the model needs, the model is called, the result
// goes back. A named serving component that does this ("the ranking service",
// "a REST API in front of the model") settles it too; a deployment target
// ("on Kubernetes"), a latency requirement or a topic bullet does not. For a
// batch system the path is where the precomputed results are written and who
// reads them.
/** Sections that say what the system is for or how it is judged: a flow's words there state a purpose, not a path. */
const PURPOSE_SECTIONS = {
  en: ['evaluation', 'metric*', 'success criteria', 'goal*', 'objective*', 'motivation', 'problem statement', 'business {requirement*|context|case}', 'kpi*'],
  ru: ['оценк* {качеств*|модел*|пилот*}', 'метрик*', 'цел*', 'критери* успех*', 'мотиваци*', 'постановк* задач*', 'бизнес {требовани*|цел*|задач*}', 'kpi'],
  zh: ['评估', '评测', '指标', '目标', '业务需求', '背景', '问题定义'],
};
/** Sections where the parts of a flow, spread over its steps, describe the serving path. */
const SERVING_SECTIONS = {
  en: [
    'serv*', 'architectur*', 'request*', 'inference', 'flow', 'how it works', 'overview', '{inference|serving|prediction|scoring|online|ranking|recommendation|rag|retrieval|request|query|end to end|ml|system} pipeline', 'online', 'deploy*', 'integration', 'components',
    'high level*', 'solution', 'end to end', 'api design', 'api contract', 'api spec*', 'interface*', 'data flow', 'dataflow', 'workflow', 'sequence', 'runtime', 'production', 'system diagram', 'diagram',
  ],
  ru: ['сервинг*', 'архитектур*', 'инференс*', 'схем*', 'пайплайн* {инференс*|сервинг*|предсказан*|обработк* запрос*|ранжирован*|рекомендац*}', 'внедрен*', 'интеграц*', 'развертыван*', 'компонент*', 'как это работает', 'как работает', 'поток* данных', 'верхнеуровнев*', 'высокоуровнев*'],
  zh: ['服务', '架构', '推理', '流程', '部署', '链路', '组件', '系统设计', '总体设计', '整体设计', '方案', '概览', '上线'],
};

export default defineDocumentRule({
  meta: {
    id: 'serving-architecture',
    step: 'serving',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Describes the request path: how a request fetches features, calls the model and returns results.',
  },
  message: 'No serving architecture: describe the request path (what calls the model, where features come from, what is returned and cached), since that is where latency and failures live.',
  fix: {
    title: 'Describe the serving path',
    snippet: '- **Request path:** ${1:API gateway} → ${2:candidate retrieval} → ${3:feature lookup} → ${4:ranking model} → ${5:re-ranking} → response',
  },
  concept: {
    parts: {
      // A component that serves the model's results, named as such.
      path: {
        cues: {
          en: [
            'request path', 'serving path', 'online path', 'request flow', 'serving flow', 'inference path', 'inference flow', 'request lifecycle', 'request handling',
            '{inference|prediction|scoring|ranking|recommendation*|recommender|retrieval|search|model|serving|classification|moderation|forecast*} {service*|server*|api*|endpoint*|microservice*}',
            'model serving', 'serving layer', 'online serving', 'api gateway', 'llm gateway', 'model gateway', 'rest api', 'rest endpoint*', 'http api', 'http endpoint*', 'grpc',
            'fastapi', 'triton', 'torchserve', 'tf serving', 'tensorflow serving', 'kserve', 'seldon', 'bentoml', 'ray serve', 'sagemaker endpoint*', 'vertex ai endpoint*', 'vllm',
            '{feed|ads|ad|fraud|risk|churn|pricing|eta|embedding*|llm|rag|chat|assistant|agent|ml|ai|decision*|personali*} {service*|api*|endpoint*|microservice*|server}',
            '{completion*|autocomplete|suggestion*|transcription|speech|voice|tts|asr|stt|vision|ocr|detection|matching|translation} {service*|api*|endpoint*|microservice*|server}',
            'serving endpoint*', 'online endpoint*', 'managed endpoint*', 'inference runtime',
            'flask {app|api|server|service|endpoint*}', 'streamlit app', 'gradio {app|demo|interface}', '{post|get} {predict|score|scoring|recommend*|rank|classify|generate|chat|search|infer*|forecast}',
            'onnx runtime', 'onnxruntime', 'tensorrt', 'text generation inference', 'mlflow serving', 'model registry … endpoint*', 'azure ml endpoint*',
          ],
          ru: [
            'сервис* {инференс*|предсказан*|прогноз*|рекомендац*|ранжир*|поиск*|скоринг*|модер*|классификац*}', 'api сервис*', 'rest api', 'веб сервис*', 'http api', 'grpc',
            'путь запрос*', 'обработк* запрос*', 'онлайн инференс*', 'эндпоинт*', 'эндпойнт*', 'fastapi', 'triton',
            'api {модел*|рекомендац*|инференс*|скоринг*|ранжир*|поиск*|прогноз*}', 'инференс* сервис*', 'сервинг*', 'ml сервис*', 'микросервис* {модел*|инференс*|рекомендац*|скоринг*|ранжир*}',
          ],
          zh: [
            '推理服务', '预测服务', '推荐服务', '排序服务', '搜索服务', '检索服务', '模型服务', '在线服务', '请求链路', '服务链路', '接口服务', 'API网关', '在线推理',
            '线上服务', '打分服务', '召回服务', '精排服务', '风控服务', '推理接口', '预测接口', '模型接口', '服务化',
            // As en 'rest api', 'http api', 'grpc': "模型部署为 REST 服务".
            '{rest|http|grpc}{服务|接口}', 'rest api', 'http api', 'grpc',
          ],
        },
      },
      // Something asks: a request, a query, the app, the client.
      request: {
        cues: {
          en: [
            'request', 'requests', 'requested', 'incoming', 'query', 'queries', 'user asks', 'customer asks', 'user question*', 'user message*', 'api call*', 'call* the api',
            'page load*', 'client', 'clients', 'frontend', 'front end', 'caller', 'mobile app', 'checkout', 'upstream', 'user submits', 'user types', 'receiv*', 'takes in', 'accepts',
            '=app', 'web app', 'user input', 'user prompt*', 'chat message*', 'search box', 'search bar', 'inbound', 'arriv*', 'user opens', 'user visits', 'user sends',
            // Voice, code and upload products: what the user gives the system.
            'input prompt*', 'prompt* from the user',
            'user uploads', 'uploads {a|an|the|their}', 'speech to text', '=stt', '=asr', 'transcrib*', 'audio stream', 'user speaks', 'caller speaks', 'voice input', 'microphone',
            '=ide', 'editor plugin', 'ide plugin', 'ide extension', 'keystroke*', 'code context',
            // Event-driven products: a webhook or a new item starts the flow.
            'webhook*', '{pr|pull request|ticket|issue|email|message|document|claim|order} {opened|created|submitted|arrives|received|uploaded}',
          ],
          ru: [
            'запрос*', 'обращени*', 'обращается', 'вызов* api', 'клиент*', 'фронтенд*', 'frontend', 'приложени*', 'пользовател* {отправля*|открыва*|вводит|задает|загружа*}', 'вопрос* пользовател*', 'сообщени* пользовател*', 'поступа*', 'приходит',
            // What an LLM product is asked with: "для входного промпта вычисляется эмбеддинг".
            'входн* {промпт*|prompt*|сообщени*|текст* пользовател*}', 'входящ* {промпт*|prompt*|сообщени*|текст*}', '{промпт*|prompt*} пользовател*', 'пользовательск* {промпт*|prompt*|ввод*}',
          ],
          zh: ['请求', '查询', '用户提问', '用户输入', '客户端', '前端', '用户访问', '用户打开', '用户问题', '用户消息', '调用方', '业务方调用', '输入提示词', '用户提示词', '输入的提示词'],
        },
      },
      // What starts a flow in a system that is not asked by a user: an event arrives
      // (a payment, an order, a message). Only counts with the rest of a flow under a
      // serving or architecture heading, since these words are everywhere in such docs.
      trigger: {
        cues: {
          en: ['transaction', 'transactions', 'payment', 'payments', 'card swipe', 'order', 'orders', 'event', 'events', 'claim', 'claims', 'message', 'messages', 'upload*', 'session', 'page view*', 'user', 'users'],
          ru: ['транзакци*', 'платеж*', 'заказ*', 'событи*', 'заявк*', '=заявок', 'сообщени*', 'пользовател*'],
          // "笔记提交 → … → AI审核 → 通过/拒绝": content submitted or uploaded starts a moderation flow (en "upload*").
          zh: ['交易', '支付', '订单', '事件', '消息', '用户', '提交', '上传'],
        },
      },
      // The service gets what the model needs.
      fetch: {
        cues: {
          en: [
            'fetch*', 'look* up', 'lookup*', 'retriev*', 'read', 'pull*', 'load*', 'gets … from', 'query* the', 'join* … with', 'enrich*',
            'feature extract*', 'extract* … features', 'feature comput*', 'comput* … features', 'feature assembl*', 'assembl* … features', 'feature hydrat*', 'hydrat*',
            'candidate generat*', 'candidate retriev*', 'vector search', 'ann search', 'semantic search',
            // "features come from an in-memory store": where the request's inputs are read, said intransitively.
            '{features|signals|embeddings|counters|inputs|aggregates|user history} {come|comes} from',
          ],
          // "вопрос → ретрив → реранк → генерация": the English word as Russian teams say it.
          ru: ['получа*', 'получит', 'извлека*', 'ретрив*', 'ретрив', 'забира*', 'достает', 'загружа*', 'чита*', 'ищет', 'поиск* релевантн*', 'обогаща*', 'берет', 'извлечени* признак*', 'расч* признак*', 'вычисл* признак*', 'сбор* признак*', 'отбор* кандидат*', 'генерац* кандидат*', 'наход* … {ближайш*|похож*|релевантн*}'],
          zh: ['获取', '读取', '拉取', '查询', '检索', '召回', '特征提取', '特征计算', '特征拼接', '取特征', '查特征'],
        },
      },
      // The model is called.
      model: {
        cues: {
          en: [
            'model', 'models', 'ranker', 'classifier', 'llm', 'recommendations', 'scor*', '=rank', '=ranks', '=ranked', 'rerank*', 're rank*', 'predict*', 'infer*', 'generat*', 'classif*', 'embed*',
            'forecast*', 'gbdt', 'xgboost', 'lightgbm', 'catboost', 'ensemble', 'neural net*', 'two tower', 'cross encoder', 'detector',
            // An ads model named by what it outputs: "pCTR is computed per request inside the auction service".
            '=pctr', '=pcvr', '=pctcvr',
            'claude*', 'gpt*', 'gemini', 'llama*', 'mistral', 'qwen*', 'language model*', 'sonnet', 'haiku', '=opus',
            // An agent system's unit of work (not "agent" alone: support agents are people).
            'agent {step*|loop|run*|turn*}', 'llm agent*',
          ],
          ru: ['модел*', 'ранкер*', 'классификатор*', 'llm', 'шаг* агент*', 'цикл* агент*', 'llm агент*', 'скор*', 'ранжир*', 'предсказ*', 'прогноз*', 'инференс*', 'генерир*', 'генерац*', 'классифиц*', 'эмбеддинг*', 'нейросет*', 'бустинг*'],
          // A model named by its job in the flow, as en "classifier", "detector": "AI审核", "模型识别".
          zh: ['模型', '打分', '排序', '预测', '推理', '生成', '大模型', '分类', '{ai|模型|llm|大模型|算法}{审核|识别|检测|判定|判断}'],
        },
      },
      // The result goes back (or, for a batch system, is written where it is read).
      respond: {
        cues: {
          en: [
            'return*', 'respond*', 'response', 'send* back', 'sent back', 'go* back', 'reply', 'replies', 'stream* back', '=streamed', 'render*', 'display*', 'shown to', 'show* the',
            'serves', '=served', 'written {to|into}', '{writes|write|writing} … {to|into}', 'publish*', 'pushed to', 'delivered to', 'forward*', 'pass* … to', 'output* {to|into|back}',
            'the answer', 'an answer', 'final answer', 'generated answer', 'answer* back', 'top k', 'top n', 'top #', 'ranked list', 'result page', 'serp',
            'text to speech', '=tts', 'speaks … {reply|answer|response}', 'suggestion* … {shown|appear*|inline}', 'inline suggestion*',
            '{approv*|allow*|accept*|pass*} … {declin*|reject*|block*|deny|denied|review*|hold}',
            'post* … {comment*|review*|reply|replies|answer*|message*|result*|summar*}', '{comment*|repl*} on the {pr|pull request|ticket|issue|thread}',
          ],
          ru: ['возвраща*', 'вернет', 'возврат*', 'ответ*', 'выда*', 'выдает', 'отда*', 'отправля*', 'показыва*', 'отобража*', 'записыва* в', 'передает', 'передаются', 'топ #', '{одобр*|пропуск*|пропуст*|разреш*} … {отклон*|блокир*|заблокир*}'],
          zh: ['返回', '响应', '展示', '下发', '推送', '写入', '输出', '通过…拒绝', '放行…拦截'],
        },
      },
      // Where the model runs for the request: on the device, inside a service.
      hosted: {
        cues: {
          en: ['host*', 'deployed {as|behind|inside|in|on|to}', 'runs {as|behind|inside|in|on}', 'running {as|behind|inside|in|on}', 'exposed {as|through|via|behind|by}', 'wrapped in', 'packaged {as|in|into}'],
          ru: ['развернут*', 'разворачива*', 'хост*', 'обернут*', 'работает {в|на|внутри}'],
          zh: ['部署在', '部署为', '封装', '运行在'],
        },
      },
      // The model runs where the user is.
      onDevice: {
        cues: {
          en: ['on device', 'on the device', 'on the user device', 'on user devices', 'on the phone', 'in the browser', 'at the edge', 'edge device*'],
          ru: ['на устройств*', 'на телефон*', 'в браузере'],
          zh: ['端侧', '设备端', '手机端', '本地设备'],
        },
      },
      // Where the service runs and what it talks to.
      component: {
        cues: {
          en: [
            'api', 'apis', 'endpoint*', 'service', 'services', 'server', 'servers', 'gateway', 'load balancer', 'backend', 'back end', 'microservice*', 'container*', 'lambda',
            'queue', 'kafka', 'worker*', 'websocket', 'orchestrator', 'router', 'batch job', 'nightly job', 'airflow', 'scheduler', 'dag', 'vector index', 'vector store', 'vector database', 'search index',
            ...(SERVING_STORES.en ?? []),
          ],
          ru: ['api', 'сервис*', 'сервер*', 'бэкенд*', 'backend', 'шлюз*', 'очеред*', 'воркер*', 'эндпоинт*', 'векторн* баз*', ...(SERVING_STORES.ru ?? [])],
          zh: ['服务', '接口', '网关', '服务器', '后端', '队列', '索引', '向量库', ...(SERVING_STORES.zh ?? [])],
        },
      },
    },
    settledBy: [
      // A serving component named alone is where the model runs, not the path a request takes ("the model is
      // served via a REST API", "线上服务：可实时响应"): it settles with what the request does there (the asker,
      // a fetch, a result going back). Under a serving heading (the step prior) a named component still counts:
      // "### Prediction service" over "- Harmful content detection service" lays out the serving side.
      { parts: ['path'], weight: 0.4, minOtherWords: 1 },
      { parts: ['path', 'request'], weight: 0.8, minOtherWords: 0 },
      { parts: ['path', 'fetch'], weight: 0.8, minOtherWords: 0 },
      { parts: ['path', 'respond'], weight: 0.8, minOtherWords: 0 },
      { parts: ['path', 'model'], weight: 0.55, minOtherWords: 0 },
      // A run-in label naming the serving side, then what a request does: "**Сервинг.** … ранжирование — онлайн на каждый запрос".
      { parts: ['path', 'request'], weight: 0.75, within: 'unit' },
      { parts: ['path', 'fetch'], weight: 0.75, within: 'unit' },
      { parts: ['path', 'respond'], weight: 0.75, within: 'unit' },
      // One sentence with an asker, the model and a result is a flow, except under a heading of goals, metrics or the
      // problem, where it says what the system is for: "classify incoming listings with high precision to display
      // them properly" under "Evaluation > Metrics".
      { parts: ['request', 'fetch', 'model'], weight: 0.85, unlessHeading: PURPOSE_SECTIONS },
      { parts: ['request', 'model', 'respond'], weight: 0.85, unlessHeading: PURPOSE_SECTIONS },
      { parts: ['component', 'fetch', 'model'], weight: 0.8 },
      { parts: ['component', 'model', 'respond'], weight: 0.8 },
      { parts: ['request', 'fetch', 'respond'], weight: 0.75 },
      // "Retriever → reranker → LLM → response": the chain itself, without the asker.
      { parts: ['fetch', 'model', 'respond'], weight: 0.7 },
      // Where the model runs, alone, is not yet the path a request takes ("The model will run in the gateway").
      { parts: ['component', 'model', 'hosted'], weight: 0.3 },
      { parts: ['model', 'onDevice'], weight: 0.7, minOtherWords: 1 },
      // A numbered flow: one step asks, another calls the model, another returns.
      { parts: ['request', 'fetch', 'model'], weight: 0.8, within: 'unit' },
      { parts: ['component', 'model', 'respond'], weight: 0.75, within: 'unit' },
      { parts: ['request', 'model', 'respond'], weight: 0.75, within: 'section', underHeading: SERVING_SECTIONS },
      { parts: ['fetch', 'model', 'respond'], weight: 0.75, within: 'section', underHeading: SERVING_SECTIONS },
      // A flow drawn as a diagram, one edge per line: the asker, the fetch, the model or a serving component are its nodes.
      { parts: ['request', 'fetch', 'model'], weight: 0.75, within: 'section', underHeading: SERVING_SECTIONS },
      { parts: ['request', 'component', 'model'], weight: 0.7, within: 'section', underHeading: SERVING_SECTIONS },
      { parts: ['component', 'fetch', 'model'], weight: 0.7, within: 'section', underHeading: SERVING_SECTIONS },
      { parts: ['trigger', 'fetch', 'model'], weight: 0.7, within: 'section', underHeading: SERVING_SECTIONS },
      // An event comes in, the model decides, the result goes back: "笔记提交 → AI审核 → 通过/拒绝", "payment → fraud model → approve/decline".
      { parts: ['trigger', 'model', 'respond'], weight: 0.7, within: 'section', underHeading: SERVING_SECTIONS },
    ],
    headings: {
      en: ['request path', 'request flow', 'serving architecture', 'serving path', 'inference architecture', 'inference flow', 'online serving', 'serving design'],
      ru: ['архитектур* сервинг*', 'схем* сервинг*', 'схем* инференс*', 'архитектур* инференс*'],
      zh: ['服务架构', '请求链路', '在线服务架构', '推理架构'],
    },
    headingWeight: 0.6,
    exclude: {
      en: [
        'customer service*', 'customer support', 'return on investment', 'response time*', 'response rate*', 'time to respond', 'respond* {within|in under|in less than|in real time|in realtime|quickly|fast|instantly}', '{fast|quick|instant|real time|realtime|low latency} {response*|responses}', 'returns rate', 'product returns', 'serves as', 'serve as', 'load test*', 'query understanding', 'query expansion',
        // Training is not the request path: the model being fit, its data, the registry it is saved to.
        'model training', 'train* {a|the|our|an} … {model*|classifier*|ranker*|regressor*|network*|ensemble*}', 'train* on', 'model* {is|are} {trained|retrained|fit|fitted}', 'training {data|set|pipeline|job}', 'model registry', 'to the registry',
        // A trade-off named, not the path: "model complexity vs serving latency at request time".
        '{vs|versus} … {serving|inference|prediction|request} … {latency|time|cost}', '{serving|inference|prediction} {latency|cost} {vs|versus}',
      ],
      ru: ['служб* поддержк*', 'время ответ*', '{быстр*|мгновенн*} ответ*', 'отвеча* {за|быстр*|мгновенн*|в реальном времени}', 'нагрузочн* тест*', 'обучени* модел*', 'обуча* модел*', 'модел* обуча*', 'обучающ* выборк*', 'реестр* модел*'],
      // How fast it answers is a latency claim, not the path: "可实时响应（<100ms）", "毫秒级响应".
      zh: ['客服', '响应时间', '{实时|快速|及时|秒级|毫秒级|迅速|即时}响应', '响应{速度|延迟|耗时}', '模型训练', '训练模型', '训练数据', '模型仓库'],
    },
    name: 'path',
    // Three parts of a flow are a statement by themselves ("fetch candidates → ranker → response").
    minOtherWords: 0,
  },
});
