// The interview practice flow INSIDE the VS Code extension host (loaded like
// suite.ts, through `extensionTestsPath`): start a session for a fixed
// problem, type a partial answer, ask for hints, end it, and check the
// scorecard the webview shows; then a second attempt ended by the countdown
// adds to the trend. Bundled to CommonJS by test/e2e/vscode.test.ts.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MldlExtensionApi } from '../../../client/src/extension';
import { Checks, codeOf, log, mldlDiagnostics, waitFor } from './host-harness';
import catalogJson from '../../../client/src/generated/catalog.json';

const EXTENSION_ID = 'ml-design-lint.ml-design-lint';
const PROBLEM = 'payment-fraud-detection';
const STEP_HEADINGS = ['Requirements', 'Problem framing', 'Data', 'Model', 'Evaluation', 'Serving', 'Monitoring'];

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Puts the cursor on the blank line under a heading and types there, as a user would. */
async function typeUnder(editor: vscode.TextEditor, heading: string, text: string): Promise<void> {
  const lines = editor.document.getText().split('\n');
  const at = lines.indexOf(`## ${heading}`);
  assert.ok(at >= 0, `heading ${heading}`);
  editor.selection = new vscode.Selection(at + 1, 0, at + 1, 0);
  await vscode.commands.executeCommand('type', { text: `\n${text}` });
}

const checks = new Checks();
const check = (name: string, body: () => Promise<void>): void => checks.add(name, body);

let api: MldlExtensionApi;
let editor: vscode.TextEditor;

check('the extension activates', async () => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace is open');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'job-recommendations.md')));
  const extension = vscode.extensions.getExtension<MldlExtensionApi>(EXTENSION_ID);
  assert.ok(extension);
  api = await waitFor('activation', () => (extension.isActive ? extension.exports : undefined));
  assert.equal(typeof api.practice.start, 'function');
});

check('"Start practice interview" opens the prompt and the seven empty steps, with a countdown', async () => {
  const opened = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('mldl.startPractice', PROBLEM);
  assert.ok(opened, 'an editor');
  editor = opened;
  const { document } = editor;
  assert.equal(document.uri.scheme, 'untitled');
  assert.equal(document.languageId, 'markdown');
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString());
  const text = document.getText();
  const problem = catalogJson.problems.find((p) => p.id === PROBLEM);
  assert.ok(problem && text.includes(problem.prompt), 'the prompt from the problem bank');
  assert.match(text, /^---\nproblem: payment-fraud-detection\nsystem: fraud\nmldl: true\n---\n/);
  assert.deepEqual([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]), STEP_HEADINGS);
  const state = api.practice.state();
  assert.ok(state, 'a session runs');
  assert.equal(state.problemId, PROBLEM);
  assert.equal(state.hideDiagnostics, true, 'mldl.practice.hideDiagnostics defaults to true');
  assert.ok(state.remainingMs > 44 * 60_000 && state.remainingMs <= 45 * 60_000, `45 minutes by default (${state.remainingMs} ms left)`);
  assert.match(state.statusText, /^\$\(watch\) 4[45]:\d\d practice$/);
});

check('typing a partial answer: findings stay hidden, the doc is reviewed with the interview preset', async () => {
  // An edit credits the time since the previous one to its own step (thinking, then typing);
  // time per step counts whole seconds, so each step gets a pause before its text.
  await sleep(1200);
  await typeUnder(
    editor,
    'Requirements',
    'The business goal is to cut fraud losses by 30 % while declining fewer than 0.5 % of legitimate payments. Scoring must finish within 100 ms at p99 for 2,000 transactions per second.',
  );
  await sleep(1200);
  await typeUnder(editor, 'Problem framing', 'The model predicts P(fraud | transaction) as a binary classification with a decline threshold.');
  await sleep(1200);
  await typeUnder(
    editor,
    'Data',
    'Labels come from chargebacks. Chargebacks arrive up to 60 days after the payment, so training only uses transactions older than a 60-day maturation window.',
  );
  const uri = editor.document.uri;
  // The server has reviewed the answer once label-delay shows as covered; that rule is off
  // in the recommended preset, so "covered" also proves the practice doc gets the interview preset.
  const coverage = await waitFor('the answer reviewed', async () => {
    const result = await api.coverage(uri);
    const rule = result?.steps.find((s) => s.step === 'data')?.rules.find((r) => r.ruleId === 'label-delay');
    return rule?.status === 'covered' && result?.version === editor.document.version ? result : undefined;
  });
  assert.ok(coverage.steps.find((s) => s.step === 'monitoring')?.rules.some((r) => r.ruleId === 'adversarial-drift' && r.status === 'missing'));
  await sleep(800); // a diagnostics push for this version would have arrived by now
  assert.deepEqual(mldlDiagnostics(uri).map(codeOf), [], 'no findings shown while practising');
  await api.refreshCoverage();
  assert.equal(api.coverageView(), undefined, 'the review tree is hidden too');
  assert.equal(api.statusBarText(), undefined, 'and the ML review figure');
});

check('"Practice hint" reveals the next missing step\'s guiding question, one at a time', async () => {
  const first = await vscode.commands.executeCommand<{ id: string; step: string; question: string } | undefined>('mldl.practiceHint');
  assert.ok(first, 'a hint');
  log(`hint 1: ${first.step}: ${first.question}`);
  assert.equal(first.step, 'requirements', 'privacy is still missing in Requirements, the first step');
  assert.equal(first.question, catalogJson.guidingQuestions.steps.requirements);
  const second = await vscode.commands.executeCommand<{ id: string; step: string; question: string } | undefined>('mldl.practiceHint');
  assert.ok(second && second.id !== first.id, 'the next hint is another one');
  log(`hint 2: ${second.step}: ${second.question}`);
  for (const hint of [first, second]) {
    for (const rule of catalogJson.rules) assert.ok(!hint.question.includes(rule.id), `the hint names no rule (${rule.id})`);
  }
  assert.deepEqual(api.practice.state()?.hintsRevealed, [first.id, second.id]);
});

check('saving the answer writes it into the workspace and the session carries on in the file', async () => {
  const untitled = editor.document.uri;
  const text = editor.document.getText();
  // The untitled doc has a path in the workspace: Save (Ctrl+S) writes there without a dialog.
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.save');
  const state = await waitFor('the session to move to the file', () => {
    const now = api.practice.state();
    return now && now.uri !== untitled.toString() ? now : undefined;
  });
  const file = vscode.Uri.parse(state.uri);
  assert.notEqual(file.scheme, 'untitled');
  assert.equal(file.path, untitled.path, 'the file the untitled doc named');
  const folder = vscode.workspace.workspaceFolders![0].uri;
  assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), text, 'the answer is on disk in the workspace');
  assert.ok(file.path.startsWith(folder.path), 'inside the workspace folder');
  editor = await waitFor('the saved file in an editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === state.uri), 10_000);
  // Reviewed with the interview preset (label-delay is off in recommended), findings still hidden.
  await waitFor('the saved file reviewed', async () => {
    const result = await api.coverage(file);
    return result?.steps.find((s) => s.step === 'data')?.rules.find((r) => r.ruleId === 'label-delay')?.status === 'covered';
  });
  await sleep(800);
  assert.deepEqual(mldlDiagnostics(file).map(codeOf), [], 'findings stay hidden in the saved file');
  // Time still counts in the file: a pause, then a few words under Model.
  await sleep(1100);
  await typeUnder(editor, 'Model', 'We start simple.');
});

check('"End practice interview" shows the scorecard webview: covered and missing per step, why, red flags, time, trend', async () => {
  const uri = editor.document.uri;
  const result = await vscode.commands.executeCommand<{ scorecard: any; html: string } | undefined>('mldl.endPractice');
  assert.ok(result, 'a scorecard');
  assert.equal(api.practice.state(), undefined, 'the session is over');
  const card = api.practice.lastScorecard()?.scorecard;
  assert.ok(card, 'the scorecard model is exposed');
  assert.equal(card.problem?.id, PROBLEM);
  const step = (id: string) => card.steps.find((s) => s.step === id)!;
  const ids = (items: Array<{ ruleId: string }>) => items.map((i) => i.ruleId);
  log(`score ${card.score}; covered: ${card.steps.map((s) => `${s.step}=${ids(s.covered).join('+')}`).join(' ')}`);
  assert.ok(ids(step('requirements').covered).includes('business-objective'));
  assert.ok(ids(step('requirements').covered).includes('latency-budget'));
  assert.ok(ids(step('requirements').missing).includes('privacy-constraints'));
  assert.ok(ids(step('framing').covered).includes('ml-objective'));
  assert.ok(ids(step('data').covered).includes('label-delay'), 'the problem\'s own point is credited');
  const drift = step('monitoring').missing.find((i) => i.ruleId === 'adversarial-drift');
  assert.ok(drift?.problemSpecific && drift.why.length > 20, 'a missing problem point, with why interviewers ask');
  assert.ok(ids(step('model').missing).includes('baseline-model'));
  assert.deepEqual(ids(step('serving').covered), [], 'nothing written under Serving');
  assert.ok((step('model').seconds ?? 0) >= 1, 'time typed in the saved file counts');
  assert.ok(card.redFlags.some((f) => f.ruleId === 'baseline-model'), 'no baseline is a red flag');
  assert.ok(card.score >= 0 && card.score < 50, `a partial answer scores low (${card.score})`);
  assert.ok((step('requirements').seconds ?? 0) >= 1, 'time spent on Requirements was recorded');
  assert.ok((step('framing').seconds ?? 0) >= 1, 'and on Problem framing');
  assert.ok((step('data').seconds ?? 0) >= 1, 'and on Data');
  assert.equal(step('serving').seconds, undefined, 'no time on a step never edited');
  assert.equal(card.trend?.attempts.length, 1, 'a first attempt');

  const panel = api.practice.panel();
  assert.ok(panel, 'the webview exists');
  assert.equal(panel.title, `Scorecard: ${PROBLEM}`);
  assert.equal(panel.enableScripts, false);
  assert.match(panel.html, /content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.match(panel.html, /Why interviewers ask/);
  assert.match(panel.html, /adversarial-drift/);
  assert.match(panel.html, /Trend:/);
  const tab = await waitFor('the scorecard tab', () =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === `Scorecard: ${PROBLEM}`),
  );
  assert.ok(tab.isActive, 'the scorecard is in front');

  // The findings withheld during the session appear, under the interview preset.
  const shown = await waitFor('the findings', () => {
    const found = mldlDiagnostics(uri).map(codeOf);
    return found.includes('adversarial-drift') ? found : undefined;
  });
  log(`findings after the session: ${shown.join(', ')}`);
  assert.deepEqual(api.practice.attempts(PROBLEM).map((a) => a.score), [card.score], 'the attempt is stored');
});

check('a second attempt, findings shown while practising, ends when the countdown runs out and shows the trend', async () => {
  const firstScore = api.practice.attempts(PROBLEM)[0].score;
  const again = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('mldl.startPractice', PROBLEM, { durationSeconds: 8, hideDiagnostics: false });
  assert.ok(again);
  assert.notEqual(again.document.uri.toString(), editor.document.uri.toString(), 'a fresh doc');
  await typeUnder(again, 'Model', 'As a baseline we train logistic regression on the transaction features before trying gradient-boosted trees.');
  // Not hidden this time: live findings, under the interview preset (adversarial-drift is a problem rule, off in recommended).
  const live = await waitFor('live findings', () => {
    const found = mldlDiagnostics(again.document.uri).map(codeOf);
    return found.includes('adversarial-drift') ? found : undefined;
  }, 6_000);
  assert.ok(api.practice.state(), `shown while the session runs: ${live.join(', ')}`);
  const ended = await waitFor('the countdown to end the session', () => (api.practice.state() === undefined ? api.practice.lastScorecard() : undefined), 15_000);
  const card = ended.scorecard;
  assert.equal(card.trend?.attempts.length, 2);
  assert.equal(card.trend?.change, card.score - firstScore);
  assert.equal(api.practice.attempts(PROBLEM).length, 2);
  assert.ok(card.steps.find((s) => s.step === 'model')?.covered.some((i) => i.ruleId === 'baseline-model'));
  assert.match(api.practice.panel()?.html ?? '', /→/, 'the trend line shows both attempts');
  // Discard both answers (an untitled doc would otherwise ask to be saved).
  for (const document of [again.document, editor.document]) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.workspace.fs.delete(editor.document.uri);
});

export async function run(): Promise<void> {
  // Each check builds on the previous one.
  return checks.run(() => true);
}
