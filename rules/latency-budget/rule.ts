import { defineDocumentRule } from '../../server/engine/rule-api.js';
import { findEvidence } from '../../server/engine/evidence.js';
import { allOf, pattern, terms } from '../../server/engine/concepts.js';

// A number with a time unit, in a passage about response time. "Low latency"
// and "(< ms)" have no number; hours and days are batch schedules, not budgets.
const DURATION = /(?:\b\d[\d,.]*\s*(?:ms|msec|millis\w*|milliseconds?|µs|us|microseconds?|s|sec|secs|seconds?)\b)|\b(?:single[- ]digit|double[- ]digit|tens of|hundreds of|a few|few|sub-?)\s*(?:ms|msec|milliseconds?|seconds?)\b|\bin the low (?:tens|hundreds) of milliseconds\b/;
const LATENCY_CONTEXT = /\b(?:latenc\w*|response|respond\w*|p\d{2}(?:\.\d+)?|percentile|sla|slo|serv\w*|inference|scor\w*|requests?|api|real[- ]?time|budget|within|under|less than|faster|time to|round[- ]trip|end[- ]to[- ]end)\b|[<≤]/;

// What settles the rule, built once: evidence is cached per matcher (server/engine/fragment-cache.ts).
const SETTLED_BY = allOf(pattern(DURATION), pattern(LATENCY_CONTEXT));

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
  names: terms('latency', 'latency budget', 'latency requirement*', 'response time'),
  findEvidence: ({ doc }) => findEvidence(doc, SETTLED_BY, { minOtherWords: 0 }),
});
