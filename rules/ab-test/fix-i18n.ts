// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **A/B-тест:** разбиение ${2:пользователей} ${1:50/50} на ${3:2 недели}; выкатываем, если ${4:число откликов на пользователя} растёт при p < 0.05 и контрольные метрики не падают',
  },
  zh: {
    snippet: '- **A/B 测试：** 按 ${1:50/50} 划分${2:用户}，持续 ${3:2 周}；若${4:每用户投递数}以 p < 0.05 显著提升且护栏指标正常则上线',
  },
};

export default translations;
