// The scorecard webview's CSP (client/src/practice/csp.ts) on the real page
// the server renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, withStrictCsp } from '../client/src/practice/csp.js';
import { toHtml } from '../server/interview/scorecard-render.js';
import { scoreAnswer } from '../server/interview/score-answer.js';

const policies = (html: string): string[] => [...html.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);

test('the rendered scorecard keeps exactly one, strict policy and no script', () => {
  const scored = scoreAnswer('---\nproblem: eta-prediction\nmldl: true\n---\n# ETA\n\n## Requirements\n');
  assert.ok(scored.ok);
  if (!scored.ok) return;
  const html = withStrictCsp(toHtml(scored.scorecard));
  assert.deepEqual(policies(html), [STRICT_CSP]);
  assert.ok(html.indexOf(STRICT_CSP) < html.indexOf('<style>'), 'the policy comes before any content');
  assert.doesNotMatch(html, /<script/i);
});

test('a looser policy is replaced, a missing one added', () => {
  const loose = '<html><head><meta http-equiv="Content-Security-Policy" content="default-src *; script-src \'unsafe-inline\'"><title>x</title></head></html>';
  assert.deepEqual(policies(withStrictCsp(loose)), [STRICT_CSP]);
  assert.deepEqual(policies(withStrictCsp('<html><head><title>x</title></head></html>')), [STRICT_CSP]);
  assert.deepEqual(policies(withStrictCsp('<p>fragment</p>')), [STRICT_CSP]);
});
