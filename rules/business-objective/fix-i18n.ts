// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Бизнес-цель:** ${1:помочь соискателям находить вакансии, на которые они откликаются, и увеличить число откликов на активного соискателя на 5 % за год}',
  },
  zh: {
    snippet: '- **业务目标：** ${1:帮助求职者找到愿意投递的职位，今年将每位活跃求职者的投递数提升 5 %}',
  },
};

export default translations;
