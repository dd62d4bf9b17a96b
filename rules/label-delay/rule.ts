import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'label-delay',
    step: 'data',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['payment-fraud-detection', 'ad-click-prediction'],
    description: 'Says how late labels (chargebacks, conversions) are handled in training and evaluation (maturation window, delayed joins).',
  },
  message: 'No plan for label delay: chargebacks and conversions arrive days or weeks after the event, so say how long labels take to mature and how training and evaluation wait for or correct them.',
  fix: {
    title: 'Handle label delay',
    snippet: '- **Label delay:** ${1:chargebacks} arrive up to ${2:60 days} after the payment; training uses only transactions older than the ${2:60 days} maturation window, joined to labels ${3:daily}',
  },
  // Chargebacks arrive weeks after the payment, conversions days after the
  // click. The doc says labels are late and how training copes: a maturation
  // window, a delayed-label join, or a correction for unlabelled recent data.
  // The delay must be the labels': "logs are deleted after 30 days" is not one.
  concept: {
    parts: {
      named: {
        cues: {
          en: ['maturation window', 'label maturation', 'label maturity', 'delayed label join*', 'delayed feedback model*', 'label {delay|lag} {correction|window}'],
          ru: ['окн* созревани*', 'созревани* {меток|метки|таргет*}'],
          zh: ['成熟窗口', '标签成熟', '延迟标签修正'],
        },
      },
      late: {
        cues: {
          en: ['arriv* … {later|after|weeks|days|months|hours}', '{take|takes|taking|land|lands} … {days|weeks|months|hours}', '{up to|within|after} # {days|weeks|months|hours}', 'delay*', 'delayed', 'late', 'lag*', 'weeks later', 'days later', 'months later'],
          ru: ['задержк*', 'с задержкой', 'запаздыва*', 'приход* … {позже|через|спустя|в течение}', '{спустя|через|в течение|до} # {дн*|недел*|месяц*|час*}', 'недели спустя'],
          zh: ['延迟', '滞后', '之后才', '天后', '周后'],
        },
      },
      labels: {
        cues: {
          en: ['label*', 'chargeback*', 'conversion*', 'dispute*', 'confirmed fraud', 'ground truth', 'outcome*'],
          ru: ['метк*', 'чарджбэк*', 'чарджбек*', 'конверси*', 'диспут*', 'подтвержденн* мошенничеств*', 'таргет*', 'исход*'],
          zh: ['标签', '拒付', '转化', '真实结果'],
        },
      },
      handling: {
        cues: {
          en: ['matur*', 'window', 'wait*', 'join*', 'backfill*', 'relabel*', 'correct*', 'importance weight*', 'survival', 'only {use|uses|used|train|trains|trained}', 'older than', 'exclud*', 'cut off', 'cutoff', 'censor*', '# day*', '# week*'],
          ru: ['созревани*', 'окн*', 'жд*', 'ожида*', 'джойн*', 'соедин*', 'доразмеч*', 'исключ*', 'старше', 'только', 'отсечк*', 'цензур*', 'коррекц*', 'поправк*', '# дн*', '# недел*'],
          zh: ['等待', '窗口', '成熟', '回补', '排除', '只使用', '修正', '截断'],
        },
      },
    },
    settledBy: [
      { parts: ['named'], weight: 0.85, minOtherWords: 1 },
      { parts: ['late', 'labels', 'handling'], weight: 0.85 },
    ],
    exclude: {
      en: ['{logs|data|records} {are|is} {deleted|purged|kept|retained|stored} … {days|weeks|months}', 'latest', 'latency'],
      ru: ['хран* {# дн*|# недел*|# месяц*}', 'удаля* через # {дн*|недел*|месяц*}'],
    },
  },
});
