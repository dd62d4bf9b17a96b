// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Подача признаков:** ${1:батчевые признаки} в ${2:онлайн-хранилище признаков (feature store)}, обновление ${3:ежечасно}; один и тот же код преобразований строит признаки для обучения и для инференса',
  },
  zh: {
    snippet: '- **特征服务：** ${1:离线批量特征}存入${2:在线特征库（feature store）}，${3:每小时}刷新；训练和线上使用同一套特征转换代码',
  },
};

export default translations;
