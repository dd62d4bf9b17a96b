// schema/mldlrc.schema.json, the JSON Schema of .mldlrc files, from the rules' metadata.
import type { Rule } from '../../server/engine/rule-api.js';
import { buildConfigSchema } from '../../server/config/schema.js';

/** The schema file's exact text: two-space JSON with a final newline. */
export function renderSchema(rules: readonly Rule[]): string {
  return `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
}
