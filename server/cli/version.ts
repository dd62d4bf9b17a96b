// mldl's version, from package.json at the package root.
import fs from 'node:fs';

let cached: string | undefined;

export function version(): string {
  // out/server/cli/version.js → package.json at the package root; the CLI bundle's
  // chunks (out/bundle/cli/, scripts/bundle.mjs) are as deep.
  cached ??= (JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
