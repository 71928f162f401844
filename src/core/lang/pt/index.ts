// The Portuguese pack: the word lists beside this file, assembled into the data every engine reads.
import type { CueNeeds, LanguageData, RuleSpec } from '../types';
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
import { newsForms, regularForms } from './verb-forms';

type VerbEntry = { lemma: string; forms?: string[]; needs: CueNeeds; except?: string[]; exceptBefore?: string[]; alsoNoun?: boolean };

/**
 * A reflexive "se" makes most cue verbs something else: "se destaca" (stands out), "lembrou-se"
 * (remembered), "estima-se que" (it is estimated), "negou-se a" (refused). The verbs that stay
 * statements with it ("se manifestou", "queixou-se") list their own exceptBefore.
 */
const REFLEXIVE = ['se'];

export const PT: LanguageData = {
  ...(pack as Pick<LanguageData, 'code' | 'locale' | 'capitalsMarkNames' | 'elisions' | 'enclitics' | 'objectEnclitics' | 'nullSubject' | 'headInitial' | 'pronouns' | 'titleGender' | 'quotes' | 'display'>),
  grammar,
  roles,
  morphology,
  // cue-verbs.json lists forms only for irregular verbs; the regular ones are derived here, and the
  // participles, gerunds and infinitives of both are read with their auxiliaries (verb-forms.ts).
  cueVerbs: (cueVerbs as VerbEntry[]).map((v) => ({ ...v, forms: newsForms(v.forms ?? regularForms(v.lemma)), exceptBefore: v.exceptBefore ?? REFLEXIVE })),
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
