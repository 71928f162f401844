import { beforeAll, describe, expect, test } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/core/lang/supported';
import { loadStopwords } from '../../src/popup/stopwords';
import type { Attribution } from '../../src/core/types';
import { checkTerms, searchLinks } from '../../src/popup/search-links';
import type { SiteDomains } from '../../src/shared/messages';

// The stop words load on demand in the popup (one chunk per language); here, all of them first.
beforeAll(async () => {
  await Promise.all(SUPPORTED_LANGUAGES.map((code) => loadStopwords(code)));
});

type Input = Pick<Attribution, 'claim' | 'sentence' | 'source' | 'sourceKind'> & { domains: SiteDomains };
/** The query a link searches for: `q`, or the Fact Check Explorer's last path segment (before its `;` parameters). */
const query = (url: string) => {
  const u = new URL(url);
  return u.searchParams.get('q') ?? decodeURIComponent(u.pathname.split('/').pop()!.split(';')[0]!);
};
/** The Fact Check Explorer's parameters, written after `;` in the path's last segment. */
const matrix = (url: string): Record<string, string> =>
  Object.fromEntries(new URL(url).pathname.split('/').pop()!.split(';').slice(1).map((p) => p.split('=') as [string, string]));
const linksByKind = (links: { kind: string; url: string }[]) => Object.fromEntries(links.map((l) => [l.kind, l.url]));

const daesh: Input = {
  claim: 'This is the largest synchronized attack since ISIS occupied the city in 2014',
  sentence: 'This is the largest synchronized attack since ISIS occupied the city in 2014, Daesh Daily reported Friday.',
  source: 'Daesh Daily', sourceKind: 'outlet', domains: { source: null, via: 'freebeacon.com' },
};

describe('searchLinks: the Check searches, opened only when the reader follows them', () => {

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

describe('searchLinks in the article\'s language', () => {
  // [language, attribution, Google News parameters, Fact Check Explorer language, DuckDuckGo region, the news query]
  test.each<[string, Input, Record<string, string>, string, string, string]>([
    ['fr', {
      claim: "l'armée française a quitté le Mali après neuf ans de présence au Sahel",
      sentence: "Selon Le Monde, l'armée française a quitté le Mali après neuf ans de présence au Sahel.",
      source: 'Le Monde', sourceKind: 'outlet', domains: { source: 'lemonde.fr', via: null },
    }, { hl: 'fr', gl: 'FR', ceid: 'FR:fr' }, 'fr', 'fr-fr', '"Le Monde" armée française quitté Mali présence Sahel'],
    ['de', {
      claim: 'die Bundesregierung werde die Förderung für Elektroautos im kommenden Jahr deutlich kürzen',
      sentence: 'Die Bundesregierung werde die Förderung für Elektroautos im kommenden Jahr deutlich kürzen, berichtet der Spiegel.',
      source: 'der Spiegel', sourceKind: 'outlet', domains: { source: 'spiegel.de', via: null },
    }, { hl: 'de', gl: 'DE', ceid: 'DE:de' }, 'de', 'de-de', '"der Spiegel" Bundesregierung Förderung Elektroautos kommenden Jahr deutlich'],
    ['es', {
      claim: 'el acuerdo se firmará en Bruselas antes del verano',
      sentence: 'Según fuentes del ministerio, el acuerdo se firmará en Bruselas antes del verano.',
      source: 'fuentes del ministerio', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, { hl: 'es', gl: 'ES', ceid: 'ES:es' }, 'es', 'es-es', 'acuerdo firmará Bruselas verano'],
    ['pt', {
      claim: 'o suspeito foi detido em Lisboa na madrugada de domingo',
      sentence: 'Segundo a Polícia Judiciária, o suspeito foi detido em Lisboa na madrugada de domingo.',
      source: 'Polícia Judiciária', sourceKind: 'organization', domains: { source: 'policiajudiciaria.pt', via: null },
    }, { hl: 'pt-BR', gl: 'BR', ceid: 'BR:pt-419' }, 'pt', 'br-pt', '"Polícia Judiciária" suspeito detido Lisboa madrugada domingo'],
  ])('%s', (lang, input, news, factCheckLanguage, region, newsQuery) => {
    const byKind = linksByKind(searchLinks(input, input.domains, lang));
    const newsUrl = new URL(byKind.news!);
    expect(newsUrl.origin + newsUrl.pathname).toBe('https://news.google.com/search');
    expect(query(byKind.news!)).toBe(newsQuery);
    expect(Object.fromEntries([...newsUrl.searchParams].filter(([k]) => k !== 'q'))).toEqual(news);
    expect(matrix(byKind.factcheck!)).toEqual({ hl: factCheckLanguage });
    expect(query(byKind.factcheck!)).toBe(newsQuery.replace(/^"[^"]*" /, ''));
    if (byKind.site) {
      expect(new URL(byKind.site).searchParams.get('kl')).toBe(region);
      expect(query(byKind.site)).toBe(`site:${input.domains.source} ${query(byKind.factcheck!)}`);
    }
  });

  test.each([['en'], ['und'], ['nl'], [undefined]])('%s: the links are the English ones, without language or region', (lang) => {
    const links = searchLinks(daesh, daesh.domains, lang);
    expect(links).toEqual(searchLinks(daesh, daesh.domains));
    const byKind = linksByKind(links);
    expect(new URL(byKind.news!).search).toBe(`?q=${encodeURIComponent('"Daesh Daily" largest synchronized attack ISIS occupied 2014')}`);
    expect(byKind.factcheck).not.toContain(';');
    expect(new URL(byKind.site!).searchParams.has('kl')).toBe(false);
  });

  test('the language parameters never mix with the query: characters that mean something in a URL stay encoded', () => {
    const claim = 'le taux passe à 3,5 % & la dette; "selon" #Bercy? a=b/c';
    for (const lang of ['fr', 'de', 'es', 'pt']) {
      const byKind = linksByKind(searchLinks({ claim, sentence: claim, source: 'Bercy', sourceKind: 'organization' }, { source: 'economie.gouv.fr', via: null }, lang));
      for (const url of Object.values(byKind)) {
        expect(url.startsWith('https://')).toBe(true);
        expect(url).not.toMatch(/[ "#]/);
      }
      const terms = query(byKind.factcheck!);
      expect(query(byKind.news!)).toBe(`Bercy ${terms}`);
      expect(query(byKind.site!)).toBe(`site:economie.gouv.fr ${terms}`);
      expect(Object.keys(matrix(byKind.factcheck!))).toEqual(['hl']);
      expect([...new URL(byKind.news!).searchParams.keys()]).toEqual(['q', 'hl', 'gl', 'ceid']);
      expect([...new URL(byKind.site!).searchParams.keys()]).toEqual(['q', 'kl']);
    }
  });

  test('the terms shown in the panel are the ones searched for', () => {
    const input = { claim: 'die Kommission habe den Plan der CDU zur Rente im Mai als verfassungswidrig zurückgewiesen', sentence: 'x', source: 'Reuters', sourceKind: 'outlet' as const };
    expect(query(linksByKind(searchLinks(input, { source: null, via: null }, 'de')).factcheck!)).toBe(checkTerms(input, 'de').join(' '));
  });
});

describe('an unnamed source tied to a place or a body: its names are searched, its vague words are not', () => {
  // [language, attribution, the news query (= the fact-check query: no source phrase), the terms shown]
  test.each<[string, Input, string]>([
    // The place the claim names stays in its terms (it used to go with the source's words).
    ['en', {
      claim: 'ISIS fighters have begun leaving Mosul for Raqqa',
      sentence: 'Local sources in Mosul said ISIS fighters have begun leaving Mosul for Raqqa.',
      source: 'Local sources in Mosul', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, 'ISIS fighters begun leaving Mosul Raqqa'],
    // A place only the source names is added to the terms.
    ['en', {
      claim: 'the bridge was destroyed overnight', sentence: 'According to local sources in Mosul, the bridge was destroyed overnight.',
      source: 'local sources in Mosul', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, 'bridge destroyed overnight Mosul'],
    ['en', {
      claim: 'talks will resume next week in Geneva', sentence: 'A senior US official said talks will resume next week in Geneva.',
      source: 'A senior US official', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, 'talks resume next week Geneva US'],
    // A claim too short: the sentence, without the source's vague words.
    ['en', {
      claim: 'so', sentence: 'Residents of Mosul said so on Friday.', source: 'Residents of Mosul', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, 'Mosul Friday'],
    // Nothing to add: the terms are the claim's.
    ['en', {
      claim: 'the local population has become so disenchanted with ISIS', sentence: 'According to two sources, the local population has become so disenchanted with ISIS.',
      source: 'two sources', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, 'local population disenchanted ISIS'],
    // A full claim keeps room for the source's name.
    ['en', {
      claim: 'the local population has become so disenchanted with ISIS that an organized resistance has formed against Baghdadi',
      sentence: 'x', source: 'sources in Mosul', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, 'population disenchanted ISIS organized Baghdadi Mosul'],
    ['fr', {
      claim: 'le président annoncera sa décision mardi', sentence: "Selon des sources proches de l'Élysée, le président annoncera sa décision mardi.",
      source: "des sources proches de l'Élysée", sourceKind: 'anonymous', domains: { source: null, via: null },
    }, 'président annoncera décision mardi Élysée'],
    ['de', {
      claim: 'die Gespräche würden am Montag fortgesetzt', sentence: 'Aus Kreisen der EU-Kommission hieß es, die Gespräche würden am Montag fortgesetzt.',
      source: 'Kreisen der EU-Kommission', sourceKind: 'anonymous', domains: { source: null, via: null },
    }, 'Gespräche Montag fortgesetzt EU-Kommission'],
  ])('%s: %s', (lang, input, expected) => {
    const byKind = linksByKind(searchLinks(input, input.domains, lang));
    expect(query(byKind.news!)).toBe(expected);
    expect(query(byKind.factcheck!)).toBe(expected);
    expect(checkTerms(input, lang).join(' ')).toBe(expected);
  });

  test('a named source still leaves its words out of the terms: its name is searched as a phrase', () => {
    const input: Input = {
      claim: 'the curfew in Mosul will be lifted', sentence: 'Police in Mosul said the curfew in Mosul will be lifted.',
      source: 'Police in Mosul', sourceKind: 'organization', domains: { source: null, via: null },
    };
    const byKind = linksByKind(searchLinks(input, input.domains));
    expect(query(byKind.news!)).toBe('"Police in Mosul" curfew lifted');
    expect(query(byKind.factcheck!)).toBe('curfew lifted');
  });
});
