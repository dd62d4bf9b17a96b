// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Мониторинг модели:** дашборд ${1:ежедневного CTR и числа откликов на пользователя}; алерт, когда ${2:CTR падает на 10 % ниже среднего за 7 дней}; предсказания логируются и соединяются с ${3:метками, приходящими в течение 7 дней}',
  },
  zh: {
    snippet: '- **模型监控：** ${1:每日 CTR 和每用户投递数}看板；当${2:CTR 比 7 日均值低 10 %}时告警；记录预测结果并与${3:7 天内回流的标签}关联',
  },
};

export default translations;
