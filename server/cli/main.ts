// The `mldl` command: arguments → configuration → files → lint → report →
// exit code. This module answers --help and --version and imports the rest
// (lint-command.ts, the subcommands) only when it is needed, so those answers
// are quick. Everything that touches the process goes through CliIO so the
// same function runs under tests.
import { ConfigError } from '../config/errors.js';
import { HELP_TEXT, parseCliArgs, UsageError } from './args.js';
import { ExitCode } from './exit-codes.js';
import { version } from './version.js';

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** The terminal's width when standard output is one. */
  stdoutColumns?: number;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input as text, or tooLarge once more than `maxBytes` arrived (the rest is not kept). */
  readStdin(maxBytes: number): Promise<StdinText>;
}

export type StdinText = { text: string } | { tooLarge: true };

export function processIO(): CliIO {
  // `mldl … | head` closes the pipe early: that is the reader's choice, not a
  // crash. Other write errors (disk full) are reported in one line.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`mldl: cannot write output (${error.code ?? error.message})\n`);
    process.exit(2);
  });
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        total += (chunk as Buffer).length;
        if (total > maxBytes) {
          process.stdin.destroy();
          return { tooLarge: true };
        }
        chunks.push(chunk as Buffer);
      }
      return { text: Buffer.concat(chunks).toString('utf8') };
    },
  };
}

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
      for (const problem of error.all()) io.stderr(`${problem.format(io.cwd)}\n`);
    } else {
      // A bug in mldl, not in the user's input: say so, without a stack trace unless asked.
      io.stderr(`mldl: internal error: ${(error as Error).message ?? String(error)}\n`);
      if (io.env.MLDL_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
      else io.stderr('Set MLDL_DEBUG=1 for details, and please report this.\n');
    }
    return ExitCode.Fatal;
  }
}
