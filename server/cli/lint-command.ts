// The main `mldl` command once its arguments are parsed: configuration →
// files → lint → report → exit code. main.ts imports this module only after
// --help and --version are answered, so those never load configuration,
// discovery or the formatters.
import path from 'node:path';
import { ConfigError, displayPath } from '../config/errors.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../config/size.js';
import { ConfigLoader, toConfigFile, type SearchStop } from '../config/load.js';
import { terminalText } from '../io/escape.js';
import { outputRefusal } from '../io/output-path.js';
import { isPresetReference } from '../config/presets.js';
import type { ConfigFile, RuleEntry } from '../config/types.js';
import { unknownPresetMessage, validateRuleEntry, type ConfigFault } from '../config/validate.js';
import { UsageError, type CliOptions } from './args.js';
import { cacheFileAt, LintCache } from './cache.js';
import { loadCacheSecret } from './cache-secret.js';
import { shouldUseColor } from './color.js';
import { discoverFiles } from './discover.js';
import { ExitCode } from './exit-codes.js';
import { getFormatter, type FileResult } from './formatters/index.js';
import { stylishWidth } from './formatters/stylish-width.js';
import { writeReport } from './formatters/write-report.js';
import { lintSourcesConcurrently, STDIN_PATH, type LintSource } from './lint-files.js';
import { formatRuleList, listRules } from './list-rules.js';
import type { CliIO } from './io.js';
import { version } from './version.js';

/** --preset and --rule as configuration layers applied after the files. */
export function commandLineLayers(options: CliOptions): ConfigFile[] {
  const layers: ConfigFile[] = [];
  if (options.preset !== undefined) {
    const reference = options.preset.startsWith('mldl:') ? options.preset : `mldl:${options.preset}`;
    if (!isPresetReference(reference)) {
      throw new UsageError(`--preset: ${unknownPresetMessage(options.preset)}`);
    }
    layers.push({ extends: [reference] });
  }
  if (options.rules.length > 0) {
    const rules: Record<string, RuleEntry> = {};
    for (const flag of options.rules) {
      const separator = flag.lastIndexOf(':');
      if (separator <= 0) throw new UsageError(`--rule expects id:severity (e.g. cold-start:off), got "${flag}".`);
      const id = flag.slice(0, separator).trim();
      const faults: ConfigFault[] = [];
      const entry = validateRuleEntry(id, flag.slice(separator + 1).trim(), faults);
      if (!entry) throw new UsageError(`--rule ${flag}: ${faults[0].message}`);
      rules[id] = entry;
    }
    layers.push({ rules });
  }
  if (options.maxDocumentSize !== undefined) layers.push({ maxDocumentSize: options.maxDocumentSize });
  return layers;
}

const STOP_NAMES: Record<SearchStop['kind'], string> = {
  repository: 'the repository root',
  'working directory': 'the working directory (no git repository)',
  'file directory': "the document's own directory (outside the working directory and any repository)",
};

/** For --verbose: config files above these directories were not looked for. */
export function searchStopLines(loader: ConfigLoader): string[] {
  return loader.searchStops().map((stop) => `mldl: configuration search stopped at ${STOP_NAMES[stop.kind]} ${terminalText(stop.dir)}`);
}

/** The --cache file, signed with this user's secret; without a secret there is no cache (one warning line). */
function openCache(options: CliOptions, io: CliIO): LintCache | undefined {
  const warn = (line: string): void => io.stderr(`${line}\n`);
  const secret = loadCacheSecret(io.env);
  if ('error' in secret) {
    warn(`mldl: warning: ${secret.error}; linting without the cache`);
    return undefined;
  }
  // A committed `.mldlcache` that is a symlink (to a directory or a file) out of
  // the repository would have the cache written there: refused like --output.
  const file = cacheFileAt(path.resolve(io.cwd, options.cacheLocation));
  const refusal = outputRefusal(file, io.cwd);
  if (refusal) {
    warn(`mldl: warning: cache ${terminalText(file)} ${refusal}; linting without it`);
    return undefined;
  }
  return LintCache.open(file, version(), secret.secret, warn);
}

/** The document size limit for standard input; a broken config is reported when the input is linted. */
function stdinLimit(loader: ConfigLoader, filePath: string): number {
  try {
    return loader.load(filePath).config.maxDocumentSize;
  } catch (error) {
    if (error instanceof ConfigError) return DEFAULT_MAX_DOCUMENT_BYTES;
    throw error;
  }
}

function countBySeverity(results: readonly FileResult[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}

/** `mldl [options] <files>` after --help and --version are handled: lint, list rules or print config. */
export async function runLint(options: CliOptions, io: CliIO): Promise<ExitCode> {
  const loader = new ConfigLoader({ cwd: io.cwd, configFile: options.configFile, overrides: commandLineLayers(options) });

  if (options.listRules) {
    const loaded = loader.load(path.join(io.cwd, 'design.md'));
    io.stdout(formatRuleList(listRules(loaded.config), options.format));
    return ExitCode.Clean;
  }
  if (options.printConfig !== undefined) {
    const loaded = loader.load(path.resolve(io.cwd, options.printConfig));
    if (options.verbose) {
      const files = loaded.files.map((f) => displayPath(f, io.cwd));
      io.stderr(`mldl: configuration from ${files.length > 0 ? files.join(', ') : 'built-in defaults'}\n`);
    }
    io.stdout(`${JSON.stringify(toConfigFile(loaded.config), null, 2)}\n`);
    return ExitCode.Clean;
  }
  if (options.patterns.length === 0) throw new UsageError('No files given: name files, directories or globs, e.g. `mldl docs/`.');

  const discovery = discoverFiles(options.patterns, io.cwd);
  const sources: LintSource[] = discovery.targets.map((t) => ({ filePath: t.path, explicit: t.explicit }));
  if (options.patterns.includes('-')) {
    const filePath = options.stdinFilename !== undefined ? path.resolve(io.cwd, options.stdinFilename) : undefined;
    const stdin = await io.readStdin(stdinLimit(loader, filePath ?? path.join(io.cwd, STDIN_PATH)));
    sources.unshift('text' in stdin ? { filePath, text: stdin.text, explicit: true } : { filePath, text: '', tooLarge: true, explicit: true });
  }
  const cache = options.cache ? openCache(options, io) : undefined;
  const lintRun = await lintSourcesConcurrently(sources, { loader, cwd: io.cwd, force: options.force, cache, env: io.env });
  cache?.save();
  const fatalErrors = [...discovery.faults.map((p) => `${displayPath(p.path, io.cwd)}: ${p.message}`), ...lintRun.fatalErrors];

  const results = options.quiet
    ? lintRun.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
    : lintRun.results;
  const formatter = (await getFormatter(options.format))!;
  const color = shouldUseColor(options.color, io.env, io.stdoutIsTTY);
  const writeError = writeReport(formatter(results, { cwd: io.cwd, color, width: stylishWidth(options, io), env: io.env }), options.output, io.cwd, io.stdout);
  if (writeError) fatalErrors.push(writeError);

  for (const line of fatalErrors) io.stderr(`${line}\n`);
  if (options.verbose) {
    for (const file of discovery.ignored) io.stderr(`${displayPath(file, io.cwd)}: skipped: ignored by .gitignore or .mldlignore\n`);
    for (const note of lintRun.skipped) io.stderr(`${displayPath(note.filePath, io.cwd)}: skipped: ${note.reason}\n`);
    for (const line of searchStopLines(loader)) io.stderr(`${line}\n`);
    const linted = lintRun.results.filter((r) => !r.skipped).length;
    const skipped = lintRun.skipped.length + discovery.ignored.length;
    io.stderr(`mldl: ${linted} file${linted === 1 ? '' : 's'} linted, ${skipped} skipped\n`);
  }

  const counts = countBySeverity(results);
  const tooManyWarnings = options.maxWarnings >= 0 && counts.warning > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`mldl found too many warnings (maximum: ${options.maxWarnings}).\n`);
  if (fatalErrors.length > 0) return ExitCode.Fatal;
  return counts.error > 0 || tooManyWarnings ? ExitCode.Findings : ExitCode.Clean;
}

