// Configuration, command-line and directive mistakes, as a user meets them:
// one `file:line:col: key: message` line at the fault itself (never an
// "internal error"), with the nearest valid value suggested.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean, nearest } from '../server/engine/did-you-mean.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPTED_IN_DOC, REPO_ROOT, parseJsonOutput, project, runCli, runCliInProcess } from './cli-harness.js';

/** Runs mldl on design.md in a project with `files`; expects exit 2 and returns the stderr lines. */
function configErrors(t: TestContext, files: Record<string, string>, args: string[] = []): string[] {
  const cwd = project(t, { 'design.md': OPTED_IN_DOC, ...files });
  const run = runCli([...args, 'design.md'], { cwd });
  assert.equal(run.code, 2, `exit 2 expected, got ${run.code}\n${run.stdout}${run.stderr}`);
  assert.doesNotMatch(run.stderr, /internal error|at .+:\d+:\d+\)/, 'no internal error, no stack trace');
  assert.equal(run.stdout, '');
  return run.stderr.trimEnd().split('\n');
}

test('nearest: typos within a third of the length, prefixes, case; nothing for unrelated words', () => {
  assert.equal(nearest('sytem', ['extends', 'system', 'rules']), 'system');
  assert.equal(nearest('warn', ['off', 'info', 'warning', 'error']), 'warning');
  assert.equal(nearest('ERROR', ['off', 'info', 'warning', 'error']), 'error');
  assert.equal(nearest('baseline-modle', ['baseline-model', 'business-metric']), 'baseline-model');
  assert.equal(nearest('mldl:recomended', ['mldl:recommended', 'mldl:strict']), 'mldl:recommended');
  assert.equal(nearest('colour', ['extends', 'rules', 'system', 'detect']), undefined);
  assert.equal(nearest('', ['a']), undefined);
  assert.equal(nearest('of', ['off', 'info']), 'off', 'a short typo still gets distance 2');
  assert.equal(didYouMean('zzzzzz', ['off', 'info']), '');
  assert.equal(didYouMean('inf', ['off', 'info']), ' Did you mean "info"?');
});

test('an unquoted glob in YAML (an alias) is reported at the glob, with the fix', (t) => {
  const lines = configErrors(t, { '.mldlrc.yaml': 'detect: always\nexclude: [drafts/, *.draft.md]\n' });
  assert.deepEqual(lines, [
    '.mldlrc.yaml:2:20: exclude: Unknown YAML alias *.draft.md: a value that starts with * refers to an anchor. Quote a glob pattern: "*.draft.md".',
  ]);
});

test('more than 100 alias expansions are refused at the alias that passes the limit', (t) => {
  const many = ['base: &base [x]', ...Array.from({ length: 120 }, (_, i) => `k${i + 1}: *base`)].join('\n');
  // yaml counts the anchored node as the first use: the 100th alias makes 101.
  assert.deepEqual(configErrors(t, { '.mldlrc.yaml': `${many}\n` }), [
    '.mldlrc.yaml:101:7: k100: YAML aliases here expand to more than 100 copies (refused, as a guard against resource exhaustion); write the values out.',
  ]);
  // A "billion laughs" with only 19 aliases trips on the 9th *b: 10 uses of b (the anchor counts) × 11 copies of a.
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]'];
  const [line] = configErrors(t, { '.mldlrc.yaml': `${laughs.join('\n')}\n` });
  const column = laughs[2].split('*b', 9).join('*b').length + 1;
  assert.equal(line, `.mldlrc.yaml:3:${column}: c: YAML aliases here expand to more than 100 copies (refused, as a guard against resource exhaustion); write the values out.`);
});

test('JSON nested 4000 deep is one line at the first level too deep, not a stack overflow', (t) => {
  const deep = `{"rules": {"cold-start": ${'['.repeat(4000)}${']'.repeat(4000)}}}`;
  const [line] = configErrors(t, { '.mldlrc.json': deep });
  // `{` and `{` then `[` from column 26: the 63rd `[` is the 65th level, at column 26 + 62.
  assert.equal(line, '.mldlrc.json:1:88: rules.cold-start: JSON nested more than 64 levels deep; no configuration needs that.');
  const inPackage = configErrors(t, { 'package.json': `{"name": "x", "mldl": ${'{"a": '.repeat(3000)}1${'}'.repeat(3000)}}` });
  assert.match(inPackage[0], /^package\.json:1:\d+: mldl\.a\.a\.a\.…: JSON nested more than 64 levels deep/);
});

test('YAML nested deeply is one line with its position, in flow and block style', (t) => {
  const [flow] = configErrors(t, { '.mldlrc.yaml': `rules: ${'['.repeat(4000)}${']'.repeat(4000)}\n` });
  assert.match(flow, /^\.mldlrc\.yaml:1:\d+: (rules: YAML|Invalid YAML:) nested more than 64 levels deep; no configuration needs that\.$/);
  const block = Array.from({ length: 80 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n');
  const [line] = configErrors(t, { '.mldlrc.yaml': `${block} 1\n` });
  assert.match(line, /^\.mldlrc\.yaml:65:129: k0\.k1\.k2\.k3\.…: YAML nested more than 64 levels deep/);
});

test('typos in a config file get the nearest valid value, each at its fault', (t) => {
  const config = [
    '{',
    '  "extends": ["mldl:strict", "mldl:recomended"],',
    '  "sytem": "ads",',
    '  "system": "fraud-detection",',
    '  "detect": "alway",',
    '  "rules": { "cold-start": "warn", "baseline-modle": "off", "data-leakage": ["eror"] }',
    '}',
  ].join('\n');
  assert.deepEqual(configErrors(t, { '.mldlrc.json': config }), [
    '.mldlrc.json:2:30: extends: Unknown preset "mldl:recomended". Did you mean "mldl:recommended"? Expected one of mldl:recommended, mldl:strict, mldl:interview.',
    '.mldlrc.json:3:3: sytem: Unknown setting "sytem". Did you mean "system"? Known settings: extends, rules, system, detect, include, exclude, root, maxDocumentSize.',
    '.mldlrc.json:4:13: system: Expected one of recommendation, search, feed, ads, fraud, moderation, forecasting, other, got "fraud-detection".',
    '.mldlrc.json:5:13: detect: Expected "auto" or "always", got "alway". Did you mean "always"?',
    '.mldlrc.json:6:28: rules.cold-start: Expected one of off, info, warning, error (or [severity, {options}]), got "warn". Did you mean "warning"?',
    '.mldlrc.json:6:36: rules.baseline-modle: Unknown rule "baseline-modle". Did you mean "baseline-model"? Run `mldl --list-rules` for the list.',
    '.mldlrc.json:6:78: rules.data-leakage: Expected one of off, info, warning, error (or [severity, {options}]), got a list. Did you mean "error"?',
  ]);
});

test('a preset named without its prefix in YAML is pointed at, with the prefixed name suggested', (t) => {
  assert.deepEqual(configErrors(t, { '.mldlrc.yaml': 'extends: recommended\n' }), [
    '.mldlrc.yaml:1:10: extends: Unknown preset "recommended". Did you mean "mldl:recommended"? Expected one of mldl:recommended, mldl:strict, mldl:interview.',
  ]);
});

test('--preset, --rule, --format and option typos get the nearest valid value', async (t) => {
  let runs = 0;
  const usage = async (args: string[]): Promise<string> => {
    const cwd = project(t, { 'design.md': OPTED_IN_DOC });
    // A real process for the first, main() in this process for the others.
    const run = runs++ === 0 ? runCli([...args, 'design.md'], { cwd }) : await runCliInProcess([...args, 'design.md'], { cwd });
    assert.equal(run.code, 2);
    return run.stderr.split('\n')[0];
  };
  assert.equal(
    await usage(['--preset', 'mldl:recomended']),
    'mldl: --preset: Unknown preset "mldl:recomended". Did you mean "mldl:recommended"? Expected one of mldl:recommended, mldl:strict, mldl:interview.',
  );
  assert.match(await usage(['--preset', 'strct']), /Unknown preset "strct"\. Did you mean "mldl:strict"\?/);
  assert.match(await usage(['--rule', 'cold-start:warn']), /^mldl: --rule cold-start:warn: .*got "warn"\. Did you mean "warning"\?$/);
  assert.match(await usage(['--rule', 'baseline-modle:off']), /Unknown rule "baseline-modle"\. Did you mean "baseline-model"\?/);
  assert.match(await usage(['--format', 'jsno']), /^mldl: Unknown format "jsno"\. Did you mean "json"\? Available formats:/);
  assert.match(await usage(['--presets', 'mldl:strict']), /^mldl: Unknown option '--presets'\. Did you mean "--preset"\?$/);
  assert.match(await usage(['--max-warning', '0']), /Did you mean "--max-warnings"\?$/);
});

test('an unknown rule id in a directive is flagged at the id, with the nearest rule', (t) => {
  const doc = `${OPTED_IN_DOC}\n<!-- mldl-disable-next-line placeholder-text, baseline-modle -->\nSome text.\n`;
  const cwd = project(t, { 'design.md': doc });
  const run = runCli(['--format', 'json', 'design.md'], { cwd });
  const [result] = parseJsonOutput(run.stdout);
  const directive = result.messages.find((m) => m.ruleId === 'directive');
  assert.ok(directive, run.stdout);
  const line = doc.split('\n').findIndex((l) => l.includes('baseline-modle')) + 1;
  assert.equal(directive.line, line);
  assert.equal(directive.column, '<!-- mldl-disable-next-line placeholder-text, '.length + 1);
  assert.equal(directive.endColumn, directive.column + 'baseline-modle'.length);
  assert.match(directive.message, /Unknown rule "baseline-modle".*Did you mean "baseline-model"\?/);
});

test('a severity typo in front matter gets the suggestion too', (t) => {
  const doc = OPTED_IN_DOC.replace('mldl: true\n', 'mldl:\n  rules:\n    cold-start: warn\n');
  const cwd = project(t, { 'design.md': doc });
  const run = runCli(['--format', 'json', 'design.md'], { cwd });
  const [result] = parseJsonOutput(run.stdout);
  const problem = result.messages.find((m) => m.ruleId === 'front-matter');
  assert.ok(problem, run.stdout);
  assert.match(problem.message, /got "warn"\. Did you mean "warning"\?/);
});

test('docs/configuration.md "Errors in configuration": mldl prints exactly the lines it shows', async (t) => {
  const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Errors in configuration'));
  const shown = /```text\n([\s\S]*?)```/.exec(section)?.[1].trimEnd().split('\n') ?? [];
  assert.equal(shown.length, 7, 'the example block is found');
  const yml = [
    'root: true',
    'colour: red',
    'extends: mldl:recomended',
    'rules:',
    '  cold-start: warn',
    '  unquantified-requirement: [warning, {words: [fast]}]',
    '',
  ].join('\n');
  const projects: Array<Record<string, string>> = [
    { '.mldlrc.json': '{\n  "rules": {\n    "placeholder-text": "warning",\n  }\n}\n' },
    { 'docs/.mldlrc.yml': yml },
    { 'drafts/.mldlrc.yaml': 'exclude: [*.draft.md]\n' },
    { 'package.json': '{\n  "name": "design-docs",\n  "mldl": {\n    "rules": {\n      "nope": "off"\n    }\n  }\n}\n' },
  ];
  const printed: string[] = [];
  for (const [index, files] of projects.entries()) {
    const dir = /^[a-z]+\//.exec(Object.keys(files)[0])?.[0] ?? '';
    const cwd = project(t, { [`${dir}design.md`]: OPTED_IN_DOC, ...files });
    // A real process for the first, main() in this process for the others.
    const run = index === 0 ? runCli([`${dir}design.md`], { cwd }) : await runCliInProcess([`${dir}design.md`], { cwd });
    assert.equal(run.code, 2, run.stderr);
    printed.push(...run.stderr.trimEnd().split('\n'));
  }
  assert.deepEqual(printed, shown);
});
