// What the `mldl` command touches of the process: working directory,
// environment, standard streams. The commands take it as an argument, so the
// same code runs under tests with a fake.
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
