// `npm run generate` (scripts/generate.mjs, scripts/generate/): every file
// derived from the rule folders. The one staleness check of the suite is here,
// and the proof that adding a rule is one folder and one command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import type { Rule } from '../server/engine/rule-api.js';
import { snippetToPlain } from '../server/engine/fixes.js';
import { staleFiles } from '../scripts/generate/main.js';
import { GenerateError, replaceRegion } from '../scripts/generate/regions.js';
import { orderRules, previousCatalogOrder } from '../scripts/generate/rule-folders.js';
import { pageMarkers, renderPagePart, withGeneratedParts } from '../scripts/generate/rule-pages.js';
import { REPO_ROOT } from './cli-harness.js';

test('every generated file is current (run `npm run generate` if this fails)', async () => {
  const stale = await staleFiles();
  assert.deepEqual(stale.map((f) => f.file), [], 'stale generated files: run `npm run generate`');
});

const byId = (id: string): Rule => {
  const rule = ALL_RULES.find((r) => r.meta.id === id);
  assert.ok(rule, id);
  return rule;
};

/** A copy of an existing rule under another id, with another step. */
function variant(id: string, from: string, changes: Partial<Rule['meta']> = {}): Rule {
  const rule = byId(from);
  return { ...rule, meta: { ...rule.meta, id, ...changes } } as Rule;
}

test('the catalog keeps its order; a new rule goes after the rules of its kind and step', () => {
  const ids = (rules: readonly Rule[]): string[] => rules.map((r) => r.meta.id);
  const current = ids(ALL_RULES);
  assert.deepEqual(ids(orderRules([...ALL_RULES].reverse(), current)), current, 'the order found in rules/index.ts is kept');

  const dataRule = variant('zz-data', 'cold-start');
  const withData = ids(orderRules([dataRule, ...ALL_RULES], current));
  assert.equal(withData.indexOf('zz-data'), withData.indexOf('position-bias') + 1, 'after the last document rule of the data step');

  const passageRule = variant('aa-passage', 'metric-mismatch', { step: 'framing' });
  const withPassage = ids(orderRules([...ALL_RULES, passageRule], current));
  assert.equal(withPassage.indexOf('aa-passage'), withPassage.indexOf('unquantified-requirement') + 1, 'passage rules keep to their group');

  const problemRule = variant('zz-problem', 'calibration', { step: 'monitoring' });
  assert.equal(ids(orderRules([...ALL_RULES, problemRule], current)).at(-1), 'zz-problem');

  const removed = ids(orderRules(ALL_RULES.filter((r) => r.meta.id !== 'cold-start'), current));
  assert.deepEqual(removed, current.filter((id) => id !== 'cold-start'), 'a removed rule leaves the rest in place');
});

test('the catalog order is read back from the generated rules/index.ts', () => {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'rules', 'index.ts'), 'utf8');
  assert.deepEqual(previousCatalogOrder(text), ALL_RULES.map((r) => r.meta.id));
  assert.deepEqual(previousCatalogOrder(undefined), []);
});

test('a generated region replaces only the text between its markers', () => {
  const markers = { start: '<!-- a:start -->', end: '<!-- a:end -->' };
  const before = `intro\n${markers.start}\nold\n${markers.end}\noutro\n`;
  assert.equal(replaceRegion(before, markers, 'new', 'x.md'), `intro\n${markers.start}\nnew\n${markers.end}\noutro\n`);
  assert.equal(replaceRegion(before.replace(/\n/g, '\r\n'), markers, 'n\new', 'x.md'), `intro\r\n${markers.start}\r\nn\r\new\r\n${markers.end}\r\noutro\r\n`);
  assert.equal(replaceRegion('no markers\n', markers, 'new', 'x.md'), undefined);
  assert.throws(() => replaceRegion(`a\n${markers.start}\nb\n`, markers, 'new', 'x.md'), (error: unknown) => {
    return error instanceof GenerateError && /^x\.md:2: .*has no <!-- a:end -->/.test(error.message);
  });
  assert.throws(() => replaceRegion(`${markers.start}\n${markers.end}\n${markers.start}\n`, markers, 'new', 'x.md'), /x\.md:3: a second/);
});

test('a rule page gets its metadata, quick fix and disabling text; a page without the markers is an error', () => {
  const doc = byId('baseline-model');
  const quickFix = renderPagePart(doc, 'quick-fix');
  assert.ok(quickFix.includes(`**${doc.kind === 'document' ? doc.fix.title : ''}**`));
  assert.ok(doc.kind === 'document' && quickFix.includes(`\`\`\`markdown\n${snippetToPlain(doc.fix.snippet)}\n\`\`\``));
  assert.match(renderPagePart(doc, 'metadata'), /\| 4 model \| error \| all docs \| document-level: fires when missing \|/);
  const passage = renderPagePart(byId('leaky-feature'), 'disabling');
  assert.ok(passage.includes('"leaky-feature": "off"') && passage.includes('<!-- mldl-enable leaky-feature -->'));

  const page = (parts: string[]): string =>
    `# x\n\n${parts.map((part) => `${pageMarkers(part as 'metadata').start}\nstale\n${pageMarkers(part as 'metadata').end}\n`).join('\n')}`;
  const rendered = withGeneratedParts(doc, 'rules/x/README.md', page(['metadata', 'quick-fix', 'disabling']));
  assert.ok(!rendered.includes('stale'));
  assert.equal(withGeneratedParts(doc, 'rules/x/README.md', rendered), rendered, 'generating twice changes nothing');
  assert.throws(() => withGeneratedParts(doc, 'rules/x/README.md', page(['metadata', 'quick-fix'])), /rules\/x\/README\.md: no <!-- generated:disabling -->/);
});

/** A copy of the repository without its build output and dependencies (linked, not copied). */
function tempCheckout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-generate-'));
  const skip = new Set(['node_modules', 'out', 'dist', '.git', '.cache', 'test-output']);
  fs.cpSync(REPO_ROOT, dir, { recursive: true, filter: (source) => !skip.has(path.relative(REPO_ROOT, source)) });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(cwd: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('adding a rule is one folder and one command: copy a rule folder, `npm run generate`, and the rule is everywhere', { timeout: 600_000 }, (t) => {
  const dir = tempCheckout();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const id = 'baseline-model-copy';
  const folder = path.join(dir, 'rules', id);
  fs.cpSync(path.join(dir, 'rules', 'baseline-model'), folder, { recursive: true });

  // The id in the code must be the folder's name: a clear error, not a silent pass.
  const mismatch = run(dir, ['scripts/generate.mjs']);
  assert.equal(mismatch.code, 1, mismatch.stdout + mismatch.stderr);
  assert.match(mismatch.stderr, /generate: rules\/baseline-model-copy\/rule\.ts: meta\.id is "baseline-model" but the folder is "baseline-model-copy"/);

  fs.rmSync(path.join(folder, 'fixtures.snap.md'));
  for (const file of ['rule.ts', 'README.md', ...fs.readdirSync(path.join(folder, 'fixtures')).map((name) => `fixtures/${name}`)]) {
    const source = path.join(folder, file);
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replaceAll('baseline-model', id));
  }
  const generate = run(dir, ['scripts/generate.mjs']);
  assert.equal(generate.code, 0, generate.stdout + generate.stderr);
  assert.equal(run(dir, ['out/scripts/generate/main.js', '--check']).code, 0, 'generate leaves nothing stale');

  const listed = JSON.parse(run(dir, ['bin/mldl.js', '--list-rules', '-f', 'json']).stdout) as Array<{ id: string }>;
  const ids = listed.map((r) => r.id);
  assert.equal(ids.indexOf(id), ids.indexOf('training-frequency') + 1, '--list-rules lists it after the model step\'s rules');

  fs.writeFileSync(path.join(dir, 'doc.md'), '---\nmldl: true\n---\n# Churn model\n\n## Model\n\nA gradient-boosted tree.\n');
  const sarif = JSON.parse(run(dir, ['bin/mldl.js', '-f', 'sarif', 'doc.md']).stdout) as {
    runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string }> }>;
  };
  assert.ok(sarif.runs[0].tool.driver.rules.some((r) => r.id === id), 'SARIF describes the rule');
  assert.ok(sarif.runs[0].results.some((r) => r.ruleId === id), 'and reports its finding');

  const schema = JSON.parse(fs.readFileSync(path.join(dir, 'schema', 'mldlrc.schema.json'), 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };
  assert.ok(id in schema.properties.rules.properties, 'the config schema knows it');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } };
  };
  assert.ok(id in (manifest.contributes.configuration.properties['mldl.rules'].properties ?? {}), 'the mldl.rules setting offers it');
  assert.match(fs.readFileSync(path.join(dir, 'docs', 'rules.md'), 'utf8'), new RegExp(`\\[\`${id}\`\\]\\(\\.\\./rules/${id}/README\\.md\\)`), 'the rules table lists it');
  const snapshot = fs.readFileSync(path.join(folder, 'fixtures.snap.md'), 'utf8');
  assert.match(snapshot, new RegExp(`^# ${id}: fixture snapshots`), 'its fixture snapshot is written');
  assert.ok(snapshot.includes('**Add a baseline model**'), 'with the findings of the new rule');
});
