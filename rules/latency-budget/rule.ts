import { defineDocumentRule } from '../../server/engine/rule-kit.js';
import { LATENCY_CONTEXT, LATENCY_HEADINGS } from '../shared/requirement-cues.js';

export default defineDocumentRule({
  meta: {
    id: 'latency-budget',
    step: 'requirements',
    severity: 'warning',
    appliesTo: 'always',
    description: 'Gives a latency requirement with a number and unit (p99 < 200 ms).',
  },
  message: 'No latency budget with a number: "low latency" cannot be designed for; give a percentile and a bound (p99 < 200 ms) so serving choices can be checked against it.',
  fix: {
    title: 'Add a latency budget',
    snippet: '- **Latency:** p99 < ${1:200} ms end to end for ${2:one recommendation request}',
  },
  // A bound on response time with a number and a time unit ("p99 < 200 ms",
  // "within 1 second", "не более 300 мс", "不超过100毫秒"), said of a response,
  // a request or a percentile, or under a latency heading or column. "Low
  // latency" has no number; hours and days are batch schedules, not budgets.
  concept: {
    parts: {
      budget: { cues: {}, quantity: { dimensions: ['time'], atMost: 3600 } },
      latency: { cues: LATENCY_CONTEXT },
    },
    settledBy: [
      { parts: ['budget', 'latency'], weight: 0.9 },
      { parts: ['budget', 'latency'], weight: 0.85, within: 'unit' },
      { parts: ['budget'], weight: 0.8, underHeading: LATENCY_HEADINGS },
    ],
    // A number with a time unit is concrete by itself: "Latency: 200 ms" is a complete answer.
    minOtherWords: 0,
    exclude: {
      en: ['training time*', 'time to train', 'retrain*', 'session length*', 'session duration', 'time spent', 'watch time', 'dwell time'],
      ru: ['врем* обучен*', 'переобуч*'],
      zh: ['训练时间'],
    },
    name: 'latency',
  },
});
