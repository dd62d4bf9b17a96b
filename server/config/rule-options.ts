// Checks the options object of `[severity, {options}]` rule entries against
// the JSON Schema each rule declares in `meta.optionsSchema`. validate.ts
// checks the shape of entries; this checks what is inside them, so that a
// misspelt option is an error instead of a silently ignored setting.
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { ajvModule } from './deps.js';
import { findRuleMeta } from '../../rules/meta.js';
import type { ConfigFile } from './types.js';
import type { ConfigFault } from './validate.js';

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function validatorFor(ruleId: string, schema: Record<string, unknown>): ValidateFunction {
  let validate = validators.get(ruleId);
  if (!validate) {
    ajv ??= new (ajvModule().Ajv)({ allErrors: false, strict: false });
    validate = ajv.compile(schema);
    validators.set(ruleId, validate);
  }
  return validate;
}

function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath ? `option "${error.instancePath.slice(1).replace(/\//g, '.')}"` : 'options';
  if (error.keyword === 'additionalProperties') {
    return `Unknown option "${String(error.params.additionalProperty)}".`;
  }
  return `The ${where} ${error.message ?? 'is invalid'}.`;
}

/** Faults with rule options in an already shape-checked config layer. */
export function validateRuleOptions(config: ConfigFile, keyPrefix = ''): ConfigFault[] {
  const faults: ConfigFault[] = [];
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    if (!Array.isArray(entry) || entry.length < 2) continue;
    const options = entry[1] ?? {};
    const key = `${keyPrefix ? `${keyPrefix}.` : ''}rules.${id}`;
    const schema = findRuleMeta(id)?.optionsSchema;
    if (!schema) {
      if (Object.keys(options).length > 0) faults.push({ key, message: `Rule "${id}" takes no options.` });
      continue;
    }
    const validate = validatorFor(id, schema);
    if (!validate(options)) {
      for (const error of validate.errors ?? []) faults.push({ key, message: describeAjvError(error) });
    }
  }
  return faults;
}
