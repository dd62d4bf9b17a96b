// Exit codes, as in ESLint: scripts and CI rely on telling "the docs have
// findings" apart from "mldl could not do its job".
export const ExitCode = {
  /** Every file linted, no error-level finding, warnings within --max-warnings. */
  Clean: 0,
  /** An error-level finding, or more warnings than --max-warnings allows. */
  Findings: 1,
  /** Bad usage, bad configuration, or a file that could not be read. */
  Fatal: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
