import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'calibration',
    step: 'evaluation',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['ad-click-prediction'],
    description: 'Keeps predicted probabilities calibrated (predicted CTR feeds the auction), with a method or a check.',
  },
  message: 'No calibration: predicted CTR is multiplied by the bid in the auction, so say how probabilities are calibrated (isotonic or Platt scaling, correcting for negative downsampling) and how calibration is checked.',
  fix: {
    title: 'Calibrate the predicted probabilities',
    snippet: '- **Calibration:** ${1:isotonic regression} on a held-out day corrects for ${2:negative downsampling}; predicted / observed CTR stays within ${3:0.95–1.05} per campaign',
  },
  // Predicted CTR is multiplied by the bid in the auction: a score that ranks
  // well but is off by 2× overcharges advertisers. The doc says how the
  // probabilities are calibrated or how calibration is measured.
  concept: {
    parts: {
      method: {
        cues: {
          en: ['platt scaling', 'isotonic regression', 'temperature scaling', 'calibration curve*', 'reliability diagram*', 'expected calibration error', 'ece', 'calibration error', 'predicted {over|vs|versus|to} {observed|actual}', 'observed {over|vs|to} predicted'],
          ru: ['шкалирован* платт*', 'платт*', 'изотоническ* регресси*', 'калибровочн* крив*', 'диаграмм* надежност*', 'ошибк* калибровк*', 'предсказанн* {к|и} {фактическ*|наблюдаем*}'],
          zh: ['保序回归', 'platt', '温度缩放', '校准曲线', '可靠性图', '校准误差', '预估/实际', '预估与实际'],
        },
      },
      calibrated: { cues: { en: ['calibrat*', 'recalibrat*'], ru: ['калибр*', 'откалибр*'], zh: ['校准', '校正'] } },
      how: {
        cues: {
          en: ['platt', 'isotonic', 'temperature', 'curve*', 'diagram*', 'bucket*', 'bin', 'bins', 'ratio', 'observed', 'actual', 'within', 'log loss', 'negative {sampling|downsampling}', 'downsampl*', 'sampling rate', 'correct*', 'monitor*', 'per {segment|campaign|advertiser}', '#'],
          ru: ['изотоническ*', 'платт*', 'крив*', 'бакет*', 'бин*', 'отношени*', 'наблюдаем*', 'фактическ*', 'в пределах', 'log loss', 'даунсэмплинг*', 'сэмплировани*', 'поправк*', 'монитор*', 'по {кампани*|сегмент*|рекламодател*}', '#'],
          zh: ['保序', '分桶', '比值', '观测', '实际', '采样率', '负采样', '修正', '监控', '按广告', '#'],
        },
      },
    },
    settledBy: [
      { parts: ['method'], weight: 0.85, minOtherWords: 1 },
      { parts: ['calibrated', 'how'], weight: 0.8, minOtherWords: 1 },
    ],
    exclude: { en: ['{camera|sensor|threshold} calibration'], ru: ['калибровк* {камер*|датчик*}'], zh: ['相机校准'] },
    name: 'calibrated',
  },
});
