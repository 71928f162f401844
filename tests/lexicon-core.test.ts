// Lints every language pack's word lists (the data files the rules read): sorted, no duplicates, the
// right shape. A list that drifts out of order hides duplicates; a cue verb with a typo never fires.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regularForms } from '../src/core/lang/en/verb-forms';
import { germanForms } from '../src/core/lang/de/verb-forms';
import { regularForms as frenchForms } from '../src/core/lang/fr/verb-forms';
import { regularForms as spanishForms } from '../src/core/lang/es/verb-forms';
import { regularForms as portugueseForms } from '../src/core/lang/pt/verb-forms';

type VerbEntry = { lemma: string; forms?: string[]; needs: string; except?: string[]; particle?: string; strong?: { finite: string[]; participle: string } };

/** All forms of a German entry: the separated ones and, for a separable verb, the joined ones. */
const germanEntryForms = (lemma: string, v: VerbEntry): string[] => {
  const { separated, joined } = germanForms(lemma, v.particle, v.strong);
  return [...separated, ...joined];
};

/** Packs whose cue-verbs.json lists forms only for irregular verbs, and how they derive the rest. */
const DERIVED_FORMS: Record<string, (lemma: string, entry: VerbEntry) => string[]> = { en: regularForms, fr: frenchForms, de: germanEntryForms, es: spanishForms, pt: portugueseForms };
import { LANGUAGE_CODES, packDir } from './helpers/languages';

const byBase = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
const NEEDS = ['none', 'complement', 'forward', 'quote', 'of', 'object', 'research'];

for (const code of LANGUAGE_CODES) {
  const dir = packDir(code);
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  /** Plain word lists: one string per entry. */
  const wordLists = readdirSync(dir).filter((f) => f.endsWith('.json'))
    .filter((f) => Array.isArray(read(f)) && (read(f) as unknown[]).every((x) => typeof x === 'string'));

  describe(`${code}: word lists`, () => {
    it('exist', () => {
      expect(wordLists).toEqual(expect.arrayContaining(['people-nouns.json', 'document-nouns.json', 'titles.json']));
    });
    it.each(wordLists.map((f) => [f]))('%s is sorted, without duplicates or blanks', (file) => {
      const words = read(file) as string[];
      expect(words.length).toBeGreaterThan(0);
      expect(words).toEqual([...words].sort(byBase));
      expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
      for (const w of words) expect(w).toBe(w.trim());
      for (const w of words) expect(w.length).toBeGreaterThan(0);
    });
  });

  describe(`${code}: grammar.json and roles.json`, () => {
    for (const file of ['grammar.json', 'roles.json']) {
      const lists = read(file) as Record<string, string[]>;
      it(`${file} keys are sorted`, () => {
        expect(Object.keys(lists)).toEqual(Object.keys(lists).sort(byBase));
      });
      it.each(Object.keys(lists).map((k) => [k]))(`${file} %s is sorted lowercase words without duplicates`, (key) => {
        const words = lists[key]!;
        expect(words).toEqual([...words].sort(byBase));
        expect(new Set(words).size).toBe(words.length);
        for (const w of words) expect(w).toBe(w.toLowerCase());
      });
    }
  });

  describe(`${code}: time.json`, () => {
    const time = read('time.json') as Record<string, string[]>;
    it('names weekdays', () => {
      expect(time.weekdays).toHaveLength(7);
    });
    it.each(Object.keys(time).map((k) => [k]))('%s has no duplicates or blanks', (key) => {
      const words = time[key]!;
      expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
      for (const w of words) expect(w.trim()).toBe(w);
    });
  });

  describe(`${code}: cue-verbs.json`, () => {
    const verbs = read('cue-verbs.json') as VerbEntry[];
    const formsOf = (v: VerbEntry) => v.forms ?? DERIVED_FORMS[code]?.(v.lemma, v) ?? [];
    it('is sorted by lemma', () => {
      expect(verbs.map((v) => v.lemma)).toEqual(verbs.map((v) => v.lemma).sort(byBase));
    });
    it('lists each form under one verb only (a separable verb\'s forms with its particle)', () => {
      const forms = verbs.flatMap((v) => formsOf(v).map((f) => (v.particle ? `${f} ... ${v.particle}` : f)));
      expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
    });
    it('gives every verb at least one form', () => {
      for (const v of verbs) expect(formsOf(v).length, v.lemma).toBeGreaterThan(0);
    });
    it('says what each verb needs with a known value', () => {
      for (const v of verbs) expect(NEEDS).toContain(v.needs);
    });
    it('keeps exception lists sorted and lowercase', () => {
      for (const v of verbs) {
        if (!v.except) continue;
        expect(v.except).toEqual([...v.except].sort(byBase));
        for (const w of v.except) expect(w).toBe(w.toLowerCase());
      }
    });
  });
}

describe('de: regular verb forms', () => {
  it.each([
    ['sagen', undefined, ['sagt', 'sagen', 'sagte', 'sagten', 'gesagt']],
    ['berichten', undefined, ['berichtet', 'berichten', 'berichtete', 'berichteten']],
    ['erklären', undefined, ['erklärt', 'erklären', 'erklärte', 'erklärten']],
    ['kritisieren', undefined, ['kritisiert', 'kritisieren', 'kritisierte', 'kritisierten']],
    ['rechnen', undefined, ['rechnet', 'rechnen', 'rechnete', 'rechneten', 'gerechnet']],
  ])('derives the forms of %s', (lemma, particle, forms) => {
    expect(germanForms(lemma, particle)).toEqual({ separated: forms, joined: [] });
  });
  it('derives a separable verb\'s separated and joined forms', () => {
    expect(germanForms('mitteilen', 'mit')).toEqual({
      separated: ['teilt', 'teilen', 'teilte', 'teilten'],
      joined: ['mitteilt', 'mitteilen', 'mitteilte', 'mitteilten', 'mitgeteilt'],
    });
  });
  it('takes a strong verb\'s forms as listed', () => {
    expect(germanForms('angeben', 'an', { finite: ['gibt', 'geben', 'gab', 'gaben'], participle: 'gegeben' }).joined)
      .toEqual(['angibt', 'angeben', 'angab', 'angaben', 'angegeben']);
  });
});

describe('en: regular verb forms', () => {
  const verbs = JSON.parse(readFileSync(path.join(packDir('en'), 'cue-verbs.json'), 'utf8')) as { lemma: string; forms?: string[] }[];
  it('lists forms only where they are not the regular ones', () => {
    for (const v of verbs) if (v.forms) expect(v.forms, v.lemma).not.toEqual(regularForms(v.lemma));
  });
  it.each([
    ['warn', ['warn', 'warns', 'warned', 'warning']],
    ['note', ['note', 'notes', 'noted', 'noting']],
    ['testify', ['testify', 'testifies', 'testified', 'testifying']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['point out', ['point out', 'points out', 'pointed out', 'pointing out']],
  ])('derives the regular forms of %s', (lemma, forms) => {
    expect(regularForms(lemma)).toEqual(forms);
  });
});
