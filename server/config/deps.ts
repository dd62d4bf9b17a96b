// The parsers, schema validator and glob matcher configuration needs —
// jsonc-parser, yaml, ajv, picomatch — together cost ~100–150 ms to import,
// and most runs need none of them: a project without a config file, or whose
// config sets no rule options and no include/exclude patterns. So they are
// loaded on first use. Loading configuration is synchronous (the CLI plans
// files one by one, the language server answers requests), hence `require`
// rather than `import()`:
// - in out/ (ESM) there is no `require`, so one is made with createRequire;
//   all four packages are CommonJS under Node, as they are when imported;
// - in the language server's esbuild bundle (CommonJS) `require` exists and
//   esbuild bundles the literal `require('…')` calls below.
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type * as JsoncModule from 'jsonc-parser';
import type Picomatch from 'picomatch';
import type * as YamlModule from 'yaml';

const esmRequire = typeof require === 'function' ? undefined : createRequire(import.meta.url);

let ajv: typeof AjvModule | undefined;
let jsonc: typeof JsoncModule | undefined;
let yaml: typeof YamlModule | undefined;
let picomatch: typeof Picomatch | undefined;

export function ajvModule(): typeof AjvModule {
  ajv ??= (esmRequire ? esmRequire('ajv') : require('ajv')) as typeof AjvModule;
  return ajv;
}

export function jsoncModule(): typeof JsoncModule {
  jsonc ??= (esmRequire ? esmRequire('jsonc-parser') : require('jsonc-parser')) as typeof JsoncModule;
  return jsonc;
}

export function yamlModule(): typeof YamlModule {
  yaml ??= (esmRequire ? esmRequire('yaml') : require('yaml')) as typeof YamlModule;
  return yaml;
}

export function picomatchModule(): typeof Picomatch {
  picomatch ??= (esmRequire ? esmRequire('picomatch') : require('picomatch')) as typeof Picomatch;
  return picomatch;
}
