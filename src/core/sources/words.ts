// Word classes the phrase finder asks about: bits set on each token by its language pack.
import { C, F } from '../lang/types';
import { DEMONYMS } from '../lexicon';
import { PATTERNS } from '../patterns';
import type { Token } from '../text/tokens';

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.word;
export const isOpeningQuote = (t: Token | undefined): boolean => t !== undefined && PATTERNS.openingQuote.test(t.text);
export const isClosingQuote = (t: Token | undefined): boolean => t !== undefined && PATTERNS.closingQuote.test(t.text);
export const isPunct = (t: Token | undefined): boolean => t !== undefined && !t.word;

/** Does the token belong to any of the classes in `bits` (lang/types.ts `C`)? */
export const is = (t: Token | undefined, bits: number): boolean => t !== undefined && (t.cls & bits) !== 0;
/** Does the token have any of the forms in `bits` (lang/types.ts `F`)? */
export const hasForm = (t: Token | undefined, bits: number): boolean => t !== undefined && (t.form & bits) !== 0;

const FUNCTION = C.PREP | C.CONJ | C.AUX | C.PRON | C.REL | C.SUBORD | C.ADV;

export const isFunctionWord = (t: Token): boolean => (t.cls & FUNCTION) !== 0;
export const isDeterminer = (t: Token): boolean => (t.cls & C.DET) !== 0 || PATTERNS.number.test(t.norm);
export const isAdverb = (t: Token): boolean => (t.cls & C.ADV) !== 0 || (!t.cap && (t.form & F.LY) !== 0);
export const isTitle = (t: Token): boolean => (t.cls & C.TITLE) !== 0;
export const isWeekday = (t: Token): boolean => (t.cls & C.WEEKDAY) !== 0;

/** "Saturday's primary": a day's possessive works as a determiner of the noun after it. */
export const isDayPossessive = (t: Token): boolean => t.possessive && isWeekday(t);
export const isDemonym = (t: Token): boolean => DEMONYMS.has(t.norm);
export const isSubjectPronoun = (t: Token | undefined): boolean => t !== undefined && (t.cls & C.SUBJ) !== 0;
export const isAuthorPronoun = (t: Token | undefined): boolean => t !== undefined && (t.cls & C.AUTHOR) !== 0;
export const isBe = (t: Token | undefined): boolean => t !== undefined && (t.cls & C.BE) !== 0;

const SOURCE_NOUN = C.PEOPLE | C.INSTITUTION | C.DOCUMENT | C.OUTLET_NOUN;

/** A noun the lexicons know as someone or something that can be a source. */
export const isSourceNoun = (t: Token): boolean => (t.cls & SOURCE_NOUN) !== 0 || (t.form & (F.AGENT | F.AGE)) !== 0;

/** A finite or participle form of a cue verb ("said", "reports"). */
export const isCueVerbForm = (t: Token): boolean => !t.cap && (t.cls & C.CUE) !== 0;

/** Capitalized, and not a function word that is capitalized only because it starts the sentence. */
export function isNameWord(t: Token): boolean {
  if (!t.word || !t.cap) return false;
  return (t.cls & (FUNCTION | C.DET | C.WEEKDAY)) === 0;
}

/**
 * A word of a person's or body's name: a name word, or a particle that tokenizing capitalized
 * between two of them ("de" of "Tarcísio de Freitas", "da" of "Lula da Silva").
 */
export const isNamePart = (t: Token): boolean => isNameWord(t) || (t.word && t.cap && (t.cls & C.PARTICLE) !== 0);

/** A word that can sit inside a noun phrase before its head: a modifier or a noun. */
export function isModifierWord(t: Token): boolean {
  if (!t.word) return false;
  if (isNameWord(t) || isDeterminer(t) || isSourceNoun(t)) return true;
  if (isDayPossessive(t)) return true;
  if (isFunctionWord(t) || isAdverb(t) || isCueVerbForm(t) || (t.cls & C.BE) !== 0) return false;
  return !t.cap;
}
