// The rule catalog and design-doc skeletons, generated from the engine by
// scripts/generate/editor-assets.ts so the extension needs no engine code of its own.
import catalogJson from './generated/catalog.json';

export interface CatalogRule {
  id: string;
  step: string;
  severity: string;
  description: string;
  kind: 'document' | 'passage';
  appliesTo: string;
}

export interface CatalogProblem {
  id: string;
  prompt: string;
  system: string;
  problemRules: string[];
}

interface Catalog {
  steps: Array<{ id: string; title: string }>;
  rules: CatalogRule[];
  skeletons: Record<string, string>;
  /** The interview problem bank (server/interview/problems.ts). */
  problems: CatalogProblem[];
  /** Practice hints (server/interview/guiding-questions.ts). */
  guidingQuestions: { steps: Record<string, string>; problemRules: Record<string, string> };
}

export const catalog = catalogJson as Catalog;

export function findProblem(id: string): CatalogProblem | undefined {
  return catalog.problems.find((p) => p.id === id);
}

export function stepTitle(step: string): string {
  return catalog.steps.find((s) => s.id === step)?.title ?? step;
}

export const SYSTEM_TYPE_DESCRIPTIONS: Record<string, string> = {
  recommendation: 'Recommends items to users (jobs, videos, products)',
  search: 'Ranks results for a query',
  feed: 'Ranks a personalised feed or timeline',
  ads: 'Predicts ad clicks or conversions',
  fraud: 'Flags fraudulent transactions or accounts',
  moderation: 'Detects harmful or abusive content',
  forecasting: 'Forecasts a quantity over time (demand, load)',
  other: 'Any other ML system',
};
