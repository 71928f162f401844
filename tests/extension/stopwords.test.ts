// Lints the popup's stopword lists (src/popup/stopwords/CODE.json), the words the Check searches
// leave out of a claim's key terms: one list per language the engine reads, sorted like the language
// packs' lists (tests/lexicon-core.test.ts), so that a duplicate stands next to its twin.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/core/lang/supported';
import { repoRoot } from '../../scripts/shared-dir.mjs';

const dir = path.join(repoRoot, 'src', 'popup', 'stopwords');
const byBase = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
const read = (code: string): unknown => JSON.parse(readFileSync(path.join(dir, `${code}.json`), 'utf8'));

it('there is one list per supported language, and no other', () => {
  expect(readdirSync(dir).sort()).toEqual(SUPPORTED_LANGUAGES.map((code) => `${code}.json`).sort());
});

describe.each(SUPPORTED_LANGUAGES.map((code) => [code]))('stopwords/%s.json', (code) => {
  const words = read(code) as string[];

  it('is a list of words', () => {
    expect(Array.isArray(words)).toBe(true);
    expect(words.length).toBeGreaterThan(100);
    for (const w of words) expect(typeof w).toBe('string');
  });

  it('is sorted, without duplicates or blanks', () => {
    expect(words).toEqual([...words].sort(byBase));
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toMatch(/^\S+$/u);
  });

  // keyTerms looks a word up in lower case, with a possessive "'s" and an elided article ("l'") taken
  // off first: an entry in capitals or ending in "'s" could never match.
  it('holds lower-case words that a lookup can reach', () => {
    for (const w of words) {
      expect(w).toBe(w.toLowerCase());
      expect(w).not.toMatch(/['’]s$/u);
      expect(w).not.toMatch(/’/u);
    }
  });
});
