// The JSON Schema of .mldlrc files, built from the rule catalog so that rule
// ids, severities, presets and system types can never drift from the code.
// `npm run generate` writes it to schema/mldlrc.schema.json; a test
// checks that the committed file is up to date.
import type { RuleMeta } from '../engine/rule-api.js';
import { SYSTEM_TYPES } from '../engine/types.js';
import { PRESET_NAMES, PRESETS } from './presets.js';

export const SCHEMA_ID = 'https://raw.githubusercontent.com/ml-design-lint/ml-design-lint/main/schema/mldlrc.schema.json';

const SEVERITY = { enum: ['off', 'info', 'warning', 'error'] };

function ruleEntrySchema(description: string, optionsSchema: Record<string, unknown> | undefined): Record<string, unknown> {
  const options = optionsSchema ?? { type: 'object', maxProperties: 0, description: 'This rule takes no options.' };
  return {
    description,
    oneOf: [
      { $ref: '#/definitions/severity' },
      // Draft-07 tuple form (VS Code's JSON support and SchemaStore read
      // draft-07), one exact-length tuple per form so that strict validators accept it.
      { type: 'array', items: [{ $ref: '#/definitions/severity' }], minItems: 1, additionalItems: false },
      { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 2, additionalItems: false },
    ],
  };
}

export function buildConfigSchema(catalog: ReadonlyArray<{ meta: RuleMeta }>): Record<string, unknown> {
  const rules = Object.fromEntries(
    catalog.map((rule) => [
      rule.meta.id,
      ruleEntrySchema(`${rule.meta.description} (step: ${rule.meta.step}, default: ${rule.meta.severity})`, rule.meta.optionsSchema),
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'ML Design Lint configuration (.mldlrc.json, .mldlrc.yaml, "mldl" in package.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema this file follows, for editor completion.' },
      root: { type: 'boolean', description: 'Stop looking for configuration in parent directories.' },
      extends: {
        description: 'Built-in preset(s) applied before this file\'s own settings.',
        oneOf: [
          { $ref: '#/definitions/preset' },
          { type: 'array', items: { $ref: '#/definitions/preset' } },
        ],
      },
      rules: {
        type: 'object',
        description: 'Rule id → "off" | "info" | "warning" | "error", or [severity, {options}].',
        additionalProperties: false,
        properties: rules,
      },
      system: { enum: [...SYSTEM_TYPES], description: 'System type, when inference from the text is not wanted. Front matter wins.' },
      detect: {
        enum: ['auto', 'always'],
        description: '"auto": lint only files that look like ML design docs; "always": lint every Markdown file.',
      },
      include: {
        type: 'array',
        items: { type: 'string' },
        description: 'Glob patterns, relative to this file, of the documents to lint (default: every Markdown file).',
      },
      exclude: { type: 'array', items: { type: 'string' }, description: 'Glob patterns, relative to this file, of documents to skip.' },
      maxDocumentSize: {
        description: 'Documents larger than this are skipped as "too large" (exit code 2), not read: bytes, or a size such as "5MB" or "500KB" (default: 5MB).',
        oneOf: [
          { type: 'integer', minimum: 1 },
          { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]?[bB]?)\\s*$' },
        ],
      },
    },
    definitions: {
      severity: SEVERITY,
      preset: {
        enum: PRESET_NAMES.map((name) => `mldl:${name}`),
        // Standard keywords only (strict validators reject editor extensions like enumDescriptions).
        description: PRESET_NAMES.map((name) => `mldl:${name}: ${PRESETS[name].description}`).join('\n'),
      },
    },
  };
}
