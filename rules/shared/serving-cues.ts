// Serving words several rules share, as cue data (syntax: server/engine/text/phrases.ts):
// serving-architecture, batch-vs-online and feature-store agree on what a
// low-latency store is and on when "at request time" is; re-ranking and
// multi-stage-ranking on what a ranked list is.
import type { CueSet } from '../../server/engine/rule-kit.js';

/** Stores a service reads from within a request: a key-value store, a cache, an in-memory table. */
export const SERVING_STORES: CueSet = {
  en: [
    'redis', 'memcache*', 'dynamodb', 'dynamo', 'cassandra', 'scylla*', 'aerospike', 'bigtable', 'hbase', 'couchbase', 'key value', 'kv store', 'kv',
    '=cache', '=cached', '=caches', '=caching', 'in memory', 'online store', 'low latency store', 'serving store', 'lookup table', 'elasticache',
  ],
  ru: ['redis', 'кэш*', 'кеш*', 'in memory', 'в памяти', 'ключ значение', 'key value'],
  zh: ['缓存', '内存', '键值'],
};

/** When the work happens inside the request: per request, at request time, synchronously. */
export const AT_REQUEST_TIME: CueSet = {
  en: [
    'at request time', 'at serving time', 'at inference time', 'at query time', 'at prediction time', 'at scoring time', 'at authorization*', 'at authorisation*',
    'per request', 'on each request', 'on every request', 'for each request', 'for every request', 'with each request', 'on request', 'on demand', 'on the fly',
    'in real time', 'real time', 'realtime', 'in the request path', 'in the hot path', 'per query', 'for each query', 'on each query', 'per call',
  ],
  ru: ['в момент запрос*', 'на каждый запрос', 'при каждом запросе', 'по запросу', 'на лету', 'в реальном времени', 'реалтайм*', 'real time', 'онлайн'],
  zh: ['实时', '请求时', '在线计算', '在线推理', '在线预测'],
};

/** A ranked list shown to a user: its results, its top slots, its feed. */
export const RANKED_LIST: CueSet = {
  en: [
    'top #', 'top k', 'top n', '=slot', '=slots', 'result*', 'ranked list*', 'list', 'lists', 'feed', 'feeds', 'recommendations', 'ranking', 'rankings', 'ranked', 'slate*',
    'carousel*', 'page', 'positions', 'shelf', 'shelves', 'timeline', 'search results', 'first page',
  ],
  ru: ['топ #', 'топ', 'выдач*', 'списк*', 'список', 'ленте', 'лента', 'ленту', 'рекомендац*', 'позици*', 'ранжир*', 'подборк*', 'результат*'],
  zh: ['推荐列表', '结果列表', '列表', '结果', '位置', '坑位', '信息流', '排序结果'],
};
