// Everything the language server needs from the engine at run time, behind
// one module so that engine.ts can load it lazily. Other server modules
// import engine *types* only.
export { IncrementalLinter } from '../engine/incremental.js';
export { lint, lintOptions } from '../linter.js';
export { ALL_RULES } from '../../rules/index.js';
export { scoreAnswer } from '../interview/score-answer.js';
export { toHtml, toMarkdown } from '../interview/scorecard-render.js';
