// The `mldl/coverage` answer: per framework step, each document-level rule
// and whether the doc covers it, and where.
import { RULE_META } from '../../rules/meta.js';
import { STEP_TITLES } from '../engine/step-titles.js';
import { STEPS } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import { toLspRange } from './diagnostics.js';
import type { CoverageResult, RuleCoverage, StepCoverage } from './protocol.js';
import type { Review } from './review.js';

export function stepCoverage(result: Review): StepCoverage[] {
  return STEPS.map((step) => {
    const rules: RuleCoverage[] = result.coverage
      .filter((entry) => entry.step === step)
      .map((entry) => {
        const rule = RULE_META.find((r) => r.meta.id === entry.ruleId);
        const coverage: RuleCoverage = {
          ruleId: entry.ruleId,
          status: entry.status,
          severity: result.config.rules[entry.ruleId]?.severity ?? rule?.meta.severity ?? 'warning',
          description: rule?.meta.description ?? '',
        };
        if (entry.status === 'covered' && entry.evidence) coverage.range = toLspRange(entry.evidence);
        if (entry.status === 'covered' && entry.confidence) coverage.confidence = entry.confidence;
        return coverage;
      });
    const covered = rules.filter((r) => r.status === 'covered').length;
    const total = covered + rules.filter((r) => r.status === 'missing').length;
    return { step, title: STEP_TITLES[step], covered, total, rules };
  });
}

export function coverageOf(analysis: Analysis): CoverageResult {
  const base = { uri: analysis.uri, version: analysis.version };
  if (analysis.status !== 'reviewed') {
    const reason =
      analysis.status === 'skipped' ? analysis.reason
      : analysis.status === 'disabled' ? 'mldl.enable is false'
      : analysis.status === 'config-error' ? `configuration error: ${analysis.error.message}`
      : analysis.status === 'not-reviewed' ? analysis.reason
      : 'superseded by a newer version';
    return { ...base, systemType: null, steps: [], covered: 0, total: 0, skipped: true, skipReason: reason };
  }
  const steps = stepCoverage(analysis.result);
  return {
    ...base,
    systemType: analysis.result.systemType,
    steps,
    covered: steps.reduce((sum, s) => sum + s.covered, 0),
    total: steps.reduce((sum, s) => sum + s.total, 0),
    skipped: false,
  };
}
