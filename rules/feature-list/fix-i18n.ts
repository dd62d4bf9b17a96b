// The quick fix's skeleton in Russian and Chinese, inserted when most of the
// document is written in that language (the English one is in rule.ts).
// Each must settle the rule as the English one does: test/engine-fixes-i18n.test.ts.
import type { FixTranslations } from '../../server/engine/rule-kit.js';

const translations: FixTranslations = {
  ru: {
    snippet: '- **Признаки:**\n  - признаки пользователя: ${1:навыки, должность, город, недавние поиски}\n  - признаки объекта: ${2:название вакансии, компания, уровень, город}\n  - признаки взаимодействия: ${3:прошлые отклики на похожие вакансии, давность}',
  },
  zh: {
    snippet: '- **特征：**\n  - 用户特征：${1:技能、职位、所在地、近期搜索}\n  - 物品特征：${2:职位名称、公司、职级、工作地点}\n  - 交互特征：${3:过去对相似职位的投递、时间间隔}',
  },
};

export default translations;
