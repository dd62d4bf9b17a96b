// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Интерес обеих сторон:** ранжируем по ${1:P(отклик | соискатель, вакансия) × P(рекрутер ответит | соискатель, вакансия)} и ограничиваем ${2:число откликов на вакансию}, чтобы ${3:популярные вакансии не заваливало откликами}',
  },
  zh: {
    snippet: '- **双边匹配：** 按 ${1:P(投递 | 求职者, 职位) × P(招聘方回复 | 求职者, 职位)} 排序，并限制${2:每个职位收到的投递数}，使${3:热门职位不被投递淹没}',
  },
};

export default translations;
