// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Бейзлайн:** ${1:популярность вакансий в городе и по должности пользователя}, затем ${2:логистическая регрессия на тех же признаках}; выбранная модель должна превзойти его по ${3:офлайн-метрике}',
    variants: {
      forecasting: '- **Бейзлайн:** ${1:сезонный наивный прогноз (та же неделя год назад)}; выбранная модель должна превзойти его по ${2:WAPE на бэктесте}',
      regression: '- **Бейзлайн:** ${1:медиана по сегменту}, затем ${2:линейная регрессия на тех же признаках}; выбранная модель должна превзойти его по ${3:MAE}',
      generative: '- **Бейзлайн:** ${1:поиск BM25, возвращающий лучший документ}, затем ${2:LLM, отвечающая без поиска}; пайплайн должен превзойти оба по ${3:оценке на золотом наборе}',
    },
  },
  zh: {
    snippet: '- **基线：** ${1:按用户所在地和职位统计的热门职位}，其次是${2:同一批特征上的逻辑回归}；所选模型必须在${3:离线指标}上超过基线',
    variants: {
      forecasting: '- **基线：** ${1:季节性朴素预测（去年同一周）}；所选模型必须在${2:回测的 WAPE}上超过基线',
      regression: '- **基线：** ${1:分群中位数}，其次是${2:同一批特征上的线性回归}；所选模型必须在 ${3:MAE} 上超过基线',
      generative: '- **基线：** ${1:返回最相关文档的 BM25 检索}，其次是${2:不做检索直接回答的 LLM}；整个流程必须在${3:黄金集得分}上超过这两个基线',
    },
  },
};

export default translations;
