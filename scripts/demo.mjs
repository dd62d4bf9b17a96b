// `npm run demo`: lint the bundled first draft of a design doc. Findings are
// the point of the demo, so mldl's exit code 1 ("errors found") counts as
// success here; a usage or I/O failure (2) still fails the command.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (file) => spawnSync(process.execPath, ['bin/mldl.js', file], { cwd: root, stdio: 'inherit' }).status;

console.log('$ mldl examples/job-recommendations-draft.md');
const draft = run('examples/job-recommendations-draft.md');
if (draft !== 0 && draft !== 1) process.exit(draft ?? 2);
console.log('\n$ mldl examples/job-recommendations.md   # the finished doc');
const finished = run('examples/job-recommendations.md');
if (finished === 0) console.log('no findings: every framework step is settled.');
process.exit(finished === 0 || finished === 1 ? 0 : finished ?? 2);
