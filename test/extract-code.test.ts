// Code fences as evidence (server/engine/extract/code.ts): comments are
// prose, configuration is "key words: value", SQL one unit per statement,
// other code its identifiers as words without keywords; each unit maps back
// to the exact source characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertExactMapping, extractAll, extractChecked, mappedText, texts } from './extract-harness.js';

const fence = (lang: string, body: string): string => `# Design\n\nSome prose.\n\n\`\`\`${lang}\n${body}\n\`\`\`\n`;

function extracted(lang: string, body: string) {
  const source = fence(lang, body);
  return { source, units: extractChecked(source) };
}

test('python: comments and docstrings are prose, literal assignments and kwargs are config pairs', () => {
  const { units, source } = extracted(
    'python',
    [
      '# Negatives outnumber positives 200 to 1,',
      '# so the minority class is weighted up.',
      'clf = LogisticRegression(class_weight={1: 50}, max_iter=200)',
      'decision_threshold = 0.85  # picked on the validation PR curve',
      'retrain_schedule = "daily"',
      'params = {"max_depth": 6, "learning_rate": 0.1}',
      '',
      'def is_positive(event):',
      '    """An order is positive when it is refunded within 30 days."""',
      '    return event.refund_days <= 30',
    ].join('\n'),
  );
  // A comment's lines stay lines (a separator that maps nowhere): the text layer decides whether a line ends a sentence.
  assert.deepEqual(texts(units, 'code-comment'), [
    'Negatives outnumber positives 200 to 1,\nso the minority class is weighted up.',
    'picked on the validation PR curve',
    'An order is positive when it is refunded within 30 days.',
  ]);
  assert.deepEqual(texts(units, 'code-config'), [
    'class weight: 1: 50',
    'max iter: 200',
    'decision threshold: 0.85',
    'retrain schedule: daily',
    'params max depth: 6',
    'params learning rate: 0.1',
  ]);
  const weight = units.find((u) => u.text === 'class weight: 1: 50')!;
  assert.equal(source.slice(weight.start, weight.end), 'class_weight={1: 50}');
  assert.equal(mappedText(weight), 'classweight1: 50', 'the inserted space and ": " map nowhere');
  assert.deepEqual(texts(units, 'code-text'), ['clf Logistic Regression params', 'is positive event event refund days <= 30']);
  for (const unit of units) assert.equal(unit.codeLanguage, 'python');
});

test('a code block of pure code yields no prose: no comment units, no keywords, only identifiers, numbers and comparisons', () => {
  const { units } = extracted(
    'python',
    ['import numpy as np', 'for row in rows:', '    if not row.is_valid and row.score > 0.5:', '        continue', '    yield row.user_id'].join('\n'),
  );
  assert.deepEqual(units.map((u) => u.kind), ['code-text']);
  assert.equal(units[0].text, 'numpy np row rows row is valid row score > 0.5 row user id');
  assert.ok(!/\b(?:not|if|for|and|import|yield|continue)\b/.test(units[0].text));
});

test('identifiers split into words: snake_case, camelCase, kebab-case, acronyms', () => {
  const { units } = extracted('yaml', ['latency_p99_ms: 200', 'maxCandidatesPerQuery: 500', 'feature-freshness-sla: 1h', 'HTTPTimeoutMs: 30'].join('\n'));
  assert.deepEqual(texts(units, 'code-config'), ['latency p99: 200 ms', 'max Candidates Per Query: 500', 'feature freshness sla: 1h', 'HTTP Timeout: 30 Ms']);
});

test('YAML: nested keys joined, lists as one unit, numeric-keyed maps whole, quoted and block scalars unwrapped, comments as prose', () => {
  const { units } = extracted(
    'yaml',
    [
      '# Ranking service settings',
      'ranker:',
      '  model: "gbdt-v3"',
      '  class_weight: {0: 1, 1: 40}',
      '  candidates: [retrieval, trending]',
      '  notes: |',
      '    Scores are cached',
      '    for ten minutes.',
      'slo: {latency_p99_ms: 120}  # per request',
    ].join('\n'),
  );
  assert.deepEqual(texts(units, 'code-config'), [
    'ranker model: gbdt-v3',
    'ranker class weight: 0: 1, 1: 40',
    'ranker candidates: retrieval, trending',
    'ranker notes: Scores are cached for ten minutes.',
    'slo latency p99: 120 ms',
  ]);
  assert.deepEqual(texts(units, 'code-comment'), ['Ranking service settings', 'per request']);
});

test('a # inside a quoted YAML scalar is not a comment', () => {
  const { units } = extracted('yaml', 'channel: "#alerts-ml"\ncolor: \'#fff\' # brand colour');
  assert.deepEqual(texts(units, 'code-comment'), ['brand colour']);
  assert.deepEqual(texts(units, 'code-config'), ['channel: #alerts-ml', 'color: #fff']);
});

test('JSON and JSON with comments: key paths, arrays of literals, objects in arrays keep the array key', () => {
  const { units } = extracted(
    'jsonc',
    ['{', '  // refreshed nightly', '  "retrainCadence": "nightly",', '  "features": ["account_age", "txn_count_7d"],', '  "stages": [{"name": "retrieval", "k": 1000}],', '  "serving": {"p99_ms": 80}', '}'].join('\n'),
  );
  assert.deepEqual(texts(units, 'code-config'), [
    'retrain Cadence: nightly',
    'features: account_age, txn_count_7d',
    'stages name: retrieval',
    'stages k: 1000',
    'serving p99: 80 ms',
  ]);
  assert.deepEqual(texts(units, 'code-comment'), ['refreshed nightly']);
});

test('TOML and INI: section names prefix their keys; comments are prose', () => {
  const toml = extracted('toml', ['[training]', 'retrain_schedule = "weekly"  # Sundays', 'lookback-days = 90', '', '[serving.cache]', 'ttl_seconds = 600'].join('\n'));
  assert.deepEqual(texts(toml.units, 'code-config'), ['training retrain schedule: weekly', 'training lookback: 90 days', 'serving cache ttl: 600 seconds']);
  assert.deepEqual(texts(toml.units, 'code-comment'), ['Sundays']);
  assert.deepEqual(texts(toml.units, 'code-text'), []);
  const ini = extracted('ini', ['; alerting', '[monitor]', 'psi_alert = 0.2', 'owner: ml-platform'].join('\n'));
  assert.deepEqual(texts(ini.units, 'code-config'), ['monitor psi alert: 0.2', 'monitor owner: ml-platform']);
  assert.deepEqual(texts(ini.units, 'code-comment'), ['alerting']);
});

test('SQL: one unit per statement with identifiers split and keywords kept; comments are prose', () => {
  const { units, source } = extracted(
    'sql',
    [
      '-- A refund within 30 days marks the order as a positive.',
      'SELECT o.order_id,',
      "       CASE WHEN r.refund_days <= 30 THEN 1 ELSE 0 END AS label",
      'FROM orders o LEFT JOIN refunds r ON r.order_id = o.order_id',
      "WHERE o.status <> 'test';",
      '/* daily snapshot */',
      'INSERT INTO training_set SELECT * FROM labelled',
    ].join('\n'),
  );
  assert.deepEqual(texts(units, 'code-comment'), ['A refund within 30 days marks the order as a positive.', 'daily snapshot']);
  assert.deepEqual(texts(units, 'code-sql'), [
    'SELECT o order id CASE WHEN r refund days <= 30 THEN 1 ELSE 0 END AS label FROM orders o LEFT JOIN refunds r ON r order id = o order id WHERE o status <> test',
    'INSERT INTO training set SELECT FROM labelled',
  ]);
  const first = units.find((u) => u.kind === 'code-sql')!;
  assert.ok(source.slice(first.start, first.end).startsWith('SELECT o.order_id') && source.slice(first.start, first.end).endsWith("'test'"));
});

test('SQL inside a Python triple-quoted string is read as SQL, not as a docstring', () => {
  const { units } = extracted('python', ['QUERY = """', 'SELECT user_id FROM events WHERE dwell_seconds >= 30', '"""'].join('\n'));
  assert.deepEqual(texts(units, 'code-sql'), ['SELECT user id FROM events WHERE dwell seconds >= 30']);
  assert.deepEqual(texts(units, 'code-comment'), []);
});

test('JavaScript/Go style: // and /* */ comments, object literal pairs, const declarations', () => {
  const { units } = extracted('ts', ['/**', ' * Scores expire after one hour.', ' */', 'const cacheTtlSeconds = 3600;', 'export const config = { minScore: 0.3, region: "eu" }; // tuned weekly'].join('\n'));
  assert.deepEqual(texts(units, 'code-comment'), ['Scores expire after one hour.', 'tuned weekly']);
  assert.deepEqual(texts(units, 'code-config'), ['cache Ttl: 3600 Seconds', 'config min Score: 0.3', 'config region: eu']);
});

test('tool directives in comments are not prose', () => {
  const { units } = extracted('python', ['#!/usr/bin/env python', '# -*- coding: utf-8 -*-', 'import os  # noqa: F401', '# Keep a holdout week.'].join('\n'));
  assert.deepEqual(texts(units, 'code-comment'), ['Keep a holdout week.']);
});

test('Mermaid flowchart: node labels and edge texts, one unit per edge; comments and setup lines dropped', () => {
  const { units, source } = extracted(
    'mermaid',
    [
      'flowchart LR',
      '  %% the request path',
      '  ingest[Event stream] --> fs[(Feature store)]',
      '  fs -->|features| rank(Ranker)',
      '  rank -- top 50 --> rerank{Diversity re-ranker}',
      '  rerank --> client',
      '  style rank fill:#f9f',
      '  subgraph online [Online serving]',
      '  end',
    ].join('\n'),
  );
  assert.deepEqual(texts(units, 'diagram'), [
    'Event stream → Feature store',
    'Feature store → features → Ranker',
    'Ranker → top 50 → Diversity re-ranker',
    'Diversity re-ranker → client',
    'Online serving',
  ]);
  const edge = units.find((u) => u.text === 'Feature store → features → Ranker')!;
  assert.equal(source.slice(edge.start, edge.end), 'fs -->|features| rank(Ranker)');
});

test('Mermaid sequence diagram: participants by name, messages after the colon', () => {
  const { units } = extracted('mermaid', ['sequenceDiagram', '  participant App as Mobile app', '  App->>Scorer: score(user, items)', '  Scorer-->>App: ranked list'].join('\n'));
  assert.deepEqual(texts(units, 'diagram'), ['Mobile app', 'Mobile app → Scorer: score(user, items)', 'Scorer → Mobile app: ranked list']);
});

test('PlantUML and Graphviz dot: labels through aliases and label attributes', () => {
  const uml = extracted('plantuml', ['@startuml', "' a comment", 'component "Candidate generator" as CG', '[Ranker] as R', 'CG --> R : 500 candidates', '@enduml'].join('\n'));
  assert.deepEqual(texts(uml.units, 'diagram'), ['Candidate generator', 'Ranker', 'Candidate generator → Ranker: 500 candidates']);
  const dot = extracted('dot', ['digraph G {', '  rankdir=LR;', '  fs [label="Feature store", shape=box];', '  fs -> model [label="daily batch"];', '}'].join('\n'));
  assert.deepEqual(texts(dot.units, 'diagram'), ['Feature store', 'Feature store → model daily batch']);
});

test('ASCII diagrams: words in boxes and on arrows, row by row', () => {
  const { units } = extracted(
    '',
    [
      '+--------------+        +-----------+',
      '| Kafka topic  |------->| Stream    |',
      '|              |        | joiner    |',
      '+--------------+        +-----------+',
      '                              |',
      '                              v',
      '┌───────────────┐  batch  ┌─────────┐',
      '│ Offline store │ ──────▶ │ Trainer │',
      '└───────────────┘         └─────────┘',
    ].join('\n'),
  );
  // A box's label over two lines is one label; the vertical line joins the row under it as a whole (columns are not
  // followed: a flow statement, not a graph); words on a box's border label an arrow and stay a unit of their own.
  assert.deepEqual(texts(units, 'diagram'), ['Kafka topic → Stream joiner → Offline store → Trainer', 'batch']);
});

test('ASCII diagrams: wrapped box labels, stacked boxes, labels on a shaft, and tables kept row by row', () => {
  const band = extracted('', ['+---------+     +-------+', '| Nightly |---->| Redis |', '| batch   |     |       |', '+---------+     +-------+'].join('\n'));
  assert.deepEqual(texts(band.units, 'diagram'), ['Nightly batch → Redis']);
  const stacked = extracted('', ['[Redis]', '   |', ' features at request time', '   v', '[Scoring service]'].join('\n'));
  assert.deepEqual(texts(stacked.units), ['[Redis] → features at request time → [Scoring service]']);
  // A bus line down the side of a column of boxes, each fed from the box above it, joins none of them.
  const bus = extracted(
    '',
    [
      '┌──────────┐    ┌─────────┐',
      '│ Gateway  │────│ Scorer  │',
      '└──────────┘    └─────────┘',
      '                     │',
      '  ┌─────────┐        │',
      '  │ Cache   │◄───────┤',
      '  └─────────┘        │',
      '                     │',
      '  ┌─────────┐        │',
      '  │ Metrics │◄───────┘',
      '  └─────────┘',
    ].join('\n'),
  );
  assert.deepEqual(texts(bus.units, 'diagram'), ['Gateway | Scorer', 'Cache', 'Metrics']);
  const shaft = extracted('', 'app logs --Kafka--> HDFS');
  assert.deepEqual(texts(shaft.units), ['app logs → Kafka → HDFS']);
  const table = extracted('', ['+-----------+------+', '| Precision | 0.91 |', '| Recall    | 0.84 |', '+-----------+------+'].join('\n'));
  assert.deepEqual(texts(table.units), ['Precision | 0.91', 'Recall | 0.84']);
});

test('a fence with no language holding prose is read as prose; holding code, as code', () => {
  const prose = extracted('', 'The model is retrained every Sunday night\nand promoted after a shadow week.\n\nOwners: the ranking team.');
  assert.deepEqual(texts(prose.units, 'code-text'), ['The model is retrained every Sunday night and promoted after a shadow week.', 'Owners: the ranking team.']);
  const code = extracted('', 'result = score(candidates)\nif result.ok: send(result)');
  assert.deepEqual(texts(code.units), ['result score candidates result ok send result']);
});

test('a fence inside a list item or a block quote maps past the removed indentation and markers', () => {
  const source = '- Settings:\n\n  ```yaml\n  decision_threshold: 0.7\n  ```\n\n> ```python\n> # Calibrated with isotonic regression.\n> alpha = 0.5\n> ```\n';
  const units = extractChecked(source);
  assert.deepEqual(texts(units), ['decision threshold: 0.7', 'Calibrated with isotonic regression.', 'alpha: 0.5']);
  const alpha = units.find((u) => u.text === 'alpha: 0.5')!;
  assert.equal(source.slice(alpha.start, alpha.end), 'alpha = 0.5');
});

test('a 5 MB code block and a 5 MB single line finish, with every unit bounded', () => {
  const line = 'feature_value_count = compute_feature(row.user_id, window_days=30)  # rolling count\n';
  const big = fence('python', line.repeat(Math.ceil(5_000_000 / line.length)));
  const units = extractAll(big);
  assert.ok(units.length > 100_000);
  assert.ok(units.every((u) => u.text.length <= 4000));
  const oneLine = fence('', 'word '.repeat(1_000_000));
  const chunks = extractAll(oneLine);
  assert.ok(chunks.length >= 1000 && chunks.every((u) => u.text.length <= 4000));
  for (const unit of chunks.slice(0, 3)) assertExactMapping(unit, oneLine);
});

test('a language-less fence of back-of-envelope numbers and arrows is read line by line as text, numbers intact', () => {
  const { units } = extracted(
    '',
    ['Requests/day:      2,400,000', 'Peak QPS:          ~90 (3x average)', 'Cost per 1K calls: $0.40', 'ingest → features → model'].join('\n'),
  );
  assert.deepEqual(texts(units, 'code-text'), ['Requests/day: 2,400,000', 'Peak QPS: ~90 (3x average)', 'Cost per 1K calls: $0.40', 'ingest → features → model']);
});

test('a Mermaid label may go on over several lines, with <b>/<br> tags inside read as spaces', () => {
  const { units } = extracted('mermaid', ['flowchart TD', '  s0(', '    <b>Stage 0</b><br>', '    Collect labelled', '    examples', '  )', '  s0 --> s1["Train <i>baseline</i>"]'].join('\n'));
  assert.deepEqual(texts(units, 'diagram'), ['Stage 0 Collect labelled examples', 'Stage 0 Collect labelled examples → Train baseline']);
});

test('a language-less fence of arrow chains without boxes is a diagram; one chain among sums, or one arrow, is not', () => {
  const flow = extracted('', ['User -> Feed API -> Feature store', '[Feed API] --> [Ranking model] --> [Feed]'].join('\n'));
  assert.deepEqual(texts(flow.units, 'diagram'), ['User → Feed API → Feature store', '[Feed API] → [Ranking model] → [Feed]']);
  const arrowFunction = extracted('', 'const rank = (items) => model.score(items);\nreturn rank(candidates);');
  assert.equal(texts(arrowFunction.units, 'diagram').length, 0);
});

test('a note block is one statement: its lines read as text, joined, bullets dropped', () => {
  const { units, source } = extracted(
    'mermaid',
    [
      'stateDiagram-v2',
      '  Collect --> Train: data ready',
      '  note right of Train',
      '    Runs when:',
      '    - the weekly job fires',
      '    - recall drops below 0.8',
      '  end note',
      '  Train --> Deploy',
      '  note left of Deploy : single-line note',
    ].join('\n'),
  );
  assert.deepEqual(texts(units, 'diagram'), [
    'Collect → Train: data ready',
    'right of Train: Runs when: the weekly job fires; recall drops below 0.8',
    'Train → Deploy',
    'left of Deploy: single-line note',
  ]);
  const note = units.find((u) => u.text.startsWith('right of Train'))!;
  assert.equal(source.slice(note.start, note.end), 'note right of Train\n    Runs when:\n    - the weekly job fires\n    - recall drops below 0.8');
  const activity = extracted('plantuml', ['@startuml', 'start', ':Retrain the ranker', ' when PSI exceeds 0.2;', ':Deploy;', 'stop', '@enduml'].join('\n'));
  assert.deepEqual(texts(activity.units, 'diagram'), ['start', 'Retrain the ranker when PSI exceeds 0.2', 'Deploy', 'stop']);
  const plant = extracted('plantuml', ['@startuml', 'note over Scorer', '  Threshold 0.7', '  tuned monthly', 'end note', '@enduml'].join('\n'));
  assert.deepEqual(texts(plant.units, 'diagram'), ['over Scorer: Threshold 0.7; tuned monthly']);
  // A note opening with no `end note` after it stays a line of its own.
  const open = extracted('mermaid', ['stateDiagram-v2', '  note right of Train', '  Train --> Deploy'].join('\n'));
  assert.deepEqual(texts(open.units, 'diagram'), ['right of Train', 'Train → Deploy']);
});
