import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Config is data: the extension must keep working (read-only linting, no code run)
// in untrusted workspaces, so the manifest has to keep declaring that support.
const manifestPath = fileURLToPath(new URL('../../package.json', import.meta.url));

test('package.json keeps capabilities.untrustedWorkspaces.supported: true', () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported?: unknown } };
  };
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
});
