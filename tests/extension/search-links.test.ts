import { describe, expect, test } from 'vitest';
import type { Attribution } from '../../src/core/types';
import { searchLinks } from '../../src/popup/search-links';
import type { SiteDomains } from '../../src/shared/messages';

type Input = Pick<Attribution, 'claim' | 'sentence' | 'source' | 'sourceKind'> & { domains: SiteDomains };
const query = (url: string) => {
  const u = new URL(url);
  return u.searchParams.get('q') ?? decodeURIComponent(u.pathname.split('/').pop()!);
};

describe('searchLinks: the Check searches, opened only when the reader follows them', () => {
  const daesh: Input = {
    claim: 'This is the largest synchronized attack since ISIS occupied the city in 2014',
    sentence: 'This is the largest synchronized attack since ISIS occupied the city in 2014, Daesh Daily reported Friday.',
    source: 'Daesh Daily', sourceKind: 'outlet', domains: { source: null, via: 'freebeacon.com' },
  };

  test.each<[string, Input, { news: string; factcheck: string; site?: string }]>([
    ['an outlet without a known domain: its name in quotes; the site search falls back to the chain\'s outlet', daesh, {
      news: '"Daesh Daily" largest synchronized attack ISIS occupied 2014',
      factcheck: 'largest synchronized attack ISIS occupied 2014',
      site: 'site:freebeacon.com largest synchronized attack ISIS occupied 2014',
    }],
    ['an outlet with a known domain', { claim: 'the rise of a resistance', sentence: 'Reuters confirms the rise of a resistance.', source: 'Reuters', sourceKind: 'outlet', domains: { source: 'reuters.com', via: null } }, {
      news: 'Reuters rise resistance', factcheck: 'rise resistance', site: 'site:reuters.com rise resistance',
    }],
    ['an unnamed source adds nothing to the query; no site without an outlet', {
      claim: 'the local population has become so disenchanted with ISIS', sentence: 'According to two sources, the local population has become so disenchanted with ISIS.',
      source: 'two sources', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, { news: 'local population disenchanted ISIS', factcheck: 'local population disenchanted ISIS' }],
    ['a claim too short to search uses its sentence', {
      claim: 'so', sentence: 'Najm al-Jubbouri said so in Mosul on Friday.', source: 'Najm al-Jubbouri', sourceKind: 'person',
      domains: { source: null, via: 'reuters.com' },
    }, { news: '"Najm al-Jubbouri" Mosul Friday', factcheck: 'Mosul Friday', site: 'site:reuters.com Mosul Friday' }],
  ])('%s', (_, input, expected) => {
    const links = searchLinks(input, input.domains);
    const byKind = Object.fromEntries(links.map((l) => [l.kind, l.url]));
    expect(Object.keys(byKind)).toEqual(Object.keys(expected));
    expect(query(byKind.news!)).toBe(expected.news);
    expect(new URL(byKind.news!).origin).toBe('https://news.google.com');
    expect(query(byKind.factcheck!)).toBe(expected.factcheck);
    if (expected.site) expect(query(byKind.site!)).toBe(expected.site);
  });

  test('every link is https and carries the query encoded', () => {
    for (const link of searchLinks({ ...daesh, claim: 'a & b = c? #1 "quoted" 100%' }, daesh.domains)) {
      expect(link.url.startsWith('https://')).toBe(true);
      expect(link.url).not.toMatch(/[ "#]/);
    }
  });
});

test('a person\'s own domain is never searched (only outlets\' and organizations\')', () => {
  const links = searchLinks({ claim: 'the rise of a resistance in Mosul', sentence: 'x', source: 'Jane Smith', sourceKind: 'person' },
    { source: 'janesmith.example', via: null });
  expect(links.map((l) => l.kind)).toEqual(['news', 'factcheck']);
});
