// Output formats by name. To add one, write a Formatter and list it here.
// Each is imported only when chosen: a run prints one format, and the report
// formats (html, markdown, sarif) would otherwise cost start-up on every run.
import type { Formatter } from './types.js';

const LOADERS = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
  html: async () => (await import('./html.js')).formatHtml,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatterName = keyof typeof LOADERS;
export const FORMATTER_NAMES = Object.keys(LOADERS) as FormatterName[];

export async function getFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name as FormatterName]() : undefined;
}

export type { FileResult, Formatter, FormatterOptions } from './types.js';
