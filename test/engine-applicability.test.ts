// Applicability: the profile a doc gets (type, ranking-shaped, rare positives,
// generative, task) from its words in English, Russian and Chinese, and front
// matter `system:` winning over the words, as docs/configuration.md promises:
// it decides which † (ranking-shaped) and * (rare positives) rules apply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/linter.js';
import { type LintResult } from '../server/engine/lint.js';
import { ALL_RULES } from '../rules/index.js';
import type { SystemProfile } from '../server/engine/system-type.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, 'test-fixtures', 'engine', 'applicability');
const fixture = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const expected = JSON.parse(fixture('expected.json')) as Record<string, Partial<SystemProfile>>;

for (const [name, profile] of Object.entries(expected)) {
  test(`${name}: ${Object.entries(profile).map(([k, v]) => `${k} ${String(v)}`).join(', ')}`, () => {
    const result = lint(fixture(name), { force: true });
    const actual = Object.fromEntries(Object.keys(profile).map((key) => [key, result.profile[key as keyof SystemProfile]]));
    assert.deepEqual(actual, profile);
    assert.equal(result.profile.source, 'inferred');
  });
}

const RANKING_ONLY = ALL_RULES.filter((r) => r.meta.appliesTo === 'ranking-shaped').map((r) => r.meta.id);
const RARE_ONLY = ALL_RULES.filter((r) => r.meta.appliesTo === 'rare-positives').map((r) => r.meta.id);

function statusOf(result: LintResult, ids: readonly string[]): Set<string> {
  return new Set(result.coverage.filter((c) => ids.includes(c.ruleId)).map((c) => c.status));
}

// Text that votes hard for ranking: a ranked feed, learning to rank, position bias.
const RANKING_FRAMED = `# Help article suggestions

## Problem framing

We show a ranked list of help articles in the support widget, ranked by the predicted probability of a click. It is a learning-to-rank problem with pointwise and pairwise losses; position bias matters; NDCG@5 offline.

## Data

Clicks on shown articles are positives; the classes are highly imbalanced (1 click in 300 impressions).
`;

test('the ranking-framed text alone is ranking-shaped with rare positives, so the test below can fail', () => {
  const { profile } = lint(RANKING_FRAMED, { force: true });
  assert.equal(profile.rankingShaped, true);
  assert.equal(profile.rarePositives, true);
});

for (const front of ['system: other', 'mldl:\n  system: other']) {
  test(`front matter "${front.replace('\n', ' ')}" switches the ranking-only † rules off whatever the text says`, () => {
    const result = lint(`---\n${front}\n---\n${RANKING_FRAMED}`, { force: true });
    assert.equal(result.profile.source, 'front-matter');
    assert.equal(result.profile.type, 'other');
    assert.equal(result.profile.rankingShaped, false);
    assert.deepEqual(statusOf(result, RANKING_ONLY), new Set(['not-applicable']));
    assert.ok(!result.findings.some((f) => RANKING_ONLY.includes(f.ruleId)), 'no † finding');
    // `other` does not settle rare positives: the doc's own statement still does.
    assert.equal(result.profile.rarePositives, true);
  });
}

test('front matter system: ads makes an ETA regression doc ranking-shaped with rare positives', () => {
  const result = lint(`---\nsystem: ads\n---\n${fixture('eta-regression.md')}`, { force: true });
  assert.equal(result.profile.rankingShaped, true);
  assert.equal(result.profile.rarePositives, true);
  assert.ok(!statusOf(result, [...RANKING_ONLY, ...RARE_ONLY]).has('not-applicable'));
});

test('front matter system: forecasting turns rare positives off even where the text says the classes are imbalanced', () => {
  const result = lint(`---\nsystem: forecasting\n---\n${fixture('imbalance-zh.md')}`, { force: true });
  assert.equal(result.profile.rarePositives, false);
  assert.deepEqual(statusOf(result, RARE_ONLY), new Set(['not-applicable']));
});

test('front matter system: fraud on a recommender is not ranking-shaped and has rare positives', () => {
  const result = lint(`---\nsystem: fraud\n---\n${fixture('recsys-zh.md')}`, { force: true });
  assert.equal(result.profile.rankingShaped, false);
  assert.equal(result.profile.rarePositives, true);
});

test('a regression doc that calls its error distribution skewed has no rare positives and no class-imbalance finding', () => {
  const result = lint(fixture('eta-regression.md'), { force: true });
  assert.equal(result.profile.rarePositives, false);
  assert.deepEqual(statusOf(result, RARE_ONLY), new Set(['not-applicable']));
});

test('an LLM doc whose retriever ranks chunks is not ranking-shaped: no † findings', () => {
  const result = lint(fixture('rag-assistant.md'), { force: true });
  assert.deepEqual(statusOf(result, RANKING_ONLY), new Set(['not-applicable']));
});

test('a negated imbalance ("the classes are not imbalanced") is not a vote for rare positives', () => {
  const text = '# Ticket routing\n\n## Data\n\nThe classes are not imbalanced: each of the 12 teams gets 6–10% of tickets. A multiclass classifier, macro F1.\n';
  assert.equal(lint(text, { force: true }).profile.rarePositives, false);
  const positive = text.replace('are not imbalanced', 'are imbalanced');
  assert.equal(lint(positive, { force: true }).profile.rarePositives, true);
});
