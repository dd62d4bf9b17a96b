// Words of a leak in a passage, as cue data (syntax: server/engine/text/phrases.ts),
// for leaky-feature: information from after the label event, a random split,
// and the guards that say a sentence is about avoiding them.
import type { CueSet } from '../../server/engine/rule-kit.js';

const KNOWN = ['computed', 'calculated', 'collected', 'filed', 'recorded', 'updated', 'created', 'known', 'available', 'made', 'taken', 'seen', 'done', 'observed', 'measured', 'aggregated', 'counted', 'submitted', 'written', 'issued', 'opened', 'left', 'given', 'posted'];
const EVENT = '{applied|application|purchase|purchased|click|clicked|conversion|label|labels|outcome|event|transaction|chargeback|fraud|churn|churned|hire|hired|response|order|delivery|impression|decision|prediction|approval|authorisation|authorization|payment|booking|signup|sign up}';

/** Information from after the label event ("computed after the user applied", "future values"). */
export const AFTER_LABEL: CueSet = {
  en: [
    // One phrase per verb: a phrase expands to at most 256 alternatives.
    ...KNOWN.flatMap((verb) => [`=${verb} after … ${EVENT}`, `=${verb} post ${EVENT}`]), 'future {values|data|information|clicks|purchases|transactions|orders|outcomes|labels}', 'after the {label|outcome} {event|date|time}',
    'post {event|outcome|label} {data|information|features|signals}',
  ],
  ru: [
    '{рассчитан*|посчитан*|вычислен*|подан*|собран*|известн*|получен*|записан*|доступн*|оставлен*|созданн*} после {транзакци*|покупк*|отклик*|клик*|заказ*|событи*|метк*|доставк*|показ*|решени*|одобрени*|оплат*|исход*|оттока}',
    'после {транзакци*|покупк*|отклик*|заказ*|событи*|оплат*} {жалоб*|отзыв*|оценк*|возврат*}', 'будущ* {значени*|данн*|информаци*|покупк*|транзакци*}', 'данн* из будущего',
  ],
  zh: ['下单…之后', '下单…后的', '点击…之后', '购买…之后', '交易…之后', '交易…后的', '申请…之后', '转化…之后', '事件发生后', '标签产生后', '未来数据', '未来信息', '未来的数据'],
};

/** A random split of the examples ("we randomly split the events", "shuffle and split"). */
export const RANDOM_SPLIT: CueSet = {
  en: [
    'random* {split*|shuffl*|partition*|divid*}', '{split*|partition*|divid*} … {random|randomly|at random}', 'shuffl* … {split*|partition*|divid*}',
    '{random|randomly} … {test|validation|holdout|eval*} {set|sets|split|data}',
    // "We shuffle all messages from the last year and split them 80/20": the shuffled thing named between.
    'shuffl* … {message*|data|dataset|row*|event*|example*|record*|sample*|transaction*|session*|interaction*|log*|order*|click*} … {split*|partition*|divid*}',
  ],
  ru: ['случайн* {разби*|раздел*|дел*|сплит*|перемеш*}', '{разби*|раздел*|дел*} … случайн*', 'перемеш* … {разби*|раздел*|дел*}', 'перемеш* … {данн*|событи*|пример*|запис*|транзакц*|сесси*|лог*|заказ*|строк*} … {разби*|раздел*|дел*}'],
  zh: ['随机划分', '随机切分', '随机拆分', '随机分割', '随机分成', '打乱后划分', '打乱…划分'],
};

/**
 * Another sense of a random split: users or traffic randomly assigned to the arms of an online
 * experiment ("users are randomly split into control and treatment", "按用户随机分成实验组和对照组").
 */
export const EXPERIMENT_ASSIGNMENT: CueSet = {
  // People split in two for an offer or a pilot: "randomly split in half; one half gets the offer".
  en: ['control', 'treatment', 'a b', 'ab test*', 'bucket*', 'variant*', 'experiment arm*', 'traffic', 'one half', 'other half', 'pilot*'],
  ru: ['контрольн*', 'тестов* групп*', 'экспериментальн* групп*', 'a b', 'аб тест*', 'бакет*', 'трафик*', '{одной|другой|второй} половин*', 'пилот*'],
  zh: ['对照组', '实验组', '分桶', 'ab实验', 'a/b', 'ab测试', '流量', '一半', '试点'],
};

/** A sentence about avoiding the leak or naming it as a risk, not introducing it ("no feature is computed after …", "we exclude …"). */
export const LEAK_GUARDS: CueSet = {
  en: ['avoid*', 'prevent*', 'exclud*', 'drop*', 'remov*', 'never', 'without', 'instead of', 'rather than', 'must not', 'do not', "don't", 'not', 'leak*', 'risk*', 'guard*', 'check* for'],
  ru: ['избега*', 'исключ*', 'удаля*', 'убира*', 'не', 'без', 'вместо', 'никогда', 'утечк*', 'риск*'],
  // As the English 'prevent', 'not': "防止未来信息：…不用事后实际值", "杜绝", "不进模型", "截止".
  zh: ['避免', '排除', '去除', '剔除', '不使用', '不能', '禁止', '而不是', '泄漏', '泄露', '穿越', '风险', '防止', '杜绝', '不用', '不进', '不得', '不允许', '截止', '截断', '只用当时', '已知的'],
};

/** Where a passage speaks of features. */
export const FEATURE_CONTEXT: CueSet = {
  en: ['feature*', 'input*', 'signal*', 'predictor*', 'covariate*'],
  ru: ['признак*', 'фич*'],
  zh: ['特征'],
};
