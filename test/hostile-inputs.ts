// Pathological Markdown families (issue 11, items 9 and 11), shared by the
// CLI and language-server tests and by `npm run fuzz`, which varies their
// sizes and mixes them into real documents.

/** Nesting deep enough to overflow the stack of a recursive tree walk (each was a crash). */
export function deepNesting(depth: number): Record<string, string> {
  return {
    'quote-markers': `${'>'.repeat(depth)} x`,
    'list-in-quote': '- > '.repeat(Math.ceil(depth / 3)),
    'lists-on-one-line': `${'- '.repeat(depth)}x`,
    'ordered-on-one-line': `${'1. '.repeat(depth)}x`,
    'quote-then-list-lines': Array.from({ length: Math.ceil(depth / 10) }, (_, i) => `${'  > '.repeat(i)}- > x`).join('\n'),
    'emphasis-runs': `${'*'.repeat(depth * 4)}x${'*'.repeat(depth * 4)}`,
    // Code blocks are read as configuration by recursive parsers (jsonc-parser, yaml).
    'json-code-block': `\`\`\`json\n${'['.repeat(depth)}${']'.repeat(depth)}\n\`\`\``,
    'yaml-code-block': `\`\`\`yaml\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n\`\`\``,
  };
}

export const DEEP_NESTING = deepNesting(5000);

/** Inputs on which micromark is quadratic: tens of seconds each (issue 11, item 9). */
export function quadratic(scale: number): Record<string, string> {
  return {
    'emphasis-delimiters': '*a_'.repeat(20_000 * scale),
    'setext-headings': 'text\n===\n\n'.repeat(10_000 * scale),
    'reference-pairs': '[a][b]'.repeat(20_000 * scale),
  };
}

export const QUADRATIC = quadratic(1);

/** Front matter with many keys: the yaml package's duplicate-key check was quadratic (40k keys: 12 s). */
export function manyKeysFrontMatter(keys: number): string {
  return `---\n${Array.from({ length: keys }, (_, i) => `key${i}: value`).join('\n')}\n---\n`;
}
