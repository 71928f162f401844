// The rule families, and a pack's rules built from its specs (lang/*/rules.json), in the order their
// candidates are preferred when two name the same source in one sentence.
import type { RuleFamily, RuleSpec } from '../lang/types';
import { findingNouns } from './findings';
import { anaphoricCue, compoundSource, per, possessiveWords, postposition, prepositional } from './prepositional';
import { participle, passiveBy, quotedAsSaying, reportativeModal, verbAfterSubject, verbBeforeSource, withParticiple } from './speech-verbs';
import { statementNouns } from './statements';
import type { Rule } from './types';
import { isSaidTo, reportedly, thereAreReports, vaguePhrase, weAreTold } from './vague';

type Factory<F extends RuleFamily> = (spec: Extract<RuleSpec, { family: F }>) => Rule;

/** Every family of rule the engine has; a pack chooses which to use and gives them their words. */
export const RULE_FAMILIES: { [F in RuleFamily]: Factory<F> } = {
  'prepositional': prepositional,
  'postposition': postposition,
  'per': per,
  'possessive-words': possessiveWords,
  'quoted-as-saying': quotedAsSaying,
  'verb-before-source': verbBeforeSource,
  'verb-after-subject': verbAfterSubject,
  'reportative-modal': reportativeModal,
  'anaphoric-cue': anaphoricCue,
  'compound-source': compoundSource,
  'participle': participle,
  'with-participle': withParticiple,
  'passive-by': passiveBy,
  'finding-nouns': findingNouns,
  'statement-nouns': statementNouns,
  'there-are-reports': thereAreReports,
  'reportedly': reportedly,
  'is-said-to': isSaidTo,
  'we-are-told': weAreTold,
  'vague-phrase': vaguePhrase,
};

export function buildRules(specs: readonly RuleSpec[]): Rule[] {
  return specs.map((spec) => (RULE_FAMILIES[spec.family] as Factory<typeof spec.family>)(spec as never));
}
