// Messages and fixes fit the kind of system: an LLM doc is not told about
// positives and negatives, a forecasting doc about a seasonal-naive baseline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';

const finding = (text: string, ruleId: string) => lint(text, { force: true }).findings.find((f) => f.ruleId === ruleId);

const LLM_DOC = `# Support assistant

## Overview

An LLM assistant answers customer questions with retrieval-augmented generation over help-center articles: the retriever finds passages, the LLM drafts a grounded answer with citations from a prompt template.
`;

const FORECAST_DOC = `---
system: forecasting
---
# Store demand forecasting

## Overview

We forecast weekly demand per store and product for the next eight weeks so that replenishment orders fit demand; the forecast is a time series regression over sales history.
`;

const CLASSIFIER_DOC = `---
system: fraud
---
# Card fraud detection

## Overview

A classifier scores each card transaction for the probability of fraud before it is authorised.
`;

test('an LLM / RAG doc gets the generative wording of a rule that has one', () => {
  const offline = finding(LLM_DOC, 'offline-metrics');
  assert.ok(offline, 'offline-metrics fires');
  assert.match(offline.message, /faithfulness|golden set/);
  assert.match(offline.fixes[0].insertion.text, /golden set/);
  assert.match(finding(LLM_DOC, 'baseline-model')?.message ?? '', /without retrieval/);
});

test('a forecasting doc gets the forecasting wording', () => {
  assert.match(finding(FORECAST_DOC, 'baseline-model')?.message ?? '', /seasonal naive/);
  assert.match(finding(FORECAST_DOC, 'offline-metrics')?.message ?? '', /backtest/);
});

test('a classifier keeps the default wording', () => {
  const baseline = finding(CLASSIFIER_DOC, 'baseline-model');
  assert.ok(baseline);
  assert.match(baseline.message, /popularity, a heuristic, logistic regression/);
});
