import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'nearest-neighbor-index',
    step: 'serving',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['similar-listings', 'visual-search'],
    description: 'Serves similarity with an approximate nearest-neighbour index over embeddings (FAISS, ScaNN, HNSW).',
  },
  message: 'No nearest-neighbour index: say how similar items are found at request time (an approximate nearest-neighbour index such as FAISS or HNSW, its size and how it is refreshed), since an exact scan over millions of embeddings misses the latency budget.',
  fix: {
    title: 'Add a nearest-neighbour index',
    snippet: '- **Nearest-neighbour index:** ${1:HNSW} index over ${2:10M} item embeddings, rebuilt ${3:nightly}; top-${4:100} neighbours in under ${5:20 ms}',
  },
  // Similarity at scale is a nearest-neighbour search over embeddings: an exact
  // scan of millions of vectors per request does not fit a latency budget. The
  // doc names an approximate index (or a library that builds one).
  concept: {
    parts: {
      // "Annoy" the library, not "annoying".
      library: {
        cues: {
          en: ['faiss', 'scann', 'hnsw', '=annoy', 'milvus', 'pinecone', 'vespa', 'weaviate', 'qdrant', 'pgvector', 'product quantization', 'approximate nearest neighbo*', 'ann {index*|search|retrieval|lookup}', 'vector {database*|db|index*|store*|search engine}', 'ivf pq', 'ivfpq'],
          ru: ['векторн* {индекс*|баз*|хранилищ*|поиск*}', 'приближенн* {поиск* ближайш* сосед*|ближайш* сосед*}', 'ann {индекс*|поиск*}'],
          zh: ['向量检索', '向量数据库', '向量索引', '近似最近邻', 'ann检索'],
        },
      },
      neighbours: {
        cues: {
          en: ['nearest neighbo*', 'knn', 'k nn', 'similarity search', 'vector search', 'embedding search', 'top k similar'],
          ru: ['ближайш* сосед*', 'knn', 'поиск* похож*', 'поиск* по {эмбеддинг*|вектор*}'],
          zh: ['最近邻', '相似度检索', '相似检索'],
        },
      },
      index: {
        cues: {
          en: ['index*', 'approximate', 'shard*', 'quantiz*', 'recall', 'million*', 'billion*', '# ms'],
          ru: ['индекс*', 'приближенн*', 'шард*', 'квантиз*', 'полнот*', 'млн', 'миллион*', 'миллиард*'],
          zh: ['索引', '近似', '分片', '量化', '召回', '百万', '亿'],
        },
      },
    },
    settledBy: [
      { parts: ['library'], weight: 0.85, minOtherWords: 1 },
      { parts: ['neighbours', 'index'], weight: 0.8, minOtherWords: 1 },
    ],
    name: 'library',
  },
});
