// The `mldl/scorecard` request: an interviewer's scorecard for an open
// document answering a practice problem (the VS Code practice flow asks it at
// the end of a session and for hints). Types and constants only, so the VS
// Code client can import this file without pulling the server in.
import type { Attempt, Scorecard } from '../interview/scorecard.js';

export const SCORECARD_REQUEST = 'mldl/scorecard';

export interface ScorecardParams {
  uri: string;
  /** Problem id; default: the document's front matter `problem:`. */
  problem?: string;
  /** Seconds spent per framework step (step id → seconds), from the editor's edit timestamps. */
  timePerStep?: Record<string, number>;
  /** Earlier attempts at the same problem, for the trend (kept by the client, never by the server). */
  attempts?: Attempt[];
  /** Date of this attempt in the trend (default: today, UTC). */
  date?: string;
}

export interface ScorecardResult {
  uri: string;
  /** The document version that was scored. */
  version: number;
  scorecard: Scorecard;
  /** Self-contained page (inline CSS, CSP meta, no scripts): what the webview shows. */
  html: string;
  markdown: string;
}

export type { Attempt, Scorecard };
