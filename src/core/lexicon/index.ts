// The lexicons as the engine uses them: data files in, lookup sets and maps out, built once.
// The data lives in the .json files beside this one (see README.md); no word lists in code.
import abbreviations from './abbreviations.json';
import anonymityPhrases from './anonymity-phrases.json';
import cueVerbs from './cue-verbs.json';
import documentNouns from './document-nouns.json';
import statementNouns from './statement-nouns.json';
import grammar from './grammar.json';
import institutionNouns from './institution-nouns.json';
import modifiers from './modifiers.json';
import nameParticles from './name-particles.json';
import nonSources from './non-sources.json';
import organizationDescriptors from './organization-descriptors.json';
import organizationWords from './organization-words.json';
import outletDescriptors from './outlet-descriptors.json';
import outletWords from './outlet-words.json';
import peopleNouns from './people-nouns.json';
import titles from './titles.json';
import weekdays from './weekdays.json';

import { regularForms } from './verb-forms';

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

export type CueNeeds = 'none' | 'complement' | 'forward' | 'quote' | 'of' | 'object' | 'research';
export interface CueVerb {
  lemma: string;
  needs: CueNeeds;
  /** Words that, right after the verb, make it something other than a statement ("claimed responsibility"). */
  except: ReadonlySet<string>;
  /** Some forms are nouns too ("claims rose", "the report found"). */
  alsoNoun: boolean;
  /** The form as listed: "said", "point out". */
  form: string;
}

/** Single-word verb forms → their verb. Phrasal forms ("pointed out") are keyed by their first word. */
export const CUE_VERBS = new Map<string, CueVerb>();
/** Phrasal forms: first word → the whole form's words. */
export const PHRASAL_CUES = new Map<string, { words: string[]; verb: CueVerb }[]>();
for (const v of cueVerbs as { lemma: string; forms?: string[]; needs: CueNeeds; except?: string[]; alsoNoun?: boolean }[]) {
  const except = new Set(v.except ?? []);
  for (const form of v.forms ?? regularForms(v.lemma)) {
    const words = form.split(' ');
    const verb = { lemma: v.lemma, needs: v.needs, except, alsoNoun: v.alsoNoun ?? false, form };
    if (words.length === 1) CUE_VERBS.set(form, verb);
    else PHRASAL_CUES.set(words[0]!, [...(PHRASAL_CUES.get(words[0]!) ?? []), { words, verb }]);
  }
}

export const ABBREVIATIONS = lower(abbreviations.map((a) => a.replace(/\.$/, '')));
export const TITLES = lower(titles);
export const PEOPLE_NOUNS = lower(peopleNouns);
export const INSTITUTION_NOUNS = lower(institutionNouns);
export const DOCUMENT_NOUNS = lower(documentNouns);
/** "in a statement", "in an interview with X", "in a tweet": what a source speaks in. */
export const STATEMENT_NOUNS = lower(statementNouns);
export const ORGANIZATION_WORDS = lower(organizationWords);
export const OUTLET_WORDS = lower(outletWords);
export const WEEKDAYS = lower(weekdays);
export const MODIFIERS = lower(modifiers);
export const NAME_PARTICLES = lower(nameParticles);
/** "according to plan": objects of a cue that are not sources. */
export const NON_SOURCES = lower(nonSources);
/** Multi-word phrases as word lists, longest first. */
const phrases = (list: readonly string[]): string[][] =>
  list.map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);
export const OUTLET_DESCRIPTORS = phrases(outletDescriptors);
export const ORGANIZATION_DESCRIPTORS = phrases(organizationDescriptors);
export const ANONYMITY_PHRASES = phrases(anonymityPhrases);

export const ADVERBS = lower(grammar.adverbs);
export const AUXILIARIES = lower(grammar.auxiliaries);
export const CONJUNCTIONS = lower(grammar.conjunctions);
export const DETERMINERS = lower(grammar.determiners);
export const PREPOSITIONS = lower(grammar.prepositions);
export const PRONOUNS = lower(grammar.pronouns);
export const RELATIVES = lower(grammar.relatives);
export const SUBORDINATORS = lower(grammar.subordinators);
/** "a large body of studies", "a number of officials": the phrase is about what follows "of". */
export const QUANTIFIERS = lower(grammar.quantifiers);
/** Irregular past forms: a cue word followed by one is a noun ("claims rose", "reports found"). */
export const IRREGULAR_PAST = lower(grammar.irregularPast);
/** "did not say", "never confirmed": a cue verb so negated attributes nothing. */
export const NEGATORS = lower(grammar.negators);
/** "could announce", "may say": a statement that might be made, not one that was. ("will say" stays: advance texts.) */
export const HYPOTHETICAL_MODALS = lower(grammar.hypotheticalModals);


// The named entities (outlets, organizations, places, given names) are large; they live in
// entities.ts so that each runtime decides how to load them (see installEntities).
export {
  DEMONYMS, GIVEN_NAMES, ORGANIZATIONS, OUTLETS, PLACES, NAME_LIMITS, entitiesInstalled, installEntities, nameKey,
  type EntityData, type KnownName, type NamedEntry,
} from './entities';
