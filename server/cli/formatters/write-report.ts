// --output FILE: the report goes to a file (created with its directories)
// instead of standard output, e.g. `--format sarif --output mldl.sarif`.
import fs from 'node:fs';
import path from 'node:path';

/** Writes `text` to `output` (relative to cwd), or to stdout when no file is given; returns a one-line error or undefined. */
export function writeReport(text: string, output: string | undefined, cwd: string, stdout: (text: string) => void): string | undefined {
  if (output === undefined) {
    stdout(text);
    return undefined;
  }
  const target = path.resolve(cwd, output);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    return undefined;
  } catch (error) {
    return `${output}: cannot write report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}
