// Runs several compiled test files in this one process, each as a suite named
// after its file, for scripts/run-tests.mjs:
//
//   node --test-reporter=spec scripts/test-batch.mjs out/test/a.test.js out/test/b.test.js …
//
// Why: a test process pays ~0.7 s CPU before its first assertion (Node, the
// engine's modules, its phrase sets compiled on first use, code not yet
// optimised); the small files do less than that of their own work, so one
// process for several of them saves most of it. The files' tests still run
// one at a time, in file order, with each file's before/after hooks scoped to
// its own suite.
//
// Each file's wall and CPU time (user + system of this process and of every
// child it waited for: the CLI and language servers its tests spawn) is
// appended as a JSON line to the file named by MLDL_TEST_BATCH_STATS, so the
// runner can show them per file.
import { after, before, describe } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TICKS_PER_SECOND = 100;

/** CPU seconds of this process and its waited-for children (Linux /proc; elsewhere this process only). */
function cpuSeconds() {
  try {
    // Fields after the command name: state is field 3; utime, stime, cutime, cstime are 14–17.
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / TICKS_PER_SECOND;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  }
}

const stats = process.env.MLDL_TEST_BATCH_STATS;
const testsDir = path.resolve('out', 'test');

// A handle one file leaves open (a child such as a browser or an analyser's
// agent, a server) would keep this process alive after the last test, where
// each file in a process of its own had ended with its own. Once every file
// is done the process gets a grace period to end by itself, then is ended
// with a line saying so; the files' results are already reported (the runner
// reads failures from each file's suite line, not from the exit code alone).
const GRACE_MS = 10_000;
after(() => {
  setTimeout(() => {
    process.stderr.write(`test-batch: still running ${GRACE_MS / 1000} s after the last test (a child process or server left open?); ending it\n`);
    process.exit(process.exitCode ?? 0);
  }, GRACE_MS).unref();
});

for (const file of process.argv.slice(2)) {
  const name = path.relative(testsDir, path.resolve(file)).split(path.sep).join('/');
  describe(name, async () => {
    let wallStart = 0;
    let cpuStart = 0;
    before(() => {
      wallStart = performance.now();
      cpuStart = cpuSeconds();
    });
    after(() => {
      const record = { file: name, wall: (performance.now() - wallStart) / 1000, cpu: cpuSeconds() - cpuStart };
      if (stats) fs.appendFileSync(stats, `${JSON.stringify(record)}\n`);
    });
    await import(pathToFileURL(path.resolve(file)).href);
  });
}
