// Which files a Node process loads as modules: a module-loader hook, given
// to the process through NODE_OPTIONS, appends each URL it loads to a file.
// Used to tell which build a launcher in bin/ ran (out/ or a bundle).
import type { TestContext } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LoadTrace {
  /** The NODE_OPTIONS value that installs the hook. */
  nodeOptions: string;
  /** The URLs loaded so far, in order, built-ins (`node:…`) included. */
  urls(): string[];
  /** The paths of the files loaded so far, in order. */
  loaded(): string[];
}

/** A fresh trace in a temporary folder, removed when the test ends. */
export function loadTrace(t: TestContext): LoadTrace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-load-trace-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const trace = path.join(dir, 'trace.txt');
  const hooks = path.join(dir, 'hooks.mjs');
  fs.writeFileSync(hooks, `import fs from 'node:fs';\nexport async function load(url, context, next) {\n  fs.appendFileSync(${JSON.stringify(trace)}, url + '\\n');\n  return next(url, context);\n}\n`);
  const register = path.join(dir, 'register.mjs');
  fs.writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const urls = (): string[] => (fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean) : []);
  return {
    nodeOptions: `--import=${pathToFileURL(register).href}`,
    urls,
    loaded: () => urls().filter((url) => url.startsWith('file:')).map((url) => new URL(url).pathname),
  };
}
