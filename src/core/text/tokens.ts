// Word and punctuation tokens with their offsets. Rules look at tokens, never at raw regex matches
// over the whole text, so every offset they report lies inside the text they were given.
import {
  ABBREVIATIONS, ADVERBS, ANONYMITY_PHRASES, AUXILIARIES, CONJUNCTIONS, CUE_VERBS, DETERMINERS, DOCUMENT_NOUNS, INSTITUTION_NOUNS, MODIFIERS,
  NAME_PARTICLES, PEOPLE_NOUNS, PREPOSITIONS, PRONOUNS, RELATIVES, SUBORDINATORS,
} from '../lexicon';
import { PATTERNS } from '../patterns';

export interface Token {
  /** As written. */
  text: string;
  /** Lowercased, invisible characters removed, curly apostrophes straightened, possessive 's dropped. */
  norm: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Ends in 's or s' (Stanford University's). */
  possessive: boolean;
}

/** Soft hyphens and zero-width characters: invisible, so they must not break a name. */
export const stripInvisible = (s: string): string => s.replace(PATTERNS.invisible!, '');

/** "Askar's" → "Askar". */
export const stripPossessive = (s: string): string => s.replace(PATTERNS.possessiveEnd!, '');

export function normalizeWord(text: string): string {
  // Most words are plain letters: skip the replacements (tokenizing is the engine's hottest loop).
  if (!PATTERNS.wordNeedsCleaning!.test(text)) return text.toLowerCase();
  return stripInvisible(text).toLowerCase().replace(PATTERNS.curlyApostrophe!, "'").replace(PATTERNS.possessiveEnd!, '');
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = PATTERNS.token!; // global: reset here, and never used re-entrantly
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let raw = m[0];
    let end = m.index + raw.length;
    if (m[1] === undefined) {
      tokens.push({ text: raw, norm: raw, start: offset + m.index, end: offset + end, word: false, cap: false, possessive: false });
      continue;
    }
    // Most words are plain letters; only words with apostrophes or invisible characters need cleaning.
    const dirty = PATTERNS.wordNeedsCleaning!.test(raw);
    const clean = dirty ? stripInvisible(raw) : raw;
    // "U.S." "Mr." "K.": the period belongs to the word when it is an abbreviation or an initial.
    if (text.charCodeAt(end) === 46 && (raw.includes('.') || ABBREVIATIONS.has(clean.toLowerCase()) || PATTERNS.initial!.test(raw))) {
      raw += '.';
      end++;
      re.lastIndex = end;
    }
    const first = clean.charCodeAt(0);
    tokens.push({
      text: raw,
      norm: dirty ? normalizeWord(raw) : raw.toLowerCase(),
      start: offset + m.index,
      end: offset + end,
      word: true,
      cap: first >= 65 && first <= 90 ? true : first < 128 ? false : PATTERNS.upperStart!.test(clean),
      possessive: dirty && PATTERNS.possessiveEnd!.test(clean),
    });
  }
  return tokens;
}

/** One-word anonymity markers ("others", "critics"). */
const VAGUE_WORDS = new Set(ANONYMITY_PHRASES.filter((p) => p.length === 1).map((p) => p[0]!));

/** Words the lexicons know in lowercase: capitalized at the start of a sentence, they are not names. */
function commonWord(norm: string): boolean {
  return PEOPLE_NOUNS.has(norm) || INSTITUTION_NOUNS.has(norm) || DOCUMENT_NOUNS.has(norm) || MODIFIERS.has(norm)
    || DETERMINERS.has(norm) || PRONOUNS.has(norm) || PREPOSITIONS.has(norm) || CONJUNCTIONS.has(norm)
    || SUBORDINATORS.has(norm) || ADVERBS.has(norm) || AUXILIARIES.has(norm) || CUE_VERBS.has(norm)
    || VAGUE_WORDS.has(norm);
}

const functionWord = (norm: string): boolean => PRONOUNS.has(norm) || DETERMINERS.has(norm) || PREPOSITIONS.has(norm)
  || CONJUNCTIONS.has(norm) || SUBORDINATORS.has(norm) || AUXILIARIES.has(norm) || RELATIVES.has(norm);

/**
 * Tokens of one sentence, with capitalization corrected for what it means: a sentence-initial
 * "Local" or "Analysts" is not a name, while "al-Jubbouri" and the "de" of "Luis de Miranda" are.
 */
export function tokenizeSentence(text: string, start: number, end: number): Token[] {
  const tokens = tokenize(text.slice(start, end), start);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap) continue;
    const next = tokens[i + 1];
    if (PATTERNS.particleName!.test(t.text) || (NAME_PARTICLES.has(t.norm) && next?.word && next.cap && i > 0)) t.cap = true;
  }
  const first = tokens.find((t) => t.word);
  if (first?.cap && (commonWord(first.norm) || PATTERNS.gerund!.test(first.norm))) first.cap = false;
  // "US officials", "WHO said": in a sentence not written in capitals, an all-capital function word
  // is an acronym, so its norm keeps the capitals and no pronoun or relative list matches it.
  if (tokens.some((t) => t.word && !PATTERNS.allCaps!.test(t.text))) {
    for (const t of tokens) if (t.word && PATTERNS.allCaps!.test(t.text) && functionWord(t.norm)) t.norm = t.text;
  }
  return tokens;
}
