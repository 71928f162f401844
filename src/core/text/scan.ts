// The token scanner: where PATTERNS.token matches in a text, found by a hand-written loop over the
// characters instead of the regex. The regex defines what a token is (and tests hold the two to the
// same answers); the loop exists for speed where the extension runs the engine: a freshly loaded
// page compiles the regex's Unicode classes anew and runs it in V8's slower tiers (a few ms on a
// long article before the first attribution), and each match allocates an array. Characters are
// classed once each: ASCII and common European characters by their code, the rest by small regexes
// whose answers are kept.
import { PATTERNS } from '../patterns';

/** Class bits of a character. */
export const WORD = 1; // [\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]: the characters words are made of
const NUMBER = 2; // \p{N}: what a decimal or thousands comma joins ("2,5", "1,000")
export const SKIPPED = 4; // [\s\u00AD\u200B-\u200D\u2060] outside words: never a token of its own
/** Set once a character's class is known (a class may be 0). */
const KNOWN = 8;

/** Joiners between the parts of one word ("O’Brien", "al-Sisi", "U.S", "AT&T", "9/11"): ' - . & / ’ ʼ ‐ ‑. */
const joiner = (c: number): boolean =>
  c === 0x27 || c === 0x2d || c === 0x2e || c === 0x26 || c === 0x2f || c === 0x2019 || c === 0x2bc || c === 0x2010 || c === 0x2011;
const COMMA = 0x2c;

/** Class bits of the code units of the Basic Multilingual Plane, filled in as met (ASCII's below, at load). */
const bmpClasses = new Uint8Array(0x10000);
/**
 * Class bits of the ASCII characters, fixed at load: for a tokenizer's inline fast path over ASCII
 * words (text/tokens.ts), which hands anything else to tokenStart and tokenEnd.
 */
export const ASCII_CLASSES: Readonly<Uint8Array> = bmpClasses.subarray(0, 0x80);
export const ASCII_END = 0x80;
/** Class bits of code points beyond it. */
const astralClasses = new Map<number, number>();

/**
 * Classes of the non-ASCII characters of European news text, written out: Latin-1 and Latin Extended
 * letters, combining accents, typographic spaces, quotes and dashes, currency signs. Any one of them
 * would otherwise compile PATTERNS.wordChar (its \p{L}\p{M}\p{N} union takes milliseconds to compile
 * on a freshly loaded page, before the first attribution). Tests compare every one with the regexes.
 * Returns -1 for a character outside these ranges.
 */
export function writtenClass(point: number): number {
  if (point >= 0x80 && point <= 0xbf) {
    // ª, the soft hyphen, µ, º; superscript digits and vulgar fractions are numbers too; the no-break space is a space.
    if (point === 0xb2 || point === 0xb3 || point === 0xb9 || (point >= 0xbc && point <= 0xbe)) return WORD | NUMBER | KNOWN;
    if (point === 0xaa || point === 0xad || point === 0xb5 || point === 0xba) return WORD | KNOWN;
    return point === 0xa0 ? SKIPPED | KNOWN : KNOWN;
  }
  // Latin-1 letters (but × and ÷), Latin Extended-A and -B, IPA; combining diacritical marks.
  if (point >= 0xc0 && point <= 0x2af) return point === 0xd7 || point === 0xf7 ? KNOWN : WORD | KNOWN;
  if (point >= 0x300 && point <= 0x36f) return WORD | KNOWN;
  // General punctuation: zero-width characters and the word joiner join words; typographic spaces and separators are spaces.
  if (point >= 0x2000 && point <= 0x206f) {
    if ((point >= 0x200b && point <= 0x200d) || point === 0x2060) return WORD | KNOWN;
    const space = point <= 0x200a || point === 0x2028 || point === 0x2029 || point === 0x202f || point === 0x205f;
    return space ? SKIPPED | KNOWN : KNOWN;
  }
  if (point >= 0x20a0 && point <= 0x20cf) return KNOWN; // currency signs
  return -1;
}

/** A code point's class: written out, or from the regexes (asked once per character met). */
function classOfPoint(point: number): number {
  const written = writtenClass(point);
  if (written >= 0) return written;
  const s = String.fromCodePoint(point);
  const word = PATTERNS.wordChar.test(s);
  return (word ? WORD : 0) | (PATTERNS.numberChar.test(s) ? NUMBER : 0) | (!word && PATTERNS.spaceChar.test(s) ? SKIPPED : 0) | KNOWN;
}

// ASCII: letters and digits make words, digits are numbers, \t \n \v \f \r and the space are skipped.
for (let c = 0; c < 0x80; c++) {
  const digit = c >= 0x30 && c <= 0x39;
  const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  bmpClasses[c] = (digit || letter ? WORD : 0) | (digit ? NUMBER : 0) | ((c >= 0x09 && c <= 0x0d) || c === 0x20 ? SKIPPED : 0) | KNOWN;
}

/** A character's width in code units is kept above its class bits (charAt). */
const WIDTH_SHIFT = 4;
const HIGH_SURROGATE = 0xd800;
const LOW_SURROGATE = 0xdc00;
const SURROGATE_END = 0xe000;

/**
 * The class of the code point at i, and its width in code units, as one number: class | width << WIDTH_SHIFT
 * (no object per character). A lone surrogate is a code point of its own, of no class.
 */
function charAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= HIGH_SURROGATE && code < LOW_SURROGATE) {
    const low = text.charCodeAt(i + 1);
    if (low >= LOW_SURROGATE && low < SURROGATE_END) {
      const point = (code - HIGH_SURROGATE) * 0x400 + (low - LOW_SURROGATE) + 0x10000;
      let bits = astralClasses.get(point);
      if (bits === undefined) astralClasses.set(point, (bits = classOfPoint(point)));
      return bits | (2 << WIDTH_SHIFT);
    }
  }
  let bits = bmpClasses[code]!;
  if (bits === 0) bmpClasses[code] = bits = classOfPoint(code);
  return bits | (1 << WIDTH_SHIFT);
}

/** The end of the run of characters having `bit` that starts at i (i itself when none). */
function runEnd(text: string, i: number, bit: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits: most of every word, read without a call.
    if (c < 0x80) {
      if ((bmpClasses[c]! & bit) === 0) return i;
      i++;
      continue;
    }
    const at = charAt(text, i);
    if ((at & bit) === 0) return i;
    i += at >> WIDTH_SHIFT;
  }
  return i;
}

/**
 * Where the next token at or after `from` starts (PATTERNS.token's next match), or -1 when the text
 * holds no more: spaces and invisible characters outside words are skipped.
 */
export function tokenStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const at = c < 0x80 ? bmpClasses[c]! | (1 << WIDTH_SHIFT) : charAt(text, i);
    if ((at & SKIPPED) === 0) return i;
    i += at >> WIDTH_SHIFT;
  }
  return -1;
}

/** Is the token starting at `start` a word (PATTERNS.token's first branch)? */
export const wordAt = (text: string, start: number): boolean => (charAt(text, start) & WORD) !== 0;

/**
 * Where the token starting at `start` ends: a word (word characters, joined by one joiner or,
 * between digits, a comma: "O’Brien", "9/11", "1,000") or any other single character.
 */
export function tokenEnd(text: string, start: number): number {
  const first = charAt(text, start);
  const width = first >> WIDTH_SHIFT;
  if ((first & WORD) === 0) return start + width;
  let end = runEnd(text, start + width, WORD);
  while (end + 1 < text.length) {
    const mark = text.charCodeAt(end);
    if (joiner(mark)) {
      const next = charAt(text, end + 1);
      if ((next & WORD) === 0) break;
      end = runEnd(text, end + 1 + (next >> WIDTH_SHIFT), WORD);
    } else if (mark === COMMA && endsInNumber(text, end)) {
      const next = charAt(text, end + 1);
      if ((next & NUMBER) === 0) break;
      end = runEnd(text, end + 1 + (next >> WIDTH_SHIFT), NUMBER);
    } else break;
  }
  return end;
}

/**
 * Where the token starting at `start` with an ASCII letter or digit ends (tokenEnd): its run of ASCII
 * letters and digits (most words of European text) is one native match (PATTERNS.asciiWordRun), and
 * tokenEnd is asked only where a joiner, a comma or a character beyond ASCII may carry the word on.
 * In V8's lower tiers, where the extension runs the engine, a call per character was most of tokenizing.
 */
export function wordEnd(text: string, start: number): number {
  const length = text.length;
  const run = PATTERNS.asciiWordRun;
  run.lastIndex = start;
  run.test(text);
  const end = run.lastIndex;
  if (end >= length) return end;
  const next = text.charCodeAt(end);
  if (next >= ASCII_END) return tokenEnd(text, start);
  if (!joiner(next) && next !== COMMA) return end;
  // A joiner or a comma carries the word on only to a word character after it.
  const after = text.charCodeAt(end + 1);
  return end + 1 < length && (after >= ASCII_END || (ASCII_CLASSES[after]! & WORD) !== 0) ? tokenEnd(text, start) : end;
}

/** Is the code point that ends at `end` a number (the regex's lookbehind before a comma)? */
function endsInNumber(text: string, end: number): boolean {
  const low = text.charCodeAt(end - 1);
  const pair = low >= LOW_SURROGATE && low < SURROGATE_END && end >= 2 && text.charCodeAt(end - 2) >= HIGH_SURROGATE
    && text.charCodeAt(end - 2) < LOW_SURROGATE;
  return (charAt(text, pair ? end - 2 : end - 1) & NUMBER) !== 0;
}
