// The repository's own Markdown (test-fixtures, examples, README), for tests that check a parser
// shortcut against the full parser on every real-looking document the checkout has.
import fs from 'node:fs';
import path from 'node:path';

export function repositoryMarkdownFiles(repoRoot: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.md')) files.push(file);
    }
  };
  for (const dir of ['test-fixtures', 'examples']) walk(path.join(repoRoot, dir));
  files.push(path.join(repoRoot, 'README.md'));
  return files;
}
