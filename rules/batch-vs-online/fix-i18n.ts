// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Режим предсказаний:** ${1:онлайн, на каждый запрос}, потому что ${2:рекомендации должны учитывать поиски в текущей сессии}',
  },
  zh: {
    snippet: '- **预测方式：** ${1:在线，每次请求实时预测}，因为${2:推荐结果需要反映本次会话中的搜索}',
  },
};

export default translations;
