// The extension's TextMate injection grammar, tokenized the way VS Code does it:
// vscode-textmate + vscode-oniguruma, with the real Markdown grammar as host
// (tm-grammars ships the one VS Code's markdown-basics uses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const INJECTION = resolve(repoRoot, 'syntaxes', 'mldl-injection.tmLanguage.json');
const MARKDOWN = require.resolve('tm-grammars/grammars/markdown.json');

async function loadMarkdownGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const injection = JSON.parse(readFileSync(INJECTION, 'utf8')) as { scopeName: string; injectionSelector?: string };
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => oniguruma.createOnigScanner(sources),
      createOnigString: (text: string) => oniguruma.createOnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(readFileSync(MARKDOWN, 'utf8'), MARKDOWN);
      if (scopeName === injection.scopeName) return vsctm.parseRawGrammar(readFileSync(INJECTION, 'utf8'), INJECTION);
      return null; // embedded languages of fenced code blocks: not needed here
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [injection.scopeName] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown grammar loads');
  return grammar;
}

interface Token {
  text: string;
  scopes: string[];
}

function tokenize(grammar: vsctm.IGrammar, source: string): Token[][] {
  let state = vsctm.INITIAL;
  return source.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

function scopesOf(lines: Token[][], text: string): string[] {
  const token = lines.flat().find((t) => t.text === text);
  assert.ok(token, `a token "${text}" exists in ${JSON.stringify(lines.flat().map((t) => t.text))}`);
  return token.scopes;
}

function hasScope(lines: Token[][], text: string, scope: string): boolean {
  return lines.flat().some((t) => t.text.includes(text) && t.scopes.some((s) => s.startsWith(scope)));
}

const grammarPromise = loadMarkdownGrammar();

test('a directive comment gets a keyword and rule-id scopes', async () => {
  const grammar = await grammarPromise;
  const lines = tokenize(grammar, '# Doc\n\n<!-- mldl-disable ab-test, latency-budget -->\n\nText.\n');
  assert.ok(scopesOf(lines, 'mldl-disable').includes('keyword.control.directive.mldl'));
  assert.ok(scopesOf(lines, 'ab-test').includes('variable.parameter.rule-id.mldl'));
  assert.ok(scopesOf(lines, 'latency-budget').includes('variable.parameter.rule-id.mldl'));
  assert.ok(scopesOf(lines, '-->').includes('punctuation.definition.comment.html'));
  // The paragraph after the comment is ordinary Markdown again.
  assert.ok(!hasScope([lines[4]], 'Text.', 'meta.directive.mldl'));
});

test('every directive form is recognised, also mid-paragraph', async () => {
  const grammar = await grammarPromise;
  for (const kind of ['mldl-enable', 'mldl-disable-line', 'mldl-disable-next-line']) {
    const lines = tokenize(grammar, `Some text <!-- ${kind} placeholder-text --> more.`);
    assert.ok(scopesOf(lines, kind).includes('keyword.control.directive.mldl'), kind);
    assert.ok(scopesOf(lines, 'placeholder-text').includes('variable.parameter.rule-id.mldl'), kind);
  }
});

test('an ordinary HTML comment is not a directive', async () => {
  const grammar = await grammarPromise;
  const lines = tokenize(grammar, '<!-- mldlx-disable ab-test -->\n<!-- a note -->');
  assert.ok(!hasScope(lines, 'ab-test', 'variable.parameter.rule-id.mldl'));
  assert.ok(!hasScope(lines, 'mldlx', 'keyword.control.directive.mldl'));
  assert.ok(hasScope(lines, 'a note', 'comment.block.html'), 'the host grammar still scopes comments');
});

test('placeholders are highlighted in prose, headings and lists', async () => {
  const grammar = await grammarPromise;
  const lines = tokenize(grammar, '## Latency TBD\n\n- Offline metric: TODO\n\nThe split is ??? and FIXME later.');
  for (const word of ['TBD', 'TODO', '???', 'FIXME']) {
    assert.ok(scopesOf(lines, word).includes('invalid.illegal.placeholder.mldl'), word);
  }
  // Headings keep their own scope around the placeholder.
  assert.ok(scopesOf(lines, 'TBD').some((s) => s.startsWith('markup.heading')));
});

test('placeholders inside words, code spans and fenced code are left alone', async () => {
  const grammar = await grammarPromise;
  const lines = tokenize(grammar, 'TODOS and MTBD stay plain; `TODO` in code.\n\n```python\n# TODO in a fence\n```\n');
  assert.ok(!hasScope(lines, 'TODOS', 'invalid.illegal.placeholder.mldl'));
  assert.ok(!hasScope(lines, 'MTBD', 'invalid.illegal.placeholder.mldl'));
  assert.ok(!hasScope([lines[0]], 'TODO', 'invalid.illegal.placeholder.mldl'), 'inline code');
  assert.ok(!hasScope([lines[3]], 'TODO', 'invalid.illegal.placeholder.mldl'), 'fenced code');
});
