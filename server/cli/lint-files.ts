// Lints each discovered file with the configuration that applies to it and
// turns engine results into formatter results. A problem with one file (bad
// config above it, unreadable) is recorded and the others are still linted.
import fs from 'node:fs';
import { STEPS } from '../engine/types.js';
import path from 'node:path';
import { ConfigError, displayPath } from '../config/errors.js';
import { outOfScopeReason, type ConfigLoader } from '../config/load.js';
import { lint, type LintResult } from '../engine/lint.js';
import type { FileResult } from './formatters/index.js';

export interface LintSource {
  /** Absolute path: config lookup, detection by name, messages. Undefined for unnamed stdin. */
  filePath: string | undefined;
  /** Text already read (stdin); otherwise the file is read here. */
  text?: string;
  /** Named on the command line: kept in the results even when skipped. */
  explicit: boolean;
}

export interface SkipNote {
  filePath: string;
  reason: string;
}

export interface LintRun {
  results: FileResult[];
  /** One line each, ready for stderr. */
  fatalErrors: string[];
  skipped: SkipNote[];
}

export const STDIN_PATH = '<stdin>';

function coverageOf(result: LintResult): FileResult['coverage'] {
  const count = (entries: LintResult['coverage']) => {
    const covered = entries.filter((c) => c.status === 'covered').length;
    return { covered, total: covered + entries.filter((c) => c.status === 'missing').length };
  };
  const steps = STEPS.map((step) => ({ step, ...count(result.coverage.filter((c) => c.step === step)) }));
  return { ...count(result.coverage), steps: steps.filter((s) => s.total > 0) };
}

function readError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file (it may have been removed, or be a broken symbolic link)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function lintSources(
  sources: readonly LintSource[],
  options: { loader: ConfigLoader; cwd: string; force: boolean },
): LintRun {
  const run: LintRun = { results: [], fatalErrors: [], skipped: [] };
  const reported = new Set<string>();
  const fatal = (line: string): void => {
    // A broken config above many files is one problem, reported once.
    if (!reported.has(line)) run.fatalErrors.push(line);
    reported.add(line);
  };
  for (const source of sources) {
    const shownPath = source.filePath ?? STDIN_PATH;
    let loaded;
    try {
      loaded = options.loader.load(source.filePath ?? path.join(options.cwd, STDIN_PATH));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const problem of error.all()) fatal(problem.format(options.cwd));
      continue;
    }
    const outOfScope = source.filePath ? outOfScopeReason(loaded, source.filePath, options.cwd) : undefined;
    if (outOfScope) {
      run.skipped.push({ filePath: shownPath, reason: outOfScope });
      if (source.explicit) run.results.push({ filePath: shownPath, skipped: true, skipReason: outOfScope, findings: [] });
      continue;
    }
    let text = source.text;
    if (text === undefined) {
      try {
        text = fs.readFileSync(source.filePath!, 'utf8');
      } catch (error) {
        fatal(`${displayPath(shownPath, options.cwd)}: ${readError(error)}`);
        continue;
      }
    }
    const result = lint(stripByteOrderMark(text), { filePath: source.filePath, config: loaded.config, force: options.force });
    if (result.skipped) {
      const reason = result.skipReason ?? 'not an ML design doc';
      run.skipped.push({ filePath: shownPath, reason });
      run.results.push({ filePath: shownPath, skipped: true, skipReason: reason, findings: [] });
      continue;
    }
    run.results.push({ filePath: shownPath, skipped: false, findings: result.findings, coverage: coverageOf(result) });
  }
  return run;
}
