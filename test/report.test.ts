// The report formats as a CI system or a reader consumes them: SARIF checked
// against the SARIF 2.1.0 schema, GitHub workflow commands parsed back, the
// Markdown summary's tables and links, --output and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ALL_RULES } from '../rules/index.js';
import { docsUrl } from '../server/engine/docs-url.js';
import { escapeGithubData as escapeData, escapeGithubProperty as escapeProperty } from '../server/io/escape.js';
import { DESIGN_DOC, OPTED_IN_DOC, README, REPO_ROOT, TODO_POSITION, onlyRules, project, runCli, runCliInProcess } from './cli-harness.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 and ajv-formats are CommonJS; the SARIF schema is draft-04.
const Ajv04 = require('ajv-draft-04') as new (options: Record<string, unknown>) => {
  compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown };
};
const addFormats = require('ajv-formats') as (ajv: unknown) => void;

const CONFIG = onlyRules({ 'placeholder-text': 'warning', 'business-metric': 'error', 'offline-metrics': 'info', 'ab-test': 'warning' });

function sarifValidator(): ((data: unknown) => boolean) & { errors?: unknown } {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test-fixtures', 'report', 'sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is not valid with the u flag;
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }> } };
    results: Array<{ ruleId: string; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }>;
  }>;
}

test('--format sarif is valid SARIF 2.1.0 with every rule and a located result per finding', (t) => {
  const cwd = project(t, { '.mldlrc.json': CONFIG, 'docs/my design.md': OPTED_IN_DOC, 'README.md': README });
  const run = runCli(['--format', 'sarif', 'docs', 'README.md'], { cwd });
  assert.equal(run.code, 1, run.stderr); // business-metric is an error
  const log = JSON.parse(run.stdout) as SarifLog;
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  // The schema must be able to reject: a result without a message is not SARIF.
  const broken = structuredClone(log);
  delete (broken.runs[0].results[0] as Partial<(typeof broken.runs)[0]['results'][0]>).message;
  assert.equal(validate(broken), false, 'schema accepted a result without a message');

  assert.equal(log.version, '2.1.0');
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'mldl');
  assert.match(driver.version, /^\d+\.\d+\.\d+/);
  assert.match(driver.informationUri, /^https:\/\//);
  assert.deepEqual(driver.rules.map((r) => r.id), ALL_RULES.map((r) => r.meta.id));
  const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
  for (const rule of ALL_RULES) {
    const entry = driver.rules.find((r) => r.id === rule.meta.id)!;
    assert.equal(entry.shortDescription.text, rule.meta.description);
    assert.equal(entry.helpUri, docsUrl(rule.meta.id));
    assert.equal(entry.defaultConfiguration.level, levels[rule.meta.severity]);
  }
  const results = log.runs[0].results;
  const todo = results.find((r) => r.ruleId === 'placeholder-text');
  assert.ok(todo, JSON.stringify(results));
  assert.equal(todo.level, 'warning');
  const location = todo.locations[0].physicalLocation;
  assert.equal(location.artifactLocation.uri, 'docs/my%20design.md');
  assert.equal(location.region.startLine, TODO_POSITION.line);
  assert.equal(location.region.startColumn, TODO_POSITION.column);
  assert.equal(location.region.endLine, TODO_POSITION.line);
  assert.equal(location.region.endColumn, TODO_POSITION.column + 'TODO'.length);
  assert.equal(results.find((r) => r.ruleId === 'business-metric')?.level, 'error');
  assert.ok(results.every((r) => !r.locations[0].physicalLocation.artifactLocation.uri.includes('README')), 'skipped README has results');
});

/** Parses `::cmd k=v,k=v::data` back, undoing the runner's escapes. */
function parseAnnotation(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(match, `not a workflow command: ${line}`);
  const unescape = (value: string) => value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties = Object.fromEntries(match[2].split(',').map((pair) => {
    const [key, ...rest] = pair.split('=');
    return [key, unescape(rest.join('='))];
  }));
  return { command: match[1], properties, message: unescape(match[3]) };
}

test('--format github prints one workflow command per finding, by severity, that parses back', async (t) => {
  const cwd = project(t, { '.mldlrc.json': CONFIG, 'docs/a,b:c.md': OPTED_IN_DOC });
  const run = runCli(['--format', 'github', 'docs'], { cwd });
  assert.equal(run.code, 1, run.stderr);
  const annotations = run.stdout.trimEnd().split('\n').map(parseAnnotation);
  const json = JSON.parse((await runCliInProcess(['--format', 'json', 'docs'], { cwd })).stdout) as Array<{ messages: Array<{ ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }> }>;
  const messages = json[0].messages;
  assert.equal(annotations.length, messages.length);
  const commands: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };
  messages.forEach((message, index) => {
    const annotation = annotations[index];
    assert.equal(annotation.command, commands[message.severity]);
    assert.deepEqual(annotation.properties, {
      file: 'docs/a,b:c.md',
      line: String(message.line),
      col: String(message.column),
      endLine: String(message.endLine),
      endColumn: String(message.endColumn),
      title: `mldl ${message.ruleId}`,
    });
    assert.equal(annotation.message, message.message);
  });
  assert.ok(annotations.some((a) => a.command === 'notice'), 'info findings should be notices');
});

test('GitHub escaping: %, CR and LF in data; also : and , in properties', () => {
  assert.equal(escapeData('50% a\r\nb: c, d'), '50%25 a%0D%0Ab: c, d');
  assert.equal(escapeProperty('50% a\r\nb: c, d'), '50%25 a%0D%0Ab%3A c%2C d');
});

test('--format markdown: a step table per document, errors and warnings with line links, an overall line', (t) => {
  const cwd = project(t, { '.mldlrc.json': CONFIG, 'docs/design.md': OPTED_IN_DOC, 'docs/jobs.md': DESIGN_DOC });
  const run = runCli(['--format', 'markdown', 'docs'], { cwd, env: { GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '' } });
  assert.equal(run.code, 1, run.stderr);
  const md = run.stdout;
  assert.match(md, /^## ML design review$/m);
  for (const doc of ['docs/design.md', 'docs/jobs.md']) assert.ok(md.includes(`### \`${doc}\``), md);
  for (const step of ['Requirements', 'Problem framing', 'Data', 'Model', 'Evaluation', 'Serving', 'Monitoring']) {
    assert.equal(md.match(new RegExp(`^\\| ${step} \\| \\d+/\\d+ \\|`, 'gm'))?.length, 2, `${step} row per doc:\n${md}`);
  }
  assert.ok(md.includes(`[L${TODO_POSITION.line}](docs/design.md#L${TODO_POSITION.line})`), md);
  assert.match(md, /⚠️ \*\*warning\*\* \[L7\]\(docs\/design\.md#L7\): Placeholder "TODO".*\(`placeholder-text`\)/);
  assert.match(md, /❌ \*\*error\*\* .*\(`business-metric`\)/);
  assert.ok(!md.includes('`offline-metrics`'), 'infos are counted, not listed');
  assert.match(md, /^\*\*Overall:\*\* 2 documents reviewed; \d+\/\d+ rules covered; 1 error, \d+ warnings?, \d+ infos?\.$/m);
});

test('--format markdown links to the file on GitHub inside Actions', async (t) => {
  const cwd = project(t, { '.mldlrc.json': CONFIG, 'design.md': OPTED_IN_DOC });
  const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/designs', GITHUB_SHA: 'abc123' };
  const run = await runCliInProcess(['--format', 'markdown', 'design.md'], { cwd, env });
  assert.ok(run.stdout.includes('[L7](https://github.com/acme/designs/blob/abc123/design.md#L7)'), run.stdout);
});

test('--output writes the report to a file for every format, and stdout stays empty; exit codes unchanged', async (t) => {
  const cwd = project(t, { '.mldlrc.json': CONFIG, 'design.md': OPTED_IN_DOC });
  for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown', 'html']) {
    const target = `reports/out.${format}`;
    // A real process for the first format, main() in this process for the others.
    const args = ['--format', format, '--output', target, 'design.md'];
    const run = format === 'stylish' ? runCli(args, { cwd }) : await runCliInProcess(args, { cwd });
    assert.equal(run.code, 1, `${format}: ${run.stderr}`);
    assert.equal(run.stdout, '', format);
    const written = fs.readFileSync(path.join(cwd, target), 'utf8');
    assert.ok(written.length > 0 && written.includes('placeholder-text') || format === 'html' && written.includes('Placeholder'), `${format}: ${written.slice(0, 200)}`);
  }
});

test('--max-warnings applies to report formats; an unwritable --output is exit 2 with one line', async (t) => {
  const warningsOnly = onlyRules({ 'placeholder-text': 'warning' });
  const cwd = project(t, { '.mldlrc.json': warningsOnly, 'design.md': OPTED_IN_DOC, 'blocker': 'a file, not a directory' });
  assert.equal(runCli(['--format', 'sarif', 'design.md'], { cwd }).code, 0);
  const strict = await runCliInProcess(['--format', 'sarif', '--max-warnings', '0', 'design.md'], { cwd });
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /too many warnings/);
  const blocked = await runCliInProcess(['--format', 'markdown', '--output', 'blocker/report.md', 'design.md'], { cwd });
  assert.equal(blocked.code, 2);
  assert.match(blocked.stderr, /^blocker\/report\.md: cannot write report \(\w+\)\n$/);
});
