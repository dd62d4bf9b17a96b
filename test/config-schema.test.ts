// schema/mldlrc.schema.json is generated from the rule catalog; it must be
// up to date, valid JSON Schema, and agree with the loader about what a
// valid configuration is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ALL_RULES } from '../rules/index.js';
import { ConfigError } from '../server/config/errors.js';
import { readConfigFile, toConfigFile } from '../server/config/load.js';
import { defaultConfig } from '../server/config/presets.js';
import { parseConfigSource } from '../server/config/source.js';
import { REPO_ROOT } from './cli-harness.js';

const SCHEMA_PATH = path.join(REPO_ROOT, 'schema', 'mldlrc.schema.json');
const FIXTURES = path.join(REPO_ROOT, 'test-fixtures', 'config');

function compileSchema() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  // strict: any keyword Ajv does not understand, or an ambiguous tuple, fails the test.
  return new Ajv({ strict: true, allErrors: true }).compile(schema);
}

function fixtureValue(file: string): unknown {
  const syntax = /\.ya?ml$/.test(file) ? 'yaml' : 'json';
  return parseConfigSource(fs.readFileSync(file, 'utf8'), syntax, file).value;
}

test('the schema enumerates every rule id and nothing else', () => {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), ALL_RULES.map((r) => r.meta.id).sort());
});

const EXPECTED_PROBLEM_KEYS: Record<string, string> = {
  'unknown-rule.mldlrc.json': 'rules.cold-strat',
  'bad-severity.mldlrc.json': 'rules.baseline-model',
  'bad-option.mldlrc.json': 'rules.unquantified-requirement',
  'options-on-plain-rule.mldlrc.json': 'rules.cold-start',
  'unknown-preset.mldlrc.yaml': 'extends',
  'unknown-key.mldlrc.yaml': 'ignorePatterns',
  'bad-system.mldlrc.yaml': 'system',
};

test('valid example configs pass both the schema and the loader', () => {
  const validate = compileSchema();
  const files = fs.readdirSync(path.join(FIXTURES, 'valid'));
  assert.ok(files.length >= 3);
  for (const name of files) {
    const file = path.join(FIXTURES, 'valid', name);
    assert.ok(validate(fixtureValue(file)), `${name}: ${JSON.stringify(validate.errors)}`);
    assert.doesNotThrow(() => readConfigFile(file), name);
  }
});

test('invalid example configs fail both the schema and the loader, at the expected key', () => {
  const validate = compileSchema();
  const files = fs.readdirSync(path.join(FIXTURES, 'invalid'));
  assert.deepEqual(files.sort(), Object.keys(EXPECTED_PROBLEM_KEYS).sort(), 'every invalid fixture needs an expected key');
  for (const name of files) {
    const file = path.join(FIXTURES, 'invalid', name);
    assert.equal(validate(fixtureValue(file)), false, `${name} should not match the schema`);
    assert.throws(
      () => readConfigFile(file),
      (error: unknown) => error instanceof ConfigError && error.file === file && error.key === EXPECTED_PROBLEM_KEYS[name] && (error.line ?? 0) >= 1,
      name,
    );
  }
});

test('a printed configuration (--print-config) is itself a valid config file', () => {
  const validate = compileSchema();
  assert.ok(validate(toConfigFile(defaultConfig())), JSON.stringify(validate.errors));
});
