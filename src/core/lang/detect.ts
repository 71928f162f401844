// Which language an article is written in: from its text (a profile of the most frequent function
// words of each language, or its script for languages not written in Latin letters), checked
// against what the page declares (pages often declare the wrong one). Pure and small: the background
// runs it before it reads the article's language pack. The profiles (profiles.json) are data, installed
// once (installProfiles): Node bundles them (src/core/node.ts), the extension reads them from its
// package (language-profiles.json) as it reads the packs, so background.js does not carry them.

/** Characters of text looked at: some 1,000 words, hundreds of function words, a clear profile; the
 * engine's speed budget counts this too (20,000 took a fifth of the engine's time). */
export const DETECT_SAMPLE_CHARS = 6_000;
/** Function words a language needs among the sample's words before the text is said to be in it. */
export const MIN_PROFILE_HITS = 8;
/** A short text (fewer hits) is still said to be in the best language if it leads the next one this many times. */
export const SHORT_TEXT_LEAD = 2;
/** ...and has at least this many hits. */
export const MIN_SHORT_HITS = 2;
/** A declared language is kept when its text score is at least this share of the best one. */
export const DECLARED_SHARE = 0.8;

/** Scripts that name their language (or its most likely one) outright. */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
  ['th', /\p{Script=Thai}/gu],
];
const LETTER = /\p{L}/gu;
/** A letter of a script other than Latin: without one, the script counts are skipped. */
const NON_LATIN_LETTER = /^(?!\p{Script=Latin})\p{L}$/u;

/** Each function word, and the languages whose profile lists it: one lookup per word of the sample. */
const PROFILE_WORDS = new Map<string, string[]>();
/** The longest function word of any profile: longer words of the sample are skipped without being sliced. */
let maxProfileWord = 0;

/** The detector's profiles: each language's most frequent function words, lowercase. */
export type LanguageProfiles = Readonly<Record<string, readonly string[]>>;

/** Is this (read from the extension's package) a set of profiles the detector can use? */
export const isLanguageProfiles = (data: unknown): data is LanguageProfiles => typeof data === 'object' && data !== null
  && !Array.isArray(data) && Object.values(data).length > 0
  && Object.values(data).every((words) => Array.isArray(words) && words.length > 0 && words.every((w) => typeof w === 'string' && w !== ''));

/** Installs the profiles the detector scores a text against (replacing any installed before). */
export function installProfiles(profiles: LanguageProfiles): void {
  PROFILE_WORDS.clear();
  for (const [code, words] of Object.entries(profiles)) {
    for (const word of words) PROFILE_WORDS.set(word, [...(PROFILE_WORDS.get(word) ?? []), code]);
  }
  maxProfileWord = Math.max(0, ...[...PROFILE_WORDS.keys()].map((w) => w.length));
}

export const profilesInstalled = (): boolean => PROFILE_WORDS.size > 0;

export interface Detected {
  /** ISO 639-1 code, or "und" when the text gives no clear answer. */
  lang: string;
  /** What the text alone says, for diagnostics. */
  fromText: string;
}

/** The primary subtag of a declared language ("fr-CA" → "fr"), or "" when there is none. */
export const primaryTag = (declared: string | null | undefined): string => (declared ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';

const LETTER_CHAR = /^\p{L}$/u;
const LATIN_LETTER = 1;
const OTHER_SCRIPT_LETTER = 2;

/**
 * What the letter regexes answer for the non-ASCII characters of European text, written out: 0 no
 * letter, LATIN_LETTER, OTHER_SCRIPT_LETTER (µ), or -1 outside these ranges. Latin-1 and Latin
 * Extended letters, IPA, combining accents, general punctuation and currency signs would otherwise
 * compile LETTER_CHAR and NON_LATIN_LETTER, whose Unicode classes take milliseconds to compile on a
 * freshly loaded page. Tests compare every one with the regexes.
 */
export function writtenLetter(point: number): number {
  if (point >= 0x80 && point <= 0xbf) return point === 0xb5 ? OTHER_SCRIPT_LETTER : point === 0xaa || point === 0xba ? LATIN_LETTER : 0;
  if (point >= 0xc0 && point <= 0x2af) return point === 0xd7 || point === 0xf7 ? 0 : LATIN_LETTER; // but × and ÷
  if ((point >= 0x300 && point <= 0x36f) || (point >= 0x2000 && point <= 0x206f) || (point >= 0x20a0 && point <= 0x20cf)) return 0;
  return -1;
}

/** Per UTF-16 code unit of the Basic Multilingual Plane: 1 a letter, 2 not, 0 not asked yet. */
const letterCodes = new Uint8Array(0x10000);
const HIGH_SURROGATE = 0xd800;
const LOW_SURROGATE = 0xdc00;
const SURROGATE_END = 0xe000;

/** Code units of the letter (as \p{L} reads it) at i of `text`: 0, 1, or 2 for a letter outside the BMP. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= HIGH_SURROGATE && code < LOW_SURROGATE) {
    const low = text.charCodeAt(i + 1);
    return low >= LOW_SURROGATE && low < SURROGATE_END && LETTER_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (code >= HIGH_SURROGATE && code < SURROGATE_END) return 0;
  let known = letterCodes[code];
  if (!known) {
    const written = writtenLetter(code);
    letterCodes[code] = known = (written < 0 ? LETTER_CHAR.test(String.fromCharCode(code)) : written > 0) ? 1 : 2;
  }
  return known === 1 ? 1 : 0;
}

/** Code points → whether they are letters of a script other than Latin (asked of the regex once each). */
const nonLatinLetters = new Map<number, boolean>();
/** Below this every character is ASCII: Latin letters or no letters. */
const ASCII_END = 0x80;
// Native searches for the two scans below: in V8's lower tiers, where the extension runs the
// detector, a charCodeAt call per character of the sample cost more than the rest of detection.
/** The next code unit beyond ASCII, from lastIndex (global). */
const NON_ASCII = /[^\x00-\x7f]/g;
/** The run of ASCII letters at lastIndex (sticky). */
const ASCII_LETTERS = /[A-Za-z]+/y;

/**
 * Does the text hold a letter of a script other than Latin (NON_LATIN_LETTER anywhere in it)? Each
 * character's answer is worked out once: the regex over a whole Latin sample was most of detection.
 */
function hasNonLatinLetter(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  while (NON_ASCII.test(text)) {
    const i = NON_ASCII.lastIndex - 1;
    const point = text.codePointAt(i)!;
    let known = nonLatinLetters.get(point);
    if (known === undefined) {
      const written = writtenLetter(point);
      nonLatinLetters.set(point, (known = written < 0 ? NON_LATIN_LETTER.test(String.fromCodePoint(point)) : written === OTHER_SCRIPT_LETTER));
    }
    if (known) return true;
    if (point > 0xffff) NON_ASCII.lastIndex = i + 2; // past the pair's second half
  }
  return false;
}

/**
 * Scores of each profiled language on `sample`: how many of its words (runs of letters) are function
 * words of it. A hand-written scan rather than a regex: no match object per word, and only words
 * short enough to be a function word are sliced and looked up.
 */
function profileScores(sample: string): Map<string, number> {
  const scores = new Map<string, number>();
  const lower = sample.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    const start = i;
    // The word's letters.
    while (i < lower.length) {
      const code = lower.charCodeAt(i);
      if (code < ASCII_END) {
        // ASCII letters, most of a Latin text (its only \p{L} are a-z and A-Z), as one native match.
        if ((code | 0x20) < 0x61 || (code | 0x20) > 0x7a) break;
        ASCII_LETTERS.lastIndex = i;
        ASCII_LETTERS.test(lower);
        i = ASCII_LETTERS.lastIndex;
        continue;
      }
      const width = letterAt(lower, i);
      if (!width) break;
      i += width;
    }
    if (i === start) {
      i++;
      continue;
    }
    if (i - start > maxProfileWord) continue;
    const codes = PROFILE_WORDS.get(lower.slice(start, i));
    if (codes) for (const code of codes) scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  return scores;
}

export function detectLanguage(text: string, declared?: string | null): Detected {
  if (!profilesInstalled()) throw new Error('the language profiles are not installed (installProfiles)');
  const sample = text.slice(0, DETECT_SAMPLE_CHARS);
  // A text mostly in one non-Latin script is in that script's language.
  if (hasNonLatinLetter(sample)) {
    const letters = sample.match(LETTER)?.length ?? 0;
    for (const [code, script] of SCRIPTS) {
      if (letters && (sample.match(script)?.length ?? 0) / letters > 0.3) return { lang: code, fromText: code };
    }
  }
  const scores = profileScores(sample);
  let best = 'und';
  let bestScore = 0;
  let second = 0;
  for (const [code, score] of scores) {
    if (score > bestScore) [best, bestScore, second] = [code, score, bestScore];
    else if (score > second) second = score;
  }
  const clear = bestScore >= MIN_PROFILE_HITS || (bestScore >= MIN_SHORT_HITS && bestScore >= SHORT_TEXT_LEAD * second);
  const fromText = clear ? best : 'und';
  const tag = primaryTag(declared);
  // The declared language stands when the text agrees with it about as well as with any other.
  if (tag && (fromText === 'und' ? !bestScore || tag === best : (scores.get(tag) ?? 0) >= DECLARED_SHARE * bestScore)) {
    return { lang: tag, fromText };
  }
  return { lang: fromText, fromText };
}
