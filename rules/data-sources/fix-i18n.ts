// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Источники данных:** ${1:логи показов и откликов} ${2:ежедневно} загружаются в ${3:хранилище данных} через ${4:пайплайн загрузки}',
    variants: {
      generative: '- **Источники данных:** ${1:статьи справочного центра и закрытые тикеты} из ${2:CMS и API тикет-системы}, переиндексация ${3:каждую ночь}; вопросы для оценки из ${4:обезличенных чатов поддержки}',
      forecasting: '- **Источники данных:** ${1:ежедневные кассовые продажи по магазинам} и ${2:календарь промоакций} загружаются ${3:каждую ночь} в ${4:хранилище данных}; ${5:погода из API поставщика}',
    },
  },
  zh: {
    snippet: '- **数据来源：** ${1:曝光和投递事件日志}由${4:数据接入管道}${2:每天}写入${3:数据仓库}',
    variants: {
      generative: '- **数据来源：** ${1:帮助中心文章和已解决的工单}来自${2:CMS 和工单系统 API}，${3:每晚}重新建索引；评测问题来自${4:脱敏后的客服对话}',
      forecasting: '- **数据来源：** ${1:各门店每日 POS 销售数据}和${2:促销日历}${3:每晚}写入${4:数据仓库}；${5:天气数据来自供应商 API}',
    },
  },
};

export default translations;
