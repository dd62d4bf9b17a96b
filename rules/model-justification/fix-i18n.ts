// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Почему эта модель:** ${1:GBDT хорошо работает с разреженными табличными признаками и обучается за минуты}; компромисс: ${2:хуже использует текст, чем двухбашенная нейросеть}',
  },
  zh: {
    snippet: '- **为什么选这个模型：** ${1:GBDT 擅长处理稀疏的表格特征，几分钟就能训练完}；权衡：${2:利用文本的能力不如双塔网络}',
  },
};

export default translations;
