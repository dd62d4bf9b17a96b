// Where a model's data comes from and how it is moved, as cue data (syntax:
// server/engine/text/phrases.ts), for data-sources.
import type { CueSet } from '../../server/engine/rule-kit.js';

/** Sources named as such: each says where data comes from by itself. */
export const NAMED_SOURCES: CueSet = {
  en: [
    'data source*', 'source* of data', 'source of truth for', '{event|interaction|activity|search|click|query|impression|transaction|server|application|app|user|engagement|behavio*|access|play|watch|order|apply|purchase|booking|view|cart|checkout|listen|login|payment|delivery} log*',
    'clickstream', 'click stream', 'tracking events', 'telemetry', 'data warehouse', 'warehouse', 'data lake', 'lakehouse', 'third party {data|provider*|vendor*|api*|source*|feed*|dataset*}', 'third party',
    '{external|internal} {api*|source*|provider*|feed*|system*|database*|dataset*}', '{public|open|open source|publicly available|benchmark} {dataset*|data set*|corpus|corpora|benchmark*|data}', '{public|publicly available|open source|kaggle} … {dataset|data set|corpus}',
    'web scrap*', 'scraper*', 'crawler*', 'sourced from', 'purchased from', 'bought from', 'licensed from', 'buy {data|information} from', 'data vendor*', 'data provider*', 'data feed*', 'data catalog',
    'operational database*', 'production database*', 'order management system', 'crm', 'erp', 'point of sale', 'pos system*', 'sensor data', 'sensor readings', 'iot', 'help {center|centre} {articles|pages|content}',
    'knowledge base {articles|content|documents}', 'confluence', 'google drive', 'sharepoint', 'notion pages', 'jira tickets', 'zendesk', 'salesforce', 'kaggle', 'hugging face', 'huggingface', 'human raters',
    '{billing|payments|payment|subscription|usage|support|ticketing|crm|erp|pos|hr|booking|order|inventory} {system*|database*|logs|records|exports}', 'usage data', 'support tickets', 'call center logs',
    'kafka topic*', '{event|click|impression|activity|interaction|user} stream*', 'event bus', 'cdc stream*', 'change data capture', 'tracking plan', 'instrumentation', 'analytics events', 'product analytics',
    'annotation vendor*', 'labeling vendor*', 'labelling vendor*', 'data partner*', 'partner feed*', 'vendor feed*', 'vendor api*', 'open data', 'government data', 'census data', 'satellite imagery', 'gps pings', 'gps traces', 'call recordings', 'chat transcripts', 'email archive*',
    // The product's history named without where it is kept ("historical ad clicks data", "historical transaction
    // data") names the data, not its source: it settles with a store, a log or a pipeline like any data noun.
    'web search', 'search api*', 'arxiv', 'semantic scholar', 'pubmed', 'wikipedia', 'common crawl', '{dataset|datasets|data set|data sets|corpus} used',
    // Human labelling is a source of the labels: "labelled by our trust and safety contractors, three per comment".
    '{=labelled|=labeled|=annotated|=rated|=graded} by … {=annotators|=raters|=labellers|=labelers|contractors|moderators|experts|=assessors|crowd workers|clinicians|radiologists|linguists|vendor*}',
    // A table of the product's database by what it holds: "Enrollments table: user_id, course_id, timestamp".
    '{=users|=user|=items|=orders|=order|=events|=interactions|=enrollments|=transactions|=payments|=sessions|=clicks|=impressions|=purchases|=bookings|=ratings|=reviews} {=table|=tables}',
    'crowdsourc*', 'mechanical turk', '=mturk', '=toloka', 'scale ai', '=labelbox', '{annotation|labelling|labeling|rating} {team|vendor|contractors|workforce}', '{in house|external|trained|professional|human} {=annotators|=labellers|=labelers|=raters|=assessors}',
    // Public datasets a reviewer knows by name.
    // A credit bureau is a third-party source a risk model buys its history from.
    'credit bureau*', '{=experian|=equifax|=transunion} {data|report*|score*|file*|api|attributes|}',
    'movielens', 'criteo', 'avazu', 'amazon reviews', 'yelp dataset', 'netflix prize', 'imagenet', 'ms coco', 'mscoco', 'librispeech', 'common voice', 'ms marco', 'squad', 'natural questions', 'open images', 'uci repository',
  ],
  ru: [
    'источник* данных', 'источник* данные', '{логи|журнал*} {событий|действий|кликов|показов|приложения|сервиса|транзакций|заказов|пользователей|авторизаций|платежей|операций|процессинга|звонков|поиска|просмотров}', 'логи', 'хранилищ* данных', 'dwh', 'озер* данных', 'витрин* данных',
    'внешн* {источник*|api|систем*|сервис*|поставщик*|датасет*}', 'внутренн* {источник*|систем*|хранилищ*|баз*}', '{открыт*|публичн*} {датасет*|набор* данных|бенчмарк*|данн*}', 'сторонн* {платн*|внешн*|коммерческ*|} {поставщик*|сервис*|данн*|api}',
    'топик* kafka', 'kafka топик*', 'поток* событий', 'стрим* событий', 'трекинг* событий', 'аналитик* событий', 'сырые логи', 'выгрузк* из', 'открыт* данн*', 'данн* партнер*', 'фид* партнер*',
    'парсинг*', 'парсер*', 'скрейп*', 'краулер*', 'web scraper', 'покупа* данн*', 'закупа*', 'crm', 'erp', 'датчик*', 'сенсор*', 'тестирующ* систем*', 'kaggle', 'hugging face',
    // Разметка людьми: «размечают асессоры на Толоке», «краудсорсинг».
    '{размеча*|размечен*|разметк*|разметил*|оценива*} … {асессор*|толокер*|разметчик*|модератор*|эксперт*|врач*}', '{асессор*|толокер*|разметчик*} {размеча*|оценива*|проставля*}', 'толок*', 'краудсорс*', 'ручн* разметк*',
    'таблиц* {заказов|пользователей|транзакций|событий|платежей|просмотров|покупок|кликов|показов|бронирований}',
    // «исторические данные о продажах» names the data, not where it is kept (as en above).
    // The dataset named as the one taken: "Используемый датасет: <имя> (ручные + сгенерированные примеры)".
    '{используем*|использу*|взят*} {датасет*|набор* данных|корпус*}', '{датасет*|набор* данных|корпус*} {взят*|скачан*|получен*} {с|из}',
    // Кредитное бюро — внешний источник кредитной истории: «данные БКИ», «запрос в НБКИ».
    'кредитн* бюро', 'бюро кредитн* истори*', '=бки', '=нбки', '=окб',
  ],
  // Logs named by what they record; a bare 日志 heads the system's own logging as often ("日志记录" under 监控与运维).
  zh: ['数据来源', '数据源', '{用户|访问|搜索|交易|支付|订单|播放|浏览|点击|曝光|埋点|服务端|客户端|app|业务|请求|查询|交互|事件|操作}日志', '埋点', '行为日志', '数据仓库', '数仓', '数据湖', '第三方数据', '三方数据', '外部数据', '{第三方|三方|外部}{付费|收费|商业}{接口|api|服务|数据源}', '运营商数据', '公开数据集', '开源数据集', '爬虫', '抓取', '业务数据库', '传感器数据', '用户行为数据', '曝光日志', '点击日志', '业务系统', '消息队列', 'kafka topic', '外部接口', '合作方数据',
    // A data vendor, not any supplier: "标签由供应商打印" is about goods.
    '数据供应商', '标注供应商', '数据服务商', '供应商…{数据|接口|api}',
    // 人工标注是标签的来源：「由外包标注团队人工标注」.
    '人工标注', '标注团队', '众包', '外包标注', '{订单|用户|交易|行为|曝光|点击|支付}表',
    '{使用的|所用|采用的|选用的}{数据集|语料}',
    // A credit bureau (人行征信, 百行征信) is a third-party source; "征信行业" (the industry) is not.
    '{人行|央行|百行|朴道|二代|三方|第三方}征信', '征信{报告|数据|记录|查询|信息|接口|机构|中心|平台|评分|分|变量|特征|报文}'],
};

/** Data nouns: what is moved. */
export const DATA_NOUNS: CueSet = {
  en: [
    'data', 'dataset*', 'data set*', 'records', 'events', '=logs', '=documents', '=docs', 'articles', 'pages', 'corpus', 'corpora', 'content', 'transactions', 'interactions', 'history', 'histories', '=orders', 'tickets',
    'images', 'photos', 'recordings', 'audio', 'texts', 'resumes', 'profiles', 'catalog*', '=listings', '=reviews', 'messages', 'signals', '=labels', 'examples', 'samples', 'snapshots', 'tables', 'prices', '=readings', 'repositor*', 'codebase*', 'wiki*', 'knowledge base*', 'runbooks', '=manuals', 'policies',
    'impressions', '=clicks', '=views', 'purchases', 'sessions', '=queries', 'searches', '=ratings', 'pings', 'telemetry', 'transcripts', 'recordings', 'claims', 'payments', 'invoices', 'applications', 'bookings', 'rides', 'trips',
  ],
  // "данн*" is data in its noun forms (данные, данных, данным); the singular forms of the adjective "данный"
  // ("целью данного приложения", "в данной итерации") mean "this" (notIn below).
  ru: ['данн*', 'датасет*', 'набор* данных', 'вики', 'баз* знаний', 'продаж* по чек*', 'чек*', 'истори* продаж*', 'журнал*', 'платеж*', 'запис*', 'событи*', 'логи', 'документ*', 'статьи', 'статей', 'страниц*', 'корпус*', 'контент*', 'транзакц*', 'взаимодейств*', 'истори*', 'заказы', 'обращени*', 'изображени*', 'фото*', 'аудио*', 'текст*', 'резюме', 'вакансии', 'каталог*', 'отзыв*', 'сообщени*', 'метк*', 'разметк*', 'таблиц*', 'цены', 'показани*'],
  // What an assistant answers from: "知识库来自客服后台的 FAQ 和历史工单".
  // Information about a named thing is data: "商品信息从商家上传的商品库同步".
  zh: ['{商品|用户|订单|客户|门店|账户|交易|位置|设备|车辆|司机|商户}信息', '数据', '数据集', '样本', '日志', '文档', '记录', '订单', '交易', '行为', '图片', '音频', '文本', '内容', '价格', '知识库', '工单', '语料', '问答对'],
};

/** Verbs and prepositions of origin: "collected from", "comes from", "provided by". */
export const ORIGIN: CueSet = {
  en: [
    '{=collected|=gathered|=pulled|=extracted|=exported|=loaded|=ingested|=streamed|=synced|=replicated|=imported|=fetched|=downloaded|=scraped|=crawled|=received|=obtained|=taken|=queried|=retrieved|=joined|=sampled|=drawn|=derived|=aggregated} from',
    '{=built|=assembled|=constructed|=compiled|=populated|=indexed|=parsed|=generated|=produced|=sourced} from',
    // "Index refreshed nightly from the wiki": where a retrieval index or a table is kept fresh from.
    '{=refreshed|=rebuilt|=updated|=reindexed|=re indexed|=mirrored} {nightly|daily|hourly|weekly|every night|every day|every hour|} from', '{in|inside|within} {the|our} … {database*|db|warehouse|data lake|lakehouse|crm|erp}',
    'come* from', 'coming from', 'provided by', 'supplied by', 'shared by', 'originat* {from|in}', 'pull* … from', 'pull* data', 'read* … from', 'export* … from', 'load* … from', 'ingest* … from', 'from our', 'from the {company|customer|client|partner|vendor|platform|store|stores|chain|bank|exchange|app}',
    'lands in', 'land in', 'landed in', 'written to', 'writes to', 'arrive* {in|from|via|through}', 'flows into', 'flow into', 'via {api*|kafka|webhook*|sftp|ftp|export*}', 'integration with',
    'pull* … via', 'collect* … from', 'gather* … from', 'logged by', 'logged in', 'tracked by', 'emitted by', 'uploaded {by|to|from}', 'submitted by', 'entered by', 'filled in by', 'scraped', 'crawled',
    '{collected|gathered|captured|recorded|tracked|reported|sent} {via|through|by|with}', 'captured {in|from}',
    '{we|the app|the client|the service|the platform|the frontend|the backend|the website|the sdk|the tracker} {log|logs|record|records|track|tracks|collect|collects|capture|captures|emit|emits|stream|streams|publish|publishes}',
    '{is|are|get|gets|been} {logged|recorded|tracked|captured|emitted|published|streamed}', 'published to', 'consumed from', 'read from',
    'from {the|our|a|an|their} … {database*|db|warehouse|crm|erp|api|apis|system|service|platform|website|site|app|application|marketplace|store|stores|bank|partner*|vendor*|provider*|portal|registry|exchange|sensors|devices}',
  ],
  ru: [
    '{собира*|собран*|выгружа*|выгружен*|загружа*|загружен*|получа*|получен*|извлека*|берем|берется|берутся|поступа*|приход*|импортир*|скачива*|парс*|забира*} … из', 'из {логов|хранилищ*|баз*|систем*|api|crm|erp|dwh|kafka|sdk|приложени*|процессинг*|сервис*}', 'от {платежн*|банк*|партнер*|поставщик*|провайдер*}',
    // "Данные предоставляет заказчик", "предоставлены партнёром" — not "API предоставляет перевод текста" (what the product does).
    'предоставля* {нам|заказчик*|партнер*|партнёр*|клиент*|компани*|банк*|магазин*|платформ*|организатор*}', '{заказчик*|партнер*|партнёр*|клиент*|компани*|банк*|магазин*|платформ*|организатор*} предоставля*', '{=предоставлен|=предоставлена|=предоставлены|=предоставлено|=предоставленные|=предоставленных|=предоставленными}', '{обновля*|обновлен*|переиндексир*|пересобира*} … из', 'через api', 'через kafka', 'интеграци* с', 'записыва* в', 'попада* в', 'логиру*',
    // A store named after "из": "объявления и решения модераторов из PostgreSQL, фото из S3".
    'из {postgresql|postgres|mysql|oracle|mongodb|s3|hdfs|hive|hadoop|clickhouse|greenplum|bigquery|elasticsearch|opensearch|kafka|wms|pim|sap|1с|confluence|jira}',
  ],
  // "由合作银行提供", "第三方提供" say who provides the data; a bare 提供 is as often what the system serves ("API 服务，提供客户数据").
  zh: ['来自', '来源于', '采集', '收集', '上报', '同步', '导入', '抽取', '拉取', '接入', '写入', '落地', '获取', '由…提供', '{合作方|第三方|客户|甲方|银行|商户|商家|供应商|平台方|业务方|外部|运营商|机构|政府|监管}提供'],
};

/** Systems that hold or move data. */
export const DATA_SYSTEMS: CueSet = {
  en: [
    'warehouse', 'hive', 'hdfs', 'bigquery', 'snowflake', 'redshift', 'clickhouse', 'postgres*', 'mysql', 'mongodb', 'cassandra', 'dynamodb', 'elasticsearch', '!S3', 's3 bucket*', 'gcs', 'blob storage', 'kafka', 'kinesis',
    'pub sub', 'pubsub', 'flink', 'spark', 'airflow', 'dagster', 'dbt', 'databricks', 'delta lake', 'iceberg', 'database*', 'crm', 'erp', 'api*', 'webhook*', 'sftp', 'csv*', 'parquet', 'spreadsheet*', '=excel',
    '=logs', 'logging', 'event bus', 'message queue', 'cdc', 'debezium', 'amplitude', 'mixpanel', 'google analytics',
    // SaaS systems a product's data lives in, and the tools that copy it into the warehouse.
    '=hubspot', '=stripe', '=chargebee', '=intercom', '=snowplow', '=rudderstack', '=marketo', '=shopify',
  ],
  ru: ['хранилищ*', 'hive', 'hdfs', 'clickhouse', 'postgres*', 'mysql', 'mongodb', 'kafka', 'spark', 'airflow', 'баз* данных', 'бд', 'api', 'csv', 'parquet', 'excel', 'таблиц*', 's3', 'логи'],
  zh: ['数仓', '数据库', 'hive', 'hdfs', 'kafka', 'flink', 'spark', 'mysql', 'redis', '消息队列'],
};

/** What the product's own operation records about its decisions. */
export const PRODUCT_FEEDBACK: CueSet = {
  en: ['{moderator|reviewer|analyst|agent|human review*|investigator} {decisions|verdicts|outcomes|labels|corrections}', 'user {feedback|reports|corrections|appeals}', 'appeal outcomes', 'customer feedback', 'thumbs {up|down} {votes|feedback}'],
  ru: ['решени* {модератор*|аналитик*|оператор*}', 'обратн* связ* {пользовател*|клиент*|оператор*}', 'жалоб* пользовател*'],
  zh: ['审核结果', '用户反馈', '用户举报'],
};

/** Training on what the product collects: "moderator decisions retrain the classifier". */
export const TRAINS_ON: CueSet = {
  en: ['retrain*', 'fine tun*', 'train* {on|with|from|using}', 'training data', 'training set*', 'feed* back into', '{are|become|serve as|used as} {our|the} {labels|training labels|ground truth}'],
  ru: ['дообуч*', 'переобуч*', 'обуча* на', 'обучающ* выборк*', 'обучающ* данн*'],
  zh: ['训练', '回流'],
};

/** Warehouses and lakes: data said to be in one has a source. */
export const WAREHOUSES: CueSet = {
  // Terse notes drop "data": "apply logs (Kafka → lake)".
  en: ['warehouse', 'data lake', '=lake', 'lakehouse', 'hive', 'hdfs', 'bigquery', 'snowflake', 'redshift', 'clickhouse', 'databricks', 'delta lake', 'iceberg tables', 'dwh', 'teradata', 'vertica', 'greenplum'],
  ru: ['хранилищ*', 'dwh', 'hive', 'hdfs', 'clickhouse', 'greenplum', 'озер* данных', 'витрин*'],
  zh: ['数仓', '数据仓库', '数据湖', 'hive', 'hdfs', 'odps', 'maxcompute'],
};

/** Moving data: ingestion, streaming, scheduled jobs. */
export const PIPELINE: CueSet = {
  en: [
    'ingest*', 'etl', 'elt', 'stream*', 'batch job*', 'nightly job*', 'daily job*', 'hourly job*', 'scheduled job*', 'cron', 'sync*', 'replicat*', 'export*', 'crawl*', 'scrap*', '=indexed', '=indexing', 're index*',
    'reindex*', 'indexer*', 'backfill*', '{ingestion|etl|elt|streaming|collection} {pipeline*|job*}', 'dag*', 'land* in', '=logged', '=fivetran', '=airbyte', '=meltano', '{stitch|fivetran|airbyte} {tables|connectors*|sync*}',
  ],
  ru: ['инжест*', 'etl', 'elt', 'стрим*', 'выгрузк*', 'выгружа*', 'синхрониз*', 'репликац*', 'парсинг*', 'краул*', 'индексир*', 'собира*', 'логиру*', 'ежедневн* задач*', 'по расписани*'],
  zh: ['采集', '上报', '同步', '导入', '抽取', '实时流', '离线任务', '定时任务', '调度', '索引', '爬取', '流水线', '管道'],
};

/** Other senses: a log transform, source code, "the API returns", a pipeline of models. */
export const NOT_DATA_SOURCES: CueSet = {
  en: [
    // The question, not its answer: "Training, dataset, where does it come from, how to build one" (an agenda item).
    'where {does|do|did|will|would} … come from', 'where … comes from {and|,}',
    'log transform*', 'log scale', 'log loss', 'logloss', 'log likelihood', 'log odds', 'log of', 'log normal', 'log1p', 'source code', 'open source {model*|library|libraries|framework*|tool*|llm*}', 'api {returns|responds|latency|gateway|endpoint*|call* per}',
    'data pipeline*', 'inference pipeline*', 'serving pipeline*', 'model pipeline*', 'ml pipeline*', 'training pipeline*', 'rag pipeline*', 'ci cd', 'ci pipeline*', 'deployment pipeline*', 'streaming response*', 'stream* tokens',
    'data retention', 'logs {retention|are retained|for debugging}', 'log level*',
    // The system's own operational logging, kept for on-call and audits, not data a model learns from:
    // "error and exception logs", "audit logs of every AI call", "performance monitoring logs".
    '{error|errors|exception|exceptions|debug|debugging|audit|performance|monitoring|latency|uptime|crash|access control} {log|logs|logging}', 'detailed {log|logs|logging} of',
    // A team's or a role's name is not a system the data comes from ("Team: CRM analytics").
    '{crm|erp|data|analytics} {analytics|analyst*|team|department|squad|owner*}', '{team|department|squad|owner} … {crm|erp}',
    // Where the model's output goes, not where its data comes from: "predictions are written to a Postgres table the dashboard reads".
    '{prediction*|model* forecast*|score*|model output*|inference result*|model result*} … {written to|writes to|write to|stored in|saved to|saved in|published to|pushed to|exported to}',
  ],
  ru: ['{лог*|журнал*} {ошибок|исключений|отладк*|аудит*|производительност*|мониторинг*|вызовов модел*}', '{подробн*|детальн*} {лог*|логирован*}',
    'логарифм*', 'исходн* код*', 'пайплайн* обучения', 'пайплайн* инференс*', 'ci cd', '{crm|erp} {аналитик*|команд*|отдел*}', '{команд*|отдел*|владел*} … {crm|erp}',
    // Where the model's output goes: "прогнозы модели записываются в таблицу PostgreSQL".
    '{прогноз* модел*|предсказани*|скор*|результат* модел*|результат* инференс*} … {записыва*|записан*|сохраня*|сохранен*|выгружа*|публику*} в'],
  // 系统自身的运维日志（错误、异常、性能、审计、调用明细），供排障和审计，不是模型学习的数据：「错误和异常日志」「AI审核详细日志」「性能监控日志」.
  zh: ['{错误|异常|报错|性能|监控|审计|运维|调试|告警|调用|详细|运行}日志', '对数', '源代码', '推理管道', '日志…{保留|保存|删除|留存}', '日志级别',
    // Where the model's output goes: "模型预测结果写入MySQL".
    '{预测结果|预测值|打分结果|模型输出|推理结果|推荐结果}…{写入|保存到|存入|落地到}',
    // Synchronous, not synchronised: "每笔交易在支付时同步调用" is how the model is called.
    '同步{调用|请求|返回|接口|执行|等待|推理|打分|预测|阻塞|处理}'],
};
