// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Онлайн-метрики:** ${1:число откликов на пользователя} (основная), ${2:CTR}; контрольные метрики: ${3:задержка p99, доля отписок}',
    variants: {
      generative: '- **Онлайн-метрики:** ${1:доля обращений, решённых ботом} (основная), ${2:доля положительных оценок}; контрольные метрики: ${3:доля эскалаций, задержка p95}',
    },
  },
  zh: {
    snippet: '- **线上指标：** ${1:每用户投递数}（主指标），${2:CTR}；护栏指标：${3:p99 延迟、退订率}',
    variants: {
      generative: '- **线上指标：** ${1:无需人工即解决的比例}（主指标），${2:点赞率}；护栏指标：${3:转人工率、p95 延迟}',
    },
  },
};

export default translations;
