// `mldl review --base <git-ref> [paths…]`: lints the Markdown files changed
// between the base and the working tree, both versions of each, and reports
// what the change did to the design: coverage per step before → after, the
// findings it introduced and the ones it resolved. Every --format works; with
// --only-new only introduced findings are reported (annotations, SARIF) and
// decide the exit code. Exit codes are those of `mldl`.
import path from 'node:path';
import { ConfigError, displayPath } from '../../config/errors.js';
import { terminalText } from '../../io/escape.js';
import { tooLargeMessage } from '../../io/read-file.js';
import { ConfigLoader } from '../../config/load.js';
import { parseCliArgs, UsageError } from '../args.js';
import { shouldUseColor } from '../color.js';
import { ExitCode } from '../exit-codes.js';
import { getFormatter, type FileResult } from '../formatters/index.js';
import { stylishWidth } from '../formatters/stylish-width.js';
import { countSeverities, type ReviewedFileResult } from '../formatters/report-model.js';
import { writeReport } from '../formatters/write-report.js';
import { readTextFile } from '../file-kind.js';
import { lintSources, type LintRun, type LintSourcesOptions } from '../lint-files.js';
import { commandLineLayers } from '../lint-command.js';
import type { CliIO } from '../io.js';
import { compareFindings } from './compare.js';
import { changedFiles, fileAtCommit, GitError, repositoryRoot, resolveCommit, type ChangedFile } from './git.js';
import { formatReviewSummary } from './text-summary.js';

export const REVIEW_HELP = `Usage: mldl review --base <git-ref> [options] [paths...]

Reviews the Markdown design docs changed between <git-ref> and the working
tree (committed, staged, unstaged and untracked changes): lints the base and
the current version of each and reports coverage per step before → after, the
findings the change introduced and those it resolved. Markdown files that are
not design docs are skipped. Paths limit the review to files or directories.

Options:
      --base <git-ref>      Commit, branch or tag to compare with (required), e.g. origin/main
      --only-new            Report only findings the change introduced
  -f, --format <name>       stylish, json, sarif, github, markdown or html (default: stylish)
  -o, --output <file>       Write the report to a file instead of standard output
  -q, --quiet, --max-warnings <n>, -c, --config <file>, --preset <name>,
  --rule <id:severity>, --force, --color, --no-color, --verbose: as for mldl

On a shallow clone, fetch the base first: git fetch origin main --depth=1
Exit codes: 0 no error findings, 1 errors (or too many warnings), 2 usage, git or config error.
`;

const MARKDOWN_FILE = /\.(md|markdown)$/i;

interface ReviewArgs {
  base?: string;
  onlyNew: boolean;
  help: boolean;
  rest: string[];
}

/** Takes out the review-only flags; everything else is parsed as for `mldl`. */
function splitReviewArgs(argv: readonly string[]): ReviewArgs {
  const parsed: ReviewArgs = { onlyNew: false, help: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--base') {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('-')) throw new UsageError('--base expects a git ref, e.g. --base origin/main.');
      parsed.base = argv[++i];
    } else if (arg.startsWith('--base=')) parsed.base = arg.slice('--base='.length);
    else if (arg === '--only-new') parsed.onlyNew = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else parsed.rest.push(arg);
  }
  return parsed;
}

function onlyOneRun(run: LintRun): FileResult | undefined {
  return run.results[0];
}

/** Formats that show a deleted doc (the others have nothing to say about it). */
const SHOWS_DELETED = new Set(['stylish', 'markdown', 'html']);

interface ReviewContext {
  loader: ConfigLoader;
  lintOptions: LintSourcesOptions;
  root: string;
  commit: string;
  base: string;
  cwd: string;
}

/** The size limit for a document, or undefined (its config error lines added to `fatalErrors`). */
function documentLimit(context: ReviewContext, filePath: string, fatalErrors: string[]): number | undefined {
  try {
    return context.loader.load(filePath).config.maxDocumentSize;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    fatalErrors.push(...error.all().map((fault) => fault.format(context.cwd)));
    return undefined;
  }
}

/** The base version of a changed file, linted; undefined when there is none, or it is too large (a line in `fatalErrors`). */
async function baseVersion(
  change: ChangedFile,
  filePath: string,
  limit: number,
  context: ReviewContext,
  fatalErrors: string[],
): Promise<{ text: string; result: FileResult | undefined } | undefined> {
  if (change.basePath === undefined) return { text: '', result: undefined };
  const base = fileAtCommit(context.commit, change.basePath, context.cwd, limit);
  if ('tooLarge' in base) {
    fatalErrors.push(`${displayPath(filePath, context.cwd)}: skipped: the base version is ${tooLargeMessage(base.tooLarge, limit)}`);
    return undefined;
  }
  if ('missing' in base) return { text: '', result: undefined };
  const run = await lintSources([{ filePath, text: base.text, explicit: true }], context.lintOptions);
  fatalErrors.push(...run.fatalErrors);
  return { text: base.text, result: onlyOneRun(run) };
}

/** One changed file reviewed: both versions linted and compared; undefined when it cannot be (a line in `fatalErrors`) or is not shown. */
async function reviewFile(change: ChangedFile, context: ReviewContext, fatalErrors: string[]): Promise<ReviewedFileResult | undefined> {
  const filePath = path.join(context.root, change.path);
  const limit = documentLimit(context, filePath, fatalErrors);
  if (limit === undefined) return undefined;
  if (change.status === 'deleted') {
    const base = await baseVersion(change, filePath, limit, context, fatalErrors);
    const before = base?.result;
    // A deleted README is not news; a deleted design doc is.
    if (!before || before.skipped) return undefined;
    return { filePath, skipped: false, findings: [], review: { base: context.base, added: false, deleted: true, before: before.coverage, introduced: [], resolved: [] } };
  }
  const read = readTextFile(filePath, limit);
  if ('error' in read) {
    fatalErrors.push(`${displayPath(filePath, context.cwd)}: ${read.error}`);
    return undefined;
  }
  const afterRun = await lintSources([{ filePath, text: read.text, explicit: true }], context.lintOptions);
  fatalErrors.push(...afterRun.fatalErrors);
  const after = onlyOneRun(afterRun);
  if (!after || after.skipped) return after;
  const base = await baseVersion(change, filePath, limit, context, fatalErrors);
  if (!base) return undefined;
  const before = base.result;
  const added = before === undefined || before.skipped;
  const delta = compareFindings(added ? [] : before.findings, base.text, after.findings, read.text);
  const renamedFrom = change.status === 'renamed' ? change.basePath : undefined;
  return { ...after, review: { base: context.base, added, before: added ? undefined : before.coverage, ...delta, ...(renamedFrom ? { renamedFrom } : {}) } };
}

export async function runReview(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = splitReviewArgs(argv);
  if (args.help) {
    io.stdout(REVIEW_HELP);
    return ExitCode.Clean;
  }
  const options = parseCliArgs(args.rest);
  if (args.base === undefined || args.base === '') throw new UsageError('mldl review needs --base <git-ref>, e.g. --base origin/main.');
  if (options.patterns.includes('-')) throw new UsageError('mldl review reads changed files from git, not standard input.');
  if (options.listRules || options.printConfig !== undefined || options.cache) {
    throw new UsageError('--list-rules, --print-config and --cache do not apply to mldl review.');
  }

  let root: string;
  let commit: string;
  let files: ChangedFile[];
  try {
    root = repositoryRoot(io.cwd);
    commit = resolveCommit(args.base, io.cwd);
    files = changedFiles(commit, options.patterns, io.cwd).filter((file) => MARKDOWN_FILE.test(file.path));
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    io.stderr(`mldl review: ${error.message}\n`);
    return ExitCode.Fatal;
  }

  const loader = new ConfigLoader({ cwd: io.cwd, configFile: options.configFile, overrides: commandLineLayers(options) });
  const context: ReviewContext = { loader, lintOptions: { loader, cwd: io.cwd, force: options.force, env: io.env }, root, commit, base: args.base, cwd: io.cwd };
  const fatalErrors: string[] = [];
  const results: ReviewedFileResult[] = [];
  for (const change of files) {
    try {
      const reviewed = await reviewFile(change, context, fatalErrors);
      if (reviewed) results.push(reviewed);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      fatalErrors.push(`${displayPath(path.join(root, change.path), io.cwd)}: ${error.message}`);
    }
  }

  const keep = (severity: string): boolean => !options.quiet || severity === 'error';
  const reported: ReviewedFileResult[] = results.map((result) => {
    if (!result.review) return result;
    const review = { ...result.review, introduced: result.review.introduced.filter((f) => keep(f.severity)), resolved: result.review.resolved.filter((f) => keep(f.severity)) };
    const findings = args.onlyNew ? review.introduced : result.findings.filter((f) => keep(f.severity));
    return { ...result, findings, review };
  });

  // A deleted doc has no findings and no file to point at: shown by the formats a reader reads.
  const shown = SHOWS_DELETED.has(options.format) ? reported : reported.filter((r) => !r.review?.deleted);
  const formatter = (await getFormatter(options.format))!;
  const formatterOptions = { cwd: io.cwd, color: shouldUseColor(options.color, io.env, io.stdoutIsTTY), width: stylishWidth(options, io), env: io.env };
  let report = formatter(shown, formatterOptions);
  // Stylish has no place for before → after; the review section follows it.
  if (options.format === 'stylish') report += formatReviewSummary(shown, args.base, formatterOptions);
  const writeError = writeReport(report, options.output, io.cwd, io.stdout);
  if (writeError) fatalErrors.push(writeError);

  // One broken config above several changed files is one line.
  for (const line of new Set(fatalErrors)) io.stderr(`${line}\n`);
  if (options.verbose) {
    for (const result of reported) if (result.skipped) io.stderr(`${displayPath(result.filePath, io.cwd)}: skipped: ${result.skipReason ?? 'not an ML design doc'}\n`);
    io.stderr(`mldl review: ${files.length} changed Markdown file${files.length === 1 ? '' : 's'} against ${terminalText(args.base)} (${commit.slice(0, 12)})\n`);
  }
  const counts = countSeverities(reported.flatMap((r) => r.findings));
  const tooManyWarnings = options.maxWarnings >= 0 && counts.warning > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`mldl found too many warnings (maximum: ${options.maxWarnings}).\n`);
  if (fatalErrors.length > 0) return ExitCode.Fatal;
  return counts.error > 0 || tooManyWarnings ? ExitCode.Findings : ExitCode.Clean;
}
