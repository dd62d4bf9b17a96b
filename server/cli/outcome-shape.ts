// Whether a value read back from the --cache file has the shape of a
// FileOutcome, down to every finding's range and fix. A cache entry that does
// not is a miss (the file is linted again): formatters index into findings and
// coverage without checks, so `[{}]` or `[null]` must never reach them.
// Hand-written rather than a JSON Schema through ajv: a warm --cache run
// would otherwise load the validator library for every file it skips linting.
import { STEPS, type Finding } from '../engine/types.js';
import type { FileOutcome } from './analyse.js';

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const SEVERITIES: readonly unknown[] = ['error', 'warning', 'info'];
const KINDS: readonly unknown[] = ['document', 'passage', 'engine'];

function isPoint(value: unknown): boolean {
  return isObject(value) && isCount(value.offset) && Number.isSafeInteger(value.line) && (value.line as number) >= 1 && Number.isSafeInteger(value.column) && (value.column as number) >= 1;
}

function isFix(value: unknown): boolean {
  if (!isObject(value) || typeof value.title !== 'string' || !isObject(value.insertion)) return false;
  const { offset, text, snippet } = value.insertion;
  return isCount(offset) && typeof text === 'string' && typeof snippet === 'string';
}

export function isFinding(value: unknown): value is Finding {
  if (!isObject(value)) return false;
  const { ruleId, severity, message, range, kind, url, fixes } = value;
  return (
    typeof ruleId === 'string' &&
    SEVERITIES.includes(severity) &&
    typeof message === 'string' &&
    isObject(range) &&
    isPoint(range.start) &&
    isPoint(range.end) &&
    KINDS.includes(kind) &&
    isOptionalString(url) &&
    Array.isArray(fixes) &&
    fixes.every(isFix)
  );
}

function isStepCount(value: unknown): boolean {
  return isObject(value) && (STEPS as readonly unknown[]).includes(value.step) && isCount(value.covered) && isCount(value.total);
}

function isCoverage(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value) || !isCount(value.covered) || !isCount(value.total)) return false;
  return value.steps === undefined || (Array.isArray(value.steps) && value.steps.every(isStepCount));
}

export function isFileOutcome(value: unknown): value is FileOutcome {
  if (!isObject(value)) return false;
  const { skipped, skipReason, findings, coverage, systemType } = value;
  return typeof skipped === 'boolean' && isOptionalString(skipReason) && isOptionalString(systemType) && Array.isArray(findings) && findings.every(isFinding) && isCoverage(coverage);
}
