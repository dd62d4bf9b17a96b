// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Выкатка:** ${1:теневой режим на 1 неделю}, затем ${2:5 % → 50 % → 100 %} трафика; автоматический откат, если ${3:контрольные метрики падают}',
  },
  zh: {
    snippet: '- **上线方式：** ${1:先影子模式运行 1 周}，再按 ${2:5 % → 50 % → 100 %} 逐步放量；若${3:护栏指标下降}则自动回滚',
  },
};

export default translations;
