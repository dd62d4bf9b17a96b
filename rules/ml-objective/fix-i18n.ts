// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **ML-цель:** предсказываем ${1:P(отклик | пользователь, вакансия)}; тип задачи: ${2:бинарная классификация для поточечного ранжирования}',
  },
  zh: {
    snippet: '- **机器学习目标：** 预测 ${1:P(投递 | 用户, 职位)}；任务类型：${2:二分类，用于逐点排序}',
  },
};

export default translations;
