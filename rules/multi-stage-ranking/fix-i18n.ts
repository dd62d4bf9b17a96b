// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Этапы:** отбор кандидатов (${1:двухбашенная модель с ANN, ~1000 из 10 млн вакансий}) → ранжирование (${2:GBDT на ~1000 кандидатах}) → переранжирование',
  },
  zh: {
    snippet: '- **阶段：** 召回（${1:双塔模型 + ANN，从 1000 万个职位中取约 1000 个}）→ 精排（${2:在约 1000 个候选上用 GBDT}）→ 重排',
  },
};

export default translations;
