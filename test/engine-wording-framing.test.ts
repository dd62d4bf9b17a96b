// The framing and data rules (ml-objective, label-definition, feature-list,
// data-sources) speak the task's language: a regression doc hears about its
// target and loss, a ranker about relevance labels, an LLM doc about correct
// answers and its context, a forecast about horizon and history. Each doc
// below misses all four concepts, so each rule fires and its wording shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';

const RULES = ['ml-objective', 'label-definition', 'feature-list', 'data-sources'] as const;
type RuleId = (typeof RULES)[number];

function findings(text: string): Record<RuleId, { message: string; fix: string }> {
  const all = lint(text, { force: true }).findings;
  const out = {} as Record<RuleId, { message: string; fix: string }>;
  for (const id of RULES) {
    const found = all.find((f) => f.ruleId === id);
    assert.ok(found, `${id} fires`);
    out[id] = { message: found.message, fix: found.fixes[0]?.insertion.text ?? '' };
  }
  return out;
}

const REGRESSION_DOC = `# Delivery time estimate

## Overview

Customers see a delivery time when they order; it should be close to the real one. We track MAE and RMSE in minutes against actual delivery time.
`;

const RANKING_DOC = `---
system: recommendation
---
# Job recommendations

## Overview

Members see a personalised list of open jobs on the home page; the goal is more applications per member.
`;

const LLM_DOC = `# Support assistant

## Overview

An LLM assistant for customers of the help centre, built on RAG: a prompt template, a vector database, embeddings and an LLM gateway.
`;

const FORECAST_DOC = `---
system: forecasting
---
# Store demand forecasting

## Overview

Replenishment orders should fit what stores sell each week; planners review the numbers every Monday.
`;

const CLASSIFIER_DOC = `---
system: fraud
---
# Card fraud detection

## Overview

Card transactions are checked before authorisation; analysts review the ones held.
`;

test('a regression doc hears about its target, its loss and the drivers of the number', () => {
  const f = findings(REGRESSION_DOC);
  assert.match(f['label-definition'].message, /^No target definition/);
  assert.match(f['label-definition'].fix, /Target/);
  assert.match(f['ml-objective'].message, /MAE, RMSE, quantile loss/);
  assert.match(f['feature-list'].message, /preparation time/);
  assert.doesNotMatch(f['label-definition'].message, /positive/);
});

test('a ranking doc hears about relevance labels, a score to sort by and candidate features', () => {
  const f = findings(RANKING_DOC);
  assert.match(f['label-definition'].message, /makes a shown item relevant/);
  assert.match(f['ml-objective'].message, /pointwise, pairwise or listwise/);
  assert.match(f['feature-list'].message, /user–item interaction/);
  assert.match(f['data-sources'].message, /impressions, clicks/);
  // A variant without a fix of its own keeps the rule's fix.
  assert.match(f['data-sources'].fix, /Data sources/);
});

test('an LLM doc hears about correct answers, its context and the documents it answers from', () => {
  const f = findings(LLM_DOC);
  assert.match(f['label-definition'].message, /^No definition of a correct answer/);
  assert.match(f['label-definition'].fix, /golden set/);
  assert.match(f['ml-objective'].message, /produces from which input/);
  assert.match(f['feature-list'].message, /^No list of inputs/);
  assert.match(f['feature-list'].fix, /retrieved passages/);
  assert.match(f['data-sources'].message, /documents the system retrieves from/);
  for (const { message } of Object.values(f)) assert.doesNotMatch(message, /positive|click vs apply/);
});

test('a forecasting doc hears about horizon, actuals, lags and sales history', () => {
  const f = findings(FORECAST_DOC);
  assert.match(f['label-definition'].message, /granularity and horizon/);
  assert.match(f['ml-objective'].message, /point or a quantile forecast/);
  assert.match(f['feature-list'].message, /lags and rolling means/);
  assert.match(f['data-sources'].message, /point-of-sale/);
});

test('a classifier keeps the default wording', () => {
  const f = findings(CLASSIFIER_DOC);
  assert.match(f['label-definition'].message, /^No label definition: say what counts as a positive and a negative example/);
  assert.match(f['ml-objective'].message, /classification, ranking, regression/);
  assert.match(f['feature-list'].message, /user, item, context, interaction features/);
  assert.match(f['data-sources'].message, /event logs, warehouse, third party/);
});
