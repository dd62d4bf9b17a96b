// How wide stylish rows may be, and the visible width of text in a terminal.
//
// The decision (docs/cli.md, "stylish"): like ESLint and markdownlint-cli2,
// output that goes to a pipe, a file or a CI log keeps every message whole (one
// row per finding, for grep and log viewers); unlike them, output to a terminal
// is fitted to its width, because mldl's messages are sentences of 100–250
// characters that a terminal would otherwise wrap under the line numbers.
// `--verbose` keeps the full text in a terminal too; `COLUMNS` overrides the
// width (also for pipes), as for `ls` and other tools.
//
// Hand-written instead of string-width/cli-truncate: importing those cost
// 50–250 ms per run on the project's 2-core machine, on every default run of
// the CLI; the text measured here is mldl's own messages plus words quoted
// from documents, for which a code-point walk with wide and zero-width
// classes is enough.

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6\p{Extended_Pictographic}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\ufe0e\ufe0f]/u;

/** Columns a code point takes in a terminal: 0, 1 or 2. */
function codePointWidth(character: string): number {
  if (ZERO_WIDTH.test(character)) return 0;
  return WIDE.test(character) ? 2 : 1;
}

/** Columns `text` (without ANSI codes) takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += codePointWidth(character);
  return width;
}

/** `text` cut to at most `width` columns, ending in "…" when it was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const character of text) {
    const next = codePointWidth(character);
    if (used + next > width - 1) break;
    kept += character;
    used += next;
  }
  // End at a word boundary when one is near, so the cut does not split a word.
  const space = kept.lastIndexOf(' ');
  const cut = space >= kept.length - 12 && space > 0 ? kept.slice(0, space) : kept;
  return `${cut.replace(/[\s,;:(]+$/, '')}…`;
}

/**
 * The width stylish output is fitted to, or undefined for full text: `COLUMNS`
 * when it is a positive number, else the terminal's width when standard
 * output is one; never with `--verbose` or `--output` (a file is not a terminal).
 */
export function stylishWidth(options: { verbose: boolean; output?: string }, io: { env: NodeJS.ProcessEnv; stdoutColumns?: number }): number | undefined {
  if (options.verbose || options.output !== undefined) return undefined;
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return io.stdoutColumns && io.stdoutColumns > 0 ? io.stdoutColumns : undefined;
}
