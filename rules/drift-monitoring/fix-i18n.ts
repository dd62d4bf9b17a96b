// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Дрифт:** ${1:PSI по каждому признаку и по распределению скоров} относительно обучающего окна, считается ${2:ежедневно}; PSI > ${3:0.2} поднимает алерт дежурному и запускает переобучение',
  },
  zh: {
    snippet: '- **漂移：** ${2:每天}计算${1:每个特征和预测分数分布}相对训练窗口的 PSI；PSI > ${3:0.2} 时告警值班人员并触发重新训练',
  },
};

export default translations;
