// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Неопределённость:** ${1:квантильная регрессия} предсказывает ${2:p50 и p90} времени прибытия; p90 покрывает ${3:90 %} поездок на отложенной неделе',
  },
  zh: {
    snippet: '- **到达时间区间：** ${1:分位数回归}预测到达时间的 ${2:p50 和 p90}；在留出的一周数据上，p90 覆盖 ${3:90 %} 的行程',
  },
};

export default translations;
