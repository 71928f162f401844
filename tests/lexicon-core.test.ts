// Lints the engine's word lists (the data files the rules read): sorted, no duplicates, the right
// shape. A list that drifts out of order hides duplicates; a cue verb with a typo never fires.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regularForms } from '../src/core/lexicon/verb-forms';

const dir = path.join(__dirname, '..', 'src', 'core', 'lexicon');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const byBase = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** The named-entity lists (outlets, organizations, places, given names) are linted in lexicon-data.test.ts. */
const ENTITY_LISTS = new Set(['outlets.json', 'organizations.json', 'countries.json', 'regions.json', 'given-names.json']);
/** Plain word lists: one string per entry. */
const WORD_LISTS = readdirSync(dir).filter((f) => f.endsWith('.json') && !ENTITY_LISTS.has(f))
  .filter((f) => Array.isArray(read(f)) && (read(f) as unknown[]).every((x) => typeof x === 'string'));

describe('word lists', () => {
  it('exist', () => {
    expect(WORD_LISTS).toEqual(expect.arrayContaining(['people-nouns.json', 'document-nouns.json', 'titles.json', 'weekdays.json']));
  });
  it.each(WORD_LISTS.map((f) => [f]))('%s is sorted, without duplicates or blanks', (file) => {
    const words = read(file) as string[];
    expect(words.length).toBeGreaterThan(0);
    if (file !== 'weekdays.json') expect(words).toEqual([...words].sort(byBase));
    expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.trim());
    for (const w of words) expect(w.length).toBeGreaterThan(0);
  });
});

describe('grammar.json', () => {
  const grammar = read('grammar.json') as Record<string, string[]>;
  it.each(Object.keys(grammar).map((k) => [k]))('%s is sorted lowercase words without duplicates', (key) => {
    const words = grammar[key]!;
    expect(words).toEqual([...words].sort(byBase));
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });
});

describe('cue-verbs.json', () => {
  const verbs = read('cue-verbs.json') as { lemma: string; forms?: string[]; needs: string; except?: string[] }[];
  it('is sorted by lemma', () => {
    expect(verbs.map((v) => v.lemma)).toEqual(verbs.map((v) => v.lemma).sort(byBase));
  });
  it('lists each form under one verb only', () => {
    const forms = verbs.flatMap((v) => v.forms ?? regularForms(v.lemma));
    expect(new Set(forms).size).toBe(forms.length);
  });
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
  it('says what each verb needs with a known value', () => {
    for (const v of verbs) expect(['none', 'complement', 'forward', 'quote', 'of', 'object', 'research']).toContain(v.needs);
  });
  it('keeps exception lists sorted and lowercase', () => {
    for (const v of verbs) {
      if (!v.except) continue;
      expect(v.except).toEqual([...v.except].sort(byBase));
      for (const w of v.except) expect(w).toBe(w.toLowerCase());
    }
  });
});
