// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Задержка:** p99 < ${1:200} мс от запроса до ответа для ${2:одного запроса рекомендаций}',
  },
  zh: {
    snippet: '- **延迟：** ${2:单次推荐请求}端到端 p99 < ${1:200} 毫秒',
  },
};

export default translations;
