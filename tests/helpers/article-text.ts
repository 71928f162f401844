// Article-like text of any size, and the most hostile strings we can build for the engine. Shared by
// the adversarial tests and `npm run bench` (which bundles this file). Deterministic: a seeded PRNG,
// so a failure can be reproduced.
import type { Block } from '../../src/core/types';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Jane', 'Ahmed', 'María', 'Olga', 'Kwame', 'Li', 'Priya', 'John', 'Fatima', 'Lars', 'Aiko', 'Tomás'];
const LAST = ['Doe', 'Al-Jubouri', 'García', 'Ivanova', 'Mensah', 'Wei', 'Sharma', 'Smith', 'Haddad', 'Nilsson', 'Tanaka', 'Ruiz'];
const ROLES = ['a spokeswoman for the ministry', 'the mayor of the city', 'a senior economist at the central bank',
  'who leads an armed group', 'a professor of history at the University of Leeds', 'the company’s chief executive'];
const OUTLETS = ['Reuters', 'the Associated Press', 'the BBC', 'Al Jazeera', 'the Free Beacon', 'Le Monde', 'The New York Times'];
const VAGUE = ['Officials', 'Two sources familiar with the matter', 'Local residents', 'Critics', 'Analysts', 'Police'];
const SUBJECTS = ['the government', 'the talks', 'the new law', 'the company', 'the army', 'the museum', 'the council', 'prices'];
const PREDICATES = ['would collapse within weeks', 'had been delayed again', 'was a serious mistake', 'will rise next year',
  'did not meet its targets', 'has lost the trust of voters', 'was never properly investigated', 'could change everything'];
const DAYS = ['on Monday', 'late Thursday', 'on Friday', 'last week', 'earlier this month', 'in a statement'];

/** One paragraph of news prose: attributions of every common shape, and unattributed sentences. */
export function articleParagraph(rand: () => number, n: number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const name = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const claim = (): string => `${pick(SUBJECTS)} ${pick(PREDICATES)}`;
  const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
  const shapes = [
    () => `${name()}, ${pick(ROLES)}, said ${claim()}.`,
    () => `“${cap(claim())},” ${name()} said ${pick(DAYS)}.`,
    () => `According to ${pick(OUTLETS)}, ${claim()}.`,
    () => `${cap(claim())}, ${pick(OUTLETS)} reported ${pick(DAYS)}.`,
    () => `${pick(VAGUE)} told ${pick(OUTLETS)} that ${claim()}.`,
    () => `“${cap(claim())}. ${cap(claim())},” said ${name()}, ${pick(ROLES)}.`,
    () => `${cap(claim())}, according to a report by ${pick(OUTLETS)}.`,
    () => `In item ${n}, ${claim()} while ${claim()}.`,
    () => `${cap(claim())}.`,
  ];
  const count = 3 + Math.floor(rand() * 4);
  return Array.from({ length: count }, () => pick(shapes)()).join(' ');
}

/** Paragraphs of article text until `bytes` characters (UTF-16 units) are reached. */
export function articleParagraphs(bytes: number, seed = 1): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = articleParagraph(rand, i);
    out.push(p);
    size += p.length + 2;
  }
  return out;
}

/** `count` paragraphs of article text. */
export function articleParagraphCount(count: number, seed = 1): string[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => articleParagraph(rand, i));
}

export const asBlocks = (paragraphs: readonly string[]): Block[] => paragraphs.map((text) => ({ kind: 'paragraph', text }));

/** Strings built to make a regular expression or a scan backtrack, each about `size` characters. */
export function hostileStrings(size: number): Record<string, string> {
  const fill = (unit: string): string => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
  return {
    'straight double quotes': fill('"'),
    'curly quotes, all opening': fill('“'),
    'alternating quote marks': fill('“‘"\'”’'),
    'nested unclosed quotations': fill('“He said ‘she said “they said '),
    'commas': fill(','),
    'comma-separated capitals': fill('Smith, '),
    'capitalized words': fill('Minister '),
    'capitalized words, no spaces': fill('MinisterGeneral'),
    'according to according to': fill('according to '),
    'said said': fill('said '),
    'X said Y said': fill('Reuters said officials said '),
    'titles and initials': fill('Maj. Gen. K. '),
    'periods': fill('.'),
    'ellipses': fill('… '),
    'dashes': fill('—'),
    'apostrophes in words': fill("O'Brien's "),
    'hyphens in words': fill('al-Jubouri-'),
    'one word': fill('a'),
    'spaces': fill(' '),
    'no-break and zero-width': fill('\u00a0\u200b'),
    'soft hyphens': fill('Reu\u00adters '),
    'emoji': fill('😀👍🏽 '),
    'right-to-left': fill('قال المتحدث '),
    'lone surrogates': fill('\ud800a\udc00'),
    'open parentheses': fill('('),
    'brackets and quotes': fill('[“('),
    'digits and commas': fill('1,000,'),
    'who said, who said': fill('who said, '),
  };
}

/** The whole text as one block, and as many blocks of at most `chunk` characters. */
export function blockVariants(text: string, chunk = 2000): { one: Block[]; many: Block[] } {
  const many: Block[] = [];
  for (let i = 0; i < text.length; i += chunk) many.push({ kind: 'paragraph', text: text.slice(i, i + chunk) });
  return { one: [{ kind: 'paragraph', text }], many };
}
