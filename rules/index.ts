// The rule catalog, in framework-step order. Adding a rule: write
// rules/<id>/rule.ts and rules/<id>/README.md, add it here, add fixtures under
// rules/<id>/fixtures/ (see rules/FIXTURES.md), and run
// `npm run rule-meta` to refresh rules/meta.ts, the copy of the metadata.
import type { Rule } from '../server/engine/rule-api.js';
import businessObjective from './business-objective/rule.js';
import businessMetric from './business-metric/rule.js';
import latencyBudget from './latency-budget/rule.js';
import scaleEstimate from './scale-estimate/rule.js';
import privacyConstraints from './privacy-constraints/rule.js';
import mlObjective from './ml-objective/rule.js';
import labelDefinition from './label-definition/rule.js';
import dataSources from './data-sources/rule.js';
import featureList from './feature-list/rule.js';
import dataLeakage from './data-leakage/rule.js';
import classImbalance from './class-imbalance/rule.js';
import coldStart from './cold-start/rule.js';
import positionBias from './position-bias/rule.js';
import baselineModel from './baseline-model/rule.js';
import modelJustification from './model-justification/rule.js';
import trainingFrequency from './training-frequency/rule.js';
import offlineMetrics from './offline-metrics/rule.js';
import onlineMetrics from './online-metrics/rule.js';
import abTest from './ab-test/rule.js';
import servingArchitecture from './serving-architecture/rule.js';
import batchVsOnline from './batch-vs-online/rule.js';
import featureStore from './feature-store/rule.js';
import multiStageRanking from './multi-stage-ranking/rule.js';
import reRanking from './re-ranking/rule.js';
import safeRollout from './safe-rollout/rule.js';
import driftMonitoring from './drift-monitoring/rule.js';
import modelMonitoring from './model-monitoring/rule.js';
import retrainingTrigger from './retraining-trigger/rule.js';
import unquantifiedRequirement from './unquantified-requirement/rule.js';
import leakyFeature from './leaky-feature/rule.js';
import metricMismatch from './metric-mismatch/rule.js';
import placeholderText from './placeholder-text/rule.js';
import metricWithoutTarget from './metric-without-target/rule.js';
// Interview-problem rules (‡): on in mldl:interview, for docs whose front matter names the problem.
import twoSidedMarketplace from './two-sided-marketplace/rule.js';
import etaUncertainty from './eta-uncertainty/rule.js';
import feedbackLoop from './feedback-loop/rule.js';
import labelDelay from './label-delay/rule.js';
import queryUnderstanding from './query-understanding/rule.js';
import calibration from './calibration/rule.js';
import humanReviewLoop from './human-review-loop/rule.js';
import nearestNeighborIndex from './nearest-neighbor-index/rule.js';
import adversarialDrift from './adversarial-drift/rule.js';

export const ALL_RULES: readonly Rule[] = [
  businessObjective, businessMetric, latencyBudget, scaleEstimate, privacyConstraints,
  mlObjective, labelDefinition,
  dataSources, featureList, dataLeakage, classImbalance, coldStart, positionBias,
  baselineModel, modelJustification, trainingFrequency,
  offlineMetrics, onlineMetrics, abTest,
  servingArchitecture, batchVsOnline, featureStore, multiStageRanking, reRanking, safeRollout,
  driftMonitoring, modelMonitoring, retrainingTrigger,
  unquantifiedRequirement, leakyFeature, metricMismatch, placeholderText, metricWithoutTarget,
  twoSidedMarketplace, etaUncertainty, feedbackLoop, labelDelay, queryUnderstanding,
  calibration, humanReviewLoop, nearestNeighborIndex, adversarialDrift,
];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}
