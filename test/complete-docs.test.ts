// Whole design docs written for these tests, in the product's three
// languages and in different styles (a Chinese recommender, a Russian fraud
// system, an English RAG assistant, an English batch forecast): each addresses
// every point its kind of system needs, in its own words (also a Russian
// course-template LLM doc and terse English interview notes), so no document rule
// may fire on it. Drafts in the three languages, with TBDs, hedges, questions,
// deferrals to future work and near misses, must get every applicable document rule. A finding
// here is a paraphrase a rule does not know yet — the shape of the mistakes on
// documents nobody tuned for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../server/linter.js';
import { REPO_ROOT } from './cli-harness.js';

const COMPLETE = path.join(REPO_ROOT, 'test-fixtures', 'complete');
const DRAFTS = path.join(REPO_ROOT, 'test-fixtures', 'drafts');

/** Points a reviewer could fairly raise on a complete doc, with why. */
const ACCEPTED: Record<string, Record<string, string>> = {
  // Fair findings a reviewer could raise, and known limits; the probes' wrong findings once parked here for rules-a/rules-b are fixed as cue data (rules-alarms, 2026-12-05).
  'en-rfc-llm-triage.md': {
    'privacy-constraints': 'only data residency for German customers is said: a reviewer may fairly ask',
  },
  'ru-interview-marketplace.md': {
    'privacy-constraints': 'nothing is said about personal data: a fair finding',
  },
  'en-blog-fraud.md': { 'privacy-constraints': 'nothing is said about card data (PCI-DSS) or personal data: a fair finding' },
  'en-transcript-eta.md': {
    'privacy-constraints': 'nothing is said about personal data (addresses, GPS pings): a fair finding',
  },
  'en-rag.md': { 'feature-store': 'the prompt inputs are fetched per request, but no feature store or consistency is described' },
  'en-case-agent.md': {
    // Known misses on a code-review agent written as an interview case study (kept visible, not fixed by cues):
    'ml-objective': 'what the agent produces is said only in the quoted interview question (a quotation is an example, not a statement)',
    'data-sources': 'where the context comes from is only drawn (a webhook, the repository), never said',
    'retraining-trigger': 'nothing is trained; a new provider model is adopted only if the evaluation holds — a reviewer may or may not count it',
    'batch-vs-online': 'comments are made per pull request within minutes, but the doc never says online or batch',
    'feature-store': 'as en-rag.md',
  },
  'ru-forecast.md': { 'scale-estimate': '35 delivery points and 24 hourly values: below the 100 items a count needs to read as a system scale' },
  'zh-llm.md': { 'feature-store': 'as en-rag.md: order status and membership level are fetched per request, no consistency is described' },
  'zh-rfc-rag.md': { 'feature-store': 'as en-rag.md: department and permissions are read live from the permission service, no feature store is described' },
  'zh-mixed-agent.md': { 'feature-store': 'as en-rag.md: grade and approvals are read live from the HR system, not cached; no feature store is described' },
  'zh-agent-claims.md': {
    'feature-store': 'as en-rag.md: tool results are fetched live and not cached, the clause library is re-indexed daily; no feature store is described',
  },
  'zh-template-rag.md': {
    // Applicability, noted for the lead: zh 召回/重排/排序 are also a RAG retriever's words, so the doc is inferred ranking-shaped.
    'cold-start': 'engine: a RAG doc inferred ranking-shaped (NOTES-FOR-LEAD.md)',
    'position-bias': 'engine: as cold-start',
    're-ranking': 'engine: as cold-start',
  },
  'en-prod-rfc-helpdesk-agent.md': { 'feature-store': 'as en-rag.md: the prompt inputs are fetched per ticket, no feature store or consistency is described' },
  'ru-template-callcenter-forecast.md': {
    'feature-store': 'a weekly batch forecast whose features are built in the same Airflow job as the forecast: nothing is served per request',
  },
  'ru-prod-rag-hr.md': {
    'feature-store': 'as ru-llm.md: what enters the context is listed, not how it is served',
    'training-frequency': 'nothing is trained: the index is rebuilt nightly and the model is replaced only if a new version wins on the golden set',
    'retraining-trigger': 'documents are re-indexed the night a policy changes and the model is swapped only if it wins on the golden set; the corpus labels do not count re-embedding on a document update as a retraining trigger (a release gate is not a trigger either)',
  },
  'ru-template-agent-insurance.md': {
    'training-frequency': 'nothing is trained: the prompt and examples are revised monthly, which a literal reviewer may not count',
    'feature-store': 'as ru-llm.md: what enters the context is listed, not how it is served',
  },
  'en-course-report-readmission.md': {
    'feature-store': 'a nightly batch reading the reporting database: nothing is served per request',
  },
  'en-qa-transcript-it-agent.md': { 'feature-store': 'as en-rag.md: the prompt inputs are fetched per ticket, no feature store or consistency is described' },
  'en-rfc-tables-fresh-forecast.md': { 'feature-store': 'a weekly batch forecast whose features are built in the same Airflow run: nothing is served per request' },
  'ru-prod-installment-scoring.md': { 'feature-store': 'the scoring service assembles features per application, but nothing says how they stay the same as in training' },
  'ru-llm.md': {
    'feature-store': 'the same: what enters the context is listed, not how it is served',
    'retraining-trigger': 'nothing is retrained; a metric drop makes the team revise the prompt, which a literal reviewer may not count',
  },
};

const documentFindings = (file: string): string[] =>
  lint(fs.readFileSync(file, 'utf8'), { filePath: file, force: true })
    .findings.filter((f) => f.kind === 'document')
    .map((f) => f.ruleId);

for (const name of fs.readdirSync(COMPLETE).filter((f) => f.endsWith('.md'))) {
  test(`a complete design doc has no document finding: ${name}`, () => {
    const accepted = ACCEPTED[name] ?? {};
    assert.deepEqual(documentFindings(path.join(COMPLETE, name)).filter((id) => !(id in accepted)), []);
  });
}

/** What a draft does settle, with why: its known weak spots are kept visible here. */
const SETTLED_IN_DRAFT: Record<string, Record<string, string>> = {
  'ru-interview-draft.md': {
    'ml-objective': 'it says what is recommended: articles in the feed (the objective itself is left open, a reviewer may still ask)',
    'offline-metrics': '"сравним по ROC-AUC" names the metric candidates are compared on',
  },
  'en-rfc-forecast-draft.md': {
    'ml-objective': 'it does say what is forecast: demand per SKU and store',
    'data-sources': 'sales history from the POS system is a source',
    'feature-list': '"LightGBM on lag features" names a kind of feature, if thinly',
  },
  'ru-prod-draft.md': {
    'business-objective': 'borderline: "Отток растёт, руководство хочет с ним что-то делать" names the problem to act on, if vaguely',
    'business-metric': 'reported to rules-metrics (PROBE-FINDINGS.md): the topic word "Отток" settles it though the metric is said to be undecided',
    'online-metrics': 'reported to rules-metrics: as business-metric',
  },
  'ru-habr-draft.md': {
    'data-sources': 'rules-i18n: "Логи, наверное, есть где-то в DWH, но откуда именно брать — ещё не выяснили": "наверное" weighs as "probably" (a mild hedge), so the probable place still counts',
  },
  'en-llm-draft.md': {
    'offline-metrics': 'engine (NOTES-FOR-LEAD.md): in "to be chosen (ROUGE? human ratings?)." the second question ends in "?)." and is read as a statement',
  },
  'en-draft.md': {
    'data-sources': '"a lot of data in the warehouse" names where the data is, if vaguely',
    // Its glossary's entries only define their terms ("**Feature store**: a system that serves …"), which settles
    // nothing since judge/definitions.ts (they used to settle scale, multi-stage ranking, feature store, batch vs online).
  },
  'en-rfc-phishing-draft.md': {
    'ml-objective': 'it does say the model predicts whether a message is phishing, a binary classification',
    'offline-metrics': 'accuracy on the test set is an offline metric (metric-mismatch flags it as the wrong one)',
  },
};

for (const name of fs.readdirSync(DRAFTS).filter((f) => f.endsWith('.md'))) {
  test(`a draft gets every applicable document rule: ${name}`, () => {
    const result = lint(fs.readFileSync(path.join(DRAFTS, name), 'utf8'), { force: true });
    const settled = SETTLED_IN_DRAFT[name] ?? {};
    const covered = result.coverage.filter((c) => c.status === 'covered').map((c) => c.ruleId);
    assert.deepEqual(covered.filter((id) => !(id in settled)), [], 'nothing in a draft of TBDs, hedges, questions and future work settles a point');
    // Known weak spots listed above count as run: they are settled only by mistake.
    assert.ok(result.coverage.filter((c) => c.status === 'missing' || (c.status === 'covered' && c.ruleId in settled)).length >= 20, 'the rules ran');
  });
}
