// Hover: on a finding, what is missing, why a reviewer asks and what would
// satisfy it; on a section heading, the framework step it maps to and which
// of that step's rules the doc covers.
import type { Hover, Position, Range } from 'vscode-languageserver';
import { RULE_META } from '../../rules/meta.js';
import { STEP_TITLES } from '../engine/step-titles.js';
import { STEPS, type Finding, type Step } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import { toLspRange } from './diagnostics.js';
import { reviewedSections, type Review, type ReviewedSection } from './review.js';
import type { RuleDocs } from './rule-docs.js';
import { stepCoverage } from './coverage.js';

function contains(range: Range, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}

function stepLabel(step: Step): string {
  return `step ${STEPS.indexOf(step) + 1}: ${STEP_TITLES[step]}`;
}

/** "Proposes a simple baseline …" → "proposes a simple baseline …". */
function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function findingSection(finding: Finding, docs: RuleDocs): string {
  const rule = RULE_META.find((r) => r.meta.id === finding.ruleId);
  const lines: string[] = [];
  const step = rule && rule.meta.step !== 'any' ? ` · ${stepLabel(rule.meta.step)}` : '';
  lines.push(`**mldl: ${finding.ruleId}** · ${finding.severity}${step}`);
  // Not the finding's message: editors show the diagnostic's message in the
  // same hover (VS Code) or float (Neovim, Helix), so it would appear twice.
  const page = docs.page(finding.ruleId);
  if (page?.why) lines.push(`**Why a reviewer asks:** ${page.why}`);
  if (page?.satisfies) lines.push(`**What would satisfy it:**\n\n${page.satisfies}`);
  else if (rule?.kind === 'document') lines.push(`**What would satisfy it:** the doc ${lowerFirst(rule.meta.description)}`);
  else if (rule) lines.push(`**What it checks:** ${rule.meta.description}`);
  const fix = finding.fixes[0];
  const links: string[] = [];
  if (fix) links.push(`Quick fix: *${fix.title}*`);
  if (finding.url) links.push(`[Rule documentation](${finding.url})`);
  if (links.length > 0) lines.push(links.join(' · '));
  return lines.join('\n\n');
}

function headingSection(section: ReviewedSection, result: Review): string {
  if (section.steps.length === 0) {
    return `**${section.title || 'Section'}** maps to no framework step. What it says still counts wherever it settles a concept.`;
  }
  const coverage = stepCoverage(result);
  const parts: string[] = [];
  for (const step of section.steps) {
    const entry = coverage.find((c) => c.step === step);
    if (!entry) continue;
    parts.push(`**Framework ${stepLabel(step)}** · ${entry.covered}/${entry.total} covered`);
    const rows = entry.rules
      .filter((r) => r.status !== 'not-applicable')
      .map((r) => {
        const mark = r.status === 'covered' ? '✓' : r.status === 'missing' ? '✗' : '–';
        const note = r.status === 'off' ? ' (off)' : r.confidence === 'weak' && r.range ? ` (weakly addressed at L${r.range.start.line + 1})` : '';
        return `- ${mark} \`${r.ruleId}\`${note}: ${r.description}`;
      });
    parts.push(rows.length > 0 ? rows.join('\n') : '_No rule of this step applies to this system type._');
  }
  return parts.join('\n\n');
}

export function hoverAt(analysis: Analysis, position: Position, docs: RuleDocs): Hover | null {
  if (analysis.status !== 'reviewed') return null;
  const result = analysis.result;
  const findings = result.findings.filter((f) => contains(toLspRange(f.range), position));
  const section = reviewedSections(result).find((s) => s.headingRange && contains(toLspRange(s.headingRange), position));
  const blocks: string[] = [];
  let range: Range | undefined;
  if (section?.headingRange) {
    blocks.push(headingSection(section, result));
    range = toLspRange(section.headingRange);
  }
  for (const finding of findings) {
    blocks.push(findingSection(finding, docs));
    range ??= toLspRange(finding.range);
  }
  // A passage that only just settles a rule: say so, where a reviewer would hesitate too.
  for (const entry of result.coverage) {
    if (entry.status !== 'covered' || entry.confidence !== 'weak' || !entry.evidence) continue;
    const at = toLspRange(entry.evidence);
    if (!contains(at, position)) continue;
    const rule = RULE_META.find((r) => r.meta.id === entry.ruleId);
    blocks.push(`**mldl: ${entry.ruleId}** · weakly addressed at L${at.start.line + 1}\n\nThis passage is the best evidence the review found that the doc ${lowerFirst(rule?.meta.description ?? '')} It counts, but only just: say it as a decision, with specifics, to settle it.`);
    range ??= at;
  }
  if (blocks.length === 0) return null;
  return { contents: { kind: 'markdown', value: blocks.join('\n\n---\n\n') }, range };
}
