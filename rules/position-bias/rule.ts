import { defineDocumentRule } from '../../server/engine/rule-kit.js';

// Clicks depend on where an item was shown; handling it takes a method: the
// display position as a training feature (fixed at serving), inverse
// propensity weights, a click model, randomised slots to estimate the effect.
// Naming "position bias" as a topic does not handle it; a job position, a
// driver's position or a time slot are other senses.
export default defineDocumentRule({
  meta: {
    id: 'position-bias',
    step: 'data',
    severity: 'warning',
    appliesTo: 'ranking-shaped',
    description: 'Handles position bias in click labels (position feature, inverse propensity scoring, randomised slots).',
  },
  message: 'Position bias is not handled: items shown higher get more clicks whatever their relevance; say how labels are corrected (position as a training feature, inverse propensity weights, randomised slots).',
  fix: {
    title: 'Handle position bias',
    snippet: '- **Position bias:** ${1:the displayed position is a training feature, set to 1 at serving}; ${2:1 % of traffic gets randomised top-5 slots to estimate propensities}',
  },
  concept: {
    parts: {
      bias: {
        cues: {
          en: ['position bias*', 'positional bias*', 'presentation bias*', 'position effect*', 'rank bias', 'ranking bias', 'position debias*'],
          ru: ['позиционн* смещени*', 'смещени* {по позиции|позиции|позиций|от позиции}', 'position bias'],
          zh: ['位置偏差', '位置偏置', '位置偏见', '位置偏向'],
        },
      },
      // A method that handles it by name.
      method: {
        cues: {
          en: [
            'inverse propensity*', 'ips', 'ipw', 'propensity weight*', 'propensity score*', 'propensity estimat*', 'propensity model* of {rank|position|the rank|the position}', '!PAL',
            // Skip-above: an unclicked result counts as a negative only when it was shown above a clicked one.
            'skip above', '{above|before} {a|the} clicked {one|result|item|document|listing|video|product}', 'click model*', 'cascade model', 'examination model', 'examination probabilit*',
            'position aware', 'unbiased learning to rank', 'unbiased ltr', 'counterfactual learning to rank', 'counterfactual ltr', 'position tower', 'shallow tower', 'result randomi*', 'randomi* bucket',
            'randomi* {top|order|ordering|slots|positions|ranking|swap*}', '{shuffl*|swap*|randomi*} … {top #|top k|slots|positions}', 'regression em', 'dual learning algorithm',
            // "For 1 % of traffic we randomly swapped pairs of adjacent results."
            '{swap*|shuffl*} … {adjacent|neighbo*} {results|items|pairs|positions|listings|videos|posts}',
          ],
          ru: ['обратн* … склонност*', 'ips', 'ipw', 'модел* клик*', '{рандомиз*|перемешива*} … {топ|позици*|выдач*|слот*}', 'случайн* {переставля*|перемешива*|меня* местами} … {соседн*|позици*|результат*}'],
          zh: ['IPW', 'IPS', '逆倾向', '倾向性得分', '点击模型', '位置感知', '随机打散', '随机交换', '浅层塔', '位置塔'],
        },
      },
      // Where an item was shown.
      position: {
        cues: {
          en: [
            '{display*|shown|rank|ranking|impression|slot} position', 'position {shown|displayed|feature|at which|in the list|in the feed|in the results|in the ranking|on the page|in the carousel}', 'position',
            'positions', 'slot', 'slots', 'rank at which', 'where … {was|were} shown', '{shown|displayed|ranked} {lower|higher|further down|below}',
          ],
          ru: ['позици* {показа|в выдаче|в списке|в ленте}', 'позици*', 'слот*'],
          zh: ['展示位置', '位置特征', '位置', '展示位', '坑位'],
        },
      },
      // What is done about it.
      handle: {
        cues: {
          en: [
            'as a feature', 'as an input', 'training feature', 'feature during training', 'set to {#|zero|one|a constant|a fixed|the top}', 'fixed {to|at} {#|one|the top}', '{dropped|removed|ignored} at {serving|inference}',
            'at serving', 'at inference', 'randomi*', 'shuffl*', 'propensit*', 're weight*', 'reweight*', 'debias*', 'de bias*', 'correct* {by|with|using}',
            // "fed it to the model during training, and fixed it to the first position when scoring".
            '=randomly', 'at random', 'fixed … {to|at} {the first|first|the top|top}', 'during training', 'when scoring', 'at scoring time', 'at prediction time',
          ],
          ru: ['как признак', 'в качестве признака', 'признак*', 'фиксир*', 'равной #', 'рандомиз*', 'перемешива*', 'перевзвеш*', 'корректир*', 'поправк*', 'на инференсе', 'при обучении', 'при скоринге', 'при предсказании', 'случайн*'],
          zh: ['作为特征', '置为', '固定为', '设为', '设置为', '加入位置特征', '随机', '加权', '校正', '纠正', '消除', '去偏', '训练时', '预测时', '打分时'],
        },
      },
    },
    settledBy: [
      { parts: ['method'], weight: 0.85, minOtherWords: 1 },
      { parts: ['bias', 'handle'], weight: 0.85 },
      { parts: ['position', 'handle'], weight: 0.75 },
      { parts: ['bias', 'handle'], weight: 0.8, within: 'unit' },
      { parts: ['position', 'handle'], weight: 0.7, within: 'unit' },
    ],
    headings: { en: ['position bias', 'positional bias', 'debiasing'], ru: ['позиционн* смещени*', 'смещени* по позиции'], zh: ['位置偏差'] },
    exclude: {
      en: [
        '{job|open|vacant|senior|junior|entry level|management|leadership} position*', 'position {title*|level|description*|requirements}', 'applied position*', '{gps|geographic*|geo|user|driver|courier|vehicle|device|cursor} position*',
        'position of the {driver|courier|vehicle|user|device}', '{time|delivery|booking|ad|appointment} slot*', 'propensity score matching', 'propensity to {buy|churn|purchase|convert|click|pay|default}',
        'purchase propensit*', 'churn propensit*', 'buy propensit*', 'interleav*', 'position {paper|statement}', 'market position*', 'financial position*', 'cash position*',
      ],
      ru: ['позици* {ваканси*|в компании}', 'должност*', 'геопозици*', 'позици* {курьер*|водител*|пользовател*}', 'временн* слот*'],
      zh: ['职位', '地理位置', '司机位置', '时间段'],
    },
    name: 'bias',
    minOtherWords: 1,
  },
});
