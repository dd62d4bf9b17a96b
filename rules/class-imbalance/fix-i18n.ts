// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Дисбаланс классов:** положительных примеров около ${1:0,1 %}; ${2:андерсэмплинг негативов 1:10 с последующей калибровкой}; смотрим на ${3:PR-AUC}, а не на accuracy',
  },
  zh: {
    snippet: '- **类别不平衡：** 正样本约占 ${1:0.1 %}；${2:对负样本按 1:10 下采样并重新校准}；报告 ${3:PR-AUC} 而不是准确率',
  },
};

export default translations;
