// The `mldl/scorecard` request (server/lsp/scorecard-request.ts) over real
// LSP (bin/mldl-language-server.js via test/lsp-harness.ts): what the VS Code
// practice flow asks at the end of a session and for hints.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './lsp-harness.js';
import { SCORECARD_REQUEST, type ScorecardResult } from '../server/lsp/scorecard-protocol.js';
import { FRAUD_DATA, FRAUD_FRAMING, FRAUD_REQUIREMENTS, fraudAnswer } from './fraud-answer.js';

const ANSWER = fraudAnswer(
  'problem: payment-fraud-detection\nsystem: fraud\nmldl: true\n',
  'Practice interview: payment-fraud-detection',
  FRAUD_REQUIREMENTS,
  FRAUD_FRAMING,
  FRAUD_DATA,
);

describe('mldl/scorecard', () => {
  let client: LspClient;
  const uri = 'untitled:practice-payment-fraud-detection.md';

  before(async () => {
    client = (await LspClient.start({ settings: { preset: 'recommended' } })).client;
    await client.open(uri, ANSWER);
  });

  after(async () => {
    await client.shutdown();
  });

  test('scores the open document with the interview preset, the problem from its front matter', async () => {
    const result = (await client.connection.sendRequest(SCORECARD_REQUEST, { uri })) as ScorecardResult;
    assert.equal(result.uri, uri);
    assert.equal(result.version, client.version(uri));
    const card = result.scorecard;
    assert.equal(card.problem?.id, 'payment-fraud-detection');
    const step = (id: string) => card.steps.find((s) => s.step === id)!;
    assert.ok(step('data').covered.some((i) => i.ruleId === 'label-delay' && i.problemSpecific), 'the problem rule is on (it is off in recommended)');
    assert.ok(step('monitoring').missing.some((i) => i.ruleId === 'adversarial-drift'), 'and expected where missing');
    assert.ok(step('requirements').covered.some((i) => i.ruleId === 'latency-budget'));
    assert.ok(step('model').missing.some((i) => i.ruleId === 'baseline-model' && i.why.length > 20), 'a missing item says why interviewers ask');
    assert.ok(card.redFlags.some((f) => f.ruleId === 'baseline-model'));
    assert.ok(card.score >= 0 && card.score <= card.coveragePercent);
    assert.match(result.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(result.html, /<script/i);
    assert.match(result.markdown, /^# Interview scorecard/);
  });

  test('adds the time per step and the trend the client sends; ignores what it cannot use', async () => {
    const result = (await client.connection.sendRequest(SCORECARD_REQUEST, {
      uri,
      timePerStep: { requirements: 300, data: 125, bogus: 5, model: -4, serving: 'x' },
      attempts: [{ date: '2026-11-01 10:00', score: 5 }, { date: 7, score: 'x' }],
      date: '2026-11-21 10:00',
    })) as ScorecardResult;
    const card = result.scorecard;
    assert.equal(card.steps.find((s) => s.step === 'requirements')?.seconds, 300);
    assert.equal(card.steps.find((s) => s.step === 'data')?.seconds, 125);
    assert.equal(card.steps.find((s) => s.step === 'model')?.seconds, undefined, 'a negative time is dropped');
    assert.equal(card.totalSeconds, 425);
    assert.deepEqual(card.trend?.attempts.map((a) => a.date), ['2026-11-01 10:00', '2026-11-21 10:00']);
    assert.equal(card.trend?.change, card.score - 5);
    assert.match(result.html, /5 min 00 s/);
    assert.match(result.html, /Trend:/);
  });

  test('an explicit problem wins over the front matter', async () => {
    const result = (await client.connection.sendRequest(SCORECARD_REQUEST, { uri, problem: 'ad-click-prediction' })) as ScorecardResult;
    assert.equal(result.scorecard.problem?.id, 'ad-click-prediction');
    assert.ok(result.scorecard.steps.some((s) => [...s.covered, ...s.missing].some((i) => i.ruleId === 'calibration')));
  });

  test('a document that is not open, or an unknown problem, is an InvalidParams error naming the request', async () => {
    await assert.rejects(client.connection.sendRequest(SCORECARD_REQUEST, { uri: 'untitled:nope.md' }), /mldl\/scorecard: document untitled:nope\.md is not open/);
    await assert.rejects(client.connection.sendRequest(SCORECARD_REQUEST, { uri, problem: 'no-such-problem' }), /unknown interview problem "no-such-problem"/);
    await assert.rejects(client.connection.sendRequest(SCORECARD_REQUEST, null), /is not open/);
    // The server is still there.
    const result = (await client.connection.sendRequest(SCORECARD_REQUEST, { uri })) as ScorecardResult;
    assert.equal(result.scorecard.problem?.id, 'payment-fraud-detection');
  });
});
