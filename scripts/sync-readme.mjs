// `npm run readme`: the README carries the reference sections a user needs
// on the project page (CLI, configuration, editors, CI, safety, performance),
// and docs/*.md hold the same text for linking. This copies each doc into
// its marked region of README.md so the two never drift apart:
//
//   <!-- sync:docs/cli.md -->  …generated…  <!-- /sync -->
//
// The doc's title line is dropped, its headings move one level down, and its
// relative links are rewritten to work from the repository root.
// `--check` exits 1 when README.md is out of date (the test suite runs it).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = join(root, 'README.md');
const REGION = /(<!-- sync:([^ ]+) -->\n)([\s\S]*?)(<!-- \/sync -->)/g;

/** Rewrites a link target relative to the doc so it works from the repository root. */
function rebase(target, docPath) {
  if (/^(?:[a-z]+:|#|\/)/i.test(target)) return target;
  const [path, hash = ''] = target.split('#');
  const fromRoot = normalize(join(dirname(docPath), path)).split('\\').join('/');
  const rebased = fromRoot === 'README.md' ? '' : relative('.', fromRoot).split('\\').join('/');
  return rebased + (hash ? `#${hash}` : '') || '#';
}

export function renderDoc(docPath) {
  const text = readFileSync(join(root, docPath), 'utf8');
  let inFence = false;
  const lines = text.split('\n').filter((line, index) => !(index === 0 && line.startsWith('# ')));
  return lines
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      if (inFence || /^\s*(```|~~~)/.test(line)) return line;
      const demoted = line.replace(/^(#{1,5}) /, '#$1 ');
      return demoted.replace(/\]\(([^)\s]+)\)/g, (_, target) => `](${rebase(target, docPath)})`);
    })
    .join('\n')
    .trim();
}

export function syncedReadme(readme) {
  return readme.replace(REGION, (whole, open, docPath, _body, close) =>
    existsSync(join(root, docPath)) ? `${open}${renderDoc(docPath)}\n${close}` : whole,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const readme = readFileSync(readmePath, 'utf8');
  const next = syncedReadme(readme);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is out of date with docs/*.md: run `npm run readme`.');
      process.exit(1);
    }
    console.log('README.md is in sync with docs/*.md');
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md updated from docs/*.md');
  } else console.log('README.md already in sync');
}
