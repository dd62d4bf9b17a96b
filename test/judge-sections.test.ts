// Where a statement sits changes what it is worth: a decision node of a
// diagram ("Drift above 0.2?") is part of the flow, not a question to the
// reader; a reading list or an exercise names a concept without the design
// using it. The documents are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';

const fires = (text: string, ruleId: string): boolean => lint(text, { force: true }).findings.some((f) => f.ruleId === ruleId);

const FRONT = '---\nsystem: fraud\n---\n# Card fraud scoring\n\n';

test('a decision node of a diagram counts as a statement', () => {
  const doc = `${FRONT}## Monitoring\n\n\`\`\`mermaid\nflowchart LR\n  S[Scoring service] --> D{PSI drift of live features vs training data above 0.2?}\n  D -->|Yes| A[Page the on-call]\n\`\`\`\n`;
  assert.equal(fires(doc, 'drift-monitoring'), false);
});

test('the same words asked in prose are a question and settle nothing', () => {
  const doc = `${FRONT}## Monitoring\n\nShould we compare live feature distributions with training data using PSI, and page the on-call when drift is above 0.2?\n`;
  assert.equal(fires(doc, 'drift-monitoring'), true);
});

for (const [language, heading] of [['en', 'Further reading'], ['en', 'References'], ['en', 'Exercises'], ['ru', 'Список литературы'], ['zh', '参考文献'], ['en', 'Related work'], ['ru', 'Обзор литературы'], ['zh', '相关工作']] as const) {
  test(`a link under "${heading}" (${language}) does not settle the concept`, () => {
    const doc = `${FRONT}## Monitoring\n\nWe will look at the dashboards.\n\n## ${heading}\n\n- Detecting drift in production: compare live feature distributions with training data using PSI and alert on a threshold.\n`;
    assert.equal(fires(doc, 'drift-monitoring'), true);
  });
}

for (const heading of ['后续迭代计划', '扩展规划（后续迭代）', '待解决问题']) {
  test(`a plan under "${heading}" (zh, a deferred section) does not settle the concept`, () => {
    const doc = `${FRONT}## 监控\n\n看板待定。\n\n## ${heading}\n\n- 每天计算线上特征与训练数据的 PSI，超过 0.2 告警。\n`;
    assert.equal(fires(doc, 'drift-monitoring'), true);
  });
}

test('the same plan under the Chinese monitoring heading settles it', () => {
  const doc = `${FRONT}## 监控\n\n- 每天计算线上特征与训练数据的 PSI，超过 0.2 告警。\n`;
  assert.equal(fires(doc, 'drift-monitoring'), false);
});

test('the same line in the monitoring section settles it', () => {
  const doc = `${FRONT}## Monitoring\n\n- Detecting drift in production: compare live feature distributions with training data using PSI and alert on a threshold.\n`;
  assert.equal(fires(doc, 'drift-monitoring'), false);
});

test("a course's module table pointing to its own pages is not the design's statement", () => {
  const pointer = `${FRONT}## Monitoring\n\n| # | Module | What it covers |\n|---|---|---|\n| 7 | [Monitoring](./07_monitoring/README.md) | Drift detection with PSI on live features vs training data, alerting on a threshold |\n`;
  assert.equal(fires(pointer, 'drift-monitoring'), true);
  const listed = `${FRONT}## Monitoring\n\n- [Monitoring](../monitoring.md): drift detection with PSI on live features vs training data, alerting on a threshold\n`;
  assert.equal(fires(listed, 'drift-monitoring'), true);
});

test('a row or item that cites the web and says what the design does still counts', () => {
  const row = `${FRONT}## Monitoring\n\n| Tool | How we use it |\n|---|---|\n| [Evidently](https://evidentlyai.com) | Drift detection with PSI on live features vs training data, alerting on a threshold |\n`;
  assert.equal(fires(row, 'drift-monitoring'), false);
  const item = `${FRONT}## Monitoring\n\n- We compute PSI of live features vs training data daily and alert above 0.2 (see [the runbook](./runbook.md)).\n`;
  assert.equal(fires(item, 'drift-monitoring'), false);
});

test('a combination `fromDiagram` takes its parts from a drawn flow only, under any heading', async () => {
  const { compileConcept } = await import('../server/engine/judge/concept.js');
  const { decideConcept } = await import('../server/engine/judge/decide.js');
  const { buildDesignDoc } = await import('../server/engine/model.js');
  const concept = compileConcept('test-from-diagram', {
    parts: { caller: { cues: { en: ['gateway'] } }, model: { cues: { en: ['ranker'] } } },
    settledBy: [{ parts: ['caller', 'model'], weight: 0.8, within: 'section', fromDiagram: true }],
  });
  const drawn = buildDesignDoc('# Feed\n\n## Notes\n\n```mermaid\nflowchart LR\n  A[Gateway] --> B[Feature fetch]\n  C[Cache] --> D[Ranker]\n```\n');
  assert.equal(decideConcept(drawn, concept, 'any').settled, true, 'two edges of one diagram');
  const written = buildDesignDoc('# Feed\n\n## Notes\n\nThe gateway is owned by the platform team.\n\nThe ranker is retrained weekly.\n');
  assert.equal(decideConcept(written, concept, 'any').settled, false, 'two prose sentences of a section do not');
});
