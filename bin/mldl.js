#!/usr/bin/env node
// Entry point of the `mldl` command. The CLI is written in TypeScript and
// compiled to out/ (npm run build). `npm run build` also bundles it
// (scripts/bundle.mjs --cli), which starts ~0.3 s of CPU faster; the bundle
// runs only while it is in step with out/ and node_modules (fresh-bundle.js),
// and MLDL_NO_BUNDLE=1 runs out/ regardless. Whatever goes wrong while loading
// the CLI must exit with 2, never with 1, which means "the docs have errors".
import { fileURLToPath } from 'node:url';
import { freshBundle } from './fresh-bundle.js';

let cli;
try {
  const bundle = process.env.MLDL_NO_BUNDLE ? undefined : freshBundle(fileURLToPath(new URL('../out/bundle/cli/', import.meta.url)));
  cli = await import(bundle ?? '../out/server/cli/main.js');
} catch (error) {
  const notBuilt = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('out/server/cli/main.js');
  process.stderr.write(
    notBuilt
      ? 'mldl: the CLI is not built yet. Run `npm run build` first.\n'
      : `mldl: internal error while loading: ${error && error.message ? error.message : String(error)}\n`,
  );
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
