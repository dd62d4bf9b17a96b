// The command line and labels of a labelled set that lives outside the repository
// (scripts/applicability-set.mjs, scripts/strictbar-set.mjs): SETDIR holds docs/ and a
// labels.tsv; --split LOOK|CHECK|all (LOOK unless told) and --details. Exits with the
// usage when SETDIR has no labels.tsv.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The set's directory, split and details flag, its label rows (one object per tsv line), and the built linter's `lint`. */
export async function openLabelledSet(usage) {
  const args = process.argv.slice(2);
  const setDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--split');
  if (!setDir || !fs.existsSync(path.join(setDir, 'labels.tsv'))) {
    console.error(`${usage}\n(no labels.tsv in ${setDir ?? '(none)'})`);
    process.exit(2);
  }
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'LOOK';
  const details = args.includes('--details');
  const { lint } = await import(pathToFileURL(path.join(ROOT, 'out/server/linter.js')).href);
  const [header, ...lines] = fs.readFileSync(path.join(setDir, 'labels.tsv'), 'utf8').trim().split(/\r?\n/);
  const columns = header.split('\t');
  const rows = lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])));
  return { setDir, split, details, rows, lint };
}
