// The lexicons as the engine uses them: data files in, lookup sets and maps out, built once.
// The data lives in the .json files beside this one (see README.md); no word lists in code.
import { PATTERNS } from '../patterns';
import abbreviations from './abbreviations.json';
import anonymityPhrases from './anonymity-phrases.json';
import countries from './countries.json';
import cueVerbs from './cue-verbs.json';
import documentNouns from './document-nouns.json';
import givenNames from './given-names.json';
import grammar from './grammar.json';
import institutionNouns from './institution-nouns.json';
import modifiers from './modifiers.json';
import nameParticles from './name-particles.json';
import nonSources from './non-sources.json';
import organizationDescriptors from './organization-descriptors.json';
import organizationWords from './organization-words.json';
import organizations from './organizations.json';
import outletDescriptors from './outlet-descriptors.json';
import outletWords from './outlet-words.json';
import outlets from './outlets.json';
import peopleNouns from './people-nouns.json';
import regions from './regions.json';
import titles from './titles.json';
import weekdays from './weekdays.json';

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

export type CueNeeds = 'none' | 'complement' | 'forward' | 'quote' | 'of' | 'object' | 'research';
export interface CueVerb {
  lemma: string;
  needs: CueNeeds;
  /** Words that, right after the verb, make it something other than a statement ("claimed responsibility"). */
  except: ReadonlySet<string>;
  /** The form as listed: "said", "point out". */
  form: string;
}

/** Single-word verb forms → their verb. Phrasal forms ("pointed out") are keyed by their first word. */
export const CUE_VERBS = new Map<string, CueVerb>();
/** Phrasal forms: first word → the whole form's words. */
export const PHRASAL_CUES = new Map<string, { words: string[]; verb: CueVerb }[]>();
for (const v of cueVerbs as { lemma: string; forms: string[]; needs: CueNeeds; except?: string[] }[]) {
  const except = new Set(v.except ?? []);
  for (const form of v.forms) {
    const words = form.split(' ');
    const verb = { lemma: v.lemma, needs: v.needs, except, form };
    if (words.length === 1) CUE_VERBS.set(form, verb);
    else PHRASAL_CUES.set(words[0]!, [...(PHRASAL_CUES.get(words[0]!) ?? []), { words, verb }]);
  }
}

export const ABBREVIATIONS = lower(abbreviations.map((a) => a.replace(/\.$/, '')));
export const TITLES = lower(titles);
export const PEOPLE_NOUNS = lower(peopleNouns);
export const INSTITUTION_NOUNS = lower(institutionNouns);
export const DOCUMENT_NOUNS = lower(documentNouns);
export const ORGANIZATION_WORDS = lower(organizationWords);
export const OUTLET_WORDS = lower(outletWords);
export const WEEKDAYS = lower(weekdays);
export const MODIFIERS = lower(modifiers);
export const NAME_PARTICLES = lower(nameParticles);
/** "according to plan": objects of a cue that are not sources. */
export const NON_SOURCES = lower(nonSources);
export const GIVEN_NAMES = lower(givenNames as string[]);
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

/** A named entity from a lexicon. */
export interface KnownName {
  name: string;
  domain?: string;
  type?: string;
}

/** Lowercase, straight apostrophes, no leading "the", no possessive, single spaces: the key names are looked up by. */
export function nameKey(text: string): string {
  return text
    .replace(PATTERNS.invisible!, '')
    .toLowerCase()
    .replace(PATTERNS.curlyApostrophe!, "'")
    .replace(PATTERNS.possessiveWordEnd!, '')
    .replace(PATTERNS.nameKeyJunk!, ' ')
    .replace(PATTERNS.spaces!, ' ')
    .trim()
    .replace(PATTERNS.leadingThe!, '');
}

interface NamedEntry { name: string; aliases?: string[]; domain?: string; type?: string; demonyms?: string[] }

function index(entries: readonly NamedEntry[]): Map<string, KnownName> {
  const map = new Map<string, KnownName>();
  for (const e of entries) {
    const known: KnownName = { name: e.name };
    if (e.domain) known.domain = e.domain;
    if (e.type) known.type = e.type;
    for (const n of [e.name, ...(e.aliases ?? [])]) map.set(nameKey(n), known);
  }
  return map;
}

export const OUTLETS = index(outlets as NamedEntry[]);
export const ORGANIZATIONS = index(organizations as NamedEntry[]);
/** Countries and regions: "South Africa said" speaks for a government. */
export const PLACES = index([...(countries as NamedEntry[]), ...(regions as NamedEntry[])]);
/** "Iraqi", "Tunisians", "Kurdish": modifiers that do not name a source. */
export const DEMONYMS = lower([...(countries as NamedEntry[]), ...(regions as NamedEntry[])].flatMap((e) => e.demonyms ?? []));

/** The longest number of words in any lexicon name, so lookups try no longer spans. */
export const MAX_NAME_WORDS = Math.max(
  1, ...[...OUTLETS.keys(), ...ORGANIZATIONS.keys(), ...PLACES.keys()].map((k) => k.split(' ').length),
);
