// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Путь запроса:** ${1:API-шлюз} → ${2:отбор кандидатов} → ${3:получение признаков} → ${4:модель ранжирования} → ${5:переранжирование} → ответ',
  },
  zh: {
    snippet: '- **请求链路：** ${1:API 网关} → ${2:候选召回} → ${3:特征查询} → ${4:排序模型} → ${5:重排} → 返回结果',
  },
};

export default translations;
