// A document rule's decision: the engine's scoring of its concept (compiled
// once per concept), or the evidence an older rule finds itself.
import { compileConcept, type CompiledConcept, type ConceptSpec } from './concept.js';
import { decideConcept, decideConceptStatus } from './decide.js';
import type { DocumentRule, RuleContext, RuleDecision } from '../rule-api.js';

const compiled = new WeakMap<ConceptSpec, CompiledConcept>();

/** The rule's concept, compiled on first use (rule metadata is read without loading the text layer). */
export function compiledConcept(rule: DocumentRule): CompiledConcept | undefined {
  const spec = rule.concept;
  if (!spec) return undefined;
  let concept = compiled.get(spec);
  if (!concept) compiled.set(spec, (concept = compileConcept(rule.meta.id, spec)));
  return concept;
}

/**
 * `statusOnly`: the caller reads only whether the rule is settled (evidence
 * present or not); a concept's evidence and confidence may then be another
 * statement's than the full decision's, and its `settledBy` partial
 * (decide.ts decideConceptStatus).
 */
export function decideRule(rule: DocumentRule, context: RuleContext, statusOnly = false): RuleDecision {
  if (rule.decide) return rule.decide(context);
  const concept = compiledConcept(rule);
  if (!concept) return { evidence: rule.findEvidence?.(context) };
  const decision = (statusOnly ? decideConceptStatus : decideConcept)(context.doc, concept, rule.meta.step);
  const found = decision.evidence;
  return { evidence: found ? { unit: found.unit, match: { start: found.start, end: found.end } } : undefined, confidence: decision.confidence, settledBy: decision.settledBy };
}
