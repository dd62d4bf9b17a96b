// The extension manifest's generated and hand-written parts for interview
// practice: the `mldl.rules` completion list is generated from the rule
// catalog (scripts/generate/editor-assets.ts, `npm run generate`; test/generate.test.ts
// keeps it current); the practice commands and settings are declared; the catalog the
// extension bundles carries the problem bank and the hints' questions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, renderManifest, rulesSettingProperties } from '../scripts/generate/editor-assets.js';
import { ALL_RULES } from '../rules/index.js';
import { REPO_ROOT } from './cli-harness.js';
import { PROBLEMS } from '../server/interview/problems.js';
import { STEP_QUESTIONS } from '../server/interview/guiding-questions.js';

interface Manifest {
  contributes: {
    configuration: { properties: Record<string, { default?: unknown; type?: string; properties?: Record<string, { description: string; enum: string[] }> }> };
    commands: Array<{ command: string; title: string; category: string }>;
    menus: Record<string, Array<{ command: string; when?: string }>>;
  };
  activationEvents: string[];
}

const manifestText = readFileSync(join(REPO_ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;

test('mldl.rules completes every rule id, the nine interview rules too', () => {
  const offered = manifest.contributes.configuration.properties['mldl.rules'].properties ?? {};
  assert.deepEqual(Object.keys(offered), ALL_RULES.map((r) => r.meta.id));
  const interview = ALL_RULES.filter((r) => r.meta.appliesTo === 'problem').map((r) => r.meta.id);
  assert.equal(interview.length, 9);
  for (const id of interview) assert.match(offered[id].description, /interview problem rule for [a-z-]+.*default: off/, id);
  assert.deepEqual(offered, rulesSettingProperties(ALL_RULES));
});

test('renderManifest changes only the mldl.rules entries', () => {
  const edited = JSON.parse(manifestText) as Manifest;
  edited.contributes.configuration.properties['mldl.rules'].properties = { 'ab-test': { description: 'stale', enum: ['off'] } };
  const rendered = renderManifest(ALL_RULES, `${JSON.stringify(edited, null, 2)}\n`);
  assert.equal(rendered, manifestText);
});

test('the practice commands and settings are declared', () => {
  const commands = new Map(manifest.contributes.commands.map((c) => [c.command, c]));
  assert.equal(commands.get('mldl.startPractice')?.title, 'Start practice interview');
  assert.equal(commands.get('mldl.endPractice')?.title, 'End practice interview');
  assert.equal(commands.get('mldl.practiceHint')?.title, 'Practice hint');
  for (const id of ['mldl.startPractice', 'mldl.endPractice', 'mldl.practiceHint']) assert.equal(commands.get(id)?.category, 'ML Design Lint');
  const palette = manifest.contributes.menus.commandPalette;
  for (const id of ['mldl.endPractice', 'mldl.practiceHint']) {
    assert.equal(palette.find((m) => m.command === id)?.when, 'mldl.practiceActive', `${id} only while practising`);
  }
  const settings = manifest.contributes.configuration.properties;
  assert.equal(settings['mldl.practice.durationMinutes'].default, 45);
  assert.equal(settings['mldl.practice.durationMinutes'].type, 'number');
  assert.equal(settings['mldl.practice.hideDiagnostics'].default, true);
});

test('the bundled catalog carries the problem bank and the guiding questions', () => {
  const catalog = buildCatalog(ALL_RULES);
  assert.deepEqual(catalog.problems.map((p) => p.id), PROBLEMS.map((p) => p.id));
  assert.equal(catalog.problems.length, 12);
  assert.deepEqual(catalog.guidingQuestions.steps, STEP_QUESTIONS);
  const committed = JSON.parse(readFileSync(join(REPO_ROOT, 'client', 'src', 'generated', 'catalog.json'), 'utf8')) as typeof catalog;
  assert.deepEqual(committed.problems, catalog.problems);
});
