// `mldl --list-rules`: the catalog with the severity each rule has under the
// configuration in force for the current directory.
import { RULE_META } from '../../rules/meta.js';
import type { ResolvedConfig } from '../config/types.js';
import { docsUrl } from '../engine/docs-url.js';

export interface RuleListing {
  id: string;
  step: string;
  severity: string;
  defaultSeverity: string;
  description: string;
  url: string;
}

export function listRules(config: ResolvedConfig): RuleListing[] {
  return RULE_META.map((rule) => ({
    id: rule.meta.id,
    step: rule.meta.step,
    severity: config.rules[rule.meta.id]?.severity ?? rule.meta.severity,
    defaultSeverity: rule.meta.severity,
    description: rule.meta.description,
    url: docsUrl(rule.meta.id),
  }));
}

export function formatRuleList(listings: readonly RuleListing[], format: string): string {
  if (format === 'json') return `${JSON.stringify(listings, null, 2)}\n`;
  const header = { id: 'RULE', step: 'STEP', severity: 'SEVERITY' };
  const idWidth = Math.max(header.id.length, ...listings.map((l) => l.id.length));
  const stepWidth = Math.max(header.step.length, ...listings.map((l) => l.step.length));
  const severityWidth = Math.max(header.severity.length, ...listings.map((l) => l.severity.length));
  const row = (id: string, step: string, severity: string, description: string): string =>
    `${id.padEnd(idWidth)}  ${step.padEnd(stepWidth)}  ${severity.padEnd(severityWidth)}  ${description}`.trimEnd();
  const lines = [row(header.id, header.step, header.severity, 'DESCRIPTION')];
  for (const l of listings) lines.push(row(l.id, l.step, l.severity, l.description));
  return `${lines.join('\n')}\n`;
}
