// Quick fixes of document-level findings: an insertion that never touches the
// writer's text, lands in the section of the rule's step (or a new section in
// step order), and whose skeleton settles the concept when re-linted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';
import { buildDesignDoc } from '../server/engine/model.js';
import { applyInsertion, sectionForStep, snippetToPlain } from '../server/engine/fixes.js';
import { assertKeepsWritersText } from './fix-safety.js';
import { ALL_RULES } from '../rules/index.js';
import { STEPS, type Finding, type Step } from '../server/engine/types.js';

// `system: ads` is ranking-shaped with rare positives, so every document rule applies.
const FRONT = '---\nsystem: ads\n---\n';

const BASES: Record<string, string> = {
  'all seven step sections': `${FRONT}# Job recommendations for members

## Requirements

Members see jobs on the home page.

## Problem framing

The home page shows twenty jobs.

## Data

We have a year of history.

## Model

Owned by the relevance team.

## Evaluation

Discussed in the weekly review.

## Serving

Runs in the main region.

## Monitoring

Owned by the jobs team.
`,
  'no step sections': `${FRONT}# Job recommendations for members

Members see twenty jobs on the home page; this doc will grow.
`,
  'some step sections': `${FRONT}# Job recommendations for members

## Requirements

Members see jobs on the home page.

## Serving

Runs in the main region.
`,
  'CRLF line endings, nested step headings': `${FRONT}# Job recommendations for members\r\n\r\n## Design\r\n\r\n### Requirements\r\n\r\nMembers see jobs on the home page.\r\n\r\n### Evaluation\r\n\r\nDiscussed weekly.\r\n`,
};

const STEP_OF = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta.step]));

// Rules whose plain-text skeleton (`insertion.text`) does not settle the
// concept on re-lint: none today. Add a rule here only with a reason; the
// test fails when this list is wrong in either direction.
const SKELETON_DOES_NOT_SETTLE = new Set<string>([]);

/** What an editor inserts for a snippet when the writer accepts every default. */
function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

function documentFindings(text: string): Finding[] {
  return lint(text, { force: true }).findings.filter((f) => f.kind === 'document');
}

function apply(text: string, finding: Finding): { fixed: string; offset: number; inserted: string } {
  const { offset, text: inserted } = finding.fixes[0].insertion;
  return { fixed: applyInsertion(text, finding.fixes[0].insertion), offset, inserted };
}

/** Steps of the top-level step sections, in document order. */
function stepOrder(text: string): number[] {
  const doc = buildDesignDoc(text);
  const stepSections = doc.sections.filter((s) => s.steps.length > 0);
  const level = Math.min(...stepSections.map((s) => s.level));
  return stepSections.filter((s) => s.level === level).map((s) => Math.min(...s.steps.map((x) => STEPS.indexOf(x))));
}

for (const [baseName, base] of Object.entries(BASES)) {
  const findings = documentFindings(base);

  test(`${baseName}: every document finding offers an insertion fix`, () => {
    assert.ok(findings.length >= 20, `expected most document rules to fire on the bare base, got ${findings.length}`);
    for (const finding of findings) {
      assert.ok(finding.fixes.length >= 1, `${finding.ruleId} has no fix`);
      const insertion = finding.fixes[0].insertion;
      assert.ok(insertion.offset >= 0 && insertion.offset <= base.length, `${finding.ruleId}: offset inside the text`);
      assert.ok(insertion.text.trim().length > 0, `${finding.ruleId}: inserts something`);
      assert.equal(snippetToPlain(insertion.snippet), insertion.text, `${finding.ruleId}: snippet and plain text agree`);
    }
  });

  test(`${baseName}: applying a fix keeps every original character in order, at a line boundary`, () => {
    for (const finding of findings) {
      const { offset } = finding.fixes[0].insertion;
      assertKeepsWritersText(base, finding.fixes[0].insertion, finding.ruleId);
      const atBoundary = offset === 0 || offset === base.length || base[offset] === '\n' || base[offset] === '\r' || base[offset - 1] === '\n';
      assert.ok(atBoundary, `${finding.ruleId}: inserts at a line boundary, not inside a line (offset ${offset})`);
    }
  });

  test(`${baseName}: the inserted text lands in the section of the rule's step, steps stay in order`, () => {
    const before = stepOrder(base);
    for (const finding of findings) {
      const step = STEP_OF.get(finding.ruleId) as Step;
      const { fixed, offset, inserted } = apply(base, finding);
      const section = sectionForStep(buildDesignDoc(fixed), step);
      assert.ok(section, `${finding.ruleId}: after the fix there is a ${step} section`);
      const lastChar = offset + inserted.trimEnd().length - 1;
      assert.ok(section.start <= lastChar && lastChar < section.end, `${finding.ruleId}: inserted text is inside the "${section.title}" section`);
      const after = stepOrder(fixed);
      assert.deepEqual([...after].sort((a, b) => a - b), after, `${finding.ruleId}: step sections out of order after the fix (${after.join(',')})`);
      assert.ok(after.length >= before.length, `${finding.ruleId}: no step section lost`);
    }
  });

  test(`${baseName}: a new step section is a "## <Step>" heading when the step had none`, () => {
    const existing = new Set(buildDesignDoc(base).sections.flatMap((s) => s.steps));
    for (const finding of findings) {
      const step = STEP_OF.get(finding.ruleId) as Step;
      if (existing.has(step)) continue;
      const { inserted } = apply(base, finding);
      assert.match(inserted, /^\s*#{2,3} \S.*\r?\n/m, `${finding.ruleId}: a heading is inserted for ${step}`);
    }
  });

  test(`${baseName}: re-linting the fixed text no longer reports the rule`, () => {
    const unsettled = findings
      .filter((finding) => documentFindings(apply(base, finding).fixed).some((f) => f.ruleId === finding.ruleId))
      .map((f) => f.ruleId);
    const unexpected = unsettled.filter((id) => !SKELETON_DOES_NOT_SETTLE.has(id));
    assert.deepEqual(unexpected, [], `the fix skeleton of these rules does not settle them: ${unexpected.join(', ')}`);
    const nowSettled = [...SKELETON_DOES_NOT_SETTLE].filter((id) => findings.some((f) => f.ruleId === id) && !unsettled.includes(id));
    assert.deepEqual(nowSettled, [], `these skeletons settle their rule now: remove them from SKELETON_DOES_NOT_SETTLE`);
  });

  test(`${baseName}: the snippet with its default values (what the editor inserts) settles the rule`, () => {
    for (const finding of findings) {
      const { offset, snippet } = finding.fixes[0].insertion;
      const fixed = base.slice(0, offset) + expandSnippet(snippet) + base.slice(offset);
      const still = documentFindings(fixed).some((f) => f.ruleId === finding.ruleId);
      assert.ok(!still, `${finding.ruleId}: accepting the snippet defaults does not settle it:\n${expandSnippet(snippet)}`);
    }
  });
}

test('applying every fix in turn leaves no document finding', () => {
  let text = BASES['no step sections'];
  for (let round = 0; round < 40; round++) {
    const next = documentFindings(text).find((f) => !SKELETON_DOES_NOT_SETTLE.has(f.ruleId));
    if (!next) break;
    text = apply(text, next).fixed;
  }
  const left = documentFindings(text).map((f) => f.ruleId).filter((id) => !SKELETON_DOES_NOT_SETTLE.has(id));
  assert.deepEqual(left, []);
  // The result walks the steps in order, each once.
  assert.deepEqual(stepOrder(text), [0, 1, 2, 3, 4, 5, 6]);
});

describe('a section holding only a placeholder', () => {
  const doc = (evaluation: string): string =>
    `---\nmldl: true\nsystem: recommendation\n---\n# Job recommendations\n\n## Evaluation\n\n${evaluation}\n\n## Monitoring\n\nWe alert on PSI > 0.2 of the top features.\n`;
  const abTestFix = (text: string) => lint(text, { force: true }).findings.find((f) => f.ruleId === 'ab-test')?.fixes[0].insertion;

  for (const placeholder of ['TBD', '- TODO', 'FIXME.', '???']) {
    test(`"${placeholder}" alone: the skeleton takes its line, and neither finding remains`, () => {
      const text = doc(placeholder);
      const insertion = abTestFix(text);
      assert.ok(insertion);
      assert.equal(insertion.replaces, placeholder);
      assert.equal(insertion.offset, text.indexOf(placeholder));
      const fixed = assertKeepsWritersText(text, insertion, 'ab-test');
      assert.ok(!fixed.includes(`\n${placeholder}\n`), 'the placeholder line is gone');
      const after = lint(fixed, { force: true }).findings.map((f) => f.ruleId);
      assert.ok(!after.includes('ab-test') && !after.includes('placeholder-text'), after.join(', '));
    });
  }

  for (const [name, evaluation] of [
    ['a placeholder that says something', 'TBD: ask the data team'],
    ['a placeholder beside the writer\'s text', 'TBD\n\nWe compare against last quarter.'],
    ['a placeholder in a list with more', '- TBD\n- offline replay first'],
  ]) {
    test(`${name}: nothing is replaced, the skeleton is only inserted`, () => {
      const text = doc(evaluation);
      const insertion = abTestFix(text);
      assert.ok(insertion);
      assert.equal(insertion.replaces, undefined);
      const fixed = assertKeepsWritersText(text, insertion, 'ab-test');
      assert.ok(fixed.includes(evaluation));
    });
  }
});
