// The token scanner (src/core/text/scan.ts) finds exactly PATTERNS.token's matches: the regex is the
// definition of a token, the scanner what the engine runs.
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../src/core/patterns';
import { ASCII_CLASSES, tokenEnd, tokenStart, wordAt, wordEnd, writtenClass } from '../../src/core/text/scan';

/** "index:token" of every match, and whether each is a word, by the regex. */
function byRegex(text: string): string[] {
  const re = new RegExp(PATTERNS.token.source, PATTERNS.token.flags);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}:${/^[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]/u.test(m[0])}`);
  return out;
}

function byScanner(text: string): string[] {
  const out: string[] = [];
  for (let i = tokenStart(text, 0); i >= 0; i = tokenStart(text, i)) {
    const end = tokenEnd(text, i);
    out.push(`${i}:${text.slice(i, end)}:${wordAt(text, i)}`);
    i = end;
  }
  return out;
}

describe('token scanner', () => {
  it.each([
    'The U.S. Department of Health and Human Services said',
    'O’Brien, al-Sisi and AT&T paid $1,000,000.50 on 9/11 — or 2,5 %?',
    '“Quoi ?» a-t-il demandé. L’agence d’État',
    'Soft\u00ADhyphen zero\u200Bwidth word\u2060joiner \uFEFFbom\u00A0nbsp\u3000ideographic',
    'Ａｂｃ１２３，４５６ 𝟏,𝟐 𝐀𝐁𝐂 😀 e\u0301 ½,5 Ⅻ,3 ٣,٤',
    'lone \ud800 high \udc00 low \ud83d\ude00 pair, ends with a joiner- and a comma 1,',
    '',
    '   ',
    'a.b.c.d.. x--y x-‐y 1,a a,1 1,,2 ...',
  ])('finds what the regex finds in %j', (text) => {
    expect(byScanner(text)).toEqual(byRegex(text));
  });

  it('agrees with the regex on 20,000 random strings of the characters that decide a token', () => {
    const alphabet = ['a', 'Z', '1', '٣', '𝟏', '𝐀', '😀', ',', '.', "'", '’', 'ʼ', '-', '‐', '‑', '&', '/', ' ', '\u00a0', '\u00ad', '\u200b',
      '\u200c', '\u200d', '\u2060', '\ufeff', '\t', '\n', 'é', '\u0301', 'ß', '中', '\ud800', '\udc00', '!', '"', '“', '½', 'Ⅻ', '\u2028', '_'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const texts: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let j = random(14); j >= 0; j--) text += alphabet[random(alphabet.length)];
      texts.push(text);
    }
    expect(texts.filter((t) => byScanner(t).join('|') !== byRegex(t).join('|'))).toEqual([]);
  });

  it('ends a word that starts with an ASCII letter or digit where tokenEnd does (the tokenizer\'s inline path), on 20,000 random strings', () => {
    const alphabet = ['a', 'Z', '1', '0', 'é', '’', "'", '-', '.', ',', '&', '/', ' ', '\u00a0', '\u00ad', '\u200b', '😀', '𝟏', '!', '"', '\ud800', 'ß'];
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const differing: string[] = [];
    let asked = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let j = random(12); j >= 0; j--) text += alphabet[random(alphabet.length)];
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80 || (ASCII_CLASSES[code]! & 1) === 0) continue;
        asked++;
        if (wordEnd(text, i) !== tokenEnd(text, i)) differing.push(`${JSON.stringify(text)} at ${i}`);
      }
    }
    expect(asked).toBeGreaterThan(15_000);
    expect(differing).toEqual([]);
  });

  it('classes the characters it writes out as the regexes do, every one of them', () => {
    const asRegexes = (point: number): number => {
      const c = String.fromCodePoint(point);
      const word = PATTERNS.wordChar.test(c);
      return (word ? 1 : 0) | (PATTERNS.numberChar.test(c) ? 2 : 0) | (!word && PATTERNS.spaceChar.test(c) ? 4 : 0) | 8;
    };
    const differing: string[] = [];
    let written = 0;
    for (let point = 0x80; point < 0x3000; point++) {
      const bits = writtenClass(point);
      if (bits < 0) continue;
      written++;
      if (bits !== asRegexes(point)) differing.push(point.toString(16));
    }
    expect(written).toBeGreaterThan(700);
    expect(differing).toEqual([]);
  });
});
