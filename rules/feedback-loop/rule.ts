import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'feedback-loop',
    step: 'data',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['linkedin-job-recommendations', 'video-recommendations', 'news-feed-ranking', 'event-recommendations'],
    description: 'Breaks the feedback loop in which the model\'s own recommendations produce its next labels (exploration, logged propensities).',
  },
  message: 'No plan for the feedback loop: the model only gets labels for what it chose to show, so say how it explores (a randomised slice, bandits) and whether propensities are logged for unbiased training.',
  fix: {
    title: 'Break the feedback loop',
    snippet: '- **Feedback loop:** ${1:2 %} of impressions are explored with ${2:epsilon-greedy} slots and every impression logs its ${3:propensity}, so training can reweight by inverse propensity',
  },
  // The model's own recommendations decide what users can click, so tomorrow's
  // labels are shaped by today's model. The doc names the loop together with a
  // remedy (exploration, logged propensities, a randomised slice), or names a
  // remedy whose purpose is exactly this. An A/B test that randomises traffic
  // into a treatment is not exploration.
  concept: {
    parts: {
      loop: {
        cues: {
          en: ['feedback loop*', 'self reinforc*', 'rich get richer', 'popularity bias', 'selection bias', 'exposure bias', 'presentation bias', 'only {sees|see|observes|learns|learn} {from} {what|items|jobs|videos|posts|events} … {shows|showed|shown|recommends|recommended}'],
          ru: ['петл* обратн* связ*', 'обратн* связ* … петл*', 'самоусилени*', 'самоподдерживающ*', 'смещени* {популярност*|отбор*|показ*|экспозиц*}', 'богатые богатеют'],
          zh: ['反馈循环', '反馈回路', '马太效应', '流行度偏差', '选择偏差', '曝光偏差', '自我强化'],
        },
      },
      remedy: {
        cues: {
          en: ['explor*', 'epsilon', 'bandit*', 'thompson', 'propensit*', 'inverse propensity', 'ips', 'randomi*', 'random {slot*|traffic|slice|ranking*|order*}', 'counterfactual', 'off policy', 'uniform {traffic|slice}', 'holdout*'],
          ru: ['эксплорейшн', 'exploration', 'исследовательск* трафик*', 'эпсилон', 'бандит*', 'томпсон*', 'пропенсити', 'propensity', 'рандомиз*', 'случайн* {слот*|выдач*|показ*|трафик*|порядк*}', 'контрфактическ*', 'off policy'],
          zh: ['探索', '随机流量', '随机曝光', '老虎机', '倾向得分', '逆倾向', '反事实', '汤普森'],
        },
      },
      direct: {
        cues: {
          en: ['{log|logs|logged|logging|record*|store*} … propensit*', 'explor* {traffic|slot*|budget|rate|share}', '# % … {explor*|randomi* {slot*|ranking*|order*|candidates}|random {slot*|ranking*|order*|candidates}}'],
          ru: ['логир* … {пропенсити|propensity|вероятност* показ*}', '# % … {эксплорейшн|exploration|случайн* {слот*|выдач*|показ*}}'],
          zh: ['记录…倾向得分', '探索流量'],
        },
      },
    },
    settledBy: [
      { parts: ['loop', 'remedy'], weight: 0.85 },
      { parts: ['direct'], weight: 0.8 },
      { parts: ['loop', 'remedy'], weight: 0.75, within: 'unit' },
    ],
    name: 'loop',
  },
});
