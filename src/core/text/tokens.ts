// Word and punctuation tokens with their offsets. Rules look at tokens, never at raw regex matches
// over the whole text, so every offset they report lies inside the text they were given. Each word
// carries its word-class and form bits from the text's language pack, computed once per form.
import { C, F, type Language } from '../lang/types';
import { PARTICLE_NAME } from '../lexicon/name-parts';
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
  /** Word-class bits (lang/types.ts `C`): determiner, preposition, people noun, cue verb, ... */
  cls: number;
  /** Form bits (lang/types.ts `F`): -ly adverb, plural, past, gerund, ... */
  form: number;
  /** A pronoun written onto its verb and split off it ("il" of "a-t-il", "elle" of "dit-elle"). */
  clitic?: boolean;
  /** An object pronoun written onto its verb and split off it ("lhe" of "disse-lhe"): part of the verb. */
  objectClitic?: boolean;
}

/** Soft hyphens and zero-width characters: invisible, so they must not break a name. */
export const stripInvisible = (s: string): string => s.replace(PATTERNS.invisible, '');

/** "Askar's" → "Askar". */
export const stripPossessive = (s: string): string => s.replace(PATTERNS.possessiveEnd, '');

export function normalizeWord(text: string, possessive = true): string {
  // Most words are plain letters: skip the replacements (tokenizing is the engine's hottest loop).
  if (!PATTERNS.wordNeedsCleaning.test(text)) return text.toLowerCase();
  const clean = stripInvisible(text).toLowerCase().replace(PATTERNS.curlyApostrophe, "'");
  return possessive ? clean.replace(PATTERNS.possessiveEnd, '') : clean;
}

/** Sets a word's class and form bits for its (final) norm. */
export function classify(t: Token, lang: Language): void {
  t.cls = lang.classOf(t.norm);
  t.form = lang.formOf(t.norm);
}

/** A word token for `raw` at `start` (offsets already in the block's text). */
function wordToken(raw: string, start: number, lang: Language, dirty: boolean): Token {
  const possessives = lang.morphology.possessiveApostrophe;
  const clean = dirty ? stripInvisible(raw) : raw;
  const first = clean.charCodeAt(0);
  const norm = dirty ? normalizeWord(raw, possessives) : raw.toLowerCase();
  return {
    text: raw,
    norm,
    start,
    end: start + raw.length,
    word: true,
    cap: first >= 65 && first <= 90 ? true : first < 128 ? false : PATTERNS.upperStart.test(clean),
    possessive: possessives && dirty && PATTERNS.possessiveEnd.test(clean),
    cls: lang.classOf(norm),
    form: lang.formOf(norm),
  };
}

/**
 * Splits what the language writes as one word but reads as two: an elided article or conjunction
 * ("l'agence", "qu'il", "d'après"), a subject pronoun written onto its verb ("dit-elle",
 * "a-t-il", whose euphonic "t" belongs to neither) and an object pronoun ("disse-lhe").
 */
function pushWord(tokens: Token[], raw: string, start: number, lang: Language, dirty: boolean): void {
  if (dirty && lang.elisions.size) {
    const apostrophe = raw.search(PATTERNS.apostrophe);
    if (apostrophe > 0 && apostrophe < raw.length - 1 && lang.elisions.has(stripInvisible(raw.slice(0, apostrophe)).toLowerCase())) {
      tokens.push(wordToken(raw.slice(0, apostrophe + 1), start, lang, true));
      const rest = raw.slice(apostrophe + 1);
      pushWord(tokens, rest, start + apostrophe + 1, lang, PATTERNS.wordNeedsCleaning.test(rest));
      return;
    }
  }
  if (lang.enclitics.length && raw.includes('-')) {
    const lower = raw.toLowerCase();
    const clitic = lang.enclitics.find((e) => lower.length > e.written.length + 1 && lower.endsWith(e.written) && lower[lower.length - e.written.length - 1] === '-');
    if (clitic) {
      const base = raw.slice(0, raw.length - clitic.written.length - 1);
      tokens.push(wordToken(base, start, lang, PATTERNS.wordNeedsCleaning.test(base)));
      const pronoun = raw.slice(raw.length - clitic.pronoun.length);
      tokens.push({ ...wordToken(pronoun, start + raw.length - pronoun.length, lang, false), clitic: true });
      return;
    }
  }
  // "disse-lhe", "afirmou-se": an object pronoun, written in lowercase ("PSDB-SE" is a party and a state).
  if (lang.objectEnclitics.length && raw.includes('-')) {
    const object = lang.objectEnclitics.find((e) => raw.length > e.length + 1 && raw.endsWith(e) && raw[raw.length - e.length - 1] === '-');
    if (object) {
      const base = raw.slice(0, raw.length - object.length - 1);
      tokens.push(wordToken(base, start, lang, PATTERNS.wordNeedsCleaning.test(base)));
      tokens.push({ ...wordToken(object, start + raw.length - object.length, lang, false), objectClitic: true });
      return;
    }
  }
  tokens.push(wordToken(raw, start, lang, dirty));
}

export function tokenize(text: string, lang: Language, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = PATTERNS.token; // global: reset here, and never used re-entrantly
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let raw = m[0];
    let end = m.index + raw.length;
    if (m[1] === undefined) {
      tokens.push({ text: raw, norm: raw, start: offset + m.index, end: offset + end, word: false, cap: false, possessive: false, cls: 0, form: 0 });
      continue;
    }
    // Most words are plain letters; only words with apostrophes or invisible characters need cleaning.
    const dirty = PATTERNS.wordNeedsCleaning.test(raw);
    const clean = dirty ? stripInvisible(raw) : raw;
    // "U.S." "Mr." "K.": the period belongs to the word when it is an abbreviation or an initial.
    if (text.charCodeAt(end) === 46 && (raw.includes('.') || lang.abbreviations.has(clean.toLowerCase()) || PATTERNS.initial.test(raw))) {
      raw += '.';
      end++;
      re.lastIndex = end;
    }
    pushWord(tokens, raw, offset + m.index, lang, dirty);
  }
  return tokens;
}

/** Words the lexicons know in lowercase: capitalized at the start of a sentence, they are not names. */
const COMMON = C.PEOPLE | C.INSTITUTION | C.DOCUMENT | C.MODIFIER | C.DET | C.PRON | C.PREP | C.CONJ | C.SUBORD | C.ADV
  | C.AUX | C.CUE | C.VAGUE;
/** Verb classes a capitalized word inside a sentence loses ("São" of "São Paulo" is no form of "ser"). */
const VERB_LIKE = C.AUX | C.BE | C.HYPO;
/** Function words: all in capitals, one of them is an acronym ("US", "WHO"). */
const FUNCTION = C.PRON | C.DET | C.PREP | C.CONJ | C.SUBORD | C.AUX | C.REL;

/**
 * Tokens of one sentence, with capitalization corrected for what it means: a sentence-initial
 * "Local" or "Analysts" is not a name, while "al-Jubbouri" and the "de" of "Luis de Miranda" are.
 */
export function tokenizeSentence(text: string, start: number, end: number, lang: Language): Token[] {
  const tokens = tokenize(text.slice(start, end), lang, start);
  // The sentence's first word first: "Aliados de Pacheco" is no name, so its "de" is no particle.
  const first = tokens.find((t) => t.word);
  if (first?.cap && ((first.cls & COMMON) !== 0 || (first.form & F.GERUND) !== 0)) first.cap = false;
  // Inside a sentence, a capitalized auxiliary is a name's word: "São Paulo", "Will Smith".
  for (const t of tokens) {
    if (t !== first && t.cap && (t.cls & VERB_LIKE) !== 0 && (t.cls & FUNCTION & ~VERB_LIKE) === 0 && !PATTERNS.allCaps.test(t.text)) t.cls &= ~VERB_LIKE;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap) continue;
    const next = tokens[i + 1];
    // "Luis de Miranda", "Lula da Silva": a particle between two names; "o presidente do Senado" keeps its "do".
    if (PARTICLE_NAME.test(t.text) || ((t.cls & C.PARTICLE) !== 0 && next?.word && next.cap && i > 0 && tokens[i - 1]!.cap)) t.cap = true;
  }
  // "US officials", "WHO said": in a sentence not written in capitals, an all-capital function word
  // is an acronym, so its norm keeps the capitals and no pronoun or relative list matches it.
  if (tokens.some((t) => t.word && !PATTERNS.allCaps.test(t.text))) {
    for (const t of tokens) {
      if (t.word && PATTERNS.allCaps.test(t.text) && (t.cls & FUNCTION) !== 0) {
        t.norm = t.text;
        classify(t, lang);
      }
    }
  }
  return tokens;
}
