// Output formats by name. To add one, write a Formatter and list it here.
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  html: formatHtml,
} satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof FORMATTERS;
export const FORMATTER_NAMES = Object.keys(FORMATTERS) as FormatterName[];

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name as FormatterName] : undefined;
}

export type { FileResult, Formatter, FormatterOptions } from './types.js';
