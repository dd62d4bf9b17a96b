// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Разметка:** положительный пример = ${1:пользователь откликнулся в течение 7 дней после показа}; отрицательный = ${2:показали, но отклика не было}; собирается из ${3:событий откликов}',
  },
  zh: {
    snippet: '- **标签：** 正样本 = ${1:用户在曝光后 7 天内投递}；负样本 = ${2:曝光但未投递}；来源于${3:投递事件}',
  },
};

export default translations;
