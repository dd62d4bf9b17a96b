#!/usr/bin/env node
// Entry point of the `mldl` command. The CLI is written in TypeScript and
// compiled to out/ (npm run build).
let cli;
try {
  cli = await import('../out/server/cli/main.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('out/server/cli/main.js')) {
    process.stderr.write('mldl: the CLI is not built yet. Run `npm run build` first.\n');
    process.exit(2);
  }
  throw error;
}
process.exitCode = await cli.main(process.argv.slice(2));
