// The translations in _locales/<lang>/messages.json against the English catalogue (i18n.test.ts checks
// the English one against the code): the same keys, the same placeholders used the same way, nothing
// left in English by mistake, the manifest's strings within the stores' limits, each language's
// typography, and the key terms of the glossary below used wherever the English uses theirs.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import english from '../../_locales/en/messages.json';
import { resolveMessage, type Catalogue } from './fake-browser';

const root = path.resolve(import.meta.dirname, '..', '..');
const en = english as Catalogue;
const localesDir = path.join(root, '_locales');
const locales = (await readdir(localesDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const translations = locales.filter((lang) => lang !== 'en');
const catalogues: Record<string, Catalogue> = Object.fromEntries(await Promise.all(
  translations.map(async (lang) => [lang, JSON.parse(await readFile(path.join(localesDir, lang, 'messages.json'), 'utf8'))]),
));

/** The languages the popup is translated into (issue 10); a new one is added here and to GLOSSARY. */
const EXPECTED_LOCALES = ['de', 'en', 'es', 'fr', 'pt'];

/**
 * Messages that are rightly the same as the English: the product name and format names everywhere,
 * and words or layouts the language shares with English. Each listed key must still be identical
 * (the list stays exact), and every other message must differ.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  all: ['extName', 'formatJson', 'formatCsv', 'formatMarkdown'],
  de: ['kindPerson', 'statusChip', 'viaChain', 'mdUrl', 'filterKindLabel', 'mdListSeparator', 'mdLinks'], // "Person", "Status: …", "via …", "URL:", "…: …", ", ", "Links:"
  es: ['mdUrl', 'filterKindLabel', 'mdListSeparator'], // "URL:", "…: …", ", "
  fr: ['kindDocument', 'profileDocuments', 'viaChain'], // "Document(s)", "via …" (the French spacing makes "URL :" and "… : …" differ)
  pt: ['viaChain', 'mdUrl', 'filterKindLabel', 'mdListSeparator', 'mdLinks'], // "via …", "URL:", "…: …", ", ", "Links:"
};

/**
 * Key terms, one rendering each per language (media-literacy vocabulary): wherever the English message
 * uses the term (`en`, matched after placeholders are removed), the translation contains the word given
 * (lower case, matched as a substring so that inflected forms and compounds count).
 */
const GLOSSARY: { term: string; en: RegExp; words: Record<string, string> }[] = [
  { term: 'source', en: /\bsources?\b|\bsourcing\b/i, words: { fr: 'source', de: 'quelle', es: 'fuente', pt: 'fonte' } },
  { term: 'claim', en: /\bclaims?\b/i, words: { fr: 'affirmation', de: 'behauptung', es: 'afirmaci', pt: 'afirmaç' } },
  { term: 'attributed statement', en: /\bstatements?\b|^attributions$/i, words: { fr: 'déclaration', de: 'aussage', es: 'declaraci', pt: 'declaraç' } },
  { term: 'named (source)', en: /(?<!un)named\b/i, words: { fr: 'identifiée', de: 'namentlich', es: 'identificad', pt: 'identificad' } },
  { term: 'unnamed or vague', en: /\bunnamed or vague\b/i, words: { fr: 'anonyme', de: 'anonym', es: 'anónim', pt: 'anônim' } },
  { term: 'news outlet', en: /\boutlets?\b/i, words: { fr: 'média', de: 'medi', es: 'medio', pt: 'imprensa' } },
  { term: 'corroborated', en: /\bcorroborated\b/i, words: { fr: 'recoupé', de: 'bestätigt', es: 'corroborado', pt: 'corroborado' } },
  { term: 'second-hand', en: /\bsecond-hand\b/i, words: { fr: 'de seconde main', de: 'aus zweiter hand', es: 'de segunda mano', pt: 'de segunda mão' } },
];

/** Chrome Web Store and AMO limits on the manifest's strings. */
const MAX_NAME = 45;
const MAX_DESCRIPTION = 132;

const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;
const usedPlaceholders = (message: string): string[] => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]!.toLowerCase()).sort();
const declared = (entry: Catalogue[string]): Record<string, string> =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
const withoutPlaceholders = (message: string): string => message.replace(PLACEHOLDER, ' ');
const sameAsEnglish = (lang: string): Set<string> => new Set([...SAME_AS_ENGLISH.all!, ...(SAME_AS_ENGLISH[lang] ?? [])]);

test('the locales are English and its translations', () => {
  expect(locales).toEqual(EXPECTED_LOCALES);
});

describe.each(translations)('_locales/%s', (lang) => {
  const catalogue = catalogues[lang]!;

  test('has exactly the English keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  test('declares the English placeholders (same names, same $n) and uses each of them', () => {
    const wrong: string[] = [];
    for (const [key, entry] of Object.entries(catalogue)) {
      const source = en[key];
      if (!source) continue;
      if (JSON.stringify(declared(entry)) !== JSON.stringify(declared(source))) wrong.push(`${key}: declares ${JSON.stringify(declared(entry))}`);
      if (usedPlaceholders(entry.message).join() !== usedPlaceholders(source.message).join()) wrong.push(`${key}: uses ${usedPlaceholders(entry.message)}`);
    }
    expect(wrong).toEqual([]);
  });

  test('every message resolves, with each substitution in place and no "$" left over', () => {
    const subs = ['⟨1⟩', '⟨2⟩', '⟨3⟩', '⟨4⟩', '⟨5⟩', '⟨6⟩'];
    for (const key of Object.keys(en)) {
      const text = resolveMessage(catalogue, key, subs);
      const count = Object.keys(en[key]!.placeholders ?? {}).length;
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toContain('$');
      for (const sub of subs.slice(0, count)) expect(text, key).toContain(sub);
    }
  });

  test('nothing is left in English except the listed keys, and those are the same', () => {
    const allowed = sameAsEnglish(lang);
    const same = Object.keys(en).filter((key) => catalogue[key]?.message === en[key]!.message);
    expect(same.filter((key) => !allowed.has(key))).toEqual([]);
    expect([...allowed].filter((key) => !same.includes(key))).toEqual([]);
  });

  test('keeps the product name and the Markdown bold markers where the English has them', () => {
    for (const [key, source] of Object.entries(en)) {
      const message = catalogue[key]!.message;
      const names = (text: string) => text.split('Attribution Lens').length - 1;
      expect(names(message), key).toBe(names(source.message));
      const bold = (text: string) => text.match(/\*\*/g)?.length ?? 0;
      expect(bold(message), key).toBe(bold(source.message));
      if (bold(source.message)) expect(message, key).toMatch(/^\*\*[^*]+\*\* \S/);
    }
  });

  test('the manifest\'s strings exist and fit the stores\' limits', async () => {
    const manifest = await readFile(path.join(root, 'manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(catalogue[key]?.message.trim(), key).toBeTruthy();
    expect(catalogue.extName!.message.length).toBeLessThanOrEqual(MAX_NAME);
    expect(catalogue.extDescription!.message.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  test.each(GLOSSARY)('uses the glossary\'s word for $term', ({ en: pattern, words }) => {
    const word = words[lang];
    expect(word, `no ${lang} word in the glossary`).toBeDefined();
    const missing = Object.entries(en)
      .filter(([, source]) => pattern.test(withoutPlaceholders(source.message)))
      .filter(([key]) => !catalogue[key]!.message.toLowerCase().includes(word!))
      .map(([key]) => `${key}: ${catalogue[key]!.message}`);
    expect(missing).toEqual([]);
  });

  test('typographic quotes only (no straight double quote)', () => {
    expect(Object.entries(catalogue).filter(([, e]) => e.message.includes('"')).map(([key]) => key)).toEqual([]);
  });
});

describe('French typography', () => {
  const fr = catalogues.fr!;
  const NARROW_NBSP = '\u202f';

  test('a narrow no-break space before : ; ? ! and inside « », never a plain or wide one', () => {
    const wrong: string[] = [];
    for (const [key, { message }] of Object.entries(fr)) {
      for (const m of message.matchAll(/[:;?!»]/g)) if (message[m.index - 1] !== NARROW_NBSP) wrong.push(`${key}: before "${m[0]}"`);
      for (const m of message.matchAll(/«/g)) if (message[m.index + 1] !== NARROW_NBSP) wrong.push(`${key}: after "«"`);
      if (message.includes('\u00a0')) wrong.push(`${key}: U+00A0`);
    }
    expect(wrong).toEqual([]);
  });

  test('typographic apostrophes', () => {
    expect(Object.entries(fr).filter(([, e]) => e.message.includes("'")).map(([key]) => key)).toEqual([]);
  });
});

describe('German quotation marks', () => {
  test('„…“', () => {
    const quoted = Object.entries(catalogues.de!).filter(([, e]) => /[«»“”]/.test(e.message));
    for (const [key, { message }] of quoted) expect(message, key).toMatch(/„[^“]*“/);
  });
});
