// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Утечка данных:** разбиение по времени (обучение на ${1:неделях 1–8}, валидация на ${2:неделе 9}, тест на ${3:неделе 10}); признаки берутся на момент ${4:показа}, никогда не после события метки',
    variants: {
      generative: '- **Утечка данных:** ${1:вопросы золотого набора} никогда не используются как ${2:few-shot примеры или данные для дообучения}; ${3:найденные документы ограничены опубликованными до вопроса}',
    },
  },
  zh: {
    snippet: '- **数据泄漏：** 按时间划分（${1:第 1–8 周}训练，${2:第 9 周}验证，${3:第 10 周}测试）；特征按${4:曝光时刻}的快照拼接，绝不使用标签事件之后的信息',
    variants: {
      generative: '- **数据泄漏：** ${1:黄金集问题}不会用于${2:少样本示例或微调数据}；${3:检索到的文档只保留问题提出之前发布的}',
    },
  },
};

export default translations;
