#!/usr/bin/env node
// `mldl-language-server [--stdio | --node-ipc | --socket=<port>]`: the ML
// Design Lint language server for any LSP editor. Speaks stdio when no
// transport is given. The server is TypeScript compiled to out/; when the
// editor bundle (scripts/bundle.mjs → dist/server.cjs, `npm run bundle`) is
// built and still in step with the sources and node_modules it was made from
// (fresh-bundle.js, as bin/mldl.js does for the CLI), that runs instead: it
// answers `initialize` with about a third of the CPU (docs/performance.md,
// "Start-up, sixth pass"). MLDL_NO_BUNDLE=1 runs out/ regardless.
import { fileURLToPath } from 'node:url';
import { freshBundle } from './fresh-bundle.js';

try {
  const bundle = process.env.MLDL_NO_BUNDLE ? undefined : freshBundle(fileURLToPath(new URL('../dist/', import.meta.url)));
  await import(bundle ?? '../out/server/lsp/main.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('out/server/lsp/main.js')) {
    process.stderr.write('mldl-language-server: the server is not built yet. Run `npm run build` first.\n');
    process.exit(2);
  }
  throw error;
}
