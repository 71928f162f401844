// Word classes the phrase finder asks about, from the lexicons.
import {
  ADVERBS, AUXILIARIES, CONJUNCTIONS, CUE_VERBS, DEMONYMS, DETERMINERS, DOCUMENT_NOUNS, INSTITUTION_NOUNS, OUTLET_DESCRIPTORS,
  PEOPLE_NOUNS, PREPOSITIONS, PRONOUNS, RELATIVES, SUBORDINATORS, TITLES, WEEKDAYS,
} from '../lexicon';
import { PATTERNS } from '../patterns';
import type { Token } from '../text/tokens';

export const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"]);
/** Prepositions that may join the parts of one source ("sources in Mosul", "an MP from Ninewa"). */
export const NP_CONNECTORS = new Set(['of', 'in', 'from', 'at', 'for', 'with', 'on']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** First and second person speak in the author's voice outside quotations. */
export const AUTHOR_PRONOUNS = new Set(['i', 'we', 'you']);

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.word;
export const isPunct = (t: Token | undefined): boolean => t !== undefined && !t.word;

export function isFunctionWord(t: Token): boolean {
  const w = t.norm;
  return PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || AUXILIARIES.has(w) || PRONOUNS.has(w)
    || RELATIVES.has(w) || SUBORDINATORS.has(w) || ADVERBS.has(w);
}

export const isDeterminer = (t: Token): boolean => DETERMINERS.has(t.norm) || PATTERNS.number!.test(t.norm);
export const isAdverb = (t: Token): boolean => ADVERBS.has(t.norm) || (!t.cap && PATTERNS.lyAdverb!.test(t.norm));
export const isTitle = (t: Token): boolean => TITLES.has(t.norm.replace(PATTERNS.trailingPeriod!, ''));
export const isWeekday = (t: Token): boolean => WEEKDAYS.has(t.norm);
export const isDemonym = (t: Token): boolean => DEMONYMS.has(t.norm);

/** A noun the lexicons know as someone or something that can be a source. */
export function isSourceNoun(t: Token): boolean {
  const w = t.norm;
  return PEOPLE_NOUNS.has(w) || INSTITUTION_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || OUTLET_NOUNS.has(w) || PATTERNS.agentNoun!.test(w)
    || PATTERNS.ageNoun!.test(w);
}

/** One-word outlet descriptors: "newspaper", "magazine", "website". */
const OUTLET_NOUNS = new Set(OUTLET_DESCRIPTORS.filter((d) => d.length === 1).map((d) => d[0]!));

/** A finite or participle form of a cue verb ("said", "reports"). */
export const isCueVerbForm = (t: Token): boolean => !t.cap && CUE_VERBS.has(t.norm);

/** Capitalized, and not a function word that is capitalized only because it starts the sentence. */
export function isNameWord(t: Token): boolean {
  if (!t.word || !t.cap) return false;
  if (isFunctionWord(t) || DETERMINERS.has(t.norm) || WEEKDAYS.has(t.norm)) return false;
  return true;
}

/** A word that can sit inside a noun phrase before its head: a modifier or a noun. */
export function isModifierWord(t: Token): boolean {
  if (!t.word) return false;
  if (isNameWord(t) || isDeterminer(t) || isSourceNoun(t)) return true;
  if (isFunctionWord(t) || isAdverb(t) || isCueVerbForm(t) || BE_FORMS.has(t.norm)) return false;
  return !t.cap;
}
