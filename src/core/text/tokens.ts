// Word and punctuation tokens with their offsets. Rules look at tokens, never at raw regex matches
// over the whole text, so every offset they report lies inside the text they were given.
import { ABBREVIATIONS } from '../lexicon';
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

export function normalizeWord(text: string): string {
  return stripInvisible(text).toLowerCase().replace(/[‘’ʼ]/g, "'").replace(PATTERNS.possessiveEnd!, '');
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(PATTERNS.token!.source, PATTERNS.token!.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let raw = m[0];
    const isWord = PATTERNS.wordStart!.test(raw);
    let end = m.index + raw.length;
    // "U.S." "Mr." "K.": the period belongs to the word when it is an abbreviation or an initial.
    if (isWord && text[end] === '.' && (raw.includes('.') || ABBREVIATIONS.has(stripInvisible(raw).toLowerCase())
      || PATTERNS.initial!.test(raw))) {
      raw += '.';
      end++;
      re.lastIndex = end;
    }
    const clean = stripInvisible(raw);
    tokens.push({
      text: raw,
      norm: isWord ? normalizeWord(raw) : raw,
      start: offset + m.index,
      end: offset + end,
      word: isWord,
      cap: isWord && PATTERNS.upperStart!.test(clean),
      possessive: isWord && PATTERNS.possessiveEnd!.test(clean),
    });
  }
  return tokens;
}
