// A configuration fault that stops linting: a file that does not parse, or
// a setting that is not allowed. It names the file, the key and the position
// so that the CLI can print one `path:line:col: message` line and the
// language server can put a diagnostic on the config file itself.
import path from 'node:path';
import { excerpt, terminalPath, terminalText } from '../io/escape.js';

export interface ConfigErrorDetails {
  /** Absolute path of the configuration file ('' for command-line settings). */
  file: string;
  /** Dotted path of the offending key, e.g. "rules.cold-start". */
  key?: string;
  /** 1-based position of the key (or of the syntax error) in the file. */
  line?: number;
  column?: number;
  message: string;
}

export class ConfigError extends Error implements ConfigErrorDetails {
  readonly file: string;
  readonly key?: string;
  readonly line?: number;
  readonly column?: number;
  /** Further faults found in the same file, reported alongside this one. */
  readonly related: ConfigError[];

  constructor(details: ConfigErrorDetails, related: ConfigError[] = []) {
    super(details.message);
    this.name = 'ConfigError';
    this.file = details.file;
    this.key = details.key;
    this.line = details.line;
    this.column = details.column;
    this.related = related;
  }

  /** This fault and the related ones, in file order. */
  all(): ConfigError[] {
    return [this, ...this.related];
  }

  /**
   * `path:line:col: key: message`, with the path relative to `cwd` when it is
   * inside it; one line whatever the file's name and keys hold (escaped, the key shortened).
   */
  format(cwd?: string): string {
    const shown = this.file ? displayPath(this.file, cwd) : 'command line';
    const position = this.line !== undefined ? `:${this.line}:${this.column ?? 1}` : '';
    const key = this.key ? `${excerpt(this.key, 80)}: ` : '';
    return `${shown}${position}: ${key}${terminalText(this.message)}`;
  }
}

/** A path for a message or a terminal: relative to `cwd` when inside it, escaped to stay one inert line (terminalPath). */
export function displayPath(file: string, cwd: string | undefined): string {
  if (!cwd) return terminalPath(file);
  const relative = path.relative(cwd, file);
  return terminalPath(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file);
}
