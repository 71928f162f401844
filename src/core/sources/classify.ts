// What kind of source a phrase names, and the name to show for it. Signals, strongest first:
// the lexicons of real outlets and organizations, descriptors in or next to the phrase ("the news
// site X", ", a Kurdish news site"), words inside the name ("X Daily", "X University"), titles
// ("Major General"), the head noun ("officials", "the report", "the military"), and what the
// article said earlier about the same name.
import {
  DOCUMENT_NOUNS, GIVEN_NAMES, INSTITUTION_NOUNS, NAME_LIMITS, ORGANIZATION_DESCRIPTORS, ORGANIZATION_WORDS, ORGANIZATIONS,
  OUTLET_DESCRIPTORS, OUTLET_WORDS, OUTLETS, PEOPLE_NOUNS, PLACES, PREPOSITIONS, nameKey, type KnownName,
} from '../lexicon';
import { PATTERNS } from '../patterns';
import type { SourceKind } from '../types';
import type { Token } from '../text/tokens';
import { headOf } from './noun-phrase';
import type { Discourse } from './people';
import { isDemonym, isDeterminer, isNameWord, isTitle } from './words';

export interface Classified {
  kind: SourceKind;
  /** The name to show: descriptors dropped ("Sumaria", not "The news site Sumaria"), surnames expanded. */
  name: string;
  /** The lexicon entry, when the source is a known outlet or organization (its domain, for searches). */
  known?: KnownName;
  plural: boolean;
}

/** Words that make a plural report noun vague rather than a document ("media reports", "local news reports"). */
const VAGUE_REPORT_MODIFIERS = new Set(['media', 'news', 'press', 'local', 'unconfirmed', 'some', 'multiple', 'several',
  'many', 'numerous', 'other', 'earlier', 'initial', 'recent', 'further', 'conflicting', 'unverified', 'there']);
/** "media reports", "reports", "unconfirmed rumors": report nouns that name no document. */
const vagueReports = (head: Token, tokens: readonly Token[]): boolean =>
  (head.norm === 'reports' || head.norm === 'rumors') && (tokens.length === 1 || tokens.some((t) => VAGUE_REPORT_MODIFIERS.has(t.norm)));

const INDEFINITE = new Set(['a', 'an', 'some', 'many', 'several', 'multiple', 'numerous', 'few', 'two', 'three', 'four', 'other', 'most', 'all']);

/** Titles of courtesy, not of office: left out of the name shown. */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor']);

const join = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ').replace(PATTERNS.spaceBeforePunct!, '$1');

/** Finds the longest run of tokens that names a lexicon entry. */
function lookup(tokens: readonly Token[], table: Map<string, KnownName>): { start: number; end: number; known: KnownName } | null {
  // Each token's key once; a run's key is its tokens' keys joined (as nameKey of the run's text would be).
  const keys = tokens.map((t) => (t.word && PATTERNS.plainWord!.test(t.norm) ? t.norm : nameKey(t.text)));
  const named = tokens.map((t) => t.cap || PATTERNS.digit!.test(t.text));
  for (let len = Math.min(NAME_LIMITS.maxWords, tokens.length); len >= 1; len--) {
    for (let s = 0; s + len <= tokens.length; s++) {
      if (keys[s] === 'the' || keys[s] === '') continue; // the run without "the" is tried too
      let anyNamed = false;
      for (let k = s; k < s + len; k++) anyNamed ||= named[k]!;
      if (!anyNamed) continue;
      const known = table.get(keys.slice(s, s + len).filter(Boolean).join(' '));
      if (known) return { start: s, end: s + len, known };
    }
  }
  return null;
}

/**
 * Index just after a descriptor phrase starting at i, or -1. Descriptors are lowercase words ("the
 * news site X"); a capitalized one is part of a name ("ZeniMax Media"), and one that modifies a
 * role is not about an outlet ("press secretary").
 */
function descriptorAt(tokens: readonly Token[], i: number, list: readonly string[][]): number {
  for (const words of list) {
    if (!words.every((w, k) => tokens[i + k]?.norm === w && !tokens[i + k]!.cap)) continue;
    const next = tokens[i + words.length];
    if (next && !next.cap && PEOPLE_NOUNS.has(next.norm)) continue;
    return i + words.length;
  }
  return -1;
}

/** What a descriptive appositive says the source is, from its head: ", an industry body" / ", a fellow at ...". */
function appositiveKind(appositive: readonly Token[]): SourceKind | null {
  let end = appositive.findIndex((t, i) => i > 0 && (PREPOSITIONS.has(t.norm) || !t.word));
  if (end < 0) end = appositive.length;
  const core = appositive.slice(0, end);
  const head = core[core.length - 1];
  if (!head) return null;
  if (PEOPLE_NOUNS.has(head.norm) || isTitle(head)) return 'person';
  if (descriptorAt(core, core.length - 1, OUTLET_DESCRIPTORS) >= 0 || hasDescriptor(core.slice(-2), OUTLET_DESCRIPTORS)) return 'outlet';
  if (hasDescriptor(core.slice(-2), ORGANIZATION_DESCRIPTORS)) return 'organization';
  return null;
}

const hasDescriptor = (tokens: readonly Token[], list: readonly string[][]): boolean =>
  tokens.some((_, i) => descriptorAt(tokens, i, list) >= 0);

/** The capitalized name words of a phrase, without titles and demonyms: "Jennifer Mattinson". */
function nameRun(tokens: readonly Token[], head = -1): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]!) || isTitle(tokens[i]!) || isDemonym(tokens[i]!)) continue;
    let j = i;
    while (j < tokens.length && (isNameWord(tokens[j]!) || (tokens[j]!.norm === 'al' || tokens[j]!.norm === 'de' || tokens[j]!.norm === 'bin'))) j++;
    // The run holding the head wins ("Jon Sopel" in "the BBC's North America editor Jon Sopel"), else the longest.
    if (head >= i && head < j) return { start: i, end: j };
    if (!best || j - i > best.end - best.start) best = { start: i, end: j };
    i = j;
  }
  return best;
}

/** A capital inside a word (ZeniMax, eBay), which surnames like McDonald do not count as. */
const brandLike = (t: Token): boolean => PATTERNS.camelCase!.test(t.text) && !PATTERNS.surnamePrefix!.test(t.text) && !isAcronym(t);

const isAcronym = (t: Token): boolean => PATTERNS.acronym!.test(t.text);

/** Drops a leading lowercase determiner that is not "the" ("some officials" stays, "a" stays). */
function tidy(text: string): string {
  return text.replace(PATTERNS.trailingPossessive!, '');
}

export function classifySource(
  tokens: readonly Token[],
  headIndex: number,
  appositive: readonly Token[] | undefined,
  discourse: Discourse,
  hint?: SourceKind,
): Classified {
  const text = tidy(join(tokens));
  // Number comes from the head: "Analysts at Goldman Sachs" are several.
  const numberWord = tokens[headIndex] ?? tokens[tokens.length - 1];
  const plural = numberWord !== undefined && PATTERNS.pluralNoun!.test(numberWord.norm) && !numberWord.cap;

  // 1. Known outlets and organizations, when the phrase is about them (the match holds its head):
  // "reports seen by Reuters" are reports, "White House press secretary Josh Earnest" is a person.
  const covers = <M extends { start: number; end: number }>(m: M | null): M | null => (m && m.start <= headIndex && headIndex < m.end ? m : null);
  const outlet = covers(lookup(tokens, OUTLETS));
  if (outlet) {
    const start = outlet.start > 0 && tokens[outlet.start - 1]!.norm === 'the' ? outlet.start - 1 : outlet.start;
    return { kind: 'outlet', name: tidy(join(tokens.slice(start, outlet.end))), known: outlet.known, plural: false };
  }
  const org = covers(lookup(tokens, ORGANIZATIONS));
  if (org && org.end - org.start >= tokens.filter((t) => t.cap).length - 1) {
    return { kind: 'organization', name: text, known: org.known, plural: false };
  }

  // The phrase up to its head: "Local sources" of "Local sources in Mosul", "the explanatory notes" of "... of the British Bill".
  const head = tokens[headIndex] ?? tokens[tokens.length - 1];
  const core = tokens.slice(0, headIndex + 1);
  const names = head && !head.cap ? nameRun(core) : nameRun(tokens, headIndex);
  const nameText = names ? tidy(join((head && !head.cap ? core : tokens).slice(names.start, names.end))) : '';

  // "a report by the BBC", "a poll by YouGov": the named author speaks through the document (as with "according to a report by X").
  if (head && !head.cap && DOCUMENT_NOUNS.has(head.norm) && tokens[headIndex + 1]?.norm === 'by' && headIndex + 2 < tokens.length) {
    const rest = tokens.slice(headIndex + 2);
    const author = classifySource(rest, headOf(rest, { start: 0, end: rest.length }), undefined, discourse);
    if (author.kind === 'person') return author;
    if (author.kind === 'outlet' || author.kind === 'organization') return { ...author, name: tidy(join(rest)) };
  }

  // 2. Outlet descriptors: "the news site Sumaria", "the Interfax news agency"; without a name, an unnamed outlet.
  if (hasDescriptor(tokens, OUTLET_DESCRIPTORS)) {
    if (names) return { kind: 'outlet', name: nameText, plural: false };
    // "The tweet from Vulture magazine": the outlet named after the head.
    const named = nameRun(tokens);
    if (named) return { kind: 'outlet', name: tidy(join(tokens.slice(named.start, named.end))), plural: false };
    return { kind: 'anonymous', name: text, plural };
  }
  const described = appositive ? appositiveKind(appositive) : null;
  if (names && described === 'outlet') return { kind: 'outlet', name: nameText, plural: false };

  // A common noun at the head outranks the names before it: "a Quinnipiac University survey" is a
  // document, "Stanford University researchers" are people (unnamed).
  // A title before a possessive name does not make the phrase a person: "Mr Johnson's allies".
  const titleCounts = tokens.some(isTitle) && !core.slice(0, -1).some((t) => t.possessive);
  if (head && !head.cap && (DOCUMENT_NOUNS.has(head.norm) || PEOPLE_NOUNS.has(head.norm)) && !titleCounts) {
    if (DOCUMENT_NOUNS.has(head.norm) && !vagueReports(head, tokens)) return { kind: 'document', name: text, plural };
    if (PEOPLE_NOUNS.has(head.norm) && headIndex === tokens.length - 1) return { kind: 'anonymous', name: text, plural };
  }

  // A person's name at the end wins over the body before it: "Senate Majority Leader John Thune",
  // "Stanford University professor Jane Smith".
  if (names && head?.cap && names.end - names.start >= 2 && names.end === headIndex + 1) {
    const first = tokens[names.end - 2]!;
    if (GIVEN_NAMES.has(first.norm) || PATTERNS.initial!.test(first.text.replace('.', ''))) {
      let from = names.end - 2;
      while (from > 0 && isNameWord(tokens[from - 1]!) && GIVEN_NAMES.has(tokens[from - 1]!.norm)) from--;
      // Titles stay when they are all that comes before ("Major General Najm al-Jubbouri"), not after a body's name.
      let titled = from;
      while (titled > 0 && isTitle(tokens[titled - 1]!) && tokens[titled - 1]!.cap) titled--;
      if (titled === 0 || (titled === 1 && isDeterminer(tokens[0]!))) from = titled;
      return { kind: 'person', name: tidy(join(tokens.slice(from, names.end))), plural: false };
    }
  }

  // 3. Words inside a name: "Daesh Daily", "Bas News" / "Stanford University", "West Mercia police".
  // Only words up to the head count: "a filing with the SEC" is a filing, "Detective Inspector Sarah
  // Jones of the Metropolitan Police" is Sarah Jones.
  const capWords = core.filter((t) => isNameWord(t));
  const lastCap = capWords[capWords.length - 1];
  if (names && capWords.length >= 2 && lastCap && OUTLET_WORDS.has(lastCap.norm) && !tokens.some(isTitle)) {
    return { kind: 'outlet', name: text.replace(PATTERNS.leadingDeterminer!, ''), plural: false };
  }
  if (capWords.some((t) => ORGANIZATION_WORDS.has(t.norm))) return { kind: 'organization', name: text, plural: false };
  if (names && described === 'organization') return { kind: 'organization', name: nameText, plural: false };

  // 4. A title before a name: a person.
  // ("Senator Mark Warner's office" is the office: its head is a common noun after a possessive.)
  if (names && tokens.slice(0, names.end).some(isTitle) && titleCounts) {
    // Role titles stay ("Senator Mark Warner"); courtesy titles go ("Dr. Sarah Smith" → "Sarah Smith").
    const titleStart = tokens.findIndex((t) => isTitle(t) && t.cap && !COURTESY_TITLES.has(t.norm.replace('.', '')));
    const from = titleStart >= 0 && titleStart < names.start ? titleStart : names.start;
    const full = names.end - names.start === 1 ? discourse.fullName(tokens[names.start]!.norm) : null;
    return { kind: 'person', name: full ?? tidy(join(tokens.slice(from, names.end))), plural: false };
  }

  // 5. No name, or a common noun at the head ("West Mercia police", "the report"): the head noun decides.
  if (!names || (head && !head.cap)) {
    if (!head) return { kind: hint ?? 'anonymous', name: text, plural };
    // "the president", "the senator": the person last named with that title.
    if (tokens.length === 2 && tokens[0]!.norm === 'the' && isTitle(head)) {
      const person = discourse.byTitle(head.norm);
      if (person) return { kind: 'person', name: person, plural: false };
    }
    const det = tokens[0] && isDeterminer(tokens[0]) ? tokens[0].norm : '';
    if (DOCUMENT_NOUNS.has(head.norm)) {
      if (vagueReports(head, tokens)) return { kind: 'anonymous', name: text, plural: true };
      return { kind: 'document', name: text, plural };
    }
    if (INSTITUTION_NOUNS.has(head.norm) && !INDEFINITE.has(det)) {
      return { kind: 'organization', name: text, plural: false };
    }
    // "Obama administration officials", "a teacher", "Deficit hawks": unnamed people.
    return { kind: hint && hint !== 'person' ? hint : 'anonymous', name: text, plural };
  }

  // 6. Names alone.
  if (capWords.every(isDemonym)) return { kind: 'anonymous', name: text, plural: true };
  const place = PLACES.get(nameKey(nameText));
  if (place) return { kind: 'organization', name: text, known: place, plural: false };
  const nameTokens = tokens.slice(names.start, names.end);
  if (nameTokens.length === 1) {
    const word = nameTokens[0]!;
    if (PEOPLE_NOUNS.has(word.norm)) return { kind: 'anonymous', name: text, plural: true }; // "Democrats called it"
    // "the Journal", "the Post": a publication's short name, which no person has.
    if (OUTLET_WORDS.has(word.norm) && tokens[names.start - 1]?.norm === 'the') return { kind: 'outlet', name: text, plural: false };
    const full = discourse.fullName(word.norm);
    if (full) return { kind: 'person', name: full, plural: false };
    if (isAcronym(word)) return { kind: hint ?? 'organization', name: text, plural: false };
    // "Caliber.Az reports": a web address cited as a source is a site, unless its name is a known body's ("Amazon.com").
    if (PATTERNS.domainName!.test(word.text)) {
      const base = nameKey(word.text.slice(0, word.text.indexOf('.')));
      const kind = OUTLETS.has(base) ? 'outlet' : ORGANIZATIONS.has(base) ? 'organization' : hint ?? 'outlet';
      return { kind, name: nameText, plural: false };
    }
    if (discourse.isKnownPerson(word.text)) return { kind: 'person', name: nameText, plural: false };
    // A lone unknown name is most often a surname; companies tend to look like "ZeniMax" or "eBay".
    if (brandLike(word)) return { kind: hint ?? 'organization', name: text, plural: false };
    return { kind: hint ?? 'person', name: nameText, plural: false };
  }
  if (nameTokens.some(brandLike)) return { kind: hint ?? 'organization', name: text, plural: false };
  const firstName = nameTokens[0]!;
  if (hint && hint !== 'person' && !GIVEN_NAMES.has(firstName.norm) && !PATTERNS.initial!.test(firstName.text.replace('.', ''))) {
    return { kind: hint, name: nameText, plural: false };
  }
  return { kind: 'person', name: nameText, plural: false };
}
