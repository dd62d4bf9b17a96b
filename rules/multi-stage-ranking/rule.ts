import { defineDocumentRule } from '../../server/engine/rule-api.js';

/** Words of ranking: what a stage of a ranking funnel does. */
const RANKING = {
  en: ['rank*', 'rerank*', 're rank*', 'scor*', 'rescor*', 're scor*', 'retriev*', 'candidate*', 'recommend*', 'shortlist*', 'funnel'],
  ru: ['ранжир*', 'переранжир*', 'ранкер*', 'скор*', 'кандидат*', 'рекомендац*', 'отбор*'],
  zh: ['排序', '打分', '召回', '候选', '推荐'],
};

// A ranking system cannot score every item per request: a cheap stage
// retrieves candidates (an ANN index, BM25, rules) and a heavier model ranks
// only those. Stages of a data pipeline, recall as a metric, a conversion
// funnel or a retriever that only feeds an LLM are not it.
export default defineDocumentRule({
  meta: {
    id: 'multi-stage-ranking',
    step: 'serving',
    severity: 'warning',
    appliesTo: 'ranking-shaped',
    description: 'Splits retrieval / candidate generation from ranking.',
  },
  message: 'No retrieval/ranking split: a ranking system cannot score every item per request; describe candidate generation (thousands from millions) before the heavier ranking model.',
  fix: {
    title: 'Add candidate generation before ranking',
    snippet: '- **Stages:** candidate generation (${1:two-tower ANN, ~1,000 of 10M jobs}) → ranking (${2:GBDT on ~1,000 candidates}) → re-ranking',
  },
  concept: {
    parts: {
      // The funnel named.
      funnel: {
        cues: {
          en: [
            'candidate generation', 'candidate generator*', 'candidate retrieval', 'candidate selection', 'candidate sourcing', 'candidate pool*', 'candidate set', '{generat*|retriev*|select*|fetch*|pull*} … candidates',
            'retrieval stage', 'ranking stage', 'retrieval layer', 'recall layer', 'retrieval and ranking', 'retrieval then ranking', 'retrieval ranking', 'coarse rank*', 'fine rank*', 'pre rank*', 'prerank*',
            'recall {stage|layer|phase|module}', 'coarse to fine', 'light ranker', 'lightweight ranker', 'heavy ranker', 'first pass rank*', 'second pass rank*', 'l1 rank*', 'l2 rank*', 'ranking funnel', 'multi stage rank*', 'cascade rank*', 'ranking cascade',
          ],
          ru: [
            'генерац* кандидат*', 'отбор* кандидат*', 'поиск* кандидат*', 'кандидатогенерац*', '{отбира*|отбираем|извлека*|генериру*} … кандидат*', 'первичн* отбор*', 'предварительн* ранжир*',
            'грубое ранжир*', 'грубого ранжир*', 'этап* {отбор*|генерац*} кандидат*', 'пул* кандидат*',
          ],
          zh: ['召回', '粗排', '精排', '候选集', '候选生成', '多路召回', '预排序', '召回层', '排序漏斗'],
        },
      },
      stages: {
        cues: {
          en: ['two stage*', 'two step*', 'three stage*', 'multi stage*', 'multistage', 'multiple stages', 'first stage', 'second stage', 'final stage', 'stage 1', 'stage 2', 'cascade*', 'multi layered', 'layered', 'funnel'],
          ru: ['двухэтапн*', 'двухступенчат*', 'трехэтапн*', 'многоэтапн*', 'многоступенчат*', 'первый этап', 'второй этап', 'на первом этапе', 'на втором этапе', 'каскад*', 'воронк*'],
          zh: ['两阶段', '多阶段', '三阶段', '第一阶段', '第二阶段', '级联', '漏斗'],
        },
      },
      ranking: { cues: RANKING },
      // Fetching a few candidates out of many, cheaply.
      retrieve: {
        cues: {
          en: [
            'ann', 'approximate nearest neighbo*', 'nearest neighbo*', 'bm25', 'faiss', 'scann', 'hnsw', 'two tower', 'vector search', 'embedding search', 'inverted index', 'elasticsearch', 'lucene', 'solr', 'pre filter*', 'prefilter*', 'pool of', 'a pool',
            '{narrow*|cut*|reduc*|filter*|prune*} … to {#|a few|the top|hundreds|thousands}', '{retriev*|fetch*|pull*|select*|get*} … top #', '{retriev*|fetch*|pull*|select*} … {documents|items|jobs|videos|posts|products|tweets|ads|articles|listings|songs} {for|matching|from}',
          ],
          ru: ['ann', 'ближайш* сосед*', 'faiss', 'hnsw', 'bm25', 'двухбашен*', 'векторн* поиск*', 'отбира*', 'сужа*', 'из {миллион*|тысяч*} … {#|сотен|тысяч*}'],
          zh: ['向量检索', '近邻检索', '倒排索引', '检索出', '选出'],
        },
      },
      rank: {
        cues: {
          en: ['rank*', 'ranker*', 'rerank*', 're rank*', 're scor*', 'rescor*', 'scored by', 'scor* them', 'scor* the candidates', 'scor* each candidate', 'scor* those', 'order* them', 'ordered by', 'reorder*', 'sort* them', 'sorted by'],
          ru: ['ранжир*', 'переранжир*', 'ранкер*', 'упорядоч*', 'сортир*'],
          zh: ['排序', '打分', '精排'],
        },
      },
    },
    settledBy: [
      { parts: ['funnel'], weight: 0.85, minOtherWords: 1 },
      { parts: ['stages', 'ranking'], weight: 0.8 },
      { parts: ['retrieve', 'rank'], weight: 0.75 },
      { parts: ['retrieve', 'rank'], weight: 0.7, within: 'unit' },
      { parts: ['retrieve', 'rank'], weight: 0.65, within: 'section' },
    ],
    headings: {
      en: ['candidate generation', 'candidate retrieval', 'candidate selection', 'retrieval stage', 'recall layer', 'first stage', 'coarse ranking', 'pre ranking', 'multi stage ranking', 'ranking funnel'],
      ru: ['генерац* кандидат*', 'отбор* кандидат*', 'двухэтапн* ранжир*'],
      zh: ['召回', '粗排', '候选生成'],
    },
    exclude: {
      en: [
        'conversion funnel*', 'sales funnel*', 'marketing funnel*', 'user funnel*', 'signup funnel*', 'purchase funnel*', 'funnel analysis', 'cascading failure*', 'cascade of failure*', 'thread pool*', 'connection pool*',
        'data retrieval', 'retrieval of data', 'retrieve* … {features|data|logs|records}', 'credit scor*', 'risk scor*', 'fraud scor*', 'scoring rubric*', 'f1 score',
      ],
      ru: ['воронк* {продаж*|конверси*}', 'кредитн* скоринг*'],
      zh: ['召回率', '转化漏斗'],
    },
    name: 'funnel',
  },
});
