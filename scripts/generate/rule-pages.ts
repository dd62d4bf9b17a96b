// The parts of a rule's page (rules/<id>/README.md) that follow from its code:
// the metadata table under the summary, the "Quick fix" skeleton and the
// "Disabling" text. Each sits between `<!-- generated:<part> -->` and
// `<!-- /generated -->`; the rest of the page is the writer's.
import { snippetToPlain } from '../../server/engine/fixes.js';
import type { Applicability, Rule } from '../../server/engine/rule-api.js';
import { STEP_TITLES } from '../../server/engine/step-titles.js';
import { GenerateError, replaceRegion } from './regions.js';
import { stepLabel } from './rules-table.js';

export const PAGE_PARTS = ['metadata', 'quick-fix', 'disabling'] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

export function pageMarkers(part: PagePart): { start: string; end: string } {
  return { start: `<!-- generated:${part} -->`, end: '<!-- /generated -->' };
}

export const APPLIES_TO_TEXT: Record<Applicability, string> = {
  always: 'all docs',
  'ranking-shaped': 'ranking-shaped systems only (†)',
  'rare-positives': 'rare-positive systems only (*)',
  problem: 'interview problems only (‡)',
};

export const KIND_TEXT: Record<Rule['kind'], string> = {
  document: 'document-level: fires when missing',
  passage: 'passage-level: fires at the words',
};

function metadata(rule: Rule): string {
  return [
    '| Step | Default severity | Applies to | Kind |',
    '|---|---|---|---|',
    `| ${stepLabel(rule)} | ${rule.meta.severity} | ${APPLIES_TO_TEXT[rule.meta.appliesTo]} | ${KIND_TEXT[rule.kind]} |`,
  ].join('\n');
}

function quickFix(rule: Rule): string {
  const id = rule.meta.id;
  if (rule.kind === 'passage') {
    return `There is no automatic rewrite: only you know what the passage should say. The editor offers **Disable ${id} for this line** (an inline \`mldl-disable-next-line\` comment), **Disable ${id} for this file** (front matter) and **Show documentation for ${id}**.`;
  }
  // Document rules all have a concrete step: `any` is only used by passage rules.
  const title = rule.meta.step === 'any' ? 'Requirements' : STEP_TITLES[rule.meta.step];
  return [
    `The code action **${rule.fix.title}** inserts this at the end of the doc's ${title.toLowerCase()} section (the outermost section whose heading names the step), or, when the doc has none, a new \`## ${title}\` section placed before the first section of a later step. The values are examples: in the editor each one is a tab stop to overwrite with your own numbers and words.`,
    '',
    '```markdown',
    snippetToPlain(rule.fix.snippet),
    '```',
  ].join('\n');
}

function disabling(rule: Rule): string {
  const id = rule.meta.id;
  const intro =
    rule.meta.appliesTo === 'problem'
      ? 'Prefer settling the point; if the rule does not fit your practice, turn it off:'
      : 'Prefer settling the point; if the rule does not fit your team, turn it off where it does not apply:';
  const inline =
    rule.kind === 'document'
      ? `- Inline: \`<!-- mldl-disable ${id} -->\` anywhere in the doc: a missing concept is about the whole file, so a \`mldl-disable\` still in force at the end of the file switches the rule off for the doc. \`<!-- mldl-disable-next-line ${id} -->\` above the heading the finding sits on also works.`
      : `- Inline: \`<!-- mldl-disable ${id} -->\` … \`<!-- mldl-enable ${id} -->\` around a passage, or \`<!-- mldl-disable-next-line ${id} -->\` on the line above it.`;
  return [
    intro,
    '',
    '- For a project, in `.mldlrc.json` (or `.mldlrc.yaml`, or an `mldl` key in `package.json`):',
    `  \`{"rules": {"${id}": "off"}}\`; use \`"info"\` instead of \`"off"\` to keep it as a hint.`,
    '- For one doc, in its front matter:',
    '',
    '  ```yaml',
    '  ---',
    '  mldl:',
    '    rules:',
    `      ${id}: off`,
    '  ---',
    '  ```',
    '',
    inline,
  ].join('\n');
}

const RENDER: Record<PagePart, (rule: Rule) => string> = { metadata, 'quick-fix': quickFix, disabling };

/** The body of one generated part, with a blank line either side so that Markdown sees it as blocks of its own. */
export function renderPagePart(rule: Rule, part: PagePart): string {
  return `\n${RENDER[part](rule)}\n`;
}

/** `current` (rules/<id>/README.md) with every generated part rewritten; each part's markers must be there. */
export function withGeneratedParts(rule: Rule, file: string, current: string): string {
  let text = current;
  for (const part of PAGE_PARTS) {
    const next = replaceRegion(text, pageMarkers(part), renderPagePart(rule, part), file);
    if (next === undefined) {
      throw new GenerateError(`${file}: no ${pageMarkers(part).start} … ${pageMarkers(part).end}; see docs/adding-a-rule.md for where each generated part goes`);
    }
    text = next;
  }
  return text;
}
