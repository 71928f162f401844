// Word and punctuation tokens with their offsets. Rules look at tokens, never at raw regex matches
// over the whole text, so every offset they report lies inside the text they were given. Each word
// carries its word-class and form bits from the text's language pack, computed once per form.
import { C, F, type Language } from '../lang/types';
import { GIVEN_NAMES, NAME_PREFIXES, ORGANIZATIONS, OUTLETS, PLACES, nameKey } from '../lexicon';
import { PARTICLE_NAME } from '../lexicon/name-parts';
import { PATTERNS } from '../patterns';
import { ASCII_CLASSES, ASCII_END, SKIPPED, tokenEnd, tokenStart, WORD, wordAt, wordEnd } from './scan';

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
  /**
   * Capitalized, but as a common noun of a language that capitalizes every noun ("die Polizei",
   * "Berichten"): `cap` is false, and the word is never read as a verb.
   */
  common?: boolean;
  /** An object pronoun written onto its verb and split off it ("lhe" of "disse-lhe"): part of the verb. */
  objectClitic?: boolean;
}

/** Soft hyphens and zero-width characters: invisible, so they must not break a name. */
export const stripInvisible = (s: string): string => s.replace(PATTERNS.invisible, '');

/**
 * Last characters PATTERNS.possessiveEnd can end on: an "s" as its case-insensitive Unicode match
 * reads it (the long s "ſ" too) or an apostrophe. Any other word is returned without the regex.
 */
const POSSESSIVE_LAST = new Set(['s', 'S', 'ſ', "'", '’', 'ʼ']);

/** "Askar's" → "Askar". */
export const stripPossessive = (s: string): string => (POSSESSIVE_LAST.has(s[s.length - 1] ?? '') ? s.replace(PATTERNS.possessiveEnd, '') : s);

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
    // Every token has the same fields from the start: one object shape keeps the engine's property reads fast.
    clitic: false,
    common: false,
    objectClitic: false,
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
      const token = wordToken(pronoun, start + raw.length - pronoun.length, lang, false);
      token.clitic = true;
      tokens.push(token);
      return;
    }
  }
  // "disse-lhe", "afirmou-se": an object pronoun, written in lowercase ("PSDB-SE" is a party and a state).
  if (lang.objectEnclitics.length && raw.includes('-')) {
    const object = lang.objectEnclitics.find((e) => raw.length > e.length + 1 && raw.endsWith(e) && raw[raw.length - e.length - 1] === '-');
    if (object) {
      const base = raw.slice(0, raw.length - object.length - 1);
      tokens.push(wordToken(base, start, lang, PATTERNS.wordNeedsCleaning.test(base)));
      const token = wordToken(object, start + raw.length - object.length, lang, false);
      token.objectClitic = true;
      tokens.push(token);
      return;
    }
  }
  tokens.push(wordToken(raw, start, lang, dirty));
}

/**
 * "Sanders’ campaign", "the voters' choice": the apostrophe after a word ending in s, before a space
 * and a word, is a possessive's and ends that word, unless a single quotation opened before it is
 * still open ("called them ‘the boys’ and left": there it closes the quotation).
 */
function pluralPossessive(text: string, end: number): boolean {
  const mark = text.charCodeAt(end);
  if ((mark !== 0x2019 && mark !== 0x27) || (text.charCodeAt(end - 1) | 0x20) !== 0x73 || text.charCodeAt(end + 1) !== 0x20) return false;
  if (!PATTERNS.letterStart.test(text.slice(end + 2, end + 3))) return false;
  const opening = mark === 0x27 ? "'" : '‘';
  const opened = text.lastIndexOf(opening, end - 1);
  if (opened < 0) return true;
  // An opening mark starts a word (after a space or a line start); a closing one after it ends the quotation.
  const before = opened === 0 ? ' ' : text[opened - 1]!;
  if (!/\s|[(\[“"]/u.test(before)) return true;
  return text.lastIndexOf(mark === 0x27 ? "'" : '’', end - 1) > opened;
}

/**
 * Distinct words of the texts a pack reads are few (an article has a few thousand): beyond this the
 * cache of their tokens starts again.
 */
const MAX_CACHED_WORDS = 50_000;

/**
 * Per pack, each word as written → its tokens as pushWord makes them at offset 0. An article
 * repeats its words, and a word's tokens depend only on its letters and the pack: cached, a word is
 * normalized, split and classified once rather than at every occurrence.
 */
const wordCache = new WeakMap<Language, Map<string, Token[]>>();

/** The pack's cache of words' tokens. */
function wordsOf(lang: Language): Map<string, Token[]> {
  let cache = wordCache.get(lang);
  if (!cache) wordCache.set(lang, (cache = new Map()));
  return cache;
}

/** The tokens of the word `raw` at offset 0, made and kept in the pack's cache the first time it is met. */
function newTemplate(raw: string, lang: Language, cache: Map<string, Token[]>): Token[] {
  const template: Token[] = [];
  // Most words are plain letters; only words with apostrophes or invisible characters need cleaning.
  pushWord(template, raw, 0, lang, PATTERNS.wordNeedsCleaning.test(raw));
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(raw, template);
  return template;
}

export function tokenize(text: string, lang: Language, offset = 0): Token[] {
  const tokens: Token[] = [];
  const cache = wordsOf(lang);
  const possessives = lang.morphology.possessiveApostrophe;
  // PATTERNS.token's matches, found by the scanner (text/scan.ts: the same tokens, no regex run), its
  // ASCII cases inline.
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let word: boolean;
    let end: number;
    if (code < ASCII_END) {
      const bits = ASCII_CLASSES[code]!;
      if ((bits & SKIPPED) !== 0) {
        index++;
        continue;
      }
      word = (bits & WORD) !== 0;
      end = word ? wordEnd(text, index) : index + 1;
    } else {
      index = tokenStart(text, index);
      if (index < 0) break;
      end = tokenEnd(text, index);
      word = wordAt(text, index);
    }
    let raw = text.slice(index, end);
    if (!word) {
      // "Marsh -- co-author of a study -- said": two hyphens typed for a dash (in plain text and on many
      // news sites) are one token, the dash they stand for.
      const last = tokens[tokens.length - 1];
      if (raw === '-' && last?.text === '-' && last.end === offset + index) {
        last.text = last.norm = '--';
        last.end++;
        index = end;
        continue;
      }
      // "42% say": the sign after a number reads as the pack's word for it, a noun the share is headed by.
      const percent = lang.morphology.percentSign;
      if (percent && PATTERNS.percent.test(raw) && last?.word && PATTERNS.number.test(last.norm) && PATTERNS.blank.test(text.slice(last.end - offset, index))) {
        const t = (cache.get(percent) ?? newTemplate(percent, lang, cache))[0]!;
        tokens.push({ text: raw, norm: t.norm, start: offset + index, end: offset + end, word: true, cap: false, possessive: false, cls: t.cls, form: t.form,
          clitic: false, common: false, objectClitic: false });
        index = end;
        continue;
      }
      tokens.push({ text: raw, norm: raw, start: offset + index, end: offset + end, word: false, cap: false, possessive: false, cls: 0, form: 0,
        clitic: false, common: false, objectClitic: false });
      index = end;
      continue;
    }
    const mark = text.charCodeAt(end);
    // "U.S." "Mr." "K.": the period belongs to the word when it is an abbreviation or an initial
    // (not after a name with a dot inside it: "Folha de S.Paulo.").
    if (mark === 46) {
      const clean = PATTERNS.wordNeedsCleaning.test(raw) ? stripInvisible(raw) : raw;
      if (raw[raw.length - 2] === '.' || lang.abbreviations.has(clean.toLowerCase()) || PATTERNS.initial.test(raw) || PATTERNS.partyAndState.test(raw)) {
        raw += '.';
        end++;
      }
    } else if (possessives && (mark === 0x2019 || mark === 0x27) && pluralPossessive(text, end)) {
      // The apostrophe joins the word, which is then read as needing cleaning (pushWord's dirty).
      raw += text[end];
      end++;
    }
    // The word's tokens from the pack's cache, moved to where it stands (every field listed, so all
    // tokens keep one object shape; an index loop, no call or iterator: this runs for every word).
    const template = cache.get(raw) ?? newTemplate(raw, lang, cache);
    const at = offset + index;
    for (let k = 0; k < template.length; k++) {
      const t = template[k]!;
      tokens.push({ text: t.text, norm: t.norm, start: t.start + at, end: t.end + at, word: t.word, cap: t.cap, possessive: t.possessive,
        cls: t.cls, form: t.form, clitic: t.clitic, common: t.common, objectClitic: t.objectClitic });
    }
    index = end;
  }
  return tokens;
}

/** Words the lexicons know in lowercase: capitalized at the start of a sentence, they are not names. */
const COMMON = C.PEOPLE | C.INSTITUTION | C.DOCUMENT | C.MODIFIER | C.DET | C.PRON | C.PREP | C.CONJ | C.SUBORD | C.ADV | C.QUANT
  | C.AUX | C.CUE | C.VAGUE;
/** Verb classes a capitalized word inside a sentence loses ("São" of "São Paulo" is no form of "ser"). */
const VERB_LIKE = C.AUX | C.BE | C.HYPO;
/** Function words: all in capitals, one of them is an acronym ("US", "WHO"). */
const FUNCTION = C.PRON | C.DET | C.PREP | C.CONJ | C.SUBORD | C.AUX | C.REL;

/**
 * Two capitals or more and nothing else (PATTERNS.allCaps)? A word whose first character is ASCII
 * but no capital is answered without the regex: most words, asked several times per sentence.
 */
const allCapitals = (text: string): boolean => {
  const code = text.charCodeAt(0);
  return code < 128 && (code < 65 || code > 90) ? false : PATTERNS.allCaps.test(text);
};

/** Words a sentence needs before it can be told to be in title case. */
const TITLE_CASE_MIN_WORDS = 4;

/** Lowercase words a title-case headline may have (one: "Bellwether County says ..."). */
const TITLE_CASE_MAX_LOWER = 1;

/** Does the word start with a digit? An ASCII first letter is read without the regex (most words). */
const digitFirst = (text: string): boolean => {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : PATTERNS.digitStart.test(text);
};

/**
 * Nearly every word capitalized, function words included: a headline in title case. One pass
 * without arrays, stopping at the second lowercase word (every sentence of an article asks).
 */
function titleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let lower = 0;
  let capitalFunctionWord = false;
  let laterCue = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || digitFirst(t.text)) continue;
    if (!t.cap && ++lower > TITLE_CASE_MAX_LOWER) return false;
    if (t.cap && (t.cls & FUNCTION) !== 0) capitalFunctionWord = true;
    if (words > 0 && (t.cls & C.CUE) !== 0) laterCue = true;
    words++;
  }
  return words >= TITLE_CASE_MIN_WORDS && capitalFunctionWord && laterCue;
}

/**
 * Tokens of one sentence, with capitalization corrected for what it means: a sentence-initial
 * "Local" or "Analysts" is not a name, while "al-Jubbouri" and the "de" of "Luis de Miranda" are.
 */
export function tokenizeSentence(text: string, start: number, end: number, lang: Language): Token[] {
  const tokens = tokenize(text.slice(start, end), lang, start);
  if (!lang.capitalsMarkNames) {
    readNounCapitals(tokens, lang);
    return tokens;
  }
  // The sentence's first word first: "Aliados de Pacheco" is no name, so its "de" is no particle.
  let at = 0;
  while (at < tokens.length && !tokens[at]!.word) at++;
  const first = tokens[at];
  // "Speaking to reporters, ..." opens with a gerund; "Boreing said ..." with a name that a cue verb follows.
  const next = first ? tokens[at + 1] : undefined;
  const nameBeforeCue = next !== undefined && (next.cls & C.CUE) !== 0 && (next.form & F.GERUND) === 0;
  // ("Bill Clinton said", "Mark Kelly said": a given name before a capitalized word is a name, not "bill" or "mark".)
  const givenName = first !== undefined && GIVEN_NAMES.has(first.norm) && next !== undefined && next.word && next.cap;
  if (first?.cap && !givenName && ((first.cls & COMMON) !== 0 || ((first.form & F.GERUND) !== 0 && !nameBeforeCue))) first.cap = false;
  // "Bellwether County Says Trump Should Win": in a headline written in title case, cue verbs and
  // function words are capitalized for the style, not because they are names.
  const headline = titleCase(tokens);
  if (headline) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.word && t.cap && (t.cls & (COMMON | C.BE)) !== 0 && (t.cls & (C.PEOPLE | C.INSTITUTION | C.DOCUMENT)) === 0) t.cap = false;
    }
  }
  // "US officials", "WHO said": in a sentence not written in capitals, an all-capital function word
  // is an acronym, so its norm keeps the capitals and no pronoun or relative list matches it.
  let acronyms = false;
  for (let i = 0; i < tokens.length && !acronyms; i++) acronyms = tokens[i]!.word && !allCapitals(tokens[i]!.text);
  // The three steps below in one pass: each reads of the words after it only what no step changes
  // before it reaches them (their particle class, their capitals, which the headline pass has settled).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Elsewhere, a capitalized auxiliary inside a sentence is a name's word: "São Paulo", "Will Smith".
    if (!headline && t !== first && t.cap && (t.cls & VERB_LIKE) !== 0 && (t.cls & FUNCTION & ~VERB_LIKE) === 0 && !allCapitals(t.text)) t.cls &= ~VERB_LIKE;
    if (t.word && !t.cap) {
      const after1 = tokens[i + 1];
      // "Luis de Miranda", "Lula da Silva": a particle between two names; "o presidente do Senado" keeps its "do".
      // ("Maria de la Cruz", "Jan van der Berg": two particles in a row.)
      const after = (after1?.cls ?? 0) & C.PARTICLE && after1?.word && !after1.cap ? tokens[i + 2] : after1;
      if (PARTICLE_NAME.test(t.text) || ((t.cls & C.PARTICLE) !== 0 && after?.word && after.cap && i > 0 && tokens[i - 1]!.cap)) t.cap = true;
      // "o g1 apurou": a known name written in lowercase with a digit in it, which is no word of the language
      // (the set lookups first: most unknown lowercase words are no name, and this runs for each).
      else if (t.cls === 0 && knownName(t.norm) && PATTERNS.digit.test(t.text) && !PATTERNS.number.test(t.norm)) t.cap = true;
    }
    // The class first: the regex runs only on the few function words.
    if (acronyms && t.word && (t.cls & FUNCTION) !== 0 && allCapitals(t.text)) {
      t.norm = t.text;
      classify(t, lang);
    }
  }
  if (!headline) capitalizeKnownNames(tokens, at, lang);
  return tokens;
}

/**
 * "Le Canard enchaîné", "Santé publique France", "Courrier international": a known outlet's or
 * organization's name whose later words are written in lowercase (where a language capitalizes only a
 * name's first word). Its lowercase words are the name's, not the language's: marked as capitalized.
 */
function capitalizeKnownNames(tokens: Token[], firstWord: number, lang: Language): void {
  for (let from = 0; from < tokens.length; from++) {
    const first = tokens[from]!;
    // (Only where a lowercase word follows a capitalized one: most sentences have few such places.)
    const second = tokens[from + 1];
    if (!first.word || !second?.word || second.cap || second.start > first.end + 1) continue;
    // (A clause's first word lost its capital when the lists know it, "Courrier": it may open a name; but
    // a capital there is the clause's, not a name's: "dijo: «El país necesita cambios»" names no outlet.)
    const opens = from === firstWord || clauseInitial(tokens, from, lang) ? upper(first) && !(first.cls & FUNCTION) : first.cap;
    if (!opens) continue;
    let key = nameKey(first.text);
    if (!NAME_PREFIXES.has(key)) continue;
    let known = -1;
    for (let to = from + 1; to < tokens.length && to - from < MAX_KNOWN_RUN; to++) {
      const t = tokens[to]!;
      if (!t.word || t.start > tokens[to - 1]!.end + 1) break;
      key = `${key} ${nameKey(t.text)}`;
      if (!NAME_PREFIXES.has(key)) break;
      if (OUTLETS.has(key) || ORGANIZATIONS.has(key)) known = to;
    }
    if (known < 0) continue;
    // (Its function words stay as they are: "Securities and Exchange Commission", "Journal du dimanche".)
    for (let k = from; k <= known; k++) if (!tokens[k]!.cap && !(tokens[k]!.cls & (C.PARTICLE | FUNCTION))) tokens[k]!.cap = true;
    from = known;
  }
}

// Languages that capitalize every noun (German): a capital says "noun", not "name". The words below
// decide which capitalized words are names; the rest are common nouns (their `cap` cleared).

/** What a common noun is: the noun classes of the pack's lists. */
const NOUN = C.PEOPLE | C.INSTITUTION | C.DOCUMENT | C.STATEMENT | C.TITLE | C.OUTLET_NOUN | C.NON_SOURCE | C.QUANT;
/** Noun classes and forms a lowercase word cannot have where nouns are capitalized ("berichten" is a verb). */
const NOUN_CLASSES = NOUN | C.ORG_WORD | C.OUTLET_WORD;
const NOUN_FORMS = F.AGENT | F.PLURAL | F.AGE;
/** Verb classes and forms a capitalized word inside a sentence cannot have ("Angaben" is a noun). */
const VERB_CLASSES = C.CUE | C.AUX | C.BE | C.HYPO | C.IRREGULAR_PAST;
const VERB_FORMS = F.PAST | F.PARTICIPLE | F.INFINITIVE | F.GERUND | F.LY | F.NEGATED | F.CONTRACTION;
/** Words that are never names at the start of a clause ("Die", "Doch", "Wahrscheinlich"). */
const CLAUSE_OPENERS = C.DET | C.PRON | C.PREP | C.CONJ | C.SUBORD | C.ADV | C.AUX | C.REL | C.NEG | C.QUANT | C.MODIFIER | C.VAGUE;
/** Longest run of capitalized words looked up as one known name ("Süddeutsche Zeitung"). */
const MAX_KNOWN_RUN = 4;

/** Does the word start with a capital (PATTERNS.upperStart)? An ASCII first letter is read without the regex (most words). */
const upper = (t: Token): boolean => {
  if (!t.word) return false;
  const code = t.text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : PATTERNS.upperStart.test(t.text);
};

/**
 * Words as written → whether they are marked as names (markedName): three regexes per capitalized
 * word of every sentence, asked once per word instead. Emptied when full, like the word cache.
 */
const markedNames = new Map<string, boolean>();

/** An acronym, a brand's inner capital, a digit: "AfD", "CORRECTIV", "LobbyControl", "Frontal21". */
const markedName = (t: Token): boolean => {
  let marked = markedNames.get(t.text);
  if (marked === undefined) {
    marked = PATTERNS.camelCase.test(t.text) || PATTERNS.allCaps.test(t.text) || PATTERNS.digit.test(t.text);
    if (markedNames.size >= MAX_CACHED_WORDS) markedNames.clear();
    markedNames.set(t.text, marked);
  }
  return marked;
};

/** A given name, or a hyphenated one of given names ("Hans-Christian"). */
const givenName = (t: Token): boolean => GIVEN_NAMES.has(t.norm) || (t.norm.includes('-') && t.norm.split('-').every((p) => GIVEN_NAMES.has(p)));

/** A single word that names a known outlet, organization or place. */
const knownName = (norm: string): boolean => OUTLETS.has(norm) || ORGANIZATIONS.has(norm) || PLACES.has(norm);

/**
 * Which tokens of a sentence are part of a run of capitalized words (at most MAX_KNOWN_RUN, with
 * nothing but a space between them) that names a known outlet, organization or place. Worked out
 * once per sentence, each run's keys built once, instead of every window again for each word asked.
 */
function knownNameTokens(tokens: readonly Token[]): boolean[] {
  const known: boolean[] = new Array(tokens.length).fill(false);
  const keys: string[] = [];
  const keyOf = (k: number): string => (keys[k] ??= nameKey(tokens[k]!.text));
  for (let from = 0; from < tokens.length; from++) {
    let key = '';
    for (let to = from; to < tokens.length && to - from < MAX_KNOWN_RUN; to++) {
      const t = tokens[to]!;
      if (!upper(t) || (to > from && t.start > tokens[to - 1]!.end + 1)) break;
      key = key ? `${key} ${keyOf(to)}` : keyOf(to);
      if (!NAME_PREFIXES.has(key)) break; // no known name starts so, nor so and more words
      if (OUTLETS.has(key) || ORGANIZATIONS.has(key) || PLACES.has(key)) known.fill(true, from, to + 1);
    }
  }
  return known;
}

/** Does token i open a clause (the sentence's start, after an opening quotation mark, a colon or a dash)? */
function clauseInitial(tokens: readonly Token[], i: number, lang: Language): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.word) return false;
  return prev.text === ':' || PATTERNS.dash.test(prev.text) || lang.quotes.doubleOpen.has(prev.text) || prev.text === '"' || prev.text === '(';
}

/**
 * Where every noun takes a capital, which capitalized words are names: a given name, a known name,
 * an acronym, a word after a name ("Eliane Steinmeyer") or after a role noun ("Trendscout
 * Landowski"), a capitalized adjective before a capitalized word ("Bayerische Rundfunk"), or a
 * capitalized word nothing marks as a noun ("sagt Landowski"). Words the lists know as nouns
 * ("Sprecherin", "Polizeisprecher"), nouns by their ending ("Schätzungen") and words after an
 * article or an adjective ("die Branchenkennerin", "neue Herausforderungen") are common nouns.
 * A lowercase word is no noun; a capitalized word inside a clause is no verb.
 */
function readNounCapitals(tokens: Token[], lang: Language): void {
  const articlePrepositions = lang.grammar.articlePrepositions;
  /** Tokens inside a known name, looked for the first time a word needs it. */
  let known: boolean[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if ((t.cls & C.WEEKDAY) !== 0) continue; // "am Montag": a day, never a source
    if (!t.cap) {
      // "die 54-Jährige": a number's noun.
      if (digitFirst(t.text)) {
        if ((t.form & F.AGE) !== 0 && PATTERNS.upperLetter.test(t.text)) common(t);
        continue;
      }
      // "al-Sisi"; "laut dpa", "die taz": a known name written in lowercase, which is no word of the language.
      if (PARTICLE_NAME.test(t.text) || (t.cls === 0 && knownName(t.norm))) t.cap = true;
      else {
        t.cls &= ~NOUN_CLASSES;
        t.form &= ~NOUN_FORMS;
      }
      continue;
    }
    const initial = clauseInitial(tokens, i, lang);
    const head = (t.cls & NOUN) !== 0 ? 0 : lang.headClassOf(t.norm);
    t.cls |= head;
    if (initial && ((t.cls & CLAUSE_OPENERS) !== 0 || (t.form & F.LY) !== 0) && (t.cls & NOUN) === 0) {
      t.cap = false; // "Die", "Doch", "Wahrscheinlich": a function word or an adverb opens the clause
      continue;
    }
    t.cls &= ~VERB_CLASSES;
    t.form &= ~VERB_FORMS;
    const noun = (t.cls & NOUN) !== 0 || (t.form & F.AGENT) !== 0 || (lang.morphology.commonNoun?.test(t.norm) ?? false);
    // "AfD-Politiker", "CEO", "die 54-Jährige": a noun the lists or its form know, though written like a name.
    if (((t.cls & NOUN) !== 0 || (t.form & F.AGE) !== 0) && !givenName(t)) {
      common(t);
      continue;
    }
    if (markedName(t) || givenName(t) || (known ??= knownNameTokens(tokens))[i]) continue;
    const prev = initial ? undefined : tokens[i - 1];
    if (prev?.word && prev.cap && !(prev.cls & C.TITLE)) continue; // "Eliane Steinmeyer", "Frankfurter Flughafen"
    const next = tokens[i + 1];
    // "Der Bayerische Rundfunk", "die Schweizer Werbeagentur": a capitalized adjective starts a name.
    if (!noun && !initial && adjective(lang, t) && next && upper(next) && next.start <= t.end + 1
      && !(next.cls & NOUN) && !(next.form & F.AGENT) && !lang.headClassOf(next.norm) && !(lang.morphology.commonNoun?.test(next.norm) ?? false)) continue;
    if (noun) {
      common(t);
      continue;
    }
    if (!prev?.word) continue; // "sagt Landowski", "Keuter bestreitet": nothing marks it as a noun
    if (prev.common && (prev.cls & NOUN) !== 0) continue; // "Parteichef Weiß", "ARD-Magazin Panorama": a role, then a name
    // "Ursula von der Leyen", "Karl-Theodor zu Guttenberg": the particles are the name's too.
    if (afterNameParticles(tokens, i)) {
      for (let k = i - 1; !tokens[k]!.cap; k--) tokens[k]!.cap = true;
      continue;
    }
    const article = (prev.cls & C.DET) !== 0 || (articlePrepositions?.has(prev.norm) ?? false);
    const modifier = !prev.cap && !prev.common && adjective(lang, prev) && (prev.cls & (VERB_CLASSES | C.PREP | C.CONJ | C.ADV | C.PRON | C.SUBORD)) === 0;
    if (article || modifier) common(t);
  }
}

/** Most name particles in a row ("van der"). */
const MAX_NAME_PARTICLES = 2;

/**
 * Does token i follow a name and its particles ("Ursula von der Leyen", "Karl-Theodor zu
 * Guttenberg")? The first particle is no article ("Scholz der Zeitung" is no name).
 */
function afterNameParticles(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_NAME_PARTICLES && tokens[k]!.word && !tokens[k]!.cap && (tokens[k]!.cls & C.PARTICLE) !== 0) k--;
  const first = tokens[k + 1]!;
  const name = tokens[k];
  return k < i - 1 && (first.cls & C.DET) === 0 && name !== undefined && name.word && name.cap && !name.common;
}

/** Does the word end like an attributive adjective of the language ("neue", "Bayerische")? */
const adjective = (lang: Language, t: Token): boolean => lang.morphology.adjective?.test(t.norm) ?? false;

/** A capitalized common noun: no name, no verb. */
function common(t: Token): void {
  t.cap = false;
  t.common = true;
}
