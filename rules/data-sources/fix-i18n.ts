// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Источники данных:** ${1:логи показов и откликов} ${2:ежедневно} загружаются в ${3:хранилище данных} через ${4:пайплайн загрузки}',
  },
  zh: {
    snippet: '- **数据来源：** ${1:曝光和投递事件日志}由${4:数据接入管道}${2:每天}写入${3:数据仓库}',
  },
};

export default translations;
