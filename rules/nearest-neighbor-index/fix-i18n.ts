// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Индекс ближайших соседей:** индекс ${1:HNSW} по ${2:10 млн} эмбеддингов объектов, перестраивается ${3:каждую ночь}; топ-${4:100} соседей быстрее чем за ${5:20 мс}',
  },
  zh: {
    snippet: '- **近邻索引：** 基于 ${2:1000 万}个物品向量的 ${1:HNSW} 索引，${3:每晚}重建；${5:20 毫秒}内返回前 ${4:100} 个近邻',
  },
};

export default translations;
