// The key terms of a claim, for the "Check" searches: names, numbers and longer content words, in the
// claim's own order. A search engine does better with a few distinctive words than with a sentence.
// The words left out and what a capital means depend on the article's language.
import { isSupportedLanguage, type SupportedLanguage } from '../core/lang/supported';
// Two facts of each language pack, shared with the engine so the two cannot disagree: whether a capital
// marks a name (not in German, where every noun takes one) and the elided words written onto the next
// word ("l'armée"). Named imports: the bundle keeps these fields only, not the rest of pack.json.
import { capitalsMarkNames as deCapitals, elisions as deElisions } from '../core/lang/de/pack.json';
import { capitalsMarkNames as enCapitals, elisions as enElisions } from '../core/lang/en/pack.json';
import { capitalsMarkNames as esCapitals, elisions as esElisions } from '../core/lang/es/pack.json';
import { capitalsMarkNames as frCapitals, elisions as frElisions } from '../core/lang/fr/pack.json';
import { capitalsMarkNames as ptCapitals, elisions as ptElisions } from '../core/lang/pt/pack.json';

interface TermLanguage {
  capitalsMarkNames: boolean;
  elisions: readonly string[];
}

const LANGUAGES: Record<SupportedLanguage, TermLanguage> = {
  en: { capitalsMarkNames: enCapitals, elisions: enElisions },
  fr: { capitalsMarkNames: frCapitals, elisions: frElisions },
  de: { capitalsMarkNames: deCapitals, elisions: deElisions },
  es: { capitalsMarkNames: esCapitals, elisions: esElisions },
  pt: { capitalsMarkNames: ptCapitals, elisions: ptElisions },
};

/**
 * Each language's stop words (function words and reporting words that never make a claim
 * distinctive, lower case), installed when first needed (src/popup/stopwords.ts loads the list of the
 * article's language only: the five lists are a fifth of the popup's script).
 */
const STOPWORDS = new Map<SupportedLanguage, readonly string[]>();

export function installStopwords(code: SupportedLanguage, words: readonly string[]): void {
  STOPWORDS.set(code, words);
  compiled.delete(code);
}

export const stopwordsInstalled = (code: SupportedLanguage): boolean => STOPWORDS.has(code);

/** The language the searches use for a report's `lang`: English when unknown ("und") or unsupported. */
export function searchLanguage(lang: string | null | undefined): SupportedLanguage {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return isSupportedLanguage(code) ? code : 'en';
}

interface Compiled {
  stopwords: ReadonlySet<string>;
  capitalsMarkNames: boolean;
  elisions: ReadonlySet<string>;
}

const compiled = new Map<SupportedLanguage, Compiled>();
function compiledLanguage(code: SupportedLanguage): Compiled {
  let c = compiled.get(code);
  if (!c) {
    const l = LANGUAGES[code];
    const stopwords = STOPWORDS.get(code);
    if (!stopwords) throw new Error(`the ${code} stop words are not loaded (loadStopwords)`);
    c = { stopwords: new Set(stopwords), capitalsMarkNames: l.capitalsMarkNames, elisions: new Set(l.elisions.map((e) => e.toLowerCase())) };
    compiled.set(code, c);
  }
  return c;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const NUMBER = /^\p{N}[\p{N},.]*$/u;
/**
 * Where every noun takes a capital, a capital says nothing of a name; what still marks one is an
 * acronym or a brand's inner capital ("SPD", "EU-Kommission", "AfD", "BioNTech") or a digit ("G20").
 * Other names ("Scholz") are scored as ordinary words by their length: no list can tell them from nouns.
 */
const MARKED_NAME = /\p{N}|\p{Lu}\p{Lu}|\p{Ll}\p{Lu}/u;

interface Candidate {
  word: string;
  position: number;
  score: number;
}

function score(word: string, sentenceInitial: boolean, capitalsMarkNames: boolean): number {
  if (NUMBER.test(word)) return word.length >= 2 ? 3 : 0; // numbers, years
  const name = capitalsMarkNames ? /^\p{Lu}/u.test(word) && !sentenceInitial : MARKED_NAME.test(word);
  if (name) return 4;
  if (word.length >= 7) return 2;
  return word.length >= 4 ? 1 : 0;
}

/** A word as it is looked up: curly apostrophes straightened, a possessive 's and an elided article ("l'") taken off. */
function lookupForm(raw: string, elisions: ReadonlySet<string>): string {
  const word = raw.replace(/[’]/g, "'").replace(/'s$/i, '');
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 && elisions.has(word.slice(0, apostrophe).toLowerCase()) ? word.slice(apostrophe + 1) : word;
}

/** A stopword, or a hyphenated run of them ("a-t-il", "disse-lhe"). */
const isStopword = (lower: string, stopwords: ReadonlySet<string>): boolean =>
  stopwords.has(lower) || (lower.includes('-') && lower.split('-').every((part) => part === '' || stopwords.has(part)));

/** The candidate terms of `text` in their order, each once, with its score; words of `excluded` left out. */
function candidates(text: string, excluded: ReadonlySet<string>, language: Compiled): Candidate[] {
  const { stopwords, capitalsMarkNames, elisions } = language;
  const seen = new Set<string>();
  const found: Candidate[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = lookupForm(match[0], elisions);
    const lower = word.toLowerCase();
    const before = text.slice(0, match.index);
    const sentenceInitial = /^[\s"“‘'(«„]*$/.test(before) || /[.!?:]["”’)»“]?\s+["“‘«„]?$/.test(before);
    // An acronym is a name even where its lower-case form is a function word ("US", "WHO").
    const acronym = /^\p{Lu}{2,}$/u.test(word);
    if (!word || (!acronym && isStopword(lower, stopwords)) || excluded.has(lower) || seen.has(lower)) continue;
    // A capitalised first word counts as a name only when it is not an ordinary word.
    const s = score(word, sentenceInitial && !/^\p{Lu}{2,}/u.test(word), capitalsMarkNames);
    if (s === 0) continue;
    seen.add(lower);
    found.push({ word, position: found.length, score: s });
  }
  return found;
}

/** The words of `text` as looked up (lower case, elisions and possessives off). */
function lookupWords(text: string, language: Compiled): Set<string> {
  return new Set((text.match(WORD) ?? []).map((w) => lookupForm(w, language.elisions).toLowerCase()));
}

/**
 * Up to `max` key terms of `claim`, in the order they appear; words of `exclude` (the source's own
 * name, searched for separately) are left out. `lang`: the article's language (a report's `lang`).
 */
export function keyTerms(claim: string, max = 6, exclude = '', lang?: string | null): string[] {
  const language = compiledLanguage(searchLanguage(lang));
  return candidates(claim, lookupWords(exclude, language), language)
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, max)
    .sort((a, b) => a.position - b.position)
    .map((c) => c.word);
}

/** Scores from which a word is a name or a number (see score()): what a search engine can match. */
const NAME_OR_NUMBER_SCORE = 3;

/**
 * The names and numbers in an unnamed source's words ("Local sources in Mosul" → "Mosul", "a senior US
 * official" → "US"): the place or body it is tied to, which a search can use although the source
 * itself names no one. A capitalised first word is read as an ordinary word, as at a sentence's start.
 */
export function sourceNames(source: string, lang?: string | null): string[] {
  const language = compiledLanguage(searchLanguage(lang));
  return candidates(source, new Set(), language).filter((c) => c.score >= NAME_OR_NUMBER_SCORE).map((c) => c.word);
}

/** The words of `source` other than `names` (lower case, as looked up): an unnamed source's vague words. */
export function vagueWords(source: string, names: readonly string[], lang?: string | null): string {
  const language = compiledLanguage(searchLanguage(lang));
  const kept = lookupWords(names.join(' '), language);
  return [...lookupWords(source, language)].filter((w) => !kept.has(w)).join(' ');
}

/**
 * The article language's stop words and elisions, for matching a claim against a linked page
 * (src/evidence/match.ts): the same lists the searches use. Its stop words must be loaded (loadStopwords).
 */
export function evidenceLanguage(lang?: string | null): { stopwords: ReadonlySet<string>; elisions: ReadonlySet<string> } {
  const { stopwords, elisions } = compiledLanguage(searchLanguage(lang));
  return { stopwords, elisions };
}
