// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Калибровка:** ${1:изотоническая регрессия} на отложенном дне исправляет сдвиг от ${2:даунсэмплинга негативов}; отношение предсказанного CTR к наблюдаемому остаётся в пределах ${3:0,95–1,05} по каждой кампании',
  },
  zh: {
    snippet: '- **校准：** 在留出的一天数据上用${1:保序回归}修正${2:负样本下采样}带来的偏差；每个广告活动的预测 CTR / 实际 CTR 保持在 ${3:0.95–1.05} 之间',
  },
};

export default translations;
