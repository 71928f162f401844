// The German pack: the word lists beside this file, assembled into the data every engine reads.
import type { CueNeeds, CueVerbData, LanguageData, RuleSpec } from '../types';
import abbreviations from './abbreviations.json';
import anonymityPhrases from './anonymity-phrases.json';
import cueVerbs from './cue-verbs.json';
import documentNouns from './document-nouns.json';
import grammar from './grammar.json';
import institutionNouns from './institution-nouns.json';
import modifiers from './modifiers.json';
import morphology from './morphology.json';
import nameParticles from './name-particles.json';
import nonSources from './non-sources.json';
import organizationDescriptors from './organization-descriptors.json';
import organizationWords from './organization-words.json';
import outletDescriptors from './outlet-descriptors.json';
import outletWords from './outlet-words.json';
import pack from './pack.json';
import peopleNouns from './people-nouns.json';
import roles from './roles.json';
import rules from './rules.json';
import statementNouns from './statement-nouns.json';
import time from './time.json';
import titles from './titles.json';
import { germanForms } from './verb-forms';

/**
 * An entry of cue-verbs.json: `forms` spelt out (reflexive and fixed phrases), or derived from the
 * lemma, with `strong` giving a strong verb's finite forms and participle. `particle`: a separable
 * verb ("mitteilen": "teilte ... mit"); `particleFree`: a word the verb needs later in its clause
 * that is no prefix of it ("schätzt ... auf").
 */
type VerbEntry = {
  lemma: string; needs: CueNeeds; forms?: string[]; particle?: string; particleFree?: boolean;
  strong?: { finite: string[]; participle: string }; except?: string[]; alsoNoun?: boolean;
};

/** One entry as the engine's verbs: the separated forms with their particle, the joined ones without. */
function expand(v: VerbEntry): CueVerbData[] {
  const { forms, strong, particle, particleFree, ...rest } = v;
  if (forms) return [{ ...rest, forms }];
  const { separated, joined } = germanForms(v.lemma, particle, strong);
  if (!particle) return [{ ...rest, forms: separated }];
  const out: CueVerbData[] = [{ ...rest, forms: separated, particle, ...(particleFree ? { particleFree } : {}) }];
  if (joined.length) out.push({ ...rest, forms: joined });
  return out;
}

export const DE: LanguageData = {
  ...(pack as Pick<LanguageData, 'code' | 'locale' | 'capitalsMarkNames' | 'elisions' | 'enclitics' | 'nullSubject' | 'quotedNames' | 'epithets' | 'pronouns' | 'titleGender' | 'quotes' | 'display'>),
  grammar,
  roles,
  morphology,
  cueVerbs: (cueVerbs as VerbEntry[]).flatMap(expand),
  peopleNouns,
  institutionNouns,
  documentNouns,
  statementNouns,
  titles,
  modifiers,
  nameParticles,
  nonSources,
  abbreviations,
  organizationWords,
  outletWords,
  outletDescriptors,
  organizationDescriptors,
  anonymityPhrases,
  time,
  rules: rules as RuleSpec[],
};
