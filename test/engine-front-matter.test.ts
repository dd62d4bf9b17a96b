// Front matter: per-file settings (system type, rule overrides), opting in and
// out of linting, and clear errors for broken YAML or bad values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';

// Not a design doc by auto-detection: no ML words, no framework headings.
const PLAIN = `# Team offsite

- Dates: 12–14 March.
- Venue: to be booked.
`;

// A ranking-shaped design doc that never handles cold start or position bias.
const RECSYS_BODY = `# Job recommendations for members

## Problem framing

We predict P(apply | member, job) and rank jobs by it. A positive is an
application within 7 days of the impression.

## Data

Features: member skills, job title, company and location.
`;

function faults(text: string): Array<{ line: number; message: string }> {
  return lint(text, { force: true })
    .findings.filter((f) => f.ruleId === 'front-matter')
    .map((f) => ({ line: f.range.start.line, message: f.message }));
}

test('mldl: {system: ads, rules: {cold-start: off}} sets the system and switches the rule off', () => {
  const text = `---\nmldl:\n  system: ads\n  rules:\n    cold-start: off\n---\n${RECSYS_BODY}`;
  const result = lint(text, { force: true });
  assert.equal(result.profile.type, 'ads');
  assert.equal(result.profile.source, 'front-matter');
  assert.deepEqual(faults(text), []);
  assert.equal(result.findings.filter((f) => f.ruleId === 'cold-start').length, 0);
  assert.equal(result.coverage.find((c) => c.ruleId === 'cold-start')?.status, 'off');
  // Ads are ranking-shaped: the other † rule still applies and fires.
  assert.ok(result.findings.some((f) => f.ruleId === 'position-bias'));
});

test('mldl rule overrides change severity', () => {
  const text = `---\nmldl:\n  rules:\n    business-metric: info\n---\n${RECSYS_BODY}`;
  const finding = lint(text, { force: true }).findings.find((f) => f.ruleId === 'business-metric');
  assert.equal(finding?.severity, 'info');
});

test('system: fraud makes ranking-only rules not applicable and rare-positive rules applicable', () => {
  const text = `---\nsystem: fraud\n---\n${RECSYS_BODY}`;
  const result = lint(text, { force: true });
  assert.equal(result.profile.type, 'fraud');
  const ids = new Set(result.findings.map((f) => f.ruleId));
  for (const id of ['cold-start', 'position-bias', 'multi-stage-ranking', 're-ranking']) {
    assert.ok(!ids.has(id), `${id} must not fire on a fraud doc`);
    assert.equal(result.coverage.find((c) => c.ruleId === id)?.status, 'not-applicable');
  }
  assert.ok(ids.has('class-imbalance'), 'class-imbalance applies to fraud');
});

test('without front matter the same body is a recommendation doc and the ranking rules fire', () => {
  const result = lint(RECSYS_BODY, { force: true });
  assert.equal(result.profile.type, 'recommendation');
  assert.ok(result.findings.some((f) => f.ruleId === 'cold-start'));
});

test('mldl: false skips the file, whatever its content', () => {
  const result = lint(`---\nmldl: false\n---\n${RECSYS_BODY}`);
  assert.equal(result.skipped, true);
  assert.match(result.skipReason ?? '', /mldl: false/);
  assert.deepEqual(result.findings, []);
});

test('mldl: true lints a file that auto-detection would skip', () => {
  assert.equal(lint(PLAIN).skipped, true, 'control: the plain doc is skipped without opt-in');
  const result = lint(`---\nmldl: true\n---\n${PLAIN}`);
  assert.equal(result.skipped, false);
  assert.ok(result.findings.some((f) => f.ruleId === 'ml-objective'));
});

test('invalid YAML front matter is a front-matter error on the broken line', () => {
  const text = `---\nsystem: recommendation\nrules: [unclosed\n---\n${RECSYS_BODY}`;
  const found = lint(text, { force: true }).findings.filter((f) => f.ruleId === 'front-matter');
  assert.equal(found.length >= 1, true, 'a front-matter finding is reported');
  assert.equal(found[0].severity, 'error');
  assert.equal(found[0].kind, 'engine');
  assert.equal(found[0].range.start.line, 3);
  assert.match(found[0].message, /YAML/);
});

test('broken front matter is reported even in a file auto-detection skips', () => {
  const result = lint(`---\nmldl: [oops\n---\n${PLAIN}`);
  assert.ok(result.findings.some((f) => f.ruleId === 'front-matter'));
  assert.equal(result.skipped, false, 'a file with faults is not reported as cleanly skipped');
});

test('front matter that is not a mapping is an error', () => {
  const found = faults(`---\n- just\n- a list\n---\n${RECSYS_BODY}`);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /mapping/);
});

test('an unknown rule id in front matter is reported naming the key', () => {
  const found = faults(`---\nmldl:\n  rules:\n    cold-strat: off\n---\n${RECSYS_BODY}`);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /mldl\.rules\.cold-strat/);
  assert.match(found[0].message, /cold-start/, 'suggests the closest rule id');
  assert.equal(found[0].line, 4, 'on the misspelt key itself, not on `mldl:`');
});

test('a bad severity in front matter is reported naming the key', () => {
  const found = faults(`---\nmldl:\n  rules:\n    cold-start: loud\n---\n${RECSYS_BODY}`);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /mldl\.rules\.cold-start/);
  assert.match(found[0].message, /off, info, warning, error/);
});

test('a bad system in front matter is reported naming the key, on its line', () => {
  const top = faults(`---\ntitle: Jobs\nsystem: spaceship\n---\n${RECSYS_BODY}`);
  assert.equal(top.length, 1);
  assert.match(top[0].message, /"system"/);
  assert.match(top[0].message, /spaceship/);
  assert.equal(top[0].line, 3);
  const nested = faults(`---\nmldl:\n  system: spaceship\n---\n${RECSYS_BODY}`);
  assert.equal(nested.length, 1);
  assert.match(nested[0].message, /mldl\.system/);
});

test('a bad value does not stop the valid settings beside it', () => {
  const text = `---\nmldl:\n  rules:\n    cold-start: off\n    no-such-rule: off\n---\n${RECSYS_BODY}`;
  const result = lint(text, { force: true });
  assert.equal(result.findings.filter((f) => f.ruleId === 'front-matter').length, 1);
  assert.equal(result.findings.filter((f) => f.ruleId === 'cold-start').length, 0);
});

test('YAML that parses but cannot be converted (an alias with no anchor) is a front-matter problem, not a crash', () => {
  // Found by test/incremental.test.ts: "***" in front matter reads as an alias to an anchor "**".
  const result = lint(`---\n***\n---\n${RECSYS_BODY}`, { force: true });
  const found = result.findings.filter((f) => f.ruleId === 'front-matter');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /Invalid YAML front matter: .*alias/i);
});

test('the keys mldl reads as settings are not evidence: a problem id that names a task does not state the ML objective', () => {
  const body = '# Practice\n\n## Problem framing\n\n## Data\n';
  const fired = (text: string): boolean => lint(text, { force: true }).findings.some((f) => f.ruleId === 'ml-objective');
  assert.equal(fired(`---\nproblem: ad-click-prediction\nsystem: ads\n---\n${body}`), true, 'problem: and system: are settings');
  assert.equal(fired(`---\ntitle: Ad click prediction\nsystem: ads\n---\n${body}`), false, 'any other key is read as evidence');
});
