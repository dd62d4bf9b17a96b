// Configuration as the CLI sees it: files found by walking up, merged parent
// to child, in JSON, YAML or package.json, and broken ones reported with
// file, position and key — exit 2, never a stack trace, never ignored.
// Each test's first run is a real process; the further runs of a test go
// through main() in this process (runCliInProcess, checked against the
// process in cli.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPTED_IN_DOC, TODO_POSITION, onlyRules, parseJsonOutput, project, runCli, runCliInProcess, type CliOptions, type CliRun } from './cli-harness.js';

const inProcess = runCliInProcess;
const real = async (args: string[], options: CliOptions): Promise<CliRun> => runCli(args, options);

async function ruleSeverities(cwd: string, args: string[], cli = inProcess): Promise<Record<string, string>> {
  const run = await cli(['--format', 'json', ...args], { cwd });
  assert.notEqual(run.code, 2, run.stderr);
  const [result] = parseJsonOutput(run.stdout);
  return Object.fromEntries(result.messages.map((m) => [m.ruleId, m.severity]));
}

test('a broken .mldlrc.json: exit 2, one line with file, line and column', (t) => {
  const cwd = project(t, { '.mldlrc.json': '{\n  "rules": {\n    "placeholder-text": "warning",\n  }\n}\n', 'design.md': OPTED_IN_DOC });
  const run = runCli(['design.md'], { cwd });
  assert.equal(run.code, 2);
  // At the comma itself (line 3), not at the brace where the parser noticed it.
  assert.equal(run.stderr, '.mldlrc.json:3:34: Invalid JSON: trailing comma.\n');
  assert.equal(run.stdout, '');
});

test('an unknown rule id in config names the file, position and key, with a suggestion', (t) => {
  const cwd = project(t, { '.mldlrc.json': '{\n  "rules": {\n    "cold-strat": "off"\n  }\n}\n', 'design.md': OPTED_IN_DOC });
  const run = runCli(['design.md'], { cwd });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^\.mldlrc\.json:3:5: rules\.cold-strat: Unknown rule "cold-strat"\. Did you mean "cold-start"\?/);
  assert.equal(run.stderr.trim().split('\n').length, 1);
});

test('wrong severities, unknown settings and bad rule options are each reported at their key', (t) => {
  const config = [
    'extends: mldl:strict',
    'colour: red',
    'rules:',
    '  cold-start: fatal',
    '  unquantified-requirement: [warning, {words: [fast]}]',
    '',
  ].join('\n');
  const cwd = project(t, { 'docs/.mldlrc.yml': config, 'docs/design.md': OPTED_IN_DOC });
  const run = runCli(['docs'], { cwd });
  assert.equal(run.code, 2);
  assert.deepEqual(run.stderr.trim().split('\n'), [
    'docs/.mldlrc.yml:2:1: colour: Unknown setting "colour". Known settings: extends, rules, system, detect, include, exclude, root, maxDocumentSize.',
    'docs/.mldlrc.yml:4:15: rules.cold-start: Expected one of off, info, warning, error (or [severity, {options}]), got "fatal".',
    'docs/.mldlrc.yml:5:3: rules.unquantified-requirement: Unknown option "words".',
  ]);
});

test('a broken YAML config gives the YAML position', (t) => {
  const cwd = project(t, { '.mldlrc.yaml': 'rules:\n  placeholder-text: [warning\n', 'design.md': OPTED_IN_DOC });
  const run = runCli(['design.md'], { cwd });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^\.mldlrc\.yaml:\d+:\d+: Invalid YAML: .+\n$/);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});

test('a broken config only stops the files under it; the others are linted', (t) => {
  const cwd = project(t, {
    '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning' }),
    'bad/.mldlrc.json': '{ "rules": ',
    'bad/a.md': OPTED_IN_DOC,
    'bad/b.md': OPTED_IN_DOC,
    'good/c.md': OPTED_IN_DOC,
  });
  const run = runCli(['--format', 'json', '.'], { cwd });
  assert.equal(run.code, 2);
  assert.equal(run.stderr.trim().split('\n').length, 1, `one line for the broken config, not one per file:\n${run.stderr}`);
  assert.match(run.stderr, /^bad\/\.mldlrc\.json:1:\d+: Invalid JSON/);
  assert.deepEqual(parseJsonOutput(run.stdout).map((r) => r.filePath.slice(cwd.length + 1)), ['good/c.md']);
});

test('nested configs merge parent to child; "root": true stops the walk', async (t) => {
  const cwd = project(t, {
    '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning', 'business-metric': 'error' }),
    'team/.mldlrc.json': JSON.stringify({ rules: { 'placeholder-text': 'error' } }),
    'team/design.md': OPTED_IN_DOC,
    'isolated/.mldlrc.json': JSON.stringify({ root: true, rules: { 'placeholder-text': 'info' } }),
    'isolated/design.md': OPTED_IN_DOC,
  });
  const team = await ruleSeverities(cwd, ['team/design.md'], real);
  assert.equal(team['placeholder-text'], 'error', 'child overrides parent');
  assert.equal(team['business-metric'], 'error', 'parent setting kept');
  assert.equal(Object.keys(team).length, 2, 'the parent switched the other rules off');
  const isolated = await ruleSeverities(cwd, ['isolated/design.md']);
  assert.equal(isolated['placeholder-text'], 'info');
  // With root: true the parent's "everything off" does not apply, so the
  // recommended preset's rules fire again.
  assert.ok(Object.keys(isolated).length > 2, JSON.stringify(isolated));
});

test('an "mldl" key in package.json is a config; a package.json without one is not', async (t) => {
  const cwd = project(t, {
    'package.json': JSON.stringify({ name: 'docs', mldl: JSON.parse(onlyRules({ 'placeholder-text': 'error' })) }),
    'design.md': OPTED_IN_DOC,
    'sub/package.json': JSON.stringify({ name: 'sub' }),
    'sub/design.md': OPTED_IN_DOC,
  });
  assert.deepEqual(await ruleSeverities(cwd, ['design.md']), { 'placeholder-text': 'error' });
  assert.deepEqual(await ruleSeverities(cwd, ['sub/design.md']), { 'placeholder-text': 'error' });
  const bad = project(t, { 'package.json': JSON.stringify({ name: 'x', mldl: { rules: { nope: 'off' } } }, null, 2), 'design.md': OPTED_IN_DOC });
  const run = runCli(['design.md'], { cwd: bad });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^package\.json:5:7: mldl\.rules\.nope: Unknown rule "nope"/);
});

test('a YAML config with extends and rule options', async (t) => {
  const cwd = project(t, {
    '.mldlrc.yaml': '# team settings\nextends: mldl:strict\nrules:\n  business-metric: off\n',
    'design.md': OPTED_IN_DOC,
  });
  const severities = await ruleSeverities(cwd, ['design.md'], real);
  assert.equal(severities['placeholder-text'], 'error', 'strict preset applied');
  assert.equal(severities['business-metric'], undefined, 'own rules applied after the preset');
});

test('--config uses the given file instead of looking for .mldlrc files', async (t) => {
  const cwd = project(t, {
    '.mldlrc.json': onlyRules({ 'business-metric': 'error' }),
    'ci/mldl.yaml': `rules:\n${Object.entries(JSON.parse(onlyRules({ 'placeholder-text': 'info' })).rules as Record<string, string>).map(([id, s]) => `  ${id}: ${s}`).join('\n')}\n`,
    'design.md': OPTED_IN_DOC,
  });
  assert.deepEqual(await ruleSeverities(cwd, ['--config', 'ci/mldl.yaml', 'design.md'], real), { 'placeholder-text': 'info' });
  const missing = await runCliInProcess(['--config', 'nope.json', 'design.md'], { cwd });
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'nope.json: Cannot read configuration file: no such file (it may have been removed, or be a broken symbolic link).\n');
});

test('--print-config prints the merged configuration for a file as JSON', async (t) => {
  const cwd = project(t, {
    '.mldlrc.json': JSON.stringify({ extends: 'mldl:interview', system: 'search', rules: { 'cold-start': 'off' } }),
    'docs/.mldlrc.yaml': 'rules:\n  unquantified-requirement: [error, {terms: [snappy]}]\nexclude: ["drafts/"]\n',
  });
  const run = runCli(['--print-config', 'docs/design.md'], { cwd });
  assert.equal(run.code, 0, run.stderr);
  const config = JSON.parse(run.stdout) as Record<string, unknown> & { rules: Record<string, unknown> };
  assert.equal(config.system, 'search');
  assert.equal(config.detect, 'auto');
  assert.deepEqual(config.exclude, ['drafts/']);
  assert.equal(config.rules['cold-start'], 'off');
  assert.deepEqual(config.rules['unquantified-requirement'], ['error', { terms: ['snappy'] }]);
  assert.equal(config.rules['training-frequency'], 'warning', 'interview preset raises document rules to warning');
  const withRule = JSON.parse((await runCliInProcess(['--print-config', 'docs/design.md', '--rule', 'cold-start:error'], { cwd })).stdout) as typeof config;
  assert.equal(withRule.rules['cold-start'], 'error', '--rule wins over files');
});

test('include and exclude in config decide which files are linted', async (t) => {
  const cwd = project(t, {
    '.mldlrc.json': JSON.stringify({ ...JSON.parse(onlyRules({ 'placeholder-text': 'warning' })), include: ['design/**'], exclude: ['**/drafts/'] }),
    'design/a.md': OPTED_IN_DOC,
    'design/drafts/b.md': OPTED_IN_DOC,
    'notes/c.md': OPTED_IN_DOC,
  });
  const run = runCli(['--format', 'json', '--verbose', '.'], { cwd });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(parseJsonOutput(run.stdout).map((r) => r.filePath.slice(cwd.length + 1)), ['design/a.md']);
  assert.match(run.stderr, /design\/drafts\/b\.md: skipped: matches "exclude" in \.mldlrc\.json/);
  assert.match(run.stderr, /notes\/c\.md: skipped: not matched by "include" in \.mldlrc\.json/);
  // Named explicitly, an excluded file shows up as skipped rather than vanishing.
  const named = parseJsonOutput((await runCliInProcess(['--format', 'json', 'notes/c.md'], { cwd })).stdout);
  assert.deepEqual(named.map((r) => r.skipped), [true]);
});

test('detect: always lints docs that would not be recognised; front matter overrides config', (t) => {
  const doc = '# Groceries\n\n- TODO: milk\n';
  const cwd = project(t, {
    '.mldlrc.json': onlyRules({ 'placeholder-text': 'warning' }, { detect: 'always' }),
    'list.md': doc,
    'off.md': `---\nmldl:\n  rules:\n    placeholder-text: off\n---\n${doc}`,
  });
  const results = parseJsonOutput(runCli(['--format', 'json', 'list.md', 'off.md'], { cwd }).stdout);
  assert.deepEqual(results.map((r) => [r.skipped, r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)]), [
    [false, ['placeholder-text@3:3']],
    [false, []],
  ]);
  assert.equal(TODO_POSITION.column, 3);
});
