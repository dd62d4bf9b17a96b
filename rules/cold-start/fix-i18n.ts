// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Холодный старт:** новые пользователи получают ${1:популярные вакансии для их должности и города из формы регистрации}; новые вакансии ранжируются по ${2:контентным признакам}, пока у них нет ${3:50} показов',
  },
  zh: {
    snippet: '- **冷启动：** 新用户看到${1:按注册时填写的职位和所在地挑选的热门职位}；新职位在获得 ${3:50} 次曝光之前按${2:内容特征}排序',
  },
};

export default translations;
