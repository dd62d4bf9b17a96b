// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Задержка меток:** ${1:чарджбэки} приходят в течение ${2:60 дней} после платежа; в обучение идут только транзакции старше окна созревания в ${2:60 дней}, метки присоединяются ${3:ежедневно}',
  },
  zh: {
    snippet: '- **标签延迟：** ${1:拒付}在支付后最多 ${2:60 天}才到达；训练只使用超过 ${2:60 天}成熟窗口的交易，标签${3:每天}关联一次',
  },
};

export default translations;
