// What a model predicts or produces, as cue data (syntax: server/engine/text/phrases.ts):
// ml-objective reads the task type and the prediction target from these, and
// label-definition the events a label is defined by.
import type { CueSet } from '../../server/engine/rule-kit.js';

/**
 * ML task types framed as such: each names the kind of output AND what it is of
 * ("binary classification", "a ranking problem", "CTR prediction", "regression on
 * delivery time"), so a reviewer knows the objective from the phrase alone.
 */
export const ML_TASK_TYPES: CueSet = {
  en: [
    'binary classif*', 'multi class classif*', 'multiclass classif*', 'multi label classif*', 'multilabel classif*', 'multi class problem', 'multi label problem',
    // A training config's objective key: "objective: binary", "objective: lambdarank", "binary:logistic".
    '=objective {binary|regression|multiclass|lambdarank|rank xendcg|poisson|tweedie|huber|quantile|xentropy|cross entropy}', 'binary logistic', 'reg squarederror', 'multi softprob', 'rank pairwise', 'rank ndcg',
    // The classes counted: "outputs one of three classes", "picks one of 12 categories".
    '{outputs|output|predicts|predict|returns|return|picks|pick|chooses|choose|assigns|assign} one of # {classes|categories|labels|intents|queues|decisions}',
    '{classification|regression|ranking|forecasting|retrieval|detection|segmentation|clustering|recommendation|prediction|generation|matching|tagging|labeling|labelling} {task*|problem*}',
    'learning to rank', 'ltr', 'pointwise', 'pairwise ranking', 'listwise', 'time series forecast*', 'demand forecast*', 'survival analysis', 'uplift model*', 'anomaly detection', 'outlier detection',
    'ctr prediction', 'click through rate prediction', 'click prediction', 'conversion prediction', 'churn prediction', 'fraud detection model', 'failure prediction', 'next item prediction', 'link prediction', 'edge prediction',
    'answer generation', 'response generation',
    // The task's noun only: the stem would also take "our system is summarized below".
    '=summarization', '=summarisation', 'machine translation', 'speech recognition', 'named entity recognition', 'entity extraction', 'information extraction', 'object detection',
    'image classification', 'text classification', 'intent classification', 'intent detection', 'semantic segmentation',
    // A perception task named by what it tells apart, often written in English inside a Russian doc: "Emotion Recognition and Pose Classification".
    '{emotion|pose|gesture|activity|action|sentiment|scene|speaker|face|audio|sound|video} {classification|recognition}',
    'regression on', 'regression over', 'regression of',
    // The verb, said by the team: "we regress minutes from order to handoff" (not "quality must not regress").
    '=we =regress', 'classified into', 'classification of', 'classif* … into # {classes|categories|labels|buckets|tiers|levels}',
  ],
  ru: [
    '{выдает|выдаёт|возвращает|предсказывает|выбирает|относит … к} {один|одному} из # {классов|категорий|вариантов решения|очередей}',
    'бинарн* классификац*', 'многоклассов* классификац*', 'мультиклассов* классификац*', 'многометочн* классификац*', 'мультилейбл* классификац*', 'мульти лейбл* классификац*', 'многолейбл* классификац*', 'задач* {классификации|регрессии|ранжирования|прогнозирования|рекомендации|поиска|детекции|сегментации|кластеризации|генерации|извлечения|сопоставления|матчинга}',
    'модел* оттока', 'learning to rank', 'обучени* ранжированию', 'прогнозировани* временн* ряд*', 'анализ* выживаемост*', 'uplift модел*', 'детекци* аномалий', 'поиск* аномалий', 'генерац* {ответ*|текст*|речи|аудио}',
    'распознавани* речи', 'извлечени* {сущностей|компетенций|информации}', 'регрессия', 'регрессии', 'классифицир* … на # {класс*|категори*}',
    // "классификация еды / обращений / транзакций": classification of a named thing (the genitive).
    'классификаци* {изображени*|фото*|снимк*|текст*|документ*|обращени*|тикет*|заявок|транзакци*|платеж*|отзыв*|сообщени*|писем|запрос*|товар*|блюд*|еды|пользовател*|клиент*|намерени*|интент*}',
    // A vision task named by what it finds where: "обнаружение столбиков и препятствий на изображениях", "распознавание номеров".
    '{обнаружени*|детекци*|детектировани*|локализаци*|сегментаци*} … на {изображени*|кадр*|видео*|снимк*|фото*|видеопоток*}', 'детекци* объектов', 'обнаружени* объектов', 'сегментаци* изображени*',
    'распознавани* {текст*|символ*|номер*|цифр*|чисел|лиц|объектов|изображени*|рукописн*|дорожн* знак*}', 'машинн* перевод*', 'автоматическ* перевод*',
    // The same for emotions, poses, gestures and sounds: "распознавание эмоций и классификация позы по кадрам".
    '{распознавани*|классификаци*} {эмоци*|=поз|=позы|=позе|=позу|=жестов|=жеста|=жесты|=действий|=действия|звук*|аудио*|сигнал*|тональност*|настроени*}',
  ],
  zh: [
    '二分类', '多分类', '多标签分类', '分类问题', '分类任务', '回归问题', '回归任务', '排序问题', '排序任务', '排序学习', '预测问题', '预估问题',
    '点击率预估', '点击率预测', 'ctr预估', 'cvr预估', '转化率预估', '时长预估', '时间序列预测', '异常检测', '生成任务', '问答任务', '文本分类', '意图识别',
    '目标检测', '物体检测', '图像分类', '图像分割', '语义分割', '文字识别', '字符识别', '车牌识别', '人脸识别', '语音识别', '机器翻译', '命名实体识别',
  ],
};

/**
 * Kinds of model and architectures: they say how the system is built, not what is
 * predicted. "A classifier and a router", "we use RAG", "a reranker reorders the
 * results" leave the target open; with a target or a verb of predicting in the same
 * sentence ("a classifier predicts the ticket category") they frame the task.
 */
export const MODEL_KINDS: CueSet = {
  en: [
    '{classification|regression|ranking|forecasting|scoring|detection|recommendation|propensity|survival|generative|matching|retrieval} model*', 'classifier*', 'regressor*', 'ranker*', 're ranker*', 'reranker*',
    'sequence to sequence', 'seq2seq', 'retrieval augmented generation', 'text generation', 'question answering', 'speech synthesis', 'text to speech', 'style transfer',
    'reinforcement learning', 'contextual bandit*', 'multi armed bandit*',
    // Learning-to-rank algorithms: with what they rank by ("LambdaMART on graded relevance from contacts and clicks").
    'lambdamart', 'lambda mart', 'lambdarank', 'lambda rank', 'ranknet',
  ],
  ru: [
    'классификатор*', 'регрессор*', 'ранжировщик*', 'модел* {классификации|регрессии|ранжирования|прогнозирования|рекомендаций}', 'вопросно ответн*', 'retrieval augmented generation', 'синтез* речи',
  ],
  zh: ['分类模型', '回归模型', '排序模型', '精排模型', '粗排模型', '召回模型', '预估模型', '分类器'],
};

/** Other senses of the task words: a test suite, a performance drop, a data-sensitivity policy. */
export const NOT_ML_TASKS: CueSet = {
  en: [
    'regression test*', 'regress test*', 'regression suite*', 'regression check*', '=regressions', 'performance regression*', 'latency regression*', 'quality regression*', 'no regression', 'prompt regression*',
    'regression {in|of|on} {latency|quality|performance|accuracy|metrics}', 'data classification', 'classification of {data|information|documents by sensitivity}', 'security classification', 'information classification',
    'sensitivity classification', 'classify sensitive', 'classif* … {sensitive|confidential|pii|corpora}',
    // How fast or where a model predicts, not what: "predicts in under 50 ms", "predicts in real time on CPU".
    '{predict*|scores|ranks} {in|within|under} … # {ms|s|sec*|second*|millisecond*|minute*}', '{predict*|scores|ranks} {in real time|online|offline|in batch*|nightly|on cpu|on gpu|on device}',
    // A database, not clicks; a store's "read/write operations", not a model writing.
    'clickhouse', '{read|reads} {write|writes}', '{read|reads} and {write|writes}',
    // A course's goals for its reader, not a model's: "Learning objectives: by the end of this module …".
    '=learning =objectives', '{module|course|lesson|chapter|workshop} … learning objective*',
    // A serving route ("POST /predict", "p99 latency of /predict"), not what a model predicts.
    '{serving|endpoint*|api|route|post|get|rest|grpc|http*|v1|v2|v3|of} predict', 'predict {endpoint*|api|route*|service|handler*|call*|request*|latency|path|method}',
    // A product named, not what a model estimates: "build a recommendation system that surfaces relevant games".
    'recommend* {system*|engine*|platform*|service*|product*|feature*|row*|widget*|carousel*|page*|tab*|section*|module*|team*|project*|mvp}',
    // Storing or moving results, not producing them: "a nightly job writes each player's recommendations to Redis".
    '{write*|written|stor*|sav*|cach*|push*|load*|publish*|upload*} … to {redis|cache|the cache|s3|gcs|database|the database|db|table|a table|the table|kafka|disk|dynamodb|cassandra|bigquery|warehouse|the warehouse|hive|elasticsearch|postgres*|feature store|the feature store|bucket|a bucket|the bucket}',
    // People answering, or the answers they look for: "support teams answer the same questions", "searching for answers to policy questions".
    '{team*|staff|employee*|people|human*|operator*|analyst*|rep*|representative*|expert*|moderator*|colleague*|engineer*|we} {answer*|respond*|repl*|writ*|draft*}', '=answers to', 'the answer to', 'an answer to',
    // People forecasting, judging or finding things, and "predict" in everyday English: the process a
    // design replaces, not the model's task ("demand forecasting is done by hand in Excel", "analysts
    // detect fraudulent merchants", "it is impossible for them to predict when the courier arrives").
    '{forecast*|predict*|estimat*} {is|are|was|were} {done|made|prepared|calculated} {by hand|manually|in excel|in spreadsheets}',
    '{analyst*|reviewer*|moderator*|investigator*|staff|operator*|planner*|manager*|expert*|people|humans|clerk*|officer*|dispatcher*|doctor*|nurse*|recruiter*|underwriter*} {detect*|flag*|decide*|assess*|estimat*|predict*|forecast*|classif*|match*|judge*|spot*|find|finds}',
    '{hard|difficult|impossible|tricky|cannot|can t|unable|no way} … to predict', 'decide* whether to',
    // Watching the system, not its task: "anomaly detection on request volume pages the on-call engineer".
    '{anomaly|outlier} detection {on|for|over|in} … {request*|traffic|latency|error*|metric*|log*|cpu|memory|volume*|throughput|spend|cost*|infrastructure|system metrics|service*|pipeline*|data quality|feature*|input*|prediction*|model output*|score*}',
    '{detect*|flag*} {anomalies|anomalous} {in|on} … {request*|traffic|latency|error*|metric*|log*|cpu|memory|volume*|throughput|spend|cost*|pipeline*|data quality|feature*|input*|prediction*|score*}',
    // Checking an outcome, not predicting it: "we replay calls and check whether the booking matches".
    '{check*|verif*|validat*|confirm*|see|test*|inspect*|review*|audit*} whether',
    // A score of nothing named: "the model outputs a score for each item" says the output's shape, not
    // what it estimates ("a relevance score for each item", "a score, the probability of a click" do).
    '{a|one|the} score {for|per|to|on} {each|every|all|any} …',
  ],
  ru: ['тип* задач* … {продуктов*|бизнесов*|организационн*|инженерн*}', 'целев* функци* бизнес*', 'регрессионн* тест*', 'регресс* производительност*', 'классификац* данных по', 'классификац* информации', '{предсказыва*|прогнозиру*} {в реальном времени|онлайн|офлайн|за # мс}',
    // A score of nothing named ("выдаёт скор для каждого товара"); "скор релевантности", "скор — вероятность клика" name it.
    '{скор|оценку|балл} {для|на|каждому|каждой} {каждого|каждой|каждому|всех|любого} …', '{скор|оценку|балл} {каждому|каждой} …'],
  zh: ['回归测试', '数据分类分级'],
};

/** Verbs that mean predicting whatever follows: what a model does with an input. */
export const PREDICT_VERBS: CueSet = {
  en: ['=predict', '=predicts', '=predicting', 'to predict', 'forecast*', '=classify', '=classifies', '=classifying', '=prediction of', 'predictions of'],
  // The noun too, as en 'forecast*' and zh 预测 take it: "модель прогноза спроса на 31 день".
  ru: ['предсказыва*', 'предсказать', 'предсказани*', 'прогноз*', 'спрогнозир*', 'классифицир*'],
  // "分类" alone is also the noun in "分类模型" (a classifier, which names no target): only as a verb.
  zh: ['预测', '预估', '进行分类', '对…分类', '分类为', '分为…类', '分成…类', '归类'],
};

/**
 * Verbs of ordering: a model that ranks or scores candidates says how the system is
 * built, not what the score is ("a two-tower model ranks the books", "精排模型对候选打分"),
 * so they frame the task only with what the score estimates ("ranks jobs by the
 * probability of applying", "scores relevance").
 */
export const ORDER_VERBS: CueSet = {
  en: ['to score', '=scores', 'to rank', '=ranks', '=ranking … by'],
  ru: ['ранжир*', '=скорить', '=скорит', '=скорим', 'скоринг*'],
  // "对候选商家排序" ranks by the model; "按距离和销量排序" (sorted by distance and sales) only sorts.
  zh: ['对…排序', '打分'],
};

/** Verbs that mean predicting only with a target a model predicts ("estimate the probability", not "estimate the traffic"). */
export const ESTIMATE_VERBS: CueSet = {
  en: [
    '=estimate', '=estimates', '=estimating', 'estimation of', 'detect*', 'flags', 'to flag', '=assess*', '=infer', '=infers', '=outputs', '=output', 'assigns', 'produces', 'to recommend', 'recommends',
    '=match', '=matches', 'to retrieve', 'retrieves', 'decides whether',
    // "Every candidate is scored with P(open within 1 h)": what a score is, said with the score.
    '=scored with', '{ranked|sorted|ordered} by {!P|predicted|probability|likelihood|expected}',
    // "Every Sunday we score all 410k active subscribers with P(cancel in the next 28 days)".
    // The cue stops before the score's name, which is the target part ("P(cancel", "probability").
    '{=score|=scores|=scoring} {all|every|each|the|our} … with',
  ],
  ru: ['оценива*', 'оценить', 'выдает', 'возвраща*', 'рекомендова*', 'рекомендует', 'выявля*', 'выявить', 'детектир*', 'распозна*', 'сопоставля*', 'находит', 'находить', 'извлека*', 'извлечь', 'присваива*'],
  zh: ['估计', '识别', '检测', '判断', '判定', '匹配'],
};

/** What a prediction is of: a probability, an event, a class, a time a model estimates. */
export const PREDICTION_TARGETS: CueSet = {
  en: [
    'probabilit*', 'likelihood', 'how likely', 'likely to', 'propensity', '=whether', 'remaining useful life', '!ETA', 'arrival time', 'delivery time', 'travel time', 'demand', 'click*', 'conversion*',
    'purchase*', 'churn*', 'fraud*', 'default*', 'failure*', 'relevance', 'relevant', 'rating*', 'engagement', 'watch time', 'intent*', 'risk', 'toxic*', 'harmful*', 'spam', 'abuse', 'sentiment', 'veracity',
    'next {item|word|token|action|purchase}', 'uplift', 'treatment effect', 'similarity', 'anomal*', 'quantile*', 'class probabilit*',
    '!P {click|apply|purchase|like|watch|engage|engagement|conversion|convert|fraud|churn|harmful|relevant|connection|y|x|t|success|buy|book|default|open|reply|chargeback|dispute|return|cancel|late|delay|repay|readmission|accept|complaint|renew|leave|arrive|add|save|share|skip|complete|finish|listen|like}',
    // What a payments model predicts: "P(chargeback within 90 days | transaction)".
    'chargeback*',
  ],
  ru: [
    'вероятност*', 'правдоподоб*', 'склонност*', 'будет ли', 'врем* {доставки|прибытия|ожидания}', 'спрос*', 'клик*', 'конверси*', 'отток*', 'мошенничеств*', 'дефолт*', 'отказ* оборудован*', 'релевантност*',
    'релевантн*', 'рейтинг*', 'интент*', 'намерени*', 'риск*', 'токсичн*', 'спам*', 'калорийност*', 'аномали*', 'остаточн* ресурс*',
  ],
  zh: ['概率', '可能性', '点击', '转化', '购买', '流失', '欺诈', '违约', '故障', '相关性', '意图', '风险', 'ctr', 'cvr', '送达时间', '到达时间'],
};

/** Quantities and classes a model predicts, which other sentences estimate too ("estimate the number of requests"): only after a verb of predicting. */
export const PREDICTED_QUANTITIES: CueSet = {
  en: ['=which', '=what', '=who', '=when', 'how many', 'how much', 'how long', 'number of', 'time to', 'duration', '=sales', 'price*', 'salary', 'salaries', 'value of', 'category', 'categories', 'class', 'classes', 'label*', 'score*', 'success', 'outcome', 'match*', 'connection*', 'calor*', 'weight',
    // What a forecast or an ETA model puts a number on: "we forecast daily units sold per store", "predicts the delivery time".
    'units sold', '=demand', '{arrival|delivery|travel|pickup|waiting|wait|preparation|prep} time*', '=eta', '=etas'],
  ru: ['спрос*', 'объем* продаж', 'врем* {доставк*|прибыти*|ожидани*|в пути|приготовлени*}',
    '=какой', '=какие', '=какую', '=кто', '=когда', 'сколько', 'количеств*', 'числ*', 'длительност*', 'продаж*', 'цена', 'стоимост*', 'зарплат*', 'категори*', 'класс', 'метк*', 'скор', 'исход*', 'вес'],
  zh: ['是否', '哪些', '哪个', '什么', '何时', '多久', '多少', '数量', '时长', '时间', '需求', '销量', '送达时间', '到达时间', '配送时长', '价格', '类别', '标签', '得分', '分数', '评分'],
};

/** A loss a model is trained to minimise: what it optimises, said by the loss. */
export const MINIMISED_LOSSES: CueSet = {
  en: [
    // "the loss is MAE", "training loss: pinball".
    '{the loss|loss function|training loss|objective|objective function} {is|} {!MAE|!RMSE|!MSE|!MAPE|!WAPE|mean absolute error|mean squared error|log loss|logloss|cross entropy|quantile loss|pinball loss|pinball|huber loss|poisson loss|negative log likelihood}',
    '{minimi{z|s}*|optimi{z|s}*|trained on|trained with|train on|train with} … {!MAE|!RMSE|!MSE|!MAPE|!WAPE|mean absolute error|mean squared error|log loss|logloss|cross entropy|quantile loss|pinball loss|huber loss|poisson loss|negative log likelihood|hinge loss|focal loss}',
  ],
  ru: ['{минимизир*|оптимизир*|обуча*|учим} … {!MAE|!RMSE|!MSE|!MAPE|!WAPE|кросс энтропи*|логлосс*|log loss|logloss|квантильн* лосс*|квантильн* функци* потерь}'],
  zh: ['最小化…{mae|rmse|mse|mape|交叉熵|对数损失|分位数损失}', '优化…{mae|rmse|mse|交叉熵|对数损失}'],
};

/** What does the predicting: a model and its kinds. */
export const PREDICTOR: CueSet = {
  en: ['model*', 'classifier*', 'ranker*', 'reranker*', 're ranker*', 'regressor*', 'network', 'gbdt', 'xgboost', 'lightgbm', 'catboost', 'neural net*', 'transformer*', 'bert', 'llm*', '!LLM'],
  ru: ['модел*', 'классификатор*', 'нейросет*', 'бустинг*', 'llm'],
  zh: ['模型', '分类器', '网络'],
};

/** Verbs of producing content: what a generative model does. */
export const GENERATE_VERBS: CueSet = {
  en: ['generat*', 'synthesi{z|s}*', 'summari{z|s}*', '=answers', 'to answer', '=answer', 'answering', 'drafts', 'to draft', 'drafting', 'writes', 'to write', 'translat*', 'rewrit*', 'respond*', '=outputs', '=produces'],
  ru: ['генерир*', 'генерац*', 'сгенерир*', 'синтез*', 'суммариз*', 'отвеча*', 'ответить', 'пишет', 'переводит', 'озвуч*', 'выдает', 'формирует'],
  zh: ['生成', '合成', '总结', '回答', '撰写', '翻译', '改写', '回复'],
};

/** What a generative model produces. */
export const GENERATED_OUTPUTS: CueSet = {
  en: [
    'answer*', 'response*', '=reply', '=replies', 'summar*', 'sql', 'code', 'text', 'speech', 'audio', 'voice', 'image*', 'caption*', 'explanation*', 'draft*', 'email*', 'message*', 'question*',
    'citation*', 'translation*', 'recommendation*', 'insight*',
    // A code or writing assistant's output: "the LLM writes inline review comments".
    'comment*', 'suggestion*', 'description*',
  ],
  ru: ['ответ*', 'текст*', 'код', 'sql', 'речь', 'реч*', 'аудио', 'голос*', 'изображени*', 'рекомендац*', 'объяснени*', 'сообщени*', 'вопрос*', 'диалог*', 'озвучк*', 'саммари', 'резюме'],
  zh: ['答案', '回答', '回复', '摘要', '代码', '文本', '语音', '图片', '推荐理由', '解释', '问题', '推荐'],
};
