// The shell blocks of README.md and docs/*.md, as the doc tests read them.
// A block a reader can paste is marked runnable in its info string:
//
//   ```sh runnable
//
// and test/doc-commands.test.ts runs it; any other shell block must say why
// it is not run, in a comment on the line before the fence:
//
//   <!-- not-runnable: needs a VS Code installation -->
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cli-harness.js';

export interface ShellBlock {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  runnable: boolean;
  /** The reason given in `<!-- not-runnable: … -->`, if any. */
  notRunnableReason?: string;
  /** One entry per command: comment-only and blank lines dropped, `\` continuations joined. */
  commands: string[];
}

const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'console', 'zsh']);
const NOT_RUNNABLE = /^<!--\s*not-runnable:\s*(.+?)\s*-->$/;

/** README.md first (its install block puts mldl on PATH), then docs/*.md in name order. */
export function documentationFiles(): string[] {
  const docs = fs
    .readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

function commandsOf(body: string[]): string[] {
  const commands: string[] = [];
  let pending = '';
  for (const raw of body) {
    const line = raw.trimEnd();
    if (pending === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    commands.push(pending + line);
    pending = '';
  }
  if (pending) commands.push(pending.trim());
  return commands;
}

export function shellBlocks(file: string): ShellBlock[] {
  const lines = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n');
  const blocks: ShellBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(lines[i]);
    if (!fence) continue;
    const close = lines.findIndex((line, j) => j > i && line.trim() === fence[1]);
    const end = close === -1 ? lines.length : close;
    if (SHELL_LANGUAGES.has(fence[2])) {
      blocks.push({
        file,
        line: i + 1,
        runnable: fence[3].split(/\s+/).includes('runnable'),
        notRunnableReason: NOT_RUNNABLE.exec(lines[i - 1]?.trim() ?? '')?.[1],
        commands: commandsOf(lines.slice(i + 1, end)),
      });
    }
    i = end;
  }
  return blocks;
}
