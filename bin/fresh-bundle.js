// Whether an esbuild bundle of compiled code (scripts/bundle.mjs --cli) may
// run in place of the files it was made from. It may only while every file it
// was built from, and every file it consists of, has the mtime and size it had
// when it was built (its inputs.json says which): any `tsc` run rewrites out/,
// any `npm install` rewrites what it touches in node_modules, and either sends
// the caller back to out/ until the bundle is built again. Stat-ing the ~700
// files costs a few milliseconds; loading them one by one instead of from the
// bundle costs ~0.3 s of CPU.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The file: URL of the entry point of the bundle in the folder `dir` when the
 * bundle there is complete and up to date; otherwise undefined.
 */
export function freshBundle(dir) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, 'inputs.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof manifest?.entry !== 'string' || typeof manifest.files !== 'object' || manifest.files === null) return undefined;
  // An installed package (scripts/bundle.mjs writeManifest, `packed`): npm gave every file one fixed mtime and put the
  // dependencies elsewhere, and nothing rebuilds out/ there; the bundle's own files must be there at their sizes.
  const packed = manifest.packed === true;
  for (const [file, stamp] of Object.entries(manifest.files)) {
    if (packed && file.startsWith('../')) continue;
    const stat = fs.statSync(path.resolve(dir, file), { throwIfNoEntry: false });
    if (!stat || !Array.isArray(stamp) || (!packed && stat.mtimeMs !== stamp[0]) || stat.size !== stamp[1]) return undefined;
  }
  return pathToFileURL(path.join(dir, manifest.entry)).href;
}
