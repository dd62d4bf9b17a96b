// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Адаптация злоумышленников:** ${1:мошенники} подстраиваются за недели, поэтому ${2:правила аналитиков} ловят новые схемы за часы, модель переобучается ${3:еженедельно}, а ${4:доля заблокированного трафика по схемам} отслеживается',
  },
  zh: {
    snippet: '- **对抗性漂移：** ${1:欺诈者}会在几周内调整手法，因此${2:分析师规则}在数小时内拦截新模式，模型${3:每周}重新训练，并监控${4:按模式统计的拦截流量占比}',
  },
};

export default translations;
