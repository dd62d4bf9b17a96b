// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Офлайн-метрики:** ${1:ROC-AUC и log loss} на отложенной неделе; ${2:nDCG@10} для ранжированного списка',
    variants: {
      regression: '- **Офлайн-метрики:** ${1:MAE и p90 абсолютной ошибки} на отложенных ${2:последних двух неделях}',
      forecasting: '- **Офлайн-метрики:** ${1:WAPE и pinball loss на P90} в скользящем бэктесте за ${2:последние 8 недель}',
      generative: '- **Офлайн-метрики:** ${1:recall@5 для поиска} и ${2:достоверность ответов по золотому набору из 300 вопросов}',
    },
  },
  zh: {
    snippet: '- **离线指标：** 在留出的一周数据上计算 ${1:ROC-AUC 和对数损失}；排序列表用 ${2:nDCG@10}',
    variants: {
      regression: '- **离线指标：** 在留出的${2:最近两周}数据上计算 ${1:MAE 和 p90 绝对误差}',
      forecasting: '- **离线指标：** 在${2:最近 8 周}的滚动回测中计算 ${1:WAPE 和 P90 分位数损失}',
      generative: '- **离线指标：** ${1:检索的 recall@5} 和${2:在 300 个问题的黄金集上评判的忠实度}',
    },
  },
};

export default translations;
