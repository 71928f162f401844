// The Spanish pack: the word lists beside this file, assembled into the data every engine reads.
import type { CueVerbEntry, LanguageData, RuleSpec } from '../types';
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


export const ES: LanguageData = {
  ...(pack as Pick<LanguageData, 'code' | 'locale' | 'capitalsMarkNames' | 'elisions' | 'enclitics' | 'nullSubject' | 'headInitial' | 'localOrganizations' | 'nounEndings' | 'auxiliaries' | 'pronouns' | 'titleGender' | 'quotes' | 'display'>),
  grammar,
  roles,
  morphology,
  // cue-verbs.json lists forms only for irregular verbs; the regular ones are derived here. Participles
  // Regular verbs list no forms: the engine derives them (verb-forms.ts) when it compiles the pack.
  cueVerbs: cueVerbs as CueVerbEntry[],
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
