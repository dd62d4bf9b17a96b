// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Позиционное смещение:** ${1:позиция показа — признак при обучении, при инференсе фиксируется равной 1}; ${2:1 % трафика получает случайный порядок топ-5 для оценки вероятностей просмотра}',
  },
  zh: {
    snippet: '- **位置偏差：** ${1:展示位置作为训练特征，线上服务时固定为 1}；${2:1 % 的流量对前 5 个位置随机打散，用于估计倾向性}',
  },
};

export default translations;
