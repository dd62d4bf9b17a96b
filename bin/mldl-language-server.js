#!/usr/bin/env node
// `mldl-language-server [--stdio | --node-ipc | --socket=<port>]`: the ML
// Design Lint language server for any LSP editor. Speaks stdio when no
// transport is given. The server is TypeScript compiled to out/.
try {
  await import('../out/server/lsp/main.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('out/server/lsp/main.js')) {
    process.stderr.write('mldl-language-server: the server is not built yet. Run `npm run build` first.\n');
    process.exit(2);
  }
  throw error;
}
