import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'query-understanding',
    step: 'model',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['search-ranking'],
    description: 'Interprets the query before ranking (spelling correction, intent, entities, expansion).',
  },
  message: 'No query understanding: say how the query is interpreted before retrieval (spelling correction, intent classification, entity recognition, expansion with synonyms), since ranking cannot fix a misread query.',
  fix: {
    title: 'Add query understanding',
    snippet: '- **Query understanding:** ${1:spelling correction}, ${2:intent classification (navigational, product, informational)} and ${3:synonym expansion} run before retrieval',
  },
  // Before ranking, a search system works out what the query means: spelling,
  // intent, entities, expansion. The doc names the step with what it does.
  concept: {
    parts: {
      named: {
        cues: {
          en: [
            'query understanding', 'query intent*', 'intent classif*', 'intent detection', 'query expansion', 'query rewrit*', 'spell* correct*', 'autocorrect*', 'query classif*', 'query categori*',
            'entity recognition', 'named entit*', 'query embedding*', 'synonym*', 'query segmentation', 'query normali*', 'query parsing',
          ],
          ru: ['понимани* запрос*', 'интент*', 'классификац* {запрос*|интент*}', 'исправлени* опечат*', 'опечат*', 'расширени* запрос*', 'переформулир* запрос*', 'синоним*', 'распознавани* {сущност*|именованн*}', 'ner', 'нормализац* запрос*'],
          zh: ['查询理解', '意图识别', '意图分类', '纠错', '查询改写', '查询扩展', '同义词', '实体识别', '查询分类'],
        },
      },
      query: { cues: { en: ['query', 'queries', 'search terms', 'search string'], ru: ['запрос*'], zh: ['查询', 'query', '搜索词'] } },
      processing: {
        cues: {
          en: ['intent', 'spell*', 'typo*', 'synonym*', 'expan*', 'rewrit*', 'normali*', 'entit*', 'categori*', 'classif*', 'tokeni*', 'embed*', 'parse*', 'segment*', 'lemmati*', 'stemm*'],
          ru: ['интент*', 'намерени*', 'опечат*', 'синоним*', 'расширя*', 'переписыва*', 'нормализ*', 'сущност*', 'категори*', 'классифиц*', 'токениз*', 'эмбеддинг*', 'лемматиз*', 'разбор*'],
          zh: ['意图', '纠错', '同义词', '扩展', '改写', '归一化', '实体', '分类', '分词', '向量'],
        },
      },
    },
    settledBy: [
      { parts: ['named'], weight: 0.85 },
      { parts: ['query', 'processing'], weight: 0.8 },
    ],
    name: 'named',
  },
});
