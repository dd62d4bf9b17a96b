#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node
// `mldl-language-server [--stdio | --node-ipc | --socket=<port>]`: the ML
// Design Lint language server for any LSP editor. Speaks stdio when no
// transport is given. The server is TypeScript compiled to out/; when the
// editor bundle (scripts/bundle.mjs → dist/server.cjs, `npm run bundle`) is
// built and still in step with the sources and node_modules it was made from
// (fresh-bundle.js, as bin/mldl.js does for the CLI), that runs instead: it
// answers `initialize` with about a third of the CPU (docs/performance.md,
// "Start-up, sixth pass"). The npm package ships that bundle (built by its
// `prepare` when packed). MLDL_NO_BUNDLE=1 runs out/ regardless.
//
// The shebang gives the server one glibc malloc arena instead of one per
// thread: ~15–20 MB less resident memory with 50 docs open (docs/performance.md,
// "Memory, seventh pass"). glibc reads it before any JavaScript runs, so it can
// only be set by whoever starts Node. `env -S` is in coreutils 8.30+ and macOS;
// npm's Windows shim reads the assignment too. Where `env` lacks -S (busybox),
// run `node <path>/bin/mldl-language-server.js --stdio` (docs/editors.md).
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
