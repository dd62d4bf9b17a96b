// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Приватность:** ${1:персональные данные псевдонимизируются до обучения; сырые логи хранятся 90 дней; запросы на удаление по GDPR выполняются за 30 дней}',
  },
  zh: {
    snippet: '- **隐私：** ${1:个人信息在训练前做假名化处理；原始日志保留 90 天；GDPR 删除请求在 30 天内完成}',
  },
};

export default translations;
