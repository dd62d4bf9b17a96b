// The practice doc and its sections: pure functions (no `vscode`), so node:test
// covers them (test/practice-skeleton.test.ts). Problems and step titles come
// from the generated catalog (scripts/generate/editor-assets.ts), never a hand copy.

export interface PracticeProblem {
  id: string;
  prompt: string;
  system: string;
}

export interface StepHeading {
  id: string;
  title: string;
}

/**
 * A new answer: front matter naming the problem (which turns its own rules
 * on) and opting in to review (an empty doc would not look like a design doc),
 * a title, the prompt, and the seven step headings with nothing under them.
 * The prompt is an HTML comment: visible while writing, but not scored (the
 * prompt's own words would otherwise "cover" the business objective).
 */
export function practiceDocument(problem: PracticeProblem, steps: readonly StepHeading[]): string {
  const prompt = problem.prompt.replace(/--+>?/g, '–');
  const head = [
    '---',
    `problem: ${problem.id}`,
    `system: ${problem.system}`,
    'mldl: true',
    '---',
    '',
    `# Practice interview: ${problem.id}`,
    '',
    `<!-- Prompt (not scored): ${prompt} -->`,
    '',
  ];
  return [...head, ...steps.flatMap((step) => [`## ${step.title}`, '', ''])].join('\n');
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** "2. Problem framing", "Problem Framing" → "problem framing". */
function normalizeTitle(title: string): string {
  return title.replace(/^\d+[.)]\s*/, '').trim().toLowerCase();
}

/**
 * For each line, the framework step whose section it is in: a level-2 heading
 * with a step's title opens that step's section; any other level-1 or -2
 * heading closes it; deeper headings stay inside it. Lines in the front
 * matter or before the first step are `undefined`.
 */
export function stepsByLine(lines: readonly string[], steps: readonly StepHeading[]): Array<string | undefined> {
  const byTitle = new Map(steps.map((s) => [s.title.toLowerCase(), s.id]));
  const result: Array<string | undefined> = [];
  let current: string | undefined;
  let fence: string | undefined;
  let inFrontMatter = lines[0]?.trim() === '---';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inFrontMatter) {
      result.push(undefined);
      if (i > 0 && /^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else {
      const heading = HEADING.exec(line);
      if (heading && heading[1].length <= 2) current = heading[1].length === 2 ? byTitle.get(normalizeTitle(heading[2])) : undefined;
    }
    result.push(current);
  }
  return result;
}

/** The step of one line (0-based) of a text. */
export function stepAtLine(text: string, line: number, steps: readonly StepHeading[]): string | undefined {
  const lines = text.split(/\r?\n/);
  return stepsByLine(lines.slice(0, line + 1), steps)[Math.min(line, lines.length - 1)];
}
