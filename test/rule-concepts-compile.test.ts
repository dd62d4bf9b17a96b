// Every rule's concept compiles: a cue phrase that expands past the phrase
// limit, or a malformed one, throws when the concept is first compiled, and
// the engine then reports the rule as failed (an internal-error finding) on
// every document instead of reviewing it. Compiling them all here fails the
// suite at once, naming the rule, before any document is linted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../rules/index.js';
import { compiledConcept } from '../server/engine/judge/rule-decision.js';

test('every document rule with a concept compiles it', () => {
  let compiled = 0;
  for (const rule of ALL_RULES) {
    if (rule.kind !== 'document' || !rule.concept) continue;
    assert.doesNotThrow(() => compiledConcept(rule), `rule ${rule.meta.id}`);
    compiled++;
  }
  // The catalog's document rules describe their concept as data; far fewer would mean the loop read nothing.
  assert.ok(compiled >= 20, `${compiled} concepts compiled`);
});
