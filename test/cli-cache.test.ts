// `mldl --cache`: a warm run reports exactly what a cold run does, reads the
// stored outcomes rather than linting again, and recomputes a file when its
// text, its configuration or mldl's version changes. A damaged cache file is
// a warning, never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { defaultConfig } from '../server/config/presets.js';
import { cacheKey, LintCache } from '../server/cli/cache.js';
import { readCache, writeCache } from './cache-file.js';
import { DESIGN_DOC, OPTED_IN_DOC, onlyRules, project, runCli, runCliInProcess } from './cli-harness.js';

const CACHE = '.mldlcache';
const SECRET = randomBytes(32);

test('a warm --cache run prints exactly what a cold run prints, and exits the same', async (t) => {
  const cwd = project(t, { 'docs/a.md': OPTED_IN_DOC, 'docs/b.md': DESIGN_DOC });
  const plain = await runCliInProcess(['docs'], { cwd });
  const cold = runCli(['--cache', 'docs'], { cwd });
  assert.ok(fs.existsSync(path.join(cwd, CACHE)), 'the first --cache run writes .mldlcache');
  const warm = runCli(['--cache', 'docs'], { cwd });
  assert.ok(plain.stdout.length > 0 && plain.code === 1, plain.stderr);
  for (const run of [cold, warm]) {
    assert.equal(run.stdout, plain.stdout);
    assert.equal(run.code, plain.code);
    assert.equal(run.stderr, '');
  }
  assert.deepEqual(Object.keys(readCache(path.join(cwd, CACHE)).entries).sort(), [path.join(cwd, 'docs/a.md'), path.join(cwd, 'docs/b.md')]);
});

test('a warm run takes outcomes from the cache instead of linting again', async (t) => {
  const cwd = project(t, { 'a.md': OPTED_IN_DOC });
  await runCliInProcess(['--cache', 'a.md'], { cwd });
  // Doctor the stored outcome (and sign it, as this user's mldl would): if
  // the warm run shows the doctored message, it did not re-lint.
  const content = readCache(path.join(cwd, CACHE));
  const entry = content.entries[path.join(cwd, 'a.md')] as { outcome: { findings: Array<{ message: string }> } };
  assert.ok(entry.outcome.findings.length > 0);
  entry.outcome.findings[0].message = 'served from the cache';
  writeCache(path.join(cwd, CACHE), content);
  assert.match(runCli(['--cache', 'a.md'], { cwd }).stdout, /served from the cache/);
  assert.doesNotMatch((await runCliInProcess(['a.md'], { cwd })).stdout, /served from the cache/, 'without --cache the cache is not read');
});

test('changing the file, or the config that applies to it, invalidates its entry', async (t) => {
  const cwd = project(t, { 'a.md': OPTED_IN_DOC });
  const before = await runCliInProcess(['--cache', '-f', 'json', 'a.md'], { cwd });
  assert.match(before.stdout, /placeholder-text/);

  fs.writeFileSync(path.join(cwd, 'a.md'), OPTED_IN_DOC.replace('TODO: pick', 'Pick'));
  const edited = runCli(['--cache', '-f', 'json', 'a.md'], { cwd });
  assert.doesNotMatch(edited.stdout, /placeholder-text/, 'the edit removed the TODO');
  assert.equal(edited.stdout, (await runCliInProcess(['-f', 'json', 'a.md'], { cwd })).stdout);

  fs.writeFileSync(path.join(cwd, 'a.md'), OPTED_IN_DOC);
  assert.match((await runCliInProcess(['--cache', '-f', 'json', 'a.md'], { cwd })).stdout, /placeholder-text/);
  fs.writeFileSync(path.join(cwd, '.mldlrc.json'), onlyRules({ 'business-metric': 'error' }));
  const reconfigured = await runCliInProcess(['--cache', '-f', 'json', 'a.md'], { cwd });
  assert.doesNotMatch(reconfigured.stdout, /placeholder-text/, 'placeholder-text is now off');
  assert.match(reconfigured.stdout, /business-metric/);
  const withRuleFlag = await runCliInProcess(['--cache', '-f', 'json', '--rule', 'business-metric:off', 'a.md'], { cwd });
  assert.doesNotMatch(withRuleFlag.stdout, /business-metric/, 'a --rule flag is part of the configuration too');
});

test('--cache-location names the cache file, or a directory to hold it', async (t) => {
  const cwd = project(t, { 'a.md': OPTED_IN_DOC, 'state/.keep': '' });
  runCli(['--cache', '--cache-location', 'custom.json', 'a.md'], { cwd });
  assert.ok(fs.existsSync(path.join(cwd, 'custom.json')));
  await runCliInProcess(['--cache', '--cache-location', 'state', 'a.md'], { cwd });
  assert.ok(fs.existsSync(path.join(cwd, 'state', CACHE)));
  assert.ok(!fs.existsSync(path.join(cwd, CACHE)));
});

test('a corrupt or foreign cache file is ignored with one warning line, and rewritten', async (t) => {
  const cwd = project(t, { 'a.md': OPTED_IN_DOC });
  const expected = await runCliInProcess(['a.md'], { cwd });
  const damages = ['{"format":2,"entries":{"x":', 'not json at all', '{"format":999,"entries":{}}', '[]', '{"format":1,"entries":{"x":{"key":1}}}'];
  for (const [index, damaged] of damages.entries()) {
    fs.writeFileSync(path.join(cwd, CACHE), damaged);
    // The process for the first damage, main() in this process for the others.
    const run = index === 0 ? runCli(['--cache', 'a.md'], { cwd }) : await runCliInProcess(['--cache', 'a.md'], { cwd });
    assert.equal(run.stdout, expected.stdout, damaged);
    assert.equal(run.code, expected.code, damaged);
    assert.match(run.stderr, /^mldl: warning: ignoring cache .*\.mldlcache: not a valid mldl cache \(it will be rewritten\)\n$/, damaged);
    assert.equal(readCache(path.join(cwd, CACHE)).format, 2, 'rewritten as a valid cache');
    assert.equal((await runCliInProcess(['--cache', 'a.md'], { cwd })).stderr, '', 'and read without complaint next time');
  }
});

test('the key changes with the text, the configuration, --force and the version', () => {
  const job = { filePath: '/p/a.md', text: OPTED_IN_DOC, config: defaultConfig(), force: false };
  const key = cacheKey(job, '1.0.0');
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(cacheKey({ ...job, config: defaultConfig() }, '1.0.0'), key, 'stable for equal inputs');
  const offConfig = defaultConfig();
  offConfig.rules['placeholder-text'] = { ...offConfig.rules['placeholder-text'], severity: 'off' };
  const variants = [
    cacheKey({ ...job, text: `${OPTED_IN_DOC} ` }, '1.0.0'),
    cacheKey({ ...job, config: offConfig }, '1.0.0'),
    cacheKey({ ...job, force: true }, '1.0.0'),
    cacheKey(job, '1.0.1'),
  ];
  for (const variant of variants) assert.notEqual(variant, key);
  assert.equal(new Set(variants).size, variants.length);
});

test('an entry written by another mldl version is not used', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-cache-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'cache.json');
  const job = { filePath: '/p/a.md', text: OPTED_IN_DOC, config: defaultConfig(), force: false };
  const outcome = { skipped: false, findings: [], coverage: { covered: 1, total: 2 } };
  const warnings: string[] = [];
  const old = LintCache.open(file, '1.0.0', SECRET, (line) => warnings.push(line));
  old.set('/p/a.md', job, outcome);
  old.save();
  assert.deepEqual(LintCache.open(file, '1.0.0', SECRET, (line) => warnings.push(line)).get('/p/a.md', job), outcome);
  assert.equal(LintCache.open(file, '2.0.0', SECRET, (line) => warnings.push(line)).get('/p/a.md', job), undefined);
  assert.deepEqual(warnings, []);
});
