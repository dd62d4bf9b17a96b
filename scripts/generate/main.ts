// `npm run generate`: every file derived from the rule folders, in one pass.
//   rules/index.ts                  the catalog (imports every rules/<id>/rule.ts)
//   rules/meta.ts                   the rules' metadata as plain data (fast CLI start-up)
//   schema/mldlrc.schema.json       the configuration schema
//   package.json                    the `mldl.rules` setting's entries
//   snippets/markdown.json          VS Code snippets (the rules' skeletons)
//   client/src/generated/catalog.json  what the extension knows without the engine
//   README.md, docs/rules.md        the rules table, between its markers
//   rules/<id>/README.md            each page's generated parts, between their markers
// Run through scripts/generate.mjs, which compiles first (the rules are read
// from their compiled modules) and again after writing.
//   node out/scripts/generate/main.js           write what is stale
//   node out/scripts/generate/main.js --check   list what is stale, exit 1 if anything is
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../../server/engine/rule-api.js';
import { renderCatalog } from './catalog.js';
import { renderClientCatalog, renderManifest, renderSnippets } from './editor-assets.js';
import { GenerateError } from './regions.js';
import { ROOT, catalogRules } from './rule-folders.js';
import { renderRuleMeta } from './rule-meta.js';
import { withGeneratedParts } from './rule-pages.js';
import { TABLE_FILES, TABLE_MARKERS, withRulesTable } from './rules-table.js';
import { renderSchema } from './schema.js';

export interface GeneratedFile {
  /** Relative to the repository root. */
  file: string;
  /** What is on disk ('' when the file does not exist). */
  current: string;
  /** What `npm run generate` writes. */
  expected: string;
}

function read(root: string, file: string): string {
  const path = resolve(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Every generated file with its current and expected text. Throws GenerateError for what only the writer can fix. */
export function generatedFiles(rules: readonly Rule[], root: string = ROOT): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const errors: string[] = [];
  const add = (file: string, render: (current: string) => string | undefined): void => {
    const current = read(root, file);
    try {
      const expected = render(current);
      if (expected !== undefined) files.push({ file, current, expected });
    } catch (error) {
      if (!(error instanceof GenerateError)) throw error;
      errors.push(error.message);
    }
  };
  // A rule's fix skeletons in Russian and Chinese, when its folder has them.
  const translated = new Set(rules.map((rule) => rule.meta.id).filter((id) => existsSync(resolve(root, 'rules', id, 'fix-i18n.ts'))));
  add('rules/index.ts', () => renderCatalog(rules, translated));
  add('rules/meta.ts', () => renderRuleMeta(rules));
  add('schema/mldlrc.schema.json', () => renderSchema(rules));
  add('package.json', (current) => renderManifest(rules, current));
  add('snippets/markdown.json', () => renderSnippets(rules));
  add('client/src/generated/catalog.json', () => renderClientCatalog(rules));
  for (const file of TABLE_FILES) add(file, (current) => withRulesTable(rules, file, current));
  if (!files.some((f) => (TABLE_FILES as readonly string[]).includes(f.file)) && errors.length === 0) {
    errors.push(`none of ${TABLE_FILES.join(', ')} has the ${TABLE_MARKERS.start} … ${TABLE_MARKERS.end} markers for the rules table`);
  }
  for (const rule of rules) {
    const page = `rules/${rule.meta.id}/README.md`;
    if (!existsSync(resolve(root, page))) {
      errors.push(`${page} is missing: every rule folder has its page (see docs/adding-a-rule.md)`);
      continue;
    }
    add(page, (current) => withGeneratedParts(rule, page, current));
  }
  if (errors.length > 0) throw new GenerateError(errors.join('\n'));
  return files;
}

/** Files whose committed text differs from what `npm run generate` writes. */
export async function staleFiles(root: string = ROOT): Promise<GeneratedFile[]> {
  return generatedFiles(await catalogRules(root), root).filter((f) => f.current !== f.expected);
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  let stale: GeneratedFile[];
  try {
    stale = await staleFiles();
  } catch (error) {
    if (!(error instanceof GenerateError)) throw error;
    for (const line of error.message.split('\n')) console.error(`generate: ${line}`);
    return 1;
  }
  for (const { file, expected } of stale) {
    if (check) {
      console.error(`${file} is stale: run \`npm run generate\``);
      continue;
    }
    mkdirSync(dirname(resolve(ROOT, file)), { recursive: true });
    writeFileSync(resolve(ROOT, file), expected);
    console.log(`wrote ${file}`);
  }
  if (stale.length === 0) console.log('generated files are up to date');
  return check && stale.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
