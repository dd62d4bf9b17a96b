// Writes schema/mldlrc.schema.json from the rule catalog.
// Run after adding or changing a rule: `npm run gen-schema`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfigSchema } from '../server/config/schema.js';

/** The schema file's exact text: two-space JSON with a final newline. */
export function schemaText(): string {
  return `${JSON.stringify(buildConfigSchema(), null, 2)}\n`;
}

// out/scripts/gen-schema.js → repository root.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = path.join(repoRoot, 'schema', 'mldlrc.schema.json');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, schemaText());
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
