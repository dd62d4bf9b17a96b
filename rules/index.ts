// The rule catalog, in framework-step order. Adding a rule: write
// rules/<id>.ts and rules/<id>.md, add it here, add fixtures under
// test-fixtures/rules/<id>/ (see CONTRIBUTING in the README), and run
// `npm run rule-meta` to refresh rules/meta.ts, the copy of the metadata.
import type { Rule } from '../server/engine/rule-api.js';
import businessObjective from './business-objective.js';
import businessMetric from './business-metric.js';
import latencyBudget from './latency-budget.js';
import scaleEstimate from './scale-estimate.js';
import privacyConstraints from './privacy-constraints.js';
import mlObjective from './ml-objective.js';
import labelDefinition from './label-definition.js';
import dataSources from './data-sources.js';
import featureList from './feature-list.js';
import dataLeakage from './data-leakage.js';
import classImbalance from './class-imbalance.js';
import coldStart from './cold-start.js';
import positionBias from './position-bias.js';
import baselineModel from './baseline-model.js';
import modelJustification from './model-justification.js';
import trainingFrequency from './training-frequency.js';
import offlineMetrics from './offline-metrics.js';
import onlineMetrics from './online-metrics.js';
import abTest from './ab-test.js';
import servingArchitecture from './serving-architecture.js';
import batchVsOnline from './batch-vs-online.js';
import featureStore from './feature-store.js';
import multiStageRanking from './multi-stage-ranking.js';
import reRanking from './re-ranking.js';
import safeRollout from './safe-rollout.js';
import driftMonitoring from './drift-monitoring.js';
import modelMonitoring from './model-monitoring.js';
import retrainingTrigger from './retraining-trigger.js';
import unquantifiedRequirement from './unquantified-requirement.js';
import leakyFeature from './leaky-feature.js';
import metricMismatch from './metric-mismatch.js';
import placeholderText from './placeholder-text.js';
import metricWithoutTarget from './metric-without-target.js';
// Interview-problem rules (‡): on in mldl:interview, for docs whose front matter names the problem.
import twoSidedMarketplace from './two-sided-marketplace.js';
import etaUncertainty from './eta-uncertainty.js';
import feedbackLoop from './feedback-loop.js';
import labelDelay from './label-delay.js';
import queryUnderstanding from './query-understanding.js';
import calibration from './calibration.js';
import humanReviewLoop from './human-review-loop.js';
import nearestNeighborIndex from './nearest-neighbor-index.js';
import adversarialDrift from './adversarial-drift.js';

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
