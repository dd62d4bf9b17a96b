// The language server's text edits, checked by re-linting the result: a
// "disable" edit must switch the rule off, keep every character the writer
// typed, and leave valid front matter; "insert all" must place each skeleton
// once, in its step's section.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../server/linter.js';
import { disableForFile, disableForLine } from '../server/lsp/disable-edits.js';
import { insertAllMissing } from '../server/lsp/insert-all.js';
import { parseRulePage } from '../server/lsp/rule-docs.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editSupportOf, insertionEdit, type TextInsertion } from '../server/lsp/workspace-edits.js';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { LspClient, textEditsOf } from './lsp-harness.js';

const BODY = [
  '# Search ranking',
  '',
  '## Requirements',
  '',
  'Results must come back with low latency.',
  '',
].join('\n');

function apply(text: string, insertions: readonly TextInsertion[]): string {
  let result = text;
  for (const insertion of [...insertions].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, insertion.offset) + insertion.text + result.slice(insertion.offset);
  }
  return result;
}

function ruleIds(text: string): string[] {
  return lint(text, { force: true }).findings.map((f) => f.ruleId);
}

/** Applies "disable for file" and checks the rule is off, the text kept and the front matter valid. */
function disableFile(text: string, ruleId: string): string {
  assert.ok(ruleIds(text).includes(ruleId), `${ruleId} fires before`);
  const insertion = disableForFile(text, lint(text, { force: true }).doc.frontMatter, ruleId);
  const result = apply(text, [insertion]);
  assert.ok(result.includes(text.slice(0, insertion.offset)) && result.endsWith(text.slice(insertion.offset)), 'only inserts');
  const after = ruleIds(result);
  assert.ok(!after.includes(ruleId), `${ruleId} is off after:\n${result}`);
  assert.ok(!after.includes('front-matter'), `front matter stays valid:\n${result}`);
  return result;
}

describe('disable for this file', () => {
  test('creates front matter when there is none', () => {
    const result = disableFile(BODY, 'baseline-model');
    assert.equal(result, `---\nmldl:\n  rules:\n    baseline-model: off\n---\n\n${BODY}`);
  });

  test('adds an mldl block to front matter that has other keys', () => {
    const text = `---\ntitle: Search ranking\nauthors:\n  - ana\n---\n${BODY}`;
    const result = disableFile(text, 'baseline-model');
    assert.ok(result.startsWith('---\ntitle: Search ranking\nauthors:\n  - ana\nmldl:\n  rules:\n    baseline-model: off\n---\n'), result);
  });

  test('adds rules under an existing mldl mapping, at its indentation', () => {
    const text = `---\nmldl:\n    system: search\n---\n${BODY}`;
    const result = disableFile(text, 'baseline-model');
    assert.ok(result.startsWith('---\nmldl:\n    system: search\n    rules:\n      baseline-model: off\n---\n'), result);
  });

  test('adds the rule to an existing rules mapping, keeping its other entries and indentation', () => {
    const text = `---\nmldl:\n  rules:\n      cold-start: off   # not for search\n  system: search\n---\n${BODY}`;
    const result = disableFile(text, 'baseline-model');
    assert.ok(result.includes('      cold-start: off   # not for search\n      baseline-model: off\n  system: search\n'), result);
  });

  test('falls back to a comment below the front matter when YAML cannot take it by insertion', () => {
    const cases = [
      '---\nmldl: {rules: {cold-start: off}}\n---\n',
      '---\nmldl: true\n---\n',
      '---\nmldl:\n  rules:\n    baseline-model: warning\n---\n',
    ];
    for (const frontMatter of cases) {
      const result = disableFile(frontMatter + BODY, 'baseline-model');
      assert.equal(result, `${frontMatter}<!-- mldl-disable baseline-model -->\n${BODY}`);
    }
  });

  test('keeps CRLF line endings', () => {
    const text = `---\r\ntitle: x\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}`;
    const result = disableFile(text, 'baseline-model');
    assert.ok(result.startsWith('---\r\ntitle: x\r\nmldl:\r\n  rules:\r\n    baseline-model: off\r\n---\r\n'), JSON.stringify(result));
  });

  test('two rules in a row merge into one mapping', () => {
    const once = disableFile(BODY, 'baseline-model');
    const twice = disableFile(once, 'offline-metrics');
    assert.ok(twice.startsWith('---\nmldl:\n  rules:\n    baseline-model: off\n    offline-metrics: off\n---\n'), twice);
  });
});

describe('disable for this line', () => {
  function disableLine(text: string, needle: string): string {
    const finding = lint(text, { force: true }).findings.find((f) => f.ruleId === 'unquantified-requirement' && text.slice(f.range.start.offset).startsWith(needle));
    assert.ok(finding, `unquantified-requirement fires on "${needle}"`);
    const edit = disableForLine(text, finding.ruleId, finding.range.start.line);
    const result = apply(text, edit.insertions);
    const remaining = lint(result, { force: true }).findings.filter((f) => f.ruleId === 'unquantified-requirement');
    assert.ok(!remaining.some((f) => result.slice(f.range.start.offset).startsWith(needle)), `still reported:\n${result}`);
    return result;
  }

  test('puts a next-line comment above a paragraph line', () => {
    const result = disableLine(BODY, 'low latency');
    assert.ok(result.includes('\n<!-- mldl-disable-next-line unquantified-requirement -->\nResults must come back with low latency.\n'));
  });

  test('extends a next-line comment that is already there instead of stacking a second one', () => {
    const text = BODY.replace('Results must', '<!-- mldl-disable-next-line placeholder-text -->\nResults must');
    const result = disableLine(text, 'low latency');
    assert.ok(result.includes('<!-- mldl-disable-next-line placeholder-text, unquantified-requirement -->\nResults must'), result);
  });

  test('indents the comment into the list item above so the list stays one list', () => {
    const text = BODY.replace('Results must come back with low latency.', '- Index 1B documents.\n- Results must come back with low latency.\n- Refresh daily.');
    const result = disableLine(text, 'low latency');
    assert.ok(result.includes('- Index 1B documents.\n  <!-- mldl-disable-next-line unquantified-requirement -->\n- Results must'), result);
    const lists = lint(result, { force: true }).doc.units.filter((u) => u.kind === 'list-item').map((u) => u.depth);
    assert.deepEqual(lists, [1, 1, 1]);
  });

  test('in a table, switches the rule off around the table rather than splitting it', () => {
    const text = BODY.replace('Results must come back with low latency.', '| Need | Target |\n|---|---|\n| Search | must have low latency |\n| Index | 1B docs |');
    const result = disableLine(text, 'low latency');
    assert.ok(result.includes('<!-- mldl-disable unquantified-requirement -->\n| Need | Target |'), result);
    assert.ok(result.includes('| Index | 1B docs |\n<!-- mldl-enable unquantified-requirement -->\n'), result);
    const rows = lint(result, { force: true }).doc.units.filter((u) => u.kind === 'table-row');
    assert.equal(rows.length, 2, 'the table is still one table');
  });
});

describe('insert every missing skeleton', () => {
  test('each skeleton lands once, a missing step section is created once, nothing is removed', () => {
    const text = '# Fraud detection\n\n## Requirements\n\nReduce chargeback losses.\n\n## Model\n\nA gradient boosted tree.\n';
    const before = lint(text, { force: true }).findings.filter((f) => f.kind === 'document');
    const insertions = insertAllMissing(text, { force: true }, lint);
    const result = apply(text, insertions);
    for (const insertion of insertions) assert.ok(insertion.offset >= 0 && insertion.offset <= text.length);
    let cursor = 0;
    for (const char of text) {
      cursor = result.indexOf(char, cursor) + 1;
      assert.ok(cursor > 0, 'the original text is a subsequence of the result');
    }
    assert.equal(result.match(/^## Monitoring$/gm)?.length, 1);
    assert.equal(result.match(/^## Data$/gm)?.length, 1);
    const after = lint(result, { force: true }).findings.filter((f) => f.kind === 'document');
    assert.ok(before.length >= 10);
    assert.deepEqual(after.map((f) => f.ruleId), [], 'every skeleton settles its rule');
    // Steps stay in framework order.
    const order = ['## Requirements', '## Data', '## Model', '## Evaluation', '## Serving', '## Monitoring'].map((h) => result.indexOf(h));
    assert.deepEqual([...order].sort((a, b) => a - b), order, result);
  });
});

describe('rule pages for hovers', () => {
  test('reads the summary, the why and the what-satisfies sections, ignoring headings inside code', () => {
    const page = parseRulePage([
      '# some-rule',
      '',
      'The doc states something.',
      '',
      '## Why a reviewer asks',
      '',
      'Because it matters.',
      '',
      'Second paragraph.',
      '',
      '## Failing example',
      '',
      '```markdown',
      '## What satisfies it',
      'not this',
      '```',
      '',
      '## What satisfies it',
      '',
      '- "A concrete sentence."',
      '',
    ].join('\n'));
    assert.deepEqual(page, { summary: 'The doc states something.', why: 'Because it matters.', satisfies: '- "A concrete sentence."' });
  });
});

describe('workspace edits follow the client capabilities', () => {
  const snapshot = TextDocument.create('file:///doc.md', 'markdown', 7, '# T\n\nText.\n');
  const insertion = { offset: 10, text: '\n- Baseline: popularity', snippet: '\n- Baseline: ${1:popularity}' };

  test('LSP 3.18 snippet edits inside versioned document changes', () => {
    const support = editSupportOf({ workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } });
    const edit = insertionEdit(snapshot, [insertion], support);
    assert.deepEqual(edit.documentChanges, [
      {
        textDocument: { uri: 'file:///doc.md', version: 7 },
        edits: [{ range: { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, snippet: { kind: 'snippet', value: insertion.snippet } }],
      },
    ]);
  });

  test("rust-analyzer's experimental snippetTextEdit", () => {
    const support = editSupportOf({ workspace: { workspaceEdit: { documentChanges: true } }, experimental: { snippetTextEdit: true } });
    const edit = insertionEdit(snapshot, [insertion], support);
    const change = edit.documentChanges?.[0] as { edits: Array<{ newText: string; insertTextFormat?: number }> };
    assert.equal(change.edits[0].newText, insertion.snippet);
    assert.equal(change.edits[0].insertTextFormat, 2);
  });

  test('plain text edits in `changes` for a client without documentChanges', () => {
    const edit = insertionEdit(snapshot, [insertion], editSupportOf({}));
    assert.equal(edit.documentChanges, undefined);
    assert.deepEqual(edit.changes, { 'file:///doc.md': [{ range: { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, newText: insertion.text }] });
  });

  test('several insertions never use snippets (their tab stops would clash)', () => {
    const support = editSupportOf({ workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } });
    const edit = insertionEdit(snapshot, [insertion, { ...insertion, offset: 0 }], support);
    const change = edit.documentChanges?.[0] as { edits: Array<{ newText?: string; snippet?: unknown }> };
    assert.ok(change.edits.every((e) => e.snippet === undefined && e.newText === insertion.text));
  });
});

describe('a section holding only a placeholder line', () => {
  const text = ['---', 'mldl: true', 'system: recommendation', '---', '# Job recommendations', '', '## Evaluation', '', 'TBD', '', '## Monitoring', '', 'We alert on PSI > 0.2.', ''].join('\n');

  test('over stdio, the quick fix replaces exactly the TBD line, and both findings clear', async () => {
    const { client } = await LspClient.start();
    try {
      const uri = 'file:///tmp/mldl-placeholder-fix.md';
      await client.open(uri, text);
      const diagnostics = await client.diagnosticsFor(uri, 1, (list) => list.some((d) => d.code === 'ab-test'));
      assert.ok(diagnostics.some((d) => d.code === 'placeholder-text'), 'the lone TBD is flagged');
      const abTest = diagnostics.find((d) => d.code === 'ab-test')!;
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: abTest.range,
        context: { diagnostics: [abTest] },
      })) as Array<{ title: string; edit?: WorkspaceEdit }>;
      const fix = actions.find((a) => a.title === 'Plan an A/B test');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
      const edits = Object.values(textEditsOf(fix.edit)).flat();
      assert.equal(edits.length, 1);
      const line = text.split('\n').indexOf('TBD');
      assert.deepEqual(edits[0].range, { start: { line, character: 0 }, end: { line, character: 3 } }, 'the range is the TBD line, nothing more');
      const version = await client.applyTextEdits(uri, edits);
      const after = await client.diagnosticsFor(uri, version);
      assert.ok(!after.some((d) => d.code === 'ab-test' || d.code === 'placeholder-text'), after.map((d) => d.code).join(', '));
      assert.ok(client.text(uri).includes('We alert on PSI > 0.2.'));
    } finally {
      await client.shutdown();
    }
  });

  test('"insert all" only inserts: the skeleton goes after the TBD, which stays', () => {
    const insertions = insertAllMissing(text, { force: true }, lint);
    assert.ok(insertions.every((insertion) => insertion.replaces === undefined));
    const result = apply(text, insertions);
    assert.match(result, /\n## Evaluation\n\nTBD\n\n- \*\*/, 'the TBD stays, the skeletons follow it');
    assert.ok(result.indexOf('- **A/B test:**') > result.indexOf('\nTBD\n'), result);
  });
});
