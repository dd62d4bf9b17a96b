// Escaping for everything mldl prints that came from a repository: file
// names, messages that quote a document, values from a config file. A file
// may be named "a\n::error::forged.md" or hold ANSI escapes; printed raw,
// that forges GitHub workflow commands (stylish output and stderr are CI log
// lines too), repaints a terminal, or adds Markdown/HTML to a job summary.
// Every format escapes through this one module (tested per format with the
// same hostile names, test/report-escaping.test.ts).

/**
 * C0 controls (newline, carriage return, escape, …), DEL, C1 controls (the
 * 8-bit CSI U+009B among them), the line and paragraph separators and the
 * Unicode bidirectional overrides that reorder what a reader sees.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters shown as escapes (`\n`, `\x1b`, `\u202e`): one line, no terminal sequences. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Text for a terminal or a log line (stylish output, stderr). */
export const terminalText = escapeControls;

/**
 * A path that may start a line of terminal or log output (a stylish file
 * header, an error line): controls escaped, and a relative path that would
 * start the line with "::" (the runner's workflow-command prefix, leading
 * blanks aside) gets "./" in front — the same file, but not a command.
 */
export function terminalPath(shown: string): string {
  const escaped = escapeControls(shown);
  return /^\s*:/.test(escaped) ? `./${escaped}` : escaped;
}

/** Longest excerpt of a value that an error message quotes. */
export const EXCERPT_LENGTH = 60;

/**
 * A short, escaped excerpt of a value for an error message: a config file
 * that is really a secret (a symlink to /proc/self/environ) is not poured into
 * a CI log, only its first characters.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const chars = [...text];
  const shown = escapeControls(chars.length > max ? chars.slice(0, max).join('') : text);
  return chars.length > max ? `${shown}… (${chars.length} characters)` : shown;
}

// GitHub Actions workflow commands (actions/toolkit, command.ts): the runner
// reads any output line starting with "::" as a command. Data escapes %, \r
// and \n, so it can never start a new line; property values also escape ':'
// and ',', so they can never end the property list. Other controls are shown
// escaped (the log viewer renders ANSI sequences).

export function escapeGithubData(value: string): string {
  const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return escapeControls(escaped);
}

export function escapeGithubProperty(value: string): string {
  return escapeGithubData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Markdown text (a message, a reason): markup, HTML, entities and table borders escaped; one line. */
export function escapeMarkdown(text: string): string {
  return escapeControls(text).replace(/[\\`*_[\]<>|#!&~]/g, (c) => `\\${c}`);
}

/**
 * A code span showing `text` literally (a file name): nothing inside a code
 * span is markup, as long as the fence is longer than any run of backticks in
 * it and there is no line break.
 */
export function markdownCode(text: string): string {
  const shown = escapeControls(text);
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** A path as a URL path: every segment percent-encoded, parentheses too (they would end a Markdown link). */
export function urlPath(shownPath: string): string {
  return shownPath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** HTML text or attribute value (double- or single-quoted); controls shown escaped. */
export function escapeHtml(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A word for a POSIX shell, in single quotes when it holds anything but safe
 * characters: a hint like "run git fetch origin <ref>" can be pasted as it is.
 */
export function shellQuote(word: string): string {
  if (/^[\w./:@%+=-]+$/.test(word)) return word;
  return `'${escapeControls(word).replace(/'/g, `'\\''`)}'`;
}
