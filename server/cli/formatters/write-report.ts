// --output FILE: the report goes to a file (created with its directories)
// instead of standard output, e.g. `--format sarif --output mldl.sarif`.
// Never through a symlink out of the repository (server/io/output-path.ts).
import fs from 'node:fs';
import path from 'node:path';
import { terminalText } from '../../io/escape.js';
import { outputRefusal } from '../../io/output-path.js';

/** Writes `text` to `output` (relative to cwd), or to stdout when no file is given; returns a one-line error or undefined. */
export function writeReport(text: string, output: string | undefined, cwd: string, stdout: (text: string) => void): string | undefined {
  if (output === undefined) {
    stdout(text);
    return undefined;
  }
  const target = path.resolve(cwd, output);
  const refusal = outputRefusal(target, cwd);
  if (refusal) return `${terminalText(output)}: ${refusal}`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    return undefined;
  } catch (error) {
    return `${terminalText(output)}: cannot write report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}
