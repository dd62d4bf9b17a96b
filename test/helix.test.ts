// Helix is not packaged for Debian 12, so `hx --health` cannot run here. What
// can be checked: the languages.toml docs/editors.md documents parses as TOML
// (smol-toml), uses only keys Helix's languages.toml accepts (Helix rejects
// unknown keys with "Bad language config"), names only servers it defines or
// Helix ships; and the server started the way Helix starts it — `command` +
// `args`, `config` as initializationOptions and as the answer to
// workspace/configuration — honours that `config`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { FIXTURES, LspClient, REPO_ROOT, SERVER_BIN, fileUri } from './lsp-harness.js';

// From Helix's book (languages.md, "Language Server configuration" and "Language configuration").
const SERVER_KEYS = new Set(['command', 'args', 'config', 'timeout', 'environment', 'required-root-patterns']);
const LANGUAGE_KEYS = new Set([
  'name', 'language-id', 'scope', 'injection-regex', 'file-types', 'shebangs', 'roots', 'auto-format',
  'diagnostic-severity', 'comment-tokens', 'comment-token', 'block-comment-tokens', 'indent', 'language-servers',
  'grammar', 'formatter', 'soft-wrap', 'text-width', 'rulers', 'workspace-lsp-roots', 'persistent-diagnostic-sources',
  'auto-pairs', 'debugger', 'path-completion', 'word-completion',
]);
/** Servers Helix configures for Markdown out of the box. */
const HELIX_MARKDOWN_SERVERS = new Set(['marksman', 'markdown-oxide']);

function documentedToml(): string {
  const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'editors.md'), 'utf8');
  const helix = doc.slice(doc.indexOf('## Helix'));
  const block = /```toml\n([\s\S]*?)```/.exec(helix)?.[1];
  assert.ok(block, 'docs/editors.md has a languages.toml block under "## Helix"');
  return block;
}

interface HelixConfig {
  'language-server': Record<string, { command: string; args?: string[]; config?: { mldl?: Record<string, unknown> } }>;
  language: Array<{ name: string; 'language-servers'?: Array<string | { name: string }> }>;
}

test('the documented languages.toml parses and uses only keys Helix accepts', () => {
  const config = parse(documentedToml()) as unknown as HelixConfig;
  assert.deepEqual(Object.keys(config).sort(), ['language', 'language-server']);
  for (const [name, server] of Object.entries(config['language-server'])) {
    for (const key of Object.keys(server)) assert.ok(SERVER_KEYS.has(key), `[language-server.${name}] ${key} is not a Helix key`);
    assert.equal(typeof server.command, 'string');
    assert.ok((server.args ?? []).every((arg) => typeof arg === 'string'));
  }
  const mldl = config['language-server'].mldl;
  assert.equal(mldl.command, 'mldl-language-server', 'the command the install puts on PATH (package.json bin)');
  const bin = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
  assert.ok(bin[mldl.command], `package.json bin has ${mldl.command}`);
  assert.deepEqual(mldl.args, ['--stdio']);

  const markdown = config.language.find((language) => language.name === 'markdown');
  assert.ok(markdown, 'a [[language]] entry for markdown');
  for (const language of config.language) {
    for (const key of Object.keys(language)) assert.ok(LANGUAGE_KEYS.has(key), `[[language]] ${key} is not a Helix key`);
  }
  const servers = (markdown['language-servers'] ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.name));
  assert.ok(servers.includes('mldl'));
  for (const name of servers) {
    assert.ok(config['language-server'][name] || HELIX_MARKDOWN_SERVERS.has(name), `language-servers names "${name}", which is neither defined here nor shipped by Helix`);
  }
});

test('the server started as Helix starts it honours the documented config', async () => {
  const config = parse(documentedToml()) as unknown as HelixConfig;
  const server = config['language-server'].mldl;
  // The documented preset is the default: switch it to strict to see that the config is read.
  const strict = { mldl: { ...server.config?.mldl, preset: 'strict' } };
  const { client } = await LspClient.start({
    command: [process.execPath, SERVER_BIN, ...(server.args ?? [])],
    initializationOptions: strict,
    settings: strict.mldl,
  });
  try {
    const uri = fileUri(path.join(FIXTURES, 'design-doc.md'));
    await client.open(uri, fs.readFileSync(path.join(FIXTURES, 'design-doc.md'), 'utf8'));
    const diagnostics = await client.diagnosticsFor(uri, 1, (list) => list.length > 0);
    assert.ok(diagnostics.length > 3);
    assert.ok(diagnostics.every((d) => d.severity === 1), 'preset strict from config: every finding is an error');
  } finally {
    await client.shutdown();
  }
});
