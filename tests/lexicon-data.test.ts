// Lints the general-knowledge lexicon data files: shape, sort order, uniqueness, domains.
import { describe, it, expect } from 'vitest';
import outlets from '../src/core/lexicon/outlets.json';
import organizations from '../src/core/lexicon/organizations.json';
import countries from '../src/core/lexicon/countries.json';
import regions from '../src/core/lexicon/regions.json';
import givenNames from '../src/core/lexicon/given-names.json';

interface Entry {
  name: string;
  aliases?: string[];
  domain?: string;
  type?: string;
  ambiguous?: boolean;
  demonyms?: string[];
}

const OUTLET_TYPES = ['agency', 'newspaper', 'magazine', 'broadcaster', 'site', 'journal'];
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const GIVEN_NAME = /^\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*$/u;

/** How names are compared: case-insensitive, straight apostrophes, punctuation as spaces, no leading "the". */
const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}&+]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

const compare = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });

function unsorted(names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < names.length; i++) if (compare(names[i - 1]!, names[i]!) > 0) out.push(`${names[i - 1]} > ${names[i]}`);
  return out;
}

function namesOf(e: Entry): string[] {
  return [e.name, ...(e.aliases ?? [])];
}

/** Every key used more than once (by different entries, or twice in one entry). */
function duplicates(entries: readonly Entry[]): string[] {
  const seen = new Map<string, string>();
  const dups: string[] = [];
  for (const e of entries) {
    for (const n of namesOf(e)) {
      const k = key(n);
      if (seen.has(k)) dups.push(`"${n}" (${e.name}) vs ${seen.get(k)}`);
      else seen.set(k, e.name);
    }
  }
  return dups;
}

function shapeProblems(entries: readonly Entry[], allowed: readonly string[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    for (const k of Object.keys(e)) if (!allowed.includes(k)) problems.push(`${e.name}: unexpected key ${k}`);
    if (typeof e.name !== 'string' || e.name.trim() === '' || e.name !== e.name.trim()) problems.push(`bad name ${JSON.stringify(e.name)}`);
    if (e.aliases !== undefined) {
      if (!Array.isArray(e.aliases) || e.aliases.length === 0) problems.push(`${e.name}: aliases must be a non-empty array`);
      for (const a of e.aliases ?? []) if (typeof a !== 'string' || a.trim() === '' || a !== a.trim()) problems.push(`${e.name}: bad alias ${JSON.stringify(a)}`);
    }
    if (e.domain !== undefined && !DOMAIN.test(e.domain)) problems.push(`${e.name}: bad domain ${e.domain}`);
    if (e.domain?.startsWith('www.')) problems.push(`${e.name}: domain starts with www.`);
    if (e.ambiguous !== undefined && e.ambiguous !== true) problems.push(`${e.name}: ambiguous must be true when present`);
  }
  return problems;
}

const files: [string, Entry[], string[]][] = [
  ['outlets.json', outlets as Entry[], ['name', 'aliases', 'domain', 'type', 'ambiguous']],
  ['organizations.json', organizations as Entry[], ['name', 'aliases', 'domain', 'ambiguous']],
  ['countries.json', countries as Entry[], ['name', 'aliases', 'demonyms']],
  ['regions.json', regions as Entry[], ['name', 'aliases', 'demonyms']],
];

describe('lexicon data files', () => {
  for (const [file, entries, allowed] of files) {
    describe(file, () => {
      it('is a non-empty array of well-formed entries', () => {
        expect(Array.isArray(entries)).toBe(true);
        expect(entries.length).toBeGreaterThan(0);
        expect(shapeProblems(entries, allowed)).toEqual([]);
      });
      it('is sorted by name', () => {
        expect(unsorted(entries.map((e) => e.name))).toEqual([]);
      });
      it('has no duplicate names or aliases', () => {
        expect(duplicates(entries)).toEqual([]);
      });
    });
  }

  it('outlets have an allowed type', () => {
    const bad = (outlets as Entry[]).filter((e) => !OUTLET_TYPES.includes(e.type ?? '')).map((e) => `${e.name}: ${e.type}`);
    expect(bad).toEqual([]);
  });

  it('lists enough entries', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(600);
    expect(organizations.length).toBeGreaterThanOrEqual(400);
    expect(countries.length).toBeGreaterThanOrEqual(193);
    expect(givenNames.length).toBeGreaterThanOrEqual(2500);
  });

  it('shares no name or alias between outlets and organizations', () => {
    const outletKeys = new Map((outlets as Entry[]).flatMap((e) => namesOf(e).map((n) => [key(n), e.name] as const)));
    const shared = (organizations as Entry[]).flatMap((e) =>
      namesOf(e).filter((n) => outletKeys.has(key(n))).map((n) => `"${n}" (${e.name}) vs ${outletKeys.get(key(n))}`),
    );
    expect(shared).toEqual([]);
  });

  it('shares no name or alias between countries and regions', () => {
    expect(duplicates([...(countries as Entry[]), ...(regions as Entry[])])).toEqual([]);
  });

  it('demonyms are capitalized, non-empty and unique within an entry', () => {
    const bad: string[] = [];
    for (const e of [...(countries as Entry[]), ...(regions as Entry[])]) {
      if (e.demonyms === undefined) continue;
      if (e.demonyms.length === 0) bad.push(`${e.name}: empty demonyms`);
      for (const d of e.demonyms) if (!/^\p{Lu}/u.test(d) || d !== d.trim()) bad.push(`${e.name}: ${JSON.stringify(d)}`);
      if (new Set(e.demonyms.map((d) => d.toLowerCase())).size !== e.demonyms.length) bad.push(`${e.name}: repeated demonym`);
    }
    expect(bad).toEqual([]);
  });

  describe('given-names.json', () => {
    const names = givenNames as string[];
    it('holds capitalized single tokens', () => {
      expect(names.filter((n) => typeof n !== 'string' || !GIVEN_NAME.test(n))).toEqual([]);
    });
    it('is sorted', () => {
      expect(unsorted(names)).toEqual([]);
    });
    it('has no duplicates (case-insensitive)', () => {
      const seen = new Set<string>();
      const dups = names.filter((n) => (seen.has(n.toLowerCase()) ? true : (seen.add(n.toLowerCase()), false)));
      expect(dups).toEqual([]);
    });
  });
});
