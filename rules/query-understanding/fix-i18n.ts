// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Понимание запроса:** ${1:исправление опечаток}, ${2:классификация намерения (навигационный, товарный, информационный)} и ${3:расширение синонимами} выполняются до поиска',
  },
  zh: {
    snippet: '- **查询理解：** 在检索之前先做${1:拼写纠错}、${2:意图识别（导航类、商品类、信息类）}和${3:同义词扩展}',
  },
};

export default translations;
