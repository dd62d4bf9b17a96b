// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Переранжирование:** ${1:убрать вакансии, на которые пользователь уже откликнулся}, ${2:не более 2 вакансий одной компании в топ-10}, ${3:поднять вакансии моложе 3 дней}',
  },
  zh: {
    snippet: '- **重排：** ${1:去掉已投递过的职位}，${2:前 10 个结果按公司打散，同一公司最多 2 个职位}，${3:对发布不到 3 天的职位提权}',
  },
};

export default translations;
