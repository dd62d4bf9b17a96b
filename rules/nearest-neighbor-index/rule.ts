import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, anyOf, pattern, terms } from '../../server/engine/concepts.js';

// Similarity at scale is a nearest-neighbour search over embeddings: an exact
// scan of millions of vectors per request does not fit a latency budget. The
// doc names an approximate index (or a library that builds one).
const LIBRARY = terms('faiss', 'scann', 'hnsw', 'annoy', 'milvus', 'pinecone', 'vespa', 'product quantization', 'approximate nearest neighbo*', 'ann index', 'vector database', 'vector index', 'vector store');
const NEIGHBOURS = pattern(/\b(?:nearest[- ]neighbou?rs?|knn|k-nn|similarity search|vector search)\b/);
const INDEX = pattern(/\b(?:index\w*|approximate|shards?|quantiz\w*|recall@?\w*|millions?|billions?|\d+\s*(?:ms|m|k)\b)/);

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = anyOf(LIBRARY, allOf(NEIGHBOURS, INDEX));

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
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 1 }),
});
