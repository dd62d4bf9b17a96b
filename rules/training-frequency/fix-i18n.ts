// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Переобучение:** ${1:ежедневно} на скользящем окне за последние ${2:8 недель}',
  },
  zh: {
    snippet: '- **重新训练：** ${1:每天}用最近 ${2:8 周}的滑动窗口数据重新训练',
  },
};

export default translations;
