import { defineDocumentRule } from '../../server/engine/rule-kit.js';

export default defineDocumentRule({
  meta: {
    id: 'eta-uncertainty',
    step: 'framing',
    severity: 'warning',
    appliesTo: 'problem',
    problems: ['eta-prediction'],
    description: 'Predicts the uncertainty of the ETA (quantiles or prediction intervals), not only a point estimate.',
  },
  message: 'No ETA uncertainty: a single number hides the late tail riders and dispatch care about, so say how the spread is predicted (quantile regression for p50/p90, prediction intervals) and how its coverage is checked.',
  fix: {
    title: 'Predict ETA uncertainty',
    snippet: '- **Uncertainty:** ${1:quantile regression} predicts the ${2:p50 and p90} arrival time; the p90 covers ${3:90 %} of trips on a held-out week',
  },
  // An ETA is a distribution, not a number: a rider waits for the late tail and
  // the dispatcher plans with it. The doc says how uncertainty is predicted
  // (quantiles, intervals) or what the model predicts beyond the mean — of the
  // arrival time, not of the serving latency ("p95 latency under 50 ms").
  concept: {
    parts: {
      method: {
        cues: {
          en: ['quantile regression', 'quantile loss', 'pinball loss', 'prediction interval*', 'confidence interval*', 'conformal', 'mixture density', 'distributional regression', 'predictive distribution', 'gaussian likelihood', 'ngboost'],
          ru: ['квантильн* регресси*', 'квантильн* функци* потерь', 'pinball', 'доверительн* интервал*', 'интервал* прогноз*', 'предсказательн* интервал*', 'конформн*'],
          zh: ['分位数回归', '分位数损失', '预测区间', '置信区间', '共形预测'],
        },
      },
      uncertain: {
        cues: {
          en: ['uncertaint*', 'quantile*', 'p50', 'p80', 'p90', 'p95', 'percentile*', 'variance', 'late tail', 'tail', 'range', 'spread', 'standard deviation', 'interval*', 'worst case', 'confidence'],
          ru: ['неопределенност*', 'квантил*', 'p50', 'p90', 'перцентил*', 'дисперси*', 'разброс*', 'диапазон*', 'интервал*', 'хвост*'],
          zh: ['不确定性', '分位数', '方差', '区间', '范围', '长尾'],
        },
      },
      eta: {
        cues: {
          en: ['eta*', 'arrival*', 'trip*', 'duration*', 'delivery time*', 'travel time*', 'minutes', 'pickup time*', 'arrive*'],
          ru: ['eta', 'время {прибыт*|доставк*|поездк*|в пути|подач*}', 'прибыт*', 'поездк*', 'доставк*', 'минут*'],
          zh: ['到达时间', '送达时间', '行程时间', '配送时间', '预计到达', 'eta', '分钟'],
        },
      },
    },
    settledBy: [
      { parts: ['method'], weight: 0.85, minOtherWords: 1 },
      { parts: ['uncertain', 'eta'], weight: 0.8, minOtherWords: 1 },
    ],
    exclude: {
      // The serving latency's percentiles are not the ETA's.
      en: ['{p50|p90|p95|p99|percentile*|tail} {latency|response time*}', 'latency {p50|p90|p95|p99|percentile*|tail}', '{p50|p90|p95|p99} … {ms|milliseconds}'],
      ru: ['{p50|p90|p95|p99} {задержк*|латентност*|времени ответа}', '{задержк*|латентност*} {p50|p90|p95|p99}'],
      zh: ['延迟', '响应时间'],
    },
    name: 'uncertain',
  },
});
