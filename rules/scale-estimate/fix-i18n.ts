// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Масштаб:** ${1:100 млн} пользователей, ${2:10 млн} объектов, пик ${3:10 тыс.} запросов в секунду',
  },
  zh: {
    snippet: '- **规模：** ${1:1 亿}用户，${2:1000 万}个物品，峰值每秒 ${3:1 万}次请求',
  },
};

export default translations;
