// Command-line arguments → CliOptions. Built on node:util parseArgs so that
// option syntax (--flag value, --flag=value, -f value, `--` ends options)
// matches other Node tools; everything it cannot check is checked here.
import { parseArgs } from 'node:util';
import { parseSize, SIZE_EXPECTED } from '../config/size.js';
import { didYouMean } from '../engine/did-you-mean.js';
import { FORMATTER_NAMES } from './formatters/index.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliOptions {
  /** Files, directories and globs; '-' means standard input. */
  patterns: string[];
  format: string;
  /** Write the report to this file instead of standard output. */
  output?: string;
  configFile?: string;
  preset?: string;
  /** `id:severity` pairs from repeated --rule flags, in order. */
  rules: string[];
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  /** true: --color, false: --no-color, undefined: decide from the terminal. */
  color: boolean | undefined;
  printConfig?: string;
  listRules: boolean;
  verbose: boolean;
  force: boolean;
  help: boolean;
  version: boolean;
  stdinFilename?: string;
  /** Reuse results of unchanged files from the cache file. */
  cache: boolean;
  cacheLocation: string;
  /** --max-document-size in bytes: overrides configuration. */
  maxDocumentSize?: number;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  preset: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  verbose: { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'stdin-filename': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'max-document-size': { type: 'string' },
} as const;

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < -1) {
    throw new UsageError(`--max-warnings expects a whole number (0 or more, or -1 for no limit), got "${value}".`);
  }
  return Number(value);
}

function parseMaxDocumentSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = parseSize(value);
  if (bytes === undefined) throw new UsageError(`--max-document-size expects ${SIZE_EXPECTED}, got "${value}".`);
  return bytes;
}

/** `--max-warnings -1` (as ESLint accepts it): parseArgs would take "-1" for an option. */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) args.push(`--max-warnings=${argv[++i]}`);
    else args.push(argv[i]);
  }
  return args;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeNumbers(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains escaping at length over several lines; the first sentence is the point.
    const message = (error as Error).message.split('\n')[0].split(/\. (?=To specify)/)[0];
    const unknown = /^Unknown option '(--[^'=]+)/.exec(message)?.[1];
    const hint = unknown ? didYouMean(unknown, Object.keys(OPTIONS).map((name) => `--${name}`)) : '';
    throw new UsageError(`${message.endsWith('.') ? message : `${message}.`}${hint}`);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!(FORMATTER_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format}".${didYouMean(format, FORMATTER_NAMES)} Available formats: ${FORMATTER_NAMES.join(', ')}.`);
  }
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color cannot be used together.');
  if (values['stdin-filename'] !== undefined && !positionals.includes('-')) {
    throw new UsageError('--stdin-filename only applies when reading standard input ("-").');
  }
  return {
    patterns: positionals,
    format,
    output: values.output,
    configFile: values.config,
    preset: values.preset,
    rules: values.rule ?? [],
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color ? true : undefined,
    printConfig: values['print-config'],
    listRules: values['list-rules'] ?? false,
    verbose: values.verbose ?? false,
    force: values.force ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    stdinFilename: values['stdin-filename'],
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'] ?? '.mldlcache',
    maxDocumentSize: parseMaxDocumentSize(values['max-document-size']),
  };
}

export const HELP_TEXT = `Usage: mldl [options] <file|dir|glob|->...
       mldl review --base <git-ref> [options] [paths...]
       mldl scorecard <doc.md> [--problem id] [--format markdown|html|json]
       mldl scorecard --list-problems   (interview practice: \`mldl scorecard --help\`)

Lints Markdown ML system design documents. Directories are searched for
*.md files, honouring .gitignore and .mldlignore; "-" reads standard input.

Output:
  -f, --format <name>       Output format: ${FORMATTER_NAMES.join(', ')} (default: stylish)
  -o, --output <file>       Write the report to a file instead of standard output
  -q, --quiet               Report errors only (warnings and infos are dropped)
      --max-warnings <n>    Exit 1 when there are more than n warnings
      --color, --no-color   Force colours on or off (NO_COLOR is honoured too)
      --verbose             Also say which files were skipped and why

Configuration:
  -c, --config <file>       Use this config file instead of looking for .mldlrc files
      --preset <name>       Apply a preset last: mldl:recommended, mldl:strict, mldl:interview
      --rule <id:severity>  Set a rule's severity (off, info, warning, error); repeatable
      --force               Lint files even when they do not look like ML design docs
      --stdin-filename <p>  Path used for standard input (config lookup, messages)
      --max-document-size <size>
                            Skip documents larger than this, e.g. 10MB (default: 5MB)

Speed:
      --cache               Only lint files that changed since the last --cache run
      --cache-location <p>  Cache file or directory (default: .mldlcache)

Information:
      --print-config <file> Print the configuration that applies to a file
      --list-rules          List rules with step, severity and description
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no error findings, 1 errors (or too many warnings), 2 usage, config or I/O error.
Docs: https://github.com/ml-design-lint/ml-design-lint/blob/main/docs/cli.md
`;
