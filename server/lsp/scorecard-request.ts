// Answers `mldl/scorecard` (scorecard-protocol.ts): scores the open
// document's current text as an interview answer (server/interview/
// score-answer.ts, the same scoring as `mldl scorecard`). Registered by
// server.ts with one line; it reads only the open documents, so it adds no
// state to the server.
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Attempt } from '../interview/scorecard.js';
import { STEPS, type Step } from '../engine/types.js';
import { filePathOf } from './analysis.js';
import { loadEngine, type Engine } from './engine.js';
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

export function scorecardFor(document: TextDocument, params: ScorecardParams, { scoreAnswer, toHtml, toMarkdown }: Engine): ScorecardResult {
  if (params.problem !== undefined && typeof params.problem !== 'string') throw invalid('"problem" must be a problem id.');
  const timePerStep = timePerStepOf(params.timePerStep);
  const attempts = attemptsOf(params.attempts);
  const filePath = filePathOf(document.uri);
  const scored = scoreAnswer(document.getText(), {
    ...(filePath !== undefined ? { filePath } : {}),
    ...(params.problem !== undefined ? { problem: params.problem } : {}),
    ...(timePerStep ? { timePerStep } : {}),
    ...(attempts ? { attempts } : {}),
    ...(typeof params.date === 'string' ? { date: params.date } : {}),
  });
  if (!scored.ok) throw invalid(`${document.uri}: ${scored.error}.`);
  return { uri: document.uri, version: document.version, scorecard: scored.scorecard, html: toHtml(scored.scorecard), markdown: toMarkdown(scored.scorecard) };
}

export function registerScorecardRequest(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(SCORECARD_REQUEST, async (params: ScorecardParams): Promise<ScorecardResult> => {
    const uri = params?.uri;
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document) throw invalid(`document ${String(uri)} is not open.`);
    const engine = await loadEngine();
    // Scored as the document is now: it may have changed while the engine loaded.
    return scorecardFor(documents.get(document.uri) ?? document, params, engine);
  });
}
