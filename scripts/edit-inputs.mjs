// What the paired per-edit scripts (edit-ab.mjs, edit-split.mjs) edit: the bench's 10,118-line doc built
// from the corpus, or one corpus doc (--only=name), and the bench's own seeded one-letter edits.
import fs from 'node:fs'; import path from 'node:path'; import { pathToFileURL } from 'node:url';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export async function editInputs(only) {
  const { concatenate, BIG_DOC_LINES } = await import(pathToFileURL(path.join(ROOT, 'bench/corpus.mjs')).href);
  const { insertRandomLetter, seededRandom } = await import(pathToFileURL(path.join(ROOT, 'bench/server.mjs')).href);
  const corpus = path.resolve(ROOT, '../shared/corpus/docs');
  const docs = fs.readdirSync(corpus).filter((n) => n.endsWith('.md')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(corpus, name), 'utf8') }));
  const text = only ? docs.find((d) => d.name.includes(only)).text : concatenate(docs, BIG_DOC_LINES).text;
  return { text, insertRandomLetter, seededRandom };
}

/** The scripts' command line: build folders (out dirs) as plain arguments, `--name=value` flags. */
export function pairedArgs(argv = process.argv.slice(2)) {
  const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const outs = argv.filter((a) => !a.startsWith('--')).map((o) => path.resolve(ROOT, o));
  /** A module of one build, by its path inside the out dir. */
  const loader = (outDir) => (p) => import(pathToFileURL(path.join(outDir, p)).href);
  return { argv, flag, outs, loader };
}

/** Each out/ directory's build, made one after another (each loads its own modules). */
export async function buildsOf(outs, build) {
  const builds = [];
  for (const o of outs) builds.push(await build(o));
  return builds;
}

/** CPU time (user + system) of this process so far, in milliseconds. */
export const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
