#!/usr/bin/env node
// Entry point of the `mldl` command. The CLI is written in TypeScript and
// compiled to out/ (npm run build). Whatever goes wrong while loading it must
// exit with 2, never with 1, which means "the docs have errors".
let cli;
try {
  cli = await import('../out/server/cli/main.js');
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
