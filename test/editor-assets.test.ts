// The snippets and the catalog the extension bundles are generated from the
// rule catalog (scripts/generate/editor-assets.ts; test/generate.test.ts keeps
// the committed files current); these tests check what is generated: a new
// doc made from a skeleton is what the linter asks for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildCatalog, buildSnippets, renumberTabStops, skeletonFor } from '../scripts/generate/editor-assets.js';
import { snippetToPlain } from '../server/engine/fixes.js';
import { lint } from '../server/linter.js';
import { STEP_TITLES } from '../server/engine/step-titles.js';
import { STEPS, SYSTEM_TYPES } from '../server/engine/types.js';
import { ALL_RULES } from '../rules/index.js';
import { PRESET_NAMES, PRESETS, presetConfig } from '../server/config/presets.js';

test('renumbering shifts every tab stop and keeps $0', () => {
  assert.deepEqual(renumberTabStops('a ${1:x} b ${2} c $3 d $0', 10), { text: 'a ${11:x} b ${12} c $13 d $0', last: 13 });
  assert.deepEqual(renumberTabStops('no stops', 4), { text: 'no stops', last: 4 });
});

test('each snippet has a unique mldl- prefix and a body', () => {
  const snippets = buildSnippets(ALL_RULES);
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  assert.equal(new Set(prefixes).size, prefixes.length);
  for (const s of Object.values(snippets)) {
    assert.match(s.prefix, /^mldl-/);
    assert.ok(s.body.join('\n').trim().length > 0, s.prefix);
  }
  const documentRules = ALL_RULES.filter((r) => r.kind === 'document').map((r) => `mldl-${r.meta.id}`);
  for (const prefix of documentRules) assert.ok(prefixes.includes(prefix), prefix);
});

test('a skeleton walks the seven steps in order and declares its system type', () => {
  for (const type of SYSTEM_TYPES) {
    const text = skeletonFor(ALL_RULES, type);
    assert.match(text, new RegExp(`^---\\nsystem: ${type}\\n---\\n`));
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, STEPS.map((s) => STEP_TITLES[s]), type);
    const stops = [...text.matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1]));
    assert.deepEqual(stops, stops.map((_, i) => i + 1), `${type}: tab stops numbered once, in order`);
  }
});

test('a doc made from a skeleton covers every rule that applies to its system type', () => {
  for (const type of SYSTEM_TYPES) {
    const result = lint(snippetToPlain(skeletonFor(ALL_RULES, type)), { force: true });
    const missing = result.coverage.filter((c) => c.status === 'missing').map((c) => c.ruleId);
    assert.deepEqual(missing, [], `${type}: skeleton leaves ${missing.join(', ')} missing`);
  }
});

test('the catalog lists every rule once with its step', () => {
  const catalog = buildCatalog(ALL_RULES);
  assert.deepEqual(catalog.rules.map((r) => r.id), ALL_RULES.map((r) => r.meta.id));
  assert.equal(catalog.steps.length, 7);
});

test('the mldl.rules setting offers only rule ids that exist, each with the four severities', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { properties?: Record<string, { enum?: string[] }> }> } };
  };
  const offered = manifest.contributes.configuration.properties['mldl.rules'].properties ?? {};
  const known = new Set(ALL_RULES.map((r) => r.meta.id));
  for (const [id, schema] of Object.entries(offered)) {
    assert.ok(known.has(id), `package.json offers "${id}" in mldl.rules, which is not a rule`);
    assert.deepEqual(schema.enum, ['error', 'warning', 'info', 'off'], id);
  }
  assert.ok(Object.keys(offered).length >= 30, 'the setting completes rule ids');
});

test('the mldl.preset setting lists the presets with the descriptions from their definitions', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { enum?: string[]; enumDescriptions?: string[] }> } };
  };
  const preset = manifest.contributes.configuration.properties['mldl.preset'];
  assert.deepEqual(preset.enum, [...PRESET_NAMES]);
  assert.deepEqual(preset.enumDescriptions, PRESET_NAMES.map((name) => PRESETS[name].description));
  // The descriptions say what the definitions do: strict makes every rule an error.
  const strict = Object.values(presetConfig('mldl:strict').rules ?? {});
  assert.ok(strict.length === ALL_RULES.length && strict.every((severity) => severity === 'error'));
  assert.match(PRESETS.strict.description, /every rule is an error/i);
  const recommended = presetConfig('mldl:recommended').rules ?? {};
  for (const rule of ALL_RULES) {
    assert.equal(recommended[rule.meta.id], rule.meta.appliesTo === 'problem' ? 'off' : rule.meta.severity, rule.meta.id);
  }
  assert.match(PRESETS.recommended.description, /catalog severity; interview-problem rules off/);
});
