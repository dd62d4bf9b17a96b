// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Ручная проверка:** посты со скором от ${1:0,6 до 0,9} уходят в очередь модераторов (пропускная способность ${2:50 тыс. в день}), выше ${3:0,9} удаляются с возможностью апелляции; решения модераторов сохраняются как метки для переобучения',
  },
  zh: {
    snippet: '- **人工审核：** 分数在 ${1:0.6 到 0.9} 之间的帖子进入审核员队列（容量${2:每天 5 万条}），高于 ${3:0.9} 的直接删除并允许申诉；审核员的判定作为标签记录，用于重新训练',
  },
};

export default translations;
