// What a code fence's language says about how to read it. Unknown languages
// are read as generic code (identifiers, literal assignments) with no
// comment syntax guessed, so nothing is taken for prose that is not.
import type { CodeSyntax } from './code-tokens.js';

export type DiagramDialect = 'mermaid' | 'plantuml' | 'dot' | 'generic';

export type CodeReading =
  | { kind: 'yaml' }
  | { kind: 'json' }
  /** TOML, INI, .properties, .env, HCL: `key = value` lines under `[section]`s. */
  | { kind: 'key-value'; syntax: CodeSyntax }
  | { kind: 'sql'; syntax: CodeSyntax }
  | { kind: 'program'; syntax: CodeSyntax }
  | { kind: 'diagram'; dialect: DiagramDialect }
  /** No language, or text/ascii: an ASCII diagram, prose, or code, told apart by its characters. */
  | { kind: 'text' }
  | { kind: 'prose' };

const C_BLOCK: ReadonlyArray<readonly [string, string]> = [['/*', '*/']];
const HASH: CodeSyntax = { lineComments: ['#'], blockComments: [], tripleQuotes: false, quotes: `"'` };
const PYTHON: CodeSyntax = { ...HASH, tripleQuotes: true };
const SLASH: CodeSyntax = { lineComments: ['//'], blockComments: C_BLOCK, tripleQuotes: false, quotes: `"'\`` };
const SQL: CodeSyntax = { lineComments: ['--'], blockComments: C_BLOCK, tripleQuotes: false, quotes: `"'\`` };
const DASH: CodeSyntax = { lineComments: ['--'], blockComments: [['{-', '-}'], ['--[[', ']]']], tripleQuotes: false, quotes: `"'` };
const INI: CodeSyntax = { lineComments: ['#', ';'], blockComments: [], tripleQuotes: false, quotes: `"'` };
const HCL: CodeSyntax = { lineComments: ['#', '//'], blockComments: C_BLOCK, tripleQuotes: false, quotes: `"` };
const NONE: CodeSyntax = { lineComments: [], blockComments: [], tripleQuotes: false, quotes: `"'` };

const READINGS = new Map<string, CodeReading>();
const add = (names: string, reading: CodeReading): void => {
  for (const name of names.split(' ')) READINGS.set(name, reading);
};
add('yaml yml', { kind: 'yaml' });
add('json jsonc json5 jsonl ndjson geojson', { kind: 'json' });
add('toml', { kind: 'key-value', syntax: HASH });
add('ini cfg conf config properties env dotenv editorconfig gitconfig', { kind: 'key-value', syntax: INI });
add('hcl tf terraform', { kind: 'key-value', syntax: HCL });
add(
  'sql mysql postgresql postgres psql plsql pgsql sqlite tsql hive hql hiveql sparksql spark-sql bigquery bq snowflake redshift presto trino clickhouse duckdb athena cql',
  { kind: 'sql', syntax: SQL },
);
add('python py python3 py3 ipython pycon jupyter', { kind: 'program', syntax: PYTHON });
add(
  'r ruby rb perl pl sh bash shell zsh fish console shell-session sh-session powershell ps1 make makefile dockerfile docker cmake nix julia jl elixir ex coffee tcl awk graphql gql starlark bzl',
  { kind: 'program', syntax: HASH },
);
add(
  'javascript js jsx mjs cjs typescript ts tsx java c h cpp c++ cc cxx hpp cs csharp c# go golang rust rs kotlin kt kts scala swift php dart groovy gradle proto protobuf objc objective-c zig solidity sol',
  { kind: 'program', syntax: SLASH },
);
add('lua haskell hs elm ada vhdl', { kind: 'program', syntax: DASH });
add('mermaid mmd', { kind: 'diagram', dialect: 'mermaid' });
add('plantuml puml uml', { kind: 'diagram', dialect: 'plantuml' });
add('dot graphviz gv', { kind: 'diagram', dialect: 'dot' });
add('d2 diagram flow flowchart', { kind: 'diagram', dialect: 'generic' });
add('text txt plain plaintext ascii asciiart ascii-art svgbob bob ditaa goat none output', { kind: 'text' });
add('markdown md', { kind: 'prose' });

/** The language of a fence's info string: `{python}`, `Python title="x"` → "python". */
export function fenceLanguage(lang: string | null | undefined): string {
  if (!lang) return '';
  let name = lang.trim().toLowerCase();
  if (name.startsWith('{')) name = name.slice(1);
  const end = name.search(/[\s,}]/);
  return end === -1 ? name : name.slice(0, end);
}

export function readingOf(language: string): CodeReading {
  if (language === '') return { kind: 'text' };
  return READINGS.get(language) ?? { kind: 'program', syntax: NONE };
}
