import { describe, expect, test } from 'vitest';
import type { Attribution } from '../../src/core/types';
import { outletDomain } from '../../src/popup/outlet-domains';
import { searchLinks } from '../../src/popup/search-links';

type Input = Pick<Attribution, 'claim' | 'sentence' | 'source' | 'sourceKind' | 'via'>;
const query = (url: string) => {
  const u = new URL(url);
  return u.searchParams.get('q') ?? decodeURIComponent(u.pathname.split('/').pop()!);
};

describe('searchLinks: the Check searches, opened only when the reader follows them', () => {
  const daesh: Input = {
    claim: 'This is the largest synchronized attack since ISIS occupied the city in 2014',
    sentence: 'This is the largest synchronized attack since ISIS occupied the city in 2014, Daesh Daily reported Friday.',
    source: 'Daesh Daily', sourceKind: 'outlet', via: 'the Free Beacon',
  };

  test.each<[string, Input, { news: string; factcheck: string; site?: string }]>([
    ['an outlet without a known domain: its name in quotes; the site search falls back to the chain\'s outlet', daesh, {
      news: '"Daesh Daily" largest synchronized attack ISIS occupied 2014',
      factcheck: 'largest synchronized attack ISIS occupied 2014',
      site: 'site:freebeacon.com largest synchronized attack ISIS occupied 2014',
    }],
    ['an outlet with a known domain', { claim: 'the rise of a resistance', sentence: 'Reuters confirms the rise of a resistance.', source: 'Reuters', sourceKind: 'outlet', via: null }, {
      news: 'Reuters rise resistance', factcheck: 'rise resistance', site: 'site:reuters.com rise resistance',
    }],
    ['an unnamed source adds nothing to the query; no site without an outlet', {
      claim: 'the local population has become so disenchanted with ISIS', sentence: 'According to two sources, the local population has become so disenchanted with ISIS.',
      source: 'two sources', sourceKind: 'anonymous', via: null,
    }, { news: 'local population disenchanted ISIS', factcheck: 'local population disenchanted ISIS' }],
    ['a claim too short to search uses its sentence', {
      claim: 'so', sentence: 'Najm al-Jubbouri said so in Mosul on Friday.', source: 'Najm al-Jubbouri', sourceKind: 'person', via: 'Reuters',
    }, { news: '"Najm al-Jubbouri" Mosul Friday', factcheck: 'Mosul Friday', site: 'site:reuters.com Mosul Friday' }],
  ])('%s', (_, input, expected) => {
    const links = searchLinks(input);
    const byKind = Object.fromEntries(links.map((l) => [l.kind, l.url]));
    expect(Object.keys(byKind)).toEqual(Object.keys(expected));
    expect(query(byKind.news!)).toBe(expected.news);
    expect(new URL(byKind.news!).origin).toBe('https://news.google.com');
    expect(query(byKind.factcheck!)).toBe(expected.factcheck);
    if (expected.site) expect(query(byKind.site!)).toBe(expected.site);
  });

  test('every link is https and carries the query encoded', () => {
    for (const link of searchLinks({ ...daesh, claim: 'a & b = c? #1 "quoted" 100%' })) {
      expect(link.url.startsWith('https://')).toBe(true);
      expect(link.url).not.toMatch(/[ "#]/);
    }
  });
});

describe('outletDomain', () => {
  test.each([
    ['Reuters', 'reuters.com'],
    ['the Free Beacon', 'freebeacon.com'],
    ['The Washington Post', 'washingtonpost.com'],
    ['  AP ', 'apnews.com'],
    ['Axios.com', 'axios.com'],
    ['www.Politico.eu', 'politico.eu'],
    ['Daesh Daily', null],
    ['toString', null],
    ['', null],
  ])('%s → %s', (name, expected) => {
    expect(outletDomain(name)).toBe(expected);
  });
});
