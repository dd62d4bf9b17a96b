// The interview problem bank: classic ML system design prompts, each with the
// system type an interviewer has in mind and the points they expect. Data
// only: the scorecard, the CLI and the editor read it. A doc answers a problem
// by naming it in front matter (`problem: payment-fraud-detection`), which
// turns on the problem's own rules (appliesTo 'problem', rules/<id>/rule.ts).
import type { SystemType } from '../engine/types.js';

export interface InterviewProblem {
  /** Kebab-case id, used in front matter and on the command line. */
  id: string;
  /** The prompt as an interviewer says it. */
  prompt: string;
  system: SystemType;
  /** Problem-specific rules (appliesTo 'problem'); each lists this id in `meta.problems`. */
  problemRules: readonly string[];
  /** Catalog rules an interviewer weighs most for this problem. */
  keyRules: readonly string[];
}

export const PROBLEMS: readonly InterviewProblem[] = [
  {
    id: 'linkedin-job-recommendations',
    prompt: 'Design a system that recommends jobs to LinkedIn users.',
    system: 'recommendation',
    problemRules: ['two-sided-marketplace', 'feedback-loop'],
    keyRules: ['label-definition', 'cold-start', 'multi-stage-ranking', 'position-bias', 'online-metrics'],
  },
  {
    id: 'video-recommendations',
    prompt: 'Design video recommendations for a YouTube-like home page.',
    system: 'recommendation',
    problemRules: ['feedback-loop'],
    keyRules: ['ml-objective', 'multi-stage-ranking', 'cold-start', 'online-metrics', 're-ranking'],
  },
  {
    id: 'news-feed-ranking',
    prompt: 'Design the ranking of a social network\'s news feed.',
    system: 'feed',
    problemRules: ['feedback-loop'],
    keyRules: ['ml-objective', 'label-definition', 'position-bias', 'multi-stage-ranking', 'ab-test'],
  },
  {
    id: 'ad-click-prediction',
    prompt: 'Design click-through-rate prediction for ads shown in a social feed.',
    system: 'ads',
    problemRules: ['calibration', 'label-delay'],
    keyRules: ['class-imbalance', 'metric-mismatch', 'feature-list', 'training-frequency', 'data-leakage'],
  },
  {
    id: 'search-ranking',
    prompt: 'Design the ranking of results for a product or web search engine.',
    system: 'search',
    problemRules: ['query-understanding'],
    keyRules: ['multi-stage-ranking', 'position-bias', 'offline-metrics', 'latency-budget', 'label-definition'],
  },
  {
    id: 'harmful-content-detection',
    prompt: 'Design a system that detects harmful content (violence, hate, nudity) in posts.',
    system: 'moderation',
    problemRules: ['human-review-loop', 'adversarial-drift'],
    keyRules: ['label-definition', 'class-imbalance', 'metric-mismatch', 'offline-metrics', 'drift-monitoring'],
  },
  {
    id: 'payment-fraud-detection',
    prompt: 'Design a system that detects fraudulent payment transactions.',
    system: 'fraud',
    problemRules: ['label-delay', 'adversarial-drift'],
    keyRules: ['class-imbalance', 'data-leakage', 'latency-budget', 'metric-mismatch', 'drift-monitoring'],
  },
  {
    id: 'people-you-may-know',
    prompt: 'Design "People You May Know" connection suggestions for a social network.',
    system: 'recommendation',
    problemRules: ['two-sided-marketplace'],
    keyRules: ['label-definition', 'multi-stage-ranking', 'batch-vs-online', 'scale-estimate', 'cold-start'],
  },
  {
    id: 'event-recommendations',
    prompt: 'Design personalised event recommendations for an Eventbrite-like platform.',
    system: 'recommendation',
    problemRules: ['feedback-loop'],
    keyRules: ['cold-start', 'feature-list', 'label-definition', 'online-metrics', 'multi-stage-ranking'],
  },
  {
    id: 'similar-listings',
    prompt: 'Design "similar listings" recommendations on a vacation-rental site.',
    system: 'recommendation',
    problemRules: ['nearest-neighbor-index', 'two-sided-marketplace'],
    keyRules: ['label-definition', 'cold-start', 'offline-metrics', 'batch-vs-online', 'online-metrics'],
  },
  {
    id: 'visual-search',
    prompt: 'Design visual search: users upload a photo and get visually similar images.',
    system: 'search',
    problemRules: ['nearest-neighbor-index'],
    keyRules: ['ml-objective', 'label-definition', 'offline-metrics', 'latency-budget', 'scale-estimate'],
  },
  {
    id: 'eta-prediction',
    prompt: 'Design estimated-time-of-arrival prediction for a ride-hailing or food-delivery app.',
    system: 'forecasting',
    problemRules: ['eta-uncertainty'],
    keyRules: ['ml-objective', 'feature-list', 'offline-metrics', 'latency-budget', 'drift-monitoring'],
  },
];

export function findProblem(id: string): InterviewProblem | undefined {
  return PROBLEMS.find((problem) => problem.id === id);
}

/** Every problem id: what a doc's front matter `problem:` may name. */
export const PROBLEM_IDS: ReadonlySet<string> = new Set(PROBLEMS.map((problem) => problem.id));
