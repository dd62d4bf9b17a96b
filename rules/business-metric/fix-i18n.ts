// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Бизнес-метрика:** ${1:число откликов на активного пользователя в неделю} (цель: ${2:+2 %})',
  },
  zh: {
    snippet: '- **业务指标：** ${1:每位活跃用户每周的投递数}（目标：${2:+2 %}）',
  },
};

export default translations;
