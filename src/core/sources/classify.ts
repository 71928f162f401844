// What kind of source a phrase names, and the name to show for it. Signals, strongest first:
// the lexicons of real outlets and organizations, descriptors in or next to the phrase ("the news
// site X", ", a Kurdish news site"), words inside the name ("X Daily", "X University"), titles
// ("Major General"), the head noun ("officials", "the report", "the military"), and what the
// article said earlier about the same name.
import { C, F, type Language } from '../lang/types';
import { GIVEN_NAMES, NAME_LIMITS, NAME_PREFIXES, ORGANIZATIONS, OUTLETS, PLACES, nameKey, type KnownName } from '../lexicon';
import { SURNAME_PREFIX } from '../lexicon/name-parts';
import { PATTERNS } from '../patterns';
import type { SourceKind } from '../types';
import type { Token } from '../text/tokens';
import { headOf } from './noun-phrase';
import type { Discourse } from './people';
import { is, isDemonym, isDeterminer, isNameWord, isTitle } from './words';

export interface Classified {
  kind: SourceKind;
  /** The name to show: descriptors dropped ("Sumaria", not "The news site Sumaria"), surnames expanded. */
  name: string;
  /** The lexicon entry, when the source is a known outlet or organization (its domain, for searches). */
  known?: KnownName;
  plural: boolean;
  /** A person known only by an office ("the senator"), whom a pack with epithets may still resolve to a name. */
  office?: boolean;
}

/** "media reports", "reports", "unconfirmed rumors": report nouns that name no document. */
const vagueReports = (lang: Language, head: Token, tokens: readonly Token[]): boolean =>
  lang.grammar.vagueReportNouns.has(head.norm) && (tokens.length === 1 || tokens.some((t) => lang.grammar.vagueReportModifiers.has(t.norm)));

/** "the" / "a" / "an" and a space at the start of a name. */
function withoutArticle(lang: Language, text: string): string {
  const space = text.indexOf(' ');
  const first = space > 0 ? text.slice(0, space).toLowerCase() : '';
  return first && (lang.roles.definite.has(first) || lang.roles.indefinite.has(first)) ? text.slice(space + 1) : text;
}

/** The tokens as one string, spaced as written ("l'Intérieur", "Al-Jubouri,"), a space where there was any. */
function join(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    if (i > 0 && t.start > tokens[i - 1]!.end) out += ' ';
    out += t.text;
  });
  return out;
}

/** Finds the longest run of tokens that names a lexicon entry (the first such run, when two are as long). */
function lookup(lang: Language, tokens: readonly Token[], table: Map<string, KnownName>): { start: number; end: number; known: KnownName } | null {
  // Each token's key once; a run's key is its tokens' keys joined (as nameKey of the run's text would be).
  const keys = tokens.map((t) => (t.word && PATTERNS.plainWord.test(t.norm) ? t.norm : nameKey(t.text)));
  const maxLen = Math.min(NAME_LIMITS.maxWords, tokens.length);
  let best: { start: number; end: number; known: KnownName } | null = null;
  for (let s = 0; s < tokens.length; s++) {
    if (keys[s] === '') continue;
    // The lexicons leave "the" out of their keys, so a run from "the" is tried without it (next start);
    // other articles belong to the name ("El País", "Le Monde"): a run from one must be long enough.
    const definite = lang.roles.definite.has(keys[s]!);
    // Each run from s, extended a word at a time while its key still starts some known name.
    let key = '';
    let anyNamed = false;
    for (let len = 1; len <= maxLen && s + len <= tokens.length; len++) {
      const k = s + len - 1;
      anyNamed ||= tokens[k]!.cap || PATTERNS.digit.test(tokens[k]!.text);
      if (keys[k]) {
        key = key ? `${key} ${keys[k]}` : keys[k]!;
        if (!NAME_PREFIXES.has(key)) break;
      }
      if (!anyNamed || (definite && len < 2) || (best && len <= best.end - best.start)) continue;
      const known = table.get(key);
      if (known) best = { start: s, end: s + len, known };
    }
  }
  return best;
}

/**
 * Index just after a descriptor phrase starting at i, or -1. Descriptors are lowercase words ("the
 * news site X"); a capitalized one is part of a name ("ZeniMax Media"), and one that modifies a
 * role is not about an outlet ("press secretary").
 */
function descriptorAt(tokens: readonly Token[], i: number, list: readonly string[][]): number {
  // Plain loops, no closure per descriptor: every word of every source phrase is asked, for each descriptor.
  for (let d = 0; d < list.length; d++) {
    const words = list[d]!;
    let k = 0;
    while (k < words.length && descriptorWord(tokens[i + k], words[k]!, words.length === 1)) k++;
    if (k < words.length) continue;
    const next = tokens[i + words.length];
    if (next && !next.cap && is(next, C.PEOPLE)) continue;
    return i + words.length;
  }
  return -1;
}

/** A lowercase token that is the descriptor's word `w`; "das ARD-Magazin Panorama": a one-word descriptor may end a hyphenated compound. */
const descriptorWord = (t: Token | undefined, w: string, alone: boolean): boolean => t !== undefined && !t.cap && (t.norm === w || (alone && t.norm.endsWith(`-${w}`)));

/** What a descriptive appositive says the source is, from its head: ", an industry body" / ", a fellow at ...". */
function appositiveKind(lang: Language, appositive: readonly Token[]): SourceKind | null {
  let end = appositive.findIndex((t, i) => i > 0 && (is(t, C.PREP) || !t.word));
  if (end < 0) end = appositive.length;
  const core = appositive.slice(0, end);
  const head = core[core.length - 1];
  if (!head) return null;
  if (is(head, C.PEOPLE) || isTitle(head)) return 'person';
  if (descriptorAt(core, core.length - 1, lang.outletDescriptors) >= 0 || hasDescriptor(core.slice(-2), lang.outletDescriptors)) return 'outlet';
  if (hasDescriptor(core.slice(-2), lang.organizationDescriptors)) return 'organization';
  return null;
}

const hasDescriptor = (tokens: readonly Token[], list: readonly string[][]): boolean => tokens.some((_, i) => descriptorAt(tokens, i, list) >= 0);

/** The capitalized name words of a phrase, without titles and demonyms: "Jennifer Mattinson". */
function nameRun(lang: Language, tokens: readonly Token[], head = -1): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]!) || isTitle(tokens[i]!) || isDemonym(tokens[i]!)) continue;
    let j = i;
    // A particle goes on only into a name ("Maria de la Cruz", "Erik ten Hag"; not "Smith ten years ago");
    // inside a run it may be capitalized ("Marine Le Pen", where "Le" is also French's article).
    // (Where capitals do not mark names, only a particle the tokenizer read as a name's: "Ursula von der
    // Leyen", not "Ulrich Müller von LobbyControl".)
    const particle = (k: number): boolean => lang.grammar.nameRunParticles.has(tokens[k]?.norm ?? '') && (!tokens[k]!.cap || k > i)
      && (lang.capitalsMarkNames || tokens[k]!.cap)
      && (isNameWord(tokens[k + 1] ?? tokens[k]!) && k + 1 < tokens.length || particle(k + 1));
    while (j < tokens.length && (isNameWord(tokens[j]!) || particle(j))) j++;
    // The run holding the head wins ("Jon Sopel" in "the BBC's North America editor Jon Sopel"), else the longest.
    if (head >= i && head < j) return { start: i, end: j };
    if (!best || j - i > best.end - best.start) best = { start: i, end: j };
    i = j;
  }
  return best;
}

/** A capital inside a word (ZeniMax, eBay), which surnames like McDonald do not count as. */
const brandLike = (t: Token): boolean => PATTERNS.camelCase.test(t.text) && !SURNAME_PREFIX.test(t.text) && !isAcronym(t);

const isAcronym = (t: Token): boolean => PATTERNS.acronym.test(t.text);

/** Drops a leading lowercase determiner that is not "the" ("some officials" stays, "a" stays). */
function tidy(text: string): string {
  return text.replace(PATTERNS.trailingPossessive, '');
}

/** What the classifiers know of a source phrase, worked out once. */
interface Facts {
  lang: Language;
  tokens: readonly Token[];
  headIndex: number;
  /** The head word: "sources" of "Local sources in Mosul". */
  head: Token | undefined;
  /** The phrase up to its head: "Local sources" of "Local sources in Mosul". */
  core: readonly Token[];
  /** The capitalized run that names someone, and its text. */
  names: { start: number; end: number } | null;
  nameText: string;
  /** The whole phrase as written, tidied. */
  text: string;
  plural: boolean;
  /** What a descriptive appositive says the source is (", a Kurdish news site"). */
  described: SourceKind | null;
  /** A title that makes the phrase a person's ("Senator X", not "Mr Johnson's allies"). */
  titleCounts: boolean;
  /**
   * Where the words after a definite article start: 1 after "the" of "the senator", 0 when the
   * article is written into the preposition before the phrase ("pelo senador", "du ministre"), -1
   * when there is none.
   */
  afterArticle: number;
  /** The name words up to the head. */
  capWords: readonly Token[];
  discourse: Discourse;
  hint: SourceKind | undefined;
}

type Classifier = (f: Facts) => Classified | null;

/** "a report by the BBC", "a poll by YouGov": the named author speaks through the document (as with "according to a report by X"). */
const reportAuthor: Classifier = ({ lang, tokens, headIndex, head, discourse }) => {
  if (!head || head.cap || !is(head, C.DOCUMENT) || !lang.roles.agent.has(tokens[headIndex + 1]?.norm ?? '') || headIndex + 2 >= tokens.length) return null;
  const rest = tokens.slice(headIndex + 2);
  const author = classifySource(lang, rest, headOf(lang, rest, { start: 0, end: rest.length }), undefined, discourse);
  if (author.kind === 'person') return author;
  if (author.kind === 'outlet' || author.kind === 'organization') return { ...author, name: tidy(join(rest)) };
  return null;
};

/**
 * "the newspaper reported", "as the paper noted": the outlet the article named, as "the senator" is a
 * person. Not the press at large ("the media"), a dated paper ("the 2009 paper" is a study), or a
 * body's site ("the company website").
 */
function definiteOutlet(lang: Language, tokens: readonly Token[], head: Token | undefined, plural: boolean): boolean {
  if (plural || !head || !lang.roles.definite.has(tokens[0]!.norm) || !is(head, C.OUTLET_NOUN) || lang.grammar.vagueReportModifiers.has(head.norm)) return false;
  const before = tokens.slice(1, tokens.indexOf(head));
  return !before.some((t) => PATTERNS.number.test(t.text) || is(t, C.INSTITUTION | C.ORG_WORD));
}

/** Outlet descriptors: "the news site Sumaria", "the Interfax news agency"; without a name, an unnamed outlet. */
const outletDescriptor: Classifier = ({ lang, tokens, headIndex, head, names, nameText, text, plural, described }) => {
  // ("los analistas consultados por la agencia Reuters": people are no outlet, whatever outlet follows them.)
  if (hasDescriptor(is(head, C.PEOPLE) ? tokens.slice(0, headIndex + 1) : tokens, lang.outletDescriptors)) {
    if (names) return { kind: 'outlet', name: nameText, plural: false };
    // "The tweet from Vulture magazine": the outlet named after the head.
    const named = nameRun(lang, tokens);
    if (named) return { kind: 'outlet', name: tidy(join(tokens.slice(named.start, named.end))), plural: false };
    if (definiteOutlet(lang, tokens, head, plural)) return { kind: 'outlet', name: text, plural: false };
    return { kind: 'anonymous', name: text, plural };
  }
  return names && described === 'outlet' ? { kind: 'outlet', name: nameText, plural: false } : null;
};

/**
 * A common noun at the head outranks the names before it: "a Quinnipiac University survey" is a
 * document, "Stanford University researchers" are people (unnamed).
 */
const commonHead: Classifier = ({ lang, tokens, headIndex, head, text, plural, titleCounts, afterArticle }) => {
  if (!head || head.cap || !is(head, C.DOCUMENT | C.PEOPLE) || titleCounts || definiteOffice(lang, tokens, head, plural, afterArticle)) return null;
  if (is(head, C.DOCUMENT) && !vagueReports(lang, head, tokens)) return { kind: 'document', name: text, plural };
  if (is(head, C.PEOPLE) && headIndex === tokens.length - 1) return { kind: 'anonymous', name: text, plural };
  return null;
};

/** "an Ohio Republican", "a Democrat from Maine": an indefinite article before a people noun names nobody, capitalized or not. */
const indefinitePerson: Classifier = ({ lang, tokens, headIndex, head, text, plural }) => {
  const first = tokens[0];
  if (!first || !head || headIndex === 0 || !lang.roles.indefinite.has(first.norm) || !is(head, C.PEOPLE)) return null;
  return { kind: 'anonymous', name: text, plural };
};

/** A person's name at the end wins over the body before it: "Senate Majority Leader John Thune", "Stanford University professor Jane Smith". */
const personAtEnd: Classifier = ({ tokens, headIndex, head, names }) => {
  if (!names || !head?.cap || names.end - names.start < 2 || names.end !== headIndex + 1) return null;
  const first = tokens[names.end - 2]!;
  if (!GIVEN_NAMES.has(first.norm) && !PATTERNS.initial.test(first.text.replace('.', ''))) return null;
  let from = names.end - 2;
  while (from > 0 && isNameWord(tokens[from - 1]!) && GIVEN_NAMES.has(tokens[from - 1]!.norm)) from--;
  // Titles stay when they are all that comes before ("Major General Najm al-Jubbouri"), not after a body's name.
  let titled = from;
  while (titled > 0 && isTitle(tokens[titled - 1]!) && tokens[titled - 1]!.cap) titled--;
  if (titled === 0 || (titled === 1 && isDeterminer(tokens[0]!))) from = titled;
  return { kind: 'person', name: tidy(join(tokens.slice(from, names.end))), plural: false };
};

/**
 * Words inside a name: "Daesh Daily", "Bas News" / "Stanford University", "West Mercia police".
 * Only words up to the head count: "a filing with the SEC" is a filing, "Detective Inspector Sarah
 * Jones of the Metropolitan Police" is Sarah Jones.
 */
const nameWords: Classifier = ({ lang, tokens, names, nameText, text, capWords, described }) => {
  // ("El Diario de Navarra", "Radio Nacional": or the first.)
  if (names && capWords.length >= 2 && (is(capWords[capWords.length - 1], C.OUTLET_WORD) || is(capWords[0], C.OUTLET_WORD)) && !tokens.some(isTitle)) {
    return { kind: 'outlet', name: withoutArticle(lang, text), plural: false };
  }
  if (capWords.some((t) => is(t, C.ORG_WORD))) return { kind: 'organization', name: text, plural: false };
  // "die Gewerkschaft Verdi", "the agency Frontex": an institution noun right before the name.
  const before = names ? tokens[names.start - 1] : undefined;
  if (names && before && !before.cap && is(before, C.INSTITUTION)) return { kind: 'organization', name: nameText, plural: false };
  if (names && described === 'organization') return { kind: 'organization', name: nameText, plural: false };
  return null;
};

/** A title before a name: a person ("Senator Mark Warner's office" is the office: its head follows a possessive). */
const titledPerson: Classifier = ({ lang, tokens, names, titleCounts, discourse }) => {
  if (!names || !tokens.slice(0, names.end).some(isTitle) || !titleCounts) return null;
  // Role titles stay ("Senator Mark Warner"); courtesy titles go ("Dr. Sarah Smith" → "Sarah Smith").
  const titleStart = tokens.findIndex((t) => isTitle(t) && t.cap && !lang.grammar.courtesyTitles.has(t.norm.replace('.', '')));
  const from = titleStart >= 0 && titleStart < names.start ? titleStart : names.start;
  const full = names.end - names.start === 1 ? discourse.fullName(tokens[names.start]!.norm) : null;
  return { kind: 'person', name: full ?? tidy(join(tokens.slice(from, names.end))), plural: false };
};

/**
 * A description ending in a person's name: "le ministre de l'Intérieur Jan Hamáček", "el presidente del
 * Senado, Juan Pérez" — the head is the role noun, the source is the person named after it.
 */
const nameAtEnd: Classifier = ({ tokens, head, plural }) => {
  // "fans of singer Ann Keller" are not Keller.
  if (!head || head.cap || plural || !is(head, C.PEOPLE | C.TITLE)) return null;
  let start = tokens.length;
  while (start > 0 && isNameWord(tokens[start - 1]!) && !isTitle(tokens[start - 1]!)) start--;
  // The name starts at its given name: "el usuario de Twitter Kevin Sánchez", "ministre de l'Intérieur Jan Hamáček".
  const first = tokens.findIndex((t, i) => i >= start && (GIVEN_NAMES.has(t.norm) || PATTERNS.initial.test(t.text.replace('.', ''))));
  const run = first < 0 ? [] : tokens.slice(first);
  if (run.length < 2 || run.length > 4) return null;
  return { kind: 'person', name: tidy(join(run)), plural: false };
};

/**
 * "the senator", "le ministre de la Santé", "o treinador": one definite holder of an office, whom the
 * article names even when we cannot tell where — a person, not an unnamed source. Titles writers
 * often leave unnamed ("the spokesman") stay anonymous.
 */
function definiteOffice(lang: Language, tokens: readonly Token[], head: Token, plural: boolean, afterArticle: number): boolean {
  if (plural || afterArticle < 0 || !isTitle(head) || lang.grammar.unnamedTitles?.has(head.norm)) return false;
  const at = tokens.indexOf(head);
  // "the former senator", "le Premier ministre", "the committee's chairman", "the attorney general"; a
  // word no list knows is the office's too ("the prime minister", "the finance minister"), a number not.
  const office = (t: Token): boolean => t.cap || t.possessive || is(t, C.MODIFIER | C.PEOPLE | C.TITLE) || (t.cls === 0 && !PATTERNS.number.test(t.text));
  if (at < afterArticle || !tokens.slice(afterArticle, at).every(office)) return false;
  // "el presidente francés", "a presidente eleita": where adjectives follow their noun, a demonym or a
  // modifier may close the phrase.
  return at === tokens.length - 1 || lang.roles.genitive.has(tokens[at + 1]!.norm)
    || (lang.headInitial && tokens.slice(at + 1).every((t) => !t.cap && (is(t, C.MODIFIER | C.PEOPLE) || (t.form & F.AGENT) !== 0)));
}

/** No name, or a common noun at the head ("West Mercia police", "the report"): the head noun decides. */
const headNoun: Classifier = ({ lang, tokens, head, names, text, plural, discourse, hint, afterArticle }) => {
  if (names && !(head && !head.cap)) return null;
  if (!head) return { kind: hint ?? 'anonymous', name: text, plural };
  // "le ministre de la Santé": the person the article named with that description.
  if (afterArticle >= 0 && tokens.length > afterArticle) {
    const person = discourse.byDescription(tokens.slice(afterArticle));
    if (person) return { kind: 'person', name: person, plural: false };
  }
  // "the president", "the former senator", "le Premier ministre": the person last named with that title.
  if (afterArticle >= 0 && tokens.length > afterArticle && isTitle(head) && tokens[tokens.length - 1] === head
    && tokens.slice(afterArticle, -1).every((t) => t.cap || is(t, C.MODIFIER))) {
    const person = discourse.byTitle(head.norm);
    if (person) return { kind: 'person', name: person, plural: false };
  }
  if (definiteOffice(lang, tokens, head, plural, afterArticle)) return { kind: 'person', name: text, plural: false, office: true };
  const det = tokens[0] && isDeterminer(tokens[0]) ? tokens[0].norm : '';
  if (is(head, C.DOCUMENT)) {
    if (vagueReports(lang, head, tokens)) return { kind: 'anonymous', name: text, plural: true };
    return { kind: 'document', name: text, plural };
  }
  if (is(head, C.INSTITUTION) && !lang.grammar.indefinites.has(det)) return { kind: 'organization', name: text, plural: false };
  // "Obama administration officials", "a teacher", "Deficit hawks": unnamed people.
  return { kind: hint && hint !== 'person' ? hint : 'anonymous', name: text, plural };
};

/** Demonyms and places: "Iraqis said" are unnamed; "South Africa said", "Beijing said" speak for a government. */
const peopleOrPlace: Classifier = ({ nameText, text, capWords, discourse }) => {
  if (capWords.every(isDemonym)) return { kind: 'anonymous', name: text, plural: true };
  // "Washington said" after "Denzel Washington": the person the article named, not the capital ("POLITICO
  // Florida" names no person).
  const person = capWords.length === 1 ? discourse.fullName(capWords[0]!.norm) : null;
  if (person && !person.split(' ').slice(0, -1).some((w) => OUTLETS.has(nameKey(w)) || ORGANIZATIONS.has(nameKey(w)))) return null;
  const place = PLACES.get(nameKey(nameText));
  return place ? { kind: 'organization', name: text, known: place, plural: false } : null;
};

/** A name of one word: a surname seen earlier, an acronym, a web address, a brand, or a surname. */
const singleName: Classifier = ({ lang, tokens, names, nameText, text, discourse, hint }) => {
  if (!names || names.end - names.start !== 1) return null;
  const word = tokens[names.start]!;
  if (is(word, C.PEOPLE)) return { kind: 'anonymous', name: text, plural: true }; // "Democrats called it"
  // "the Journal", "the Post": a publication's short name, which no person has.
  if (is(word, C.OUTLET_WORD) && lang.roles.definite.has(tokens[names.start - 1]?.norm ?? '')) return { kind: 'outlet', name: text, plural: false };
  const full = discourse.fullName(word.norm);
  if (full) return { kind: 'person', name: full, plural: false };
  if (isAcronym(word)) return { kind: hint ?? 'organization', name: text, plural: false };
  // "Caliber.Az reports": a web address cited as a source is a site, unless its name is a known body's ("Amazon.com").
  if (PATTERNS.domainName.test(word.text)) {
    const base = nameKey(word.text.slice(0, word.text.indexOf('.')));
    const kind = OUTLETS.has(base) ? 'outlet' : ORGANIZATIONS.has(base) ? 'organization' : hint ?? 'outlet';
    return { kind, name: nameText, plural: false };
  }
  if (discourse.isKnownPerson(word.text)) return { kind: 'person', name: nameText, plural: false };
  // "a Sabesp informou", "o Itamaraty condenou", "le Medef estime": news writes no article before a
  // person's name, so a lone unknown name after one names a body ("Marine Le Pen" is one name: see nameRun).
  if (lang.roles.definite.has(tokens[names.start - 1]?.norm ?? '')) return { kind: hint && hint !== 'person' ? hint : 'organization', name: text, plural: false };
  // A lone unknown name is most often a surname; companies tend to look like "ZeniMax" or "eBay".
  if (brandLike(word)) return { kind: hint ?? 'organization', name: text, plural: false };
  return { kind: hint ?? 'person', name: nameText, plural: false };
};

/** A name of several words: a brand, what the wording implies, or a person. */
const fullName: Classifier = ({ lang, tokens, names, nameText, text, hint, discourse }) => {
  if (!names) return null;
  const nameTokens = tokens.slice(names.start, names.end);
  if (nameTokens.some(brandLike)) return { kind: hint ?? 'organization', name: text, plural: false };
  const firstName = nameTokens[0]!;
  // "Westline ISO", "Harbor PUD": a name ending in an acronym names a body, unless it opens with a given name
  // (or the acronym is a generation's numeral: "Pike III").
  const lastWord = nameTokens[nameTokens.length - 1]!;
  if (nameTokens.length >= 2 && isAcronym(lastWord) && !PATTERNS.romanNumeral.test(lastWord.text) && !GIVEN_NAMES.has(firstName.norm) && !PATTERNS.initial.test(firstName.text.replace('.', ''))) {
    return { kind: hint && hint !== 'person' ? hint : 'organization', name: nameText, plural: false };
  }
  // "Trendscout Landowski": a role word before a surname the article gave a person in full.
  const last = nameTokens[nameTokens.length - 1]!;
  if (nameTokens.length >= 2 && !GIVEN_NAMES.has(firstName.norm) && !PATTERNS.initial.test(firstName.text.replace('.', ''))) {
    const full = discourse.fullName(last.text);
    if (full && full !== nameText) return { kind: 'person', name: full, plural: false };
  }
  // "Deutscher Wetterdienst", "Europäische Kommission": a name opening with an adjective names a body, not a person.
  if (nameTokens.length >= 2 && !GIVEN_NAMES.has(firstName.norm) && (lang.morphology.adjective?.test(firstName.norm) ?? false)) {
    return { kind: hint && hint !== 'person' ? hint : 'organization', name: nameText, plural: false };
  }
  if (hint && hint !== 'person' && !GIVEN_NAMES.has(firstName.norm) && !PATTERNS.initial.test(firstName.text.replace('.', ''))) {
    return { kind: hint, name: nameText, plural: false };
  }
  return { kind: 'person', name: nameText, plural: false };
};

/**
 * The classifiers after the lexicon lookups, strongest signal first: the first that decides wins
 * (as the rules are tried in order). Each names the construction it recognizes.
 */
export const CLASSIFIERS: readonly (readonly [string, Classifier])[] = [
  ['report-author', reportAuthor],
  ['outlet-descriptor', outletDescriptor],
  ['common-head', commonHead],
  ['indefinite-person', indefinitePerson],
  ['person-at-end', personAtEnd],
  ['name-words', nameWords],
  ['titled-person', titledPerson],
  ['name-at-end', nameAtEnd],
  ['head-noun', headNoun],
  ['people-or-place', peopleOrPlace],
  ['single-name', singleName],
  ['full-name', fullName],
];

/** `articleBefore`: the definite article is written into the preposition before the phrase ("pelo senador"). */
export function classifySource(
  lang: Language,
  tokens: readonly Token[],
  headIndex: number,
  appositive: readonly Token[] | undefined,
  discourse: Discourse,
  hint?: SourceKind,
  articleBefore = false,
): Classified {
  // Known outlets and organizations first, when the phrase is about them (the match holds its head):
  // "reports seen by Reuters" are reports, "White House press secretary Josh Earnest" is a person.
  const covers = <M extends { start: number; end: number }>(m: M | null): M | null => (m && m.start <= headIndex && headIndex < m.end ? m : null);
  // A lexicon's name after a body's word or a given name is part of a longer name: "Ministério Público"
  // is no "Público", "Dorothy Poynter" no "Poynter" ("Las Vegas Sun" stays the Sun), "Acme Inc." no "Inc.".
  const inLongerName = <M extends { start: number }>(m: M | null): M | null => {
    const before = m && m.start > 0 ? tokens[m.start - 1]! : null;
    // "Acme Inc.": a body's word after a name ends that body's name, whatever the magazine of that name.
    return before && isNameWord(before) && (is(before, C.ORG_WORD) || GIVEN_NAMES.has(before.norm) || is(tokens[m!.start]!, C.ORG_WORD)) ? null : m;
  };
  // "Bloomberg" after "Michael Bloomberg": the surname of a person the article named.
  const surname = (m: { start: number; end: number } | null): boolean => m !== null && m.end - m.start === 1 && discourse.isKnownPerson(tokens[m.start]!.text);
  const outlet = inLongerName(covers(lookup(lang, tokens, OUTLETS)));
  if (surname(outlet)) return classifyName(lang, tokens, headIndex, appositive, discourse, hint, articleBefore);
  // ("Vox anunció": in Spanish news a party, whatever the outlet of that name.)
  if (outlet && lang.data.localOrganizations?.some((n) => nameKey(n) === nameKey(outlet.known.name))) {
    return { kind: 'organization', name: tidy(join(tokens.slice(outlet.start, outlet.end))), known: outlet.known, plural: false };
  }
  if (outlet) {
    const start = outlet.start > 0 && lang.roles.definite.has(tokens[outlet.start - 1]!.norm) ? outlet.start - 1 : outlet.start;
    return { kind: 'outlet', name: tidy(join(tokens.slice(start, outlet.end))), known: outlet.known, plural: false };
  }
  const org = inLongerName(covers(lookup(lang, tokens, ORGANIZATIONS)));
  if (surname(org)) return classifyName(lang, tokens, headIndex, appositive, discourse, hint, articleBefore);
  if (org && org.end - org.start >= tokens.filter((t) => t.cap).length - 1) {
    return { kind: 'organization', name: tidy(join(tokens)), known: org.known, plural: false };
  }

  return classifyName(lang, tokens, headIndex, appositive, discourse, hint, articleBefore);
}

/** The classifiers' verdict on a phrase that names no known outlet or organization. */
function classifyName(
  lang: Language,
  tokens: readonly Token[],
  headIndex: number,
  appositive: readonly Token[] | undefined,
  discourse: Discourse,
  hint?: SourceKind,
  articleBefore = false,
): Classified {
  const text = tidy(join(tokens));
  // Number comes from the head: "Analysts at Goldman Sachs" are several.
  const numberWord = tokens[headIndex] ?? tokens[tokens.length - 1];
  const plural = numberWord !== undefined && (numberWord.form & F.PLURAL) !== 0 && !numberWord.cap;
  const head = tokens[headIndex] ?? tokens[tokens.length - 1];
  const core = tokens.slice(0, headIndex + 1);
  const names = head && !head.cap ? nameRun(lang, core) : nameRun(lang, tokens, headIndex);
  const facts: Facts = {
    lang, tokens, headIndex, head, core, names, text, plural, discourse, hint,
    nameText: names ? tidy(join((head && !head.cap ? core : tokens).slice(names.start, names.end))) : '',
    described: appositive ? appositiveKind(lang, appositive) : null,
    // A title before a possessive name does not make the phrase a person: "Mr Johnson's allies".
    titleCounts: tokens.some(isTitle) && !core.slice(0, -1).some((t) => t.possessive),
    capWords: core.filter((t) => isNameWord(t)),
    afterArticle: lang.roles.definite.has(tokens[0]?.norm ?? '') ? 1 : articleBefore ? 0 : -1,
  };
  // An index loop: no pair destructured per classifier (V8's lower tiers read it through an iterator).
  for (let k = 0; k < CLASSIFIERS.length; k++) {
    const found = CLASSIFIERS[k]![1](facts);
    if (found) return found;
  }
  return { kind: hint ?? 'anonymous', name: text, plural };
}
