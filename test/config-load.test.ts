// Configuration loading without the CLI: lookup, merge order, presets,
// caching, scope patterns and the errors the CLI and language server show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../server/config/errors.js';
import { ConfigLoader, loadConfigFor, mergeLayers, outOfScopeReason, readConfigFile, type ConfigLayer } from '../server/config/load.js';
import { presetConfig } from '../server/config/presets.js';
import { parseConfigSource } from '../server/config/source.js';
import { project } from './cli-harness.js';

function layer(config: ConfigLayer['config'], dir = '/project'): ConfigLayer {
  return { file: path.join(dir, '.mldlrc.json'), dir, config };
}

test('with no config the recommended preset applies', () => {
  const { config, files } = mergeLayers([], '/project');
  assert.deepEqual(files, []);
  assert.equal(config.rules['business-metric'].severity, 'error');
  assert.equal(config.detect, 'auto');
});

test('layers apply outermost first, and each applies its presets before its own rules', () => {
  const { config } = mergeLayers(
    [
      layer({ rules: { 'cold-start': 'off', 'baseline-model': 'warning' } }, '/project'),
      layer({ extends: 'mldl:strict', rules: { 'baseline-model': 'info' } }, '/project/docs'),
    ],
    '/project',
  );
  // The child's preset resets what the parent set; its own rules come after the preset.
  assert.equal(config.rules['cold-start'].severity, 'error');
  assert.equal(config.rules['baseline-model'].severity, 'info');
});

test('a severity-only entry keeps options set by an outer layer', () => {
  const { config } = mergeLayers(
    [layer({ rules: { 'unquantified-requirement': ['error', { terms: ['snappy'] }] } }), layer({ rules: { 'unquantified-requirement': 'warning' } }, '/project/docs')],
    '/project',
  );
  assert.deepEqual(config.rules['unquantified-requirement'], { severity: 'warning', options: { terms: ['snappy'] } });
});

test('system, detect, include and exclude are replaced, not merged, by inner layers', () => {
  const { config, include, exclude } = mergeLayers(
    [layer({ system: 'ads', include: ['a/**'], exclude: ['x/'] }, '/p'), layer({ detect: 'always', include: ['b/**'] }, '/p/docs')],
    '/p',
  );
  assert.equal(config.system, 'ads');
  assert.equal(config.detect, 'always');
  assert.deepEqual(config.include, ['b/**']);
  assert.deepEqual(include, { patterns: ['b/**'], base: '/p/docs', source: '/p/docs/.mldlrc.json' });
  assert.deepEqual(exclude.patterns, ['x/']);
  assert.equal(exclude.base, '/p');
});

test('the interview preset raises informational document rules to warnings', () => {
  const interview = presetConfig('mldl:interview').rules ?? {};
  const recommended = presetConfig('mldl:recommended').rules ?? {};
  assert.equal(recommended['training-frequency'], 'info');
  assert.equal(interview['training-frequency'], 'warning');
});

test('the loader walks up from the file, stops at root: true, and reports the files used', (t) => {
  const dir = project(t, {
    '.mldlrc.json': '{"rules": {"cold-start": "off"}}',
    'a/.mldlrc.yaml': 'root: true\nrules:\n  baseline-model: info\n',
    'a/b/.mldlrc.yml': 'rules:\n  baseline-model: warning\n',
    'c/package.json': '{"name": "c", "mldl": {"system": "fraud"}}',
  });
  const loader = new ConfigLoader({ cwd: dir });
  const deep = loader.load(path.join(dir, 'a', 'b', 'doc.md'));
  assert.deepEqual(deep.files, [path.join(dir, 'a', '.mldlrc.yaml'), path.join(dir, 'a', 'b', '.mldlrc.yml')]);
  assert.equal(deep.config.rules['baseline-model'].severity, 'warning');
  assert.equal(deep.config.rules['cold-start'].severity, 'warning', 'the root: true layer hides the outer "off"');
  const c = loader.load(path.join(dir, 'c', 'doc.md'));
  assert.deepEqual(c.files, [path.join(dir, '.mldlrc.json'), path.join(dir, 'c', 'package.json')]);
  assert.equal(c.config.system, 'fraud');
  assert.equal(c.config.rules['cold-start'].severity, 'off');
});

test('in one directory .mldlrc.json wins over .mldlrc.yaml and package.json', (t) => {
  const dir = project(t, {
    '.mldlrc.json': '{"rules": {"cold-start": "error"}}',
    '.mldlrc.yaml': 'rules:\n  cold-start: info\n',
    'package.json': '{"mldl": {"rules": {"cold-start": "off"}}}',
  });
  const loaded = new ConfigLoader({ cwd: dir }).load(path.join(dir, 'doc.md'));
  assert.deepEqual(loaded.files, [path.join(dir, '.mldlrc.json')]);
  assert.equal(loaded.config.rules['cold-start'].severity, 'error');
});

test('results are cached per directory until clearCache()', (t) => {
  const dir = project(t, { '.mldlrc.json': '{"rules": {"cold-start": "off"}}' });
  const loader = new ConfigLoader({ cwd: dir });
  assert.equal(loader.load(path.join(dir, 'a.md')).config.rules['cold-start'].severity, 'off');
  fs.writeFileSync(path.join(dir, '.mldlrc.json'), '{"rules": {"cold-start": "error"}}');
  assert.equal(loader.load(path.join(dir, 'b.md')).config.rules['cold-start'].severity, 'off', 'cached');
  loader.clearCache();
  assert.equal(loader.load(path.join(dir, 'b.md')).config.rules['cold-start'].severity, 'error');
});

test('defaults sit under the files and overrides on top of them', (t) => {
  const dir = project(t, { '.mldlrc.json': '{"rules": {"cold-start": "info", "baseline-model": "info"}}' });
  const loader = new ConfigLoader({
    cwd: dir,
    defaults: [{ extends: ['mldl:strict'], rules: { 'cold-start': 'off' } }],
    overrides: [{ rules: { 'baseline-model': 'off' } }],
  });
  const { config } = loader.load(path.join(dir, 'doc.md'));
  assert.equal(config.rules['cold-start'].severity, 'info', 'file beats defaults');
  assert.equal(config.rules['baseline-model'].severity, 'off', 'override beats file');
  assert.equal(config.rules['data-leakage'].severity, 'error', 'strict default kept where files are silent');
});

test('loadConfigFor returns the config and the files; a configFile replaces the lookup', (t) => {
  const dir = project(t, { '.mldlrc.json': '{"rules": {"cold-start": "off"}}', 'other.yaml': 'rules:\n  cold-start: info\n' });
  assert.equal(loadConfigFor(path.join(dir, 'doc.md')).config.rules['cold-start'].severity, 'off');
  const explicit = loadConfigFor(path.join(dir, 'doc.md'), { configFile: path.join(dir, 'other.yaml') });
  assert.deepEqual(explicit.files, [path.join(dir, 'other.yaml')]);
  assert.equal(explicit.config.rules['cold-start'].severity, 'info');
});

test('a ConfigError names the file, key and 1-based position of the wrong value, and the loader keeps throwing it', (t) => {
  const dir = project(t, { 'docs/.mldlrc.json': '{\n  "rules": {\n    "cold-start": "sometimes"\n  }\n}\n' });
  const loader = new ConfigLoader({ cwd: dir });
  const check = (error: unknown): boolean => {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.file, path.join(dir, 'docs', '.mldlrc.json'));
    assert.equal(error.key, 'rules.cold-start');
    assert.deepEqual([error.line, error.column], [3, 19], 'at the value "sometimes", which is what is wrong');
    assert.match(error.message, /Expected one of off, info, warning, error/);
    assert.equal(error.format(dir), `docs/.mldlrc.json:3:19: rules.cold-start: ${error.message}`);
    return true;
  };
  assert.throws(() => loader.load(path.join(dir, 'docs', 'a.md')), check);
  assert.throws(() => loader.load(path.join(dir, 'docs', 'sub', 'b.md')), check);
});

test('syntax errors carry their position: JSON and YAML', () => {
  assert.throws(
    () => parseConfigSource('{\n  "rules": {\n    "a": "off"\n    "b": "off"\n  }\n}', 'json', '/x/.mldlrc.json'),
    (e: unknown) => e instanceof ConfigError && e.line === 4 && e.column === 5 && /comma expected/.test(e.message),
  );
  assert.throws(
    () => parseConfigSource('rules:\n  a: off\n b: off\n', 'yaml', '/x/.mldlrc.yaml'),
    (e: unknown) => e instanceof ConfigError && e.line === 3 && e.column === 1 && /^Invalid YAML: All mapping items must start at the same column/.test(e.message),
  );
  // (jsonc-parser builds prototype-less objects, hence the round trip.)
  assert.deepEqual(JSON.parse(JSON.stringify(parseConfigSource('\ufeff{"rules": {}}', 'json', '/x/.mldlrc.json').value)), { rules: {} });
  assert.deepEqual(parseConfigSource('# nothing yet\n', 'yaml', '/x/.mldlrc.yaml').value, {});
});

test('package.json: no mldl key is not a config; a broken one is only an error when it mentions mldl', (t) => {
  const dir = project(t, {
    'plain/package.json': '{"name": "x"}',
    'broken/package.json': '{"name": ',
    'broken-mldl/package.json': '{"name": "x", "mldl": {',
  });
  assert.equal(readConfigFile(path.join(dir, 'plain', 'package.json')), undefined);
  assert.equal(readConfigFile(path.join(dir, 'broken', 'package.json')), undefined);
  assert.throws(() => readConfigFile(path.join(dir, 'broken-mldl', 'package.json')), ConfigError);
  assert.throws(
    () => readConfigFile(path.join(dir, 'plain', 'package.json'), { requireMldlKey: true }),
    (e: unknown) => e instanceof ConfigError && /no "mldl" key/.test(e.message),
  );
});

test('include/exclude patterns follow .gitignore conventions, relative to their config', () => {
  const loaded = (include: string[], exclude: string[]) => mergeLayers([layer({ include, exclude }, '/p')], '/p');
  const out = (include: string[], exclude: string[], file: string) => outOfScopeReason(loaded(include, exclude), file, '/p');
  assert.match(out([], ['drafts/'], '/p/docs/drafts/a.md') ?? '', /matches "exclude"/, 'dir/ matches at any depth');
  assert.equal(out([], ['/top.md'], '/p/docs/top.md'), undefined, 'leading slash anchors');
  assert.ok(out([], ['/top.md'], '/p/top.md'));
  assert.ok(out([], ['*.draft.md'], '/p/a/b/x.draft.md'), 'slash-less patterns match names at any depth');
  assert.ok(out([], ['archive'], '/p/archive/2020/x.md'), 'a directory name takes its contents');
  assert.equal(out(['design/**'], [], '/p/design/a.md'), undefined);
  assert.match(out(['design/**'], [], '/p/notes/a.md') ?? '', /not matched by "include"/);
  assert.match(out(['design/**'], [], '/elsewhere/design/a.md') ?? '', /not matched by "include"/, 'outside the config directory');
  assert.equal(out([], [], '/anywhere/a.md'), undefined);
});
