// A section that spans a group boundary (judge/decide.ts innerCandidates):
// of a group's sections only the one open where it starts and the last one
// started in it can hold units of another group, and decideConcept folds
// those two with the other groups' holders rather than keeping their
// candidates per group. Here the last section started in the first group
// holds one part of a combination spread over a section (multi-stage-ranking:
// `retrieve` + `rank`, within: 'section') before the group boundary and the
// other after it, and nothing else settles the rule: were that section kept
// as an inner one, the incremental result would say "missing" where a full
// lint (one region, one group) says "covered". The document is written for
// this test; the first assertion checks that it still spans a boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, lintOptions } from '../server/linter.js';
import { IncrementalLinter } from '../server/engine/incremental.js';
import type { DesignDoc, ProseUnit } from '../server/engine/model.js';
import { observable } from './incremental-real.js';

const WORDS = ['harbor', 'maple', 'copper', 'violet', 'granite', 'willow', 'amber', 'cedar', 'falcon', 'meadow', 'quartz', 'river', 'saffron', 'tundra', 'orchid', 'pebble'];
const TAILS = ['', ' this week', ' before the release', ' and the legal team', ' when the quarter closes', ' in the shared document', ' with notes for the next meeting'];
/** Paragraphs of varied lengths (the cuts into blocks and groups go by region lengths) that name no part of the concept. */
const filler = (i: number): string =>
  `Note ${i}: the ${WORDS[i % 16]} team reviews the ${WORDS[(i * 7 + 3) % 16]} part of this plan with the product owner${TAILS[(i * 5) % 7]}, also${Array.from({ length: (i * 11) % 13 }, (_, k) => ' ' + WORDS[(i + k * 5) % 16]).join('')}.\n`;
const RETRIEVE = 'We keep a FAISS index over the item embeddings, refreshed nightly from the catalogue.\n';
const RANK = 'A gradient-boosted ranker orders the results for each user by predicted click probability.\n';
const PARAGRAPHS = 400;
const AT = 112;
const GAP = 20;

/** "## Serving notes" before paragraph AT with RETRIEVE, RANK before paragraph AT + GAP, no heading in between. */
function build(rank = true): string {
  const parts = ['---\nsystem: recommendation\n---\n# Shop feed design\n\n'];
  for (let i = 0; i < PARAGRAPHS; i++) {
    if (i === AT) parts.push('## Serving notes\n\n', RETRIEVE + '\n');
    if (i === AT + GAP && rank) parts.push(RANK + '\n');
    if (i % 10 === 0 && !(i >= AT && i <= AT + GAP)) parts.push(`## Part ${i / 10}\n\n`);
    parts.push(filler(i) + '\n');
  }
  return parts.join('');
}

const RULE = 'multi-stage-ranking';
const status = (coverage: ReadonlyArray<{ ruleId: string; status: string }>): string | undefined => coverage.find((c) => c.ruleId === RULE)?.status;

function groupOf(doc: DesignDoc, unit: ProseUnit): number {
  return doc.groups.findIndex((g) => g.blocks.some((b) => b.regions.some((r) => r.units.includes(unit))));
}

/** The section of RETRIEVE and RANK is the last one started in RETRIEVE's group (not its first), and RANK is in a later group. */
function spansGroups(doc: DesignDoc): boolean {
  const retrieve = doc.units.find((u) => u.text.includes('FAISS'));
  const rank = doc.units.find((u) => u.text.includes('gradient-boosted'));
  if (!retrieve || !rank || retrieve.section !== rank.section) return false;
  const group = groupOf(doc, retrieve);
  const sections = doc.groups[group].sections;
  const ref = sections.indexOf(retrieve.section);
  return ref > 0 && ref === sections.length - 1 && groupOf(doc, rank) > group;
}

/** Replaces the first occurrence of `from` (which must be there) by `to`. */
function replace(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `no ${JSON.stringify(from)} in the document`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

test('a section-spread combination whose parts sit on both sides of a group boundary settles the rule, after every edit', () => {
  const linter = new IncrementalLinter(0);
  const options = lintOptions({ force: true });
  let text = build();
  // Not vacuous: without RANK nothing settles the rule.
  assert.equal(status(lint(build(false), { force: true }).coverage), 'missing');

  const check = (label: string, expected: 'covered' | 'missing', spanning: boolean): void => {
    const incremental = linter.lint(text, options);
    const full = lint(text, { force: true });
    if (spanning) assert.ok(spansGroups(incremental.doc), `${label}: the section no longer spans a group boundary (document or grouping changed)`);
    assert.ok(incremental.doc.groups.length > 1, `${label}: one group`);
    assert.equal(status(full.coverage), expected, `${label}: full lint`);
    assert.equal(status(incremental.coverage), expected, `${label}: incremental lint`);
    assert.deepEqual(observable(incremental), observable(full), label);
  };

  check('initial document', 'covered', true);
  // In the first group, before the section.
  text = replace(text, 'Note 10: the', 'Note 10: then the');
  check('edit in the first group, before the section', 'covered', true);
  // In the first group, inside the section (before the boundary).
  text = replace(text, 'Note 114: the', 'Note 114: and the');
  check('edit in the section, before the boundary', 'covered', true);
  // In the later group, inside the section (after the boundary).
  text = replace(text, 'Note 131: the', 'Note 131: and the');
  check('edit in the section, after the boundary', 'covered', true);
  // In the later group, after the section.
  text = replace(text, 'Note 200: the', 'Note 200: then the');
  check('edit in a later group, after the section', 'covered', true);
  // The part after the boundary removed, then put back.
  text = replace(text, RANK, '');
  check('the ranking sentence removed', 'missing', false);
  text = replace(text, 'Note 132: the', RANK + '\nNote 132: the');
  check('the ranking sentence put back', 'covered', true);
  // The part before the boundary edited (the section's heading region re-parsed).
  text = replace(text, 'We keep a FAISS index', 'We keep one FAISS index');
  check('edit of the retrieval sentence', 'covered', true);
  assert.equal(linter.fallbacks, 0);
});
