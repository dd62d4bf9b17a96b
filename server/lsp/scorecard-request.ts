// Answers `mldl/scorecard` (scorecard-protocol.ts): scores the open
// document's current text as an interview answer (server/interview/
// score-answer.ts, the same scoring as `mldl scorecard`, run by the review
// worker). Registered by server.ts with one line; it reads only the open
// documents, so it adds no state to the server.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from './lsp-api.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { reviewBudgetMs } from '../engine/budget.js';
import type { ScoreAnswerOptions } from '../interview/score-answer.js';
import type { Attempt } from '../interview/scorecard.js';
import { STEPS, type Step } from '../engine/types.js';
import { filePathOf } from './analysis.js';
import type { ReviewThread } from './review-thread.js';
import { SCORECARD_REQUEST, type ScorecardParams, type ScorecardResult } from './scorecard-protocol.js';

const MAX_ATTEMPTS = 1000;

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${SCORECARD_REQUEST}: ${message}`);
}

/** Seconds per known step; anything else a client sends is dropped, not trusted. */
function timePerStepOf(raw: unknown): Partial<Record<Step, number>> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const time: Partial<Record<Step, number>> = {};
  for (const step of STEPS) {
    const seconds = record[step];
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) time[step] = seconds;
  }
  return time;
}

function attemptsOf(raw: unknown): Attempt[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw
    .filter((a): a is Attempt => typeof a === 'object' && a !== null && typeof a.date === 'string' && typeof a.score === 'number' && Number.isFinite(a.score))
    .slice(-MAX_ATTEMPTS)
    .map((a) => ({ date: a.date, score: a.score }));
}

/** The scoring options `params` ask for; refused with InvalidParams when malformed. */
export function scoreOptionsOf(document: TextDocument, params: ScorecardParams): ScoreAnswerOptions {
  if (params.problem !== undefined && typeof params.problem !== 'string') throw invalid('"problem" must be a problem id.');
  const timePerStep = timePerStepOf(params.timePerStep);
  const attempts = attemptsOf(params.attempts);
  const filePath = filePathOf(document.uri);
  return {
    ...(filePath !== undefined ? { filePath } : {}),
    ...(params.problem !== undefined ? { problem: params.problem } : {}),
    ...(timePerStep ? { timePerStep } : {}),
    ...(attempts ? { attempts } : {}),
    ...(typeof params.date === 'string' ? { date: params.date } : {}),
  };
}

export function registerScorecardRequest(connection: Connection, documents: TextDocuments<TextDocument>, reviews: ReviewThread): void {
  connection.onRequest(SCORECARD_REQUEST, async (params: ScorecardParams): Promise<ScorecardResult> => {
    const uri = params?.uri;
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document) throw invalid(`document ${String(uri)} is not open.`);
    // Captured now: the document object changes in place on the next edit.
    const { version } = document;
    const text = document.getText();
    const answer = await reviews.scorecard(text, scoreOptionsOf(document, params), reviewBudgetMs(text.length));
    if (!answer.ok) throw new ResponseError(ErrorCodes.InternalError, `${SCORECARD_REQUEST}: ${document.uri}: ${answer.message}.`);
    const scored = answer.value;
    if (!scored.ok) throw invalid(`${document.uri}: ${scored.error}.`);
    return { uri: document.uri, version, scorecard: scored.scorecard, html: scored.html, markdown: scored.markdown };
  });
}
