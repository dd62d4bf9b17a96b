// Evidence outside Markdown prose: code fences, block and inline HTML,
// diagrams and front matter read as units of plain text with exact source
// offsets (see docs/text-layer.md, "Evidence outside prose").
export type { ExtractedKind, ExtractedUnit } from './types.js';
export { extractCode } from './code.js';
export { extractHtml } from './html.js';
export { inlineHtmlText, INLINE_BREAK } from './inline-html.js';
export { extractFrontMatter } from './front-matter.js';
