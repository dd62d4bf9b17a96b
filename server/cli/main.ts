// The `mldl` command: arguments → configuration → files → lint → report →
// exit code. This module answers --help and --version and imports the rest
// (lint-command.ts, the subcommands) only when it is needed, so those answers
// are quick. Everything that touches the process goes through CliIO so the
// same function runs under tests (io.ts).
import { ConfigError } from '../config/errors.js';
import { HELP_TEXT, parseCliArgs, UsageError } from './args.js';
import { ExitCode } from './exit-codes.js';
import { version } from './version.js';
import { processIO, type CliIO } from './io.js';

export type { CliIO } from './io.js';

async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const options = parseCliArgs(argv);
  if (options.help) {
    io.stdout(HELP_TEXT);
    return ExitCode.Clean;
  }
  if (options.version) {
    io.stdout(`${version()}\n`);
    return ExitCode.Clean;
  }
  return (await import('./lint-command.js')).runLint(options, io);
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<ExitCode> {
  try {
    // Subcommands first: `mldl scorecard …` has its own options (see scorecard-command.ts).
    // They are imported only when used: the scorecard loads the engine up front.
    if (argv[0] === 'scorecard') return await (await import('./scorecard-command.js')).runScorecard(argv.slice(1), io);
    if (argv[0] === 'review') return await (await import('./review/command.js')).runReview(argv.slice(1), io);
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mldl: ${error.message}\nRun \`mldl --help\` for usage.\n`);
    } else if (error instanceof ConfigError) {
      for (const fault of error.all()) io.stderr(`${fault.format(io.cwd)}\n`);
    } else {
      // A bug in mldl, not in the user's input: say so, without a stack trace unless asked.
      io.stderr(`mldl: internal error: ${(error as Error).message ?? String(error)}\n`);
      if (io.env.MLDL_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
      else io.stderr('Set MLDL_DEBUG=1 for details, and please report this.\n');
    }
    return ExitCode.Fatal;
  }
}
