import { defineDocumentRule } from '../../server/engine/rule-kit.js';

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
            'candidate sourc*', 'candidate source*', 'candidates {come|are drawn|are pulled|are fetched|are retrieved} from', 'candidate gen', 'cand gen', 'recall {source*|channel*|path*|model*|set}', 'recall {rank*|and rank*|then rank*}', 'retrieval {then|and} {scoring|re rank*|rerank*}',
            // A cheap model in front of an expensive one is the split, whatever the stages are called.
            '{light*|cheap*|fast*|simple*} {model*|ranker*} … {heav*|expensive|complex|larger|deep} {model*|ranker*|network*}',
          ],
          ru: [
            'генерац* кандидат*', 'отбор* кандидат*', 'поиск* кандидат*', 'кандидатогенерац*', '{отбира*|отбираем|извлека*|генериру*} … кандидат*', 'первичн* отбор*', 'предварительн* ранжир*',
            'грубое ранжир*', 'грубого ранжир*', 'этап* {отбор*|генерац*} кандидат*', 'пул* кандидат*', 'источник* кандидат*',
            'отбор* и ранжир*', 'кандидат* {берутся|приходят|поступают|достаются} из', 'отбор* {и|затем|потом} … ранжир*', '{легк*|быстр*|прост*} модел* … {тяжел*|сложн*|мощн*} модел*',
          ],
          zh: ['召回', '粗排', '精排', '候选集', '候选生成', '多路召回', '预排序', '召回层', '排序漏斗', '候选池', '初筛…排序', '海选'],
        },
      },
      stages: {
        cues: {
          en: ['first pass', 'second pass', 'two stage*', 'two step*', 'three stage*', 'multi stage*', 'multistage', 'multiple stages', 'first stage', 'second stage', 'final stage', 'stage 1', 'stage 2', 'step 1', 'step 2', 'phase 1', 'phase 2', 'cascade*', 'multi layered', 'layered', 'funnel', 'two tier*', 'two level*', 'two pass*', 'two phase*', 'multi phase*'],
          ru: ['двухэтапн*', 'двухступенчат*', 'трехэтапн*', 'многоэтапн*', 'многоступенчат*', 'первый этап', 'второй этап', 'на первом этапе', 'на втором этапе', 'каскад*', 'воронк*', 'двухуровнев*', 'многоуровнев*'],
          zh: ['两阶段', '多阶段', '三阶段', '第一阶段', '第二阶段', '级联', '漏斗'],
        },
      },
      ranking: { cues: RANKING },
      // Fetching a few candidates out of many, cheaply.
      retrieve: {
        cues: {
          en: [
            'ann', 'approximate nearest neighbo*', 'nearest neighbo*', 'bm25', 'faiss', 'scann', 'hnsw', 'two tower {retrieval|recall|candidate*}', 'vector search', 'embedding search', 'inverted index', 'elasticsearch', 'lucene', 'solr', 'pre filter*', 'prefilter*', 'pool of', 'a pool',
            '{narrow*|cut*|reduc*|filter*|prune*} … to {#|a few|the top|hundreds|thousands}', '{retriev*|fetch*|pull*|select*|get*|pick*|choos*|take*|shortlist*} … top #',
            'first {filter*|select*|retriev*|fetch*|pick*|narrow*|pull*|gather*|collect*|take*}', 'short list', '{the|a} few {hundred|thousand}', 'preselect*', 'pre select*', '{a few|several|some} {hundred|thousand} … out of', 'out of {#|millions|billions|the whole catalog*|the full catalog*|all}', '{what is|whatever is|those} left', 'remaining candidates', 'retrieval model*', 'candidate model*', 'retrieval {step|phase|service}',
            'retriev*', 'shortlist*', 'eligible {ads|items|candidates|products|jobs|documents}',
            'embedding based retrieval', '=ebr', '{dense|sparse|lexical|keyword|semantic|hybrid} retrieval', 'knn', 'k nearest', 'vector index*', 'vector {db|database|store}', 'pinecone', 'milvus', 'qdrant', 'weaviate', 'opensearch', 'item to item', '=i2i', '=u2i',
            'from {#|millions|billions|thousands} … {to|down to|into} {#|hundreds|thousands|tens|a few}', '{retriev*|fetch*|pull*|select*} … {documents|items|jobs|videos|posts|products|tweets|ads|articles|listings|songs} {for|matching|from}',
          ],
          ru: ['ann', 'ближайш* сосед*', 'faiss', 'hnsw', 'bm25', 'двухбашен*', 'векторн* поиск*', 'отбира*', 'сужа*', 'из {миллион*|тысяч*} … {#|сотен|тысяч*}', 'сначала {отбира*|достает|достаем|извлека*|фильтру*}', 'достает … {#|сотн*|тысяч*}'],
          zh: ['向量检索', '近邻检索', '倒排索引', '检索出', '选出', '取出', '筛选出', '双塔'],
        },
      },
      rank: {
        cues: {
          en: ['rank*', 'ranker*', 'rerank*', 're rank*', 're scor*', 'rescor*', 'scored by', 'scor* them', 'scor* the candidates', 'scor* each candidate', 'scor* those', 'order* them', 'ordered by', 'reorder*', 'sort* them', 'sorted by', 'scor* what', '{heav*|expensive|complex|costly} … {model*|ranker*|network*}',
            // The second stage by what it runs on: "order that short list with the model", "a cross-encoder on the top 100".
            '{order*|sort*|rank*|rescor*|scor*} {that|the|this|those} {short list|shortlist|list|set|pool|candidates}', 'cross encoder*', '{on|over} the top #'],
          ru: ['ранжир*', 'переранжир*', 'ранкер*', 'упорядоч*', 'сортир*'],
          zh: ['排序', '打分', '精排'],
        },
      },
    },
    settledBy: [
      { parts: ['funnel'], weight: 0.85, minOtherWords: 1 },
      { parts: ['stages', 'ranking'], weight: 0.8 },
      { parts: ['retrieve', 'rank'], weight: 0.75 },
      // "Funnel: 50M → 5k by BM25 → 300 by a two-tower model": stages with how the first one fetches.
      { parts: ['stages', 'retrieve'], weight: 0.75 },
      { parts: ['retrieve', 'rank'], weight: 0.7, within: 'unit' },
      { parts: ['retrieve', 'rank'], weight: 0.65, within: 'section' },
    ],
    headings: {
      en: ['candidate generation', 'candidate retrieval', 'candidate selection', 'candidate sources', 'retrieval', 'retrieval stage', 'document selection', 'item selection', 'ad selection', 'candidate {selection|sourcing}', 'recall layer', 'first stage', 'coarse ranking', 'pre ranking', 'multi stage ranking', 'ranking funnel'],
      ru: ['генерац* кандидат*', 'отбор* кандидат*', 'двухэтапн* ранжир*', 'источник* кандидат*'],
      zh: ['召回', '粗排', '候选生成', '候选'],
    },
    exclude: {
      en: [
        'conversion funnel*', 'sales funnel*', 'marketing funnel*', 'user funnel*', 'signup funnel*', 'purchase funnel*', 'funnel analysis', 'cascading failure*', 'cascade of failure*', 'thread pool*', 'connection pool*',
        // Examples picked for people to label (active learning) are not candidates for a user's list.
        'candidate* {generation|selection|mining} for {labelling|labeling|annotation|annotators|review|reviewers}', '{uncertain|informative} examples for {annotators|labelling|labeling|annotation}',
        'data retrieval', 'retrieval of data', 'retrieve* … {features|data|logs|records}',
        // Reading stored results back is not a retrieval stage: "retrieve the saved predictions" when an agent opens a ticket.
        '{retriev*|fetch*|read*|load*|look* up} … {saved|cached|stored|precomputed|pre computed} {predictions|scores|results|recommendations|rankings}',
        // Numbered steps of a request path gone through again ("goes through steps 1-3 again") are not ranking stages.
        '{go|goes|going|went|run|runs|repeat|repeats} through steps #', '{repeat|repeats|rerun|reruns} steps #', 'steps # … again', 'credit scor*', 'risk scor*', 'fraud scor*', 'scoring rubric*', 'f1 score',
        // Stages of a data or training pipeline, and recall the metric.
        'stage* … {ingest*|clean*|preprocess*|etl|extract*|load*|transform*|label*|train*|deploy*}', '{pipeline|training|deployment|rollout|project} stage*', 'stage* of {the|a} {data|etl|training|ml} pipeline', 'stage* … feature {comput*|engineer*|extract*|generat*|pipeline*}',
        'ranking {loss|metric*|objective}', '{filter*|select*|pick*} … {training|dataset|logs|events|rows|records}',
        'precision … recall', 'recall {#|k|n}', 'recall at', 'recall {metric*|score*|rate}',
      ],
      ru: ['воронк* {продаж*|конверси*}', 'кредитн* скоринг*', 'этап* … {сбор*|очистк*|предобработ*|обучени*|разметк*|внедрени*}'],
      zh: ['召回率', '转化漏斗',
        // A manufacturer's recall of defective goods: "产品召回通知", "召回缺陷车辆".
        '{产品|车辆|汽车|药品|食品|批次|缺陷}召回', '召回{通知|公告|车辆|缺陷}'],
    },
    name: 'funnel',
  },
});
