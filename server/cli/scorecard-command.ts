// `mldl scorecard`: an interviewer's scorecard for one design doc written as
// an interview answer, and `mldl scorecard --list-problems`: the problem bank.
// The doc is linted with the mldl:interview preset (every expectation counts,
// the problem's own rules are on); configuration files do not apply, so the
// same answer gets the same score everywhere. The score never decides the
// exit code: 0 when a scorecard was produced, 2 when it could not be.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyLayer, defaultConfig, presetConfig } from '../config/presets.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../config/size.js';
import { lint } from '../linter.js';
import { problemOf } from '../engine/lint.js';
import { findProblem, PROBLEMS, type InterviewProblem } from '../interview/problems.js';
import { buildScorecard } from '../interview/scorecard.js';
import { toHtml, toMarkdown } from '../interview/scorecard-render.js';
import { ExitCode } from './exit-codes.js';
import { outputRefusal } from '../io/output-path.js';
import { readTextFile } from './file-kind.js';
import type { CliIO } from './io.js';

export const SCORECARD_HELP = `Usage: mldl scorecard <doc.md> [options]
       mldl scorecard --list-problems

Scores a design doc written as an ML system design interview answer: per
framework step what is covered and what is missing (and why interviewers ask),
red flags, and an overall score out of 100. Uses the mldl:interview preset.

Options:
  -p, --problem <id>     The problem the doc answers (default: front matter \`problem:\`)
  -f, --format <name>    markdown, html or json (default: markdown)
  -o, --output <file>    Write the scorecard to a file instead of stdout
      --list-problems    Print the problem bank, one prompt a line (id — prompt)
  -h, --help             Show this help
`;

const FORMATS = ['markdown', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

function fail(io: CliIO, message: string): ExitCode {
  io.stderr(`mldl scorecard: ${message}\n`);
  return ExitCode.Fatal;
}

export function formatProblemList(problems: readonly InterviewProblem[] = PROBLEMS): string {
  return problems.map((p) => `${p.id} — ${p.prompt}\n`).join('');
}

function unknownProblem(io: CliIO, id: string, where: string): ExitCode {
  return fail(io, `unknown problem "${id}" (${where}). Known problems:\n${formatProblemList().trimEnd()}`);
}

export async function runScorecard(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        problem: { type: 'string', short: 'p' },
        format: { type: 'string', short: 'f', default: 'markdown' },
        output: { type: 'string', short: 'o' },
        'list-problems': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(io, `${(error as Error).message}\nRun \`mldl scorecard --help\` for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(SCORECARD_HELP);
    return ExitCode.Clean;
  }
  if (values['list-problems']) {
    io.stdout(formatProblemList());
    return ExitCode.Clean;
  }
  const format = values.format as Format;
  if (!(FORMATS as readonly string[]).includes(format)) return fail(io, `unknown format "${format}"; expected one of ${FORMATS.join(', ')}.`);
  if (positionals.length !== 1) return fail(io, `expected one design doc, got ${positionals.length === 0 ? 'none' : positionals.join(', ')}. Run \`mldl scorecard --help\` for usage.`);

  const filePath = path.resolve(io.cwd, positionals[0]);
  const shown = path.relative(io.cwd, filePath) || positionals[0];
  // A FIFO must not block the run; a file that is not UTF-8 is named, not scored as mojibake.
  const read = readTextFile(filePath, DEFAULT_MAX_DOCUMENT_BYTES);
  if ('error' in read) return fail(io, `${shown}: ${read.error}.`);
  const text = read.text;

  let problem: InterviewProblem | undefined;
  if (values.problem !== undefined) {
    problem = findProblem(values.problem);
    if (!problem) return unknownProblem(io, values.problem, '--problem');
  } else {
    // The front matter is read the way the engine reads it.
    const declared = problemOf(lint(text, { filePath: shown, force: true, rules: [] }).doc);
    if (declared !== undefined) {
      problem = findProblem(declared);
      if (!problem) return unknownProblem(io, declared, `front matter of ${shown}`);
    }
  }

  const config = applyLayer(applyLayer(defaultConfig(), presetConfig('mldl:interview')), problem ? { system: problem.system } : {});
  const result = lint(text, { filePath: shown, config, force: true, ...(problem ? { problem: problem.id } : {}) });
  if (result.skipped) return fail(io, `${shown}: not scored: ${result.skipReason ?? 'skipped'}.`);
  const card = buildScorecard(result, { problem });
  const rendered = format === 'html' ? toHtml(card) : format === 'json' ? `${JSON.stringify(card, null, 2)}\n` : toMarkdown(card);

  if (values.output === undefined) {
    io.stdout(rendered);
    return ExitCode.Clean;
  }
  const output = path.resolve(io.cwd, values.output);
  const refusal = outputRefusal(output, io.cwd);
  if (refusal) return fail(io, `${values.output}: ${refusal}.`);
  try {
    fs.writeFileSync(output, rendered);
  } catch (error) {
    return fail(io, `${values.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  io.stderr(`mldl scorecard: ${card.score}/100, written to ${path.relative(io.cwd, output) || values.output}\n`);
  return ExitCode.Clean;
}
