// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Петля обратной связи:** ${1:2 %} показов идут на исследование через ${2:epsilon-greedy} слоты, и каждый показ логирует свою ${3:вероятность показа (propensity)}, чтобы при обучении перевзвешивать по обратной вероятности',
  },
  zh: {
    snippet: '- **反馈循环：** ${1:2 %} 的曝光用 ${2:epsilon-greedy} 位置做探索，每次曝光都记录其${3:倾向得分（propensity）}，训练时按逆倾向加权',
  },
};

export default translations;
