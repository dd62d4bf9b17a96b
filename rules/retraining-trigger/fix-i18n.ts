// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Триггер переобучения:** ${1:еженедельно по расписанию}, или раньше, если ${2:PSI > 0.2 на ключевых признаках} или ${3:онлайн-CTR падает на 5 %}; откат на предыдущую модель, если ${4:контрольные метрики не выдерживаются}',
  },
  zh: {
    snippet: '- **重新训练触发条件：** ${1:每周定时}，或在${2:关键特征 PSI > 0.2}、${3:线上 CTR 下降 5 %}时提前触发；若${4:护栏指标不达标}则回滚到上一个模型',
  },
};

export default translations;
