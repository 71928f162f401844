// The "Check" searches for one attribution: ready-made queries that a reader opens in new tabs (the
// extension itself never fetches anything). News and site searches pair the claim's key terms with
// its source; the fact-check search uses the claim alone, as fact-check indexes are keyed by claim.
// The searches ask for the article's language and a country that writes it, so a French claim lands
// on French results rather than the reader's own edition.
import type { SupportedLanguage } from '../core/lang/supported';
import type { Attribution } from '../core/types';
import type { SiteDomains } from '../shared/messages';
import { keyTerms, searchLanguage, sourceNames, vagueWords } from './key-terms';

export type SearchKind = 'news' | 'factcheck' | 'site';

export interface SearchLink {
  kind: SearchKind;
  url: string;
  /** The outlet's domain, for kind 'site'. */
  domain?: string;
}

/** How each provider is asked for one language. */
interface Edition {
  /**
   * Google News: the interface language, the country and the edition (`hl`, `gl`, `ceid`). Google does
   * not document them; these are the values its own edition URLs carry (news.google.com/?hl=…).
   */
  news: string;
  /**
   * Google Fact Check Explorer: the language of the fact checks listed (`hl`), a parameter of the path's
   * last segment (`search/QUERY;hl=fr`) as the Explorer's own URLs write it. Not documented by Google
   * either; without it the Explorer lists fact checks in the browser's language.
   */
  factCheck: string;
  /** DuckDuckGo: the region (`kl`), from its documented list (duckduckgo.com/duckduckgo-help-pages/settings/params). */
  region: string;
}

/**
 * One country per language. The terms are in the article's language either way; the country only
 * weighs which outlets come first. English has none: it is read in many countries, and the reader's own
 * edition is as good a guess as any (its links stay as they were). French and German go to France and
 * Germany. Portuguese goes to Brazil, where most of its readers and outlets are. Spanish goes to Spain:
 * its readers are spread over some twenty countries, each Latin American one with an edition of its own
 * (MX:es-419, AR:es-419 ...), and Spain's is the edition of the language as such (ES:es).
 */
const EDITIONS: Record<Exclude<SupportedLanguage, 'en'>, Edition> = {
  fr: { news: 'hl=fr&gl=FR&ceid=FR:fr', factCheck: 'fr', region: 'fr-fr' },
  de: { news: 'hl=de&gl=DE&ceid=DE:de', factCheck: 'de', region: 'de-de' },
  es: { news: 'hl=es&gl=ES&ceid=ES:es', factCheck: 'es', region: 'es-es' },
  pt: { news: 'hl=pt-BR&gl=BR&ceid=BR:pt-419', factCheck: 'pt', region: 'br-pt' },
};

const PROVIDERS: Record<SearchKind, (query: string, edition: Edition | undefined) => string> = {
  news: (q, e) => `https://news.google.com/search?q=${encodeURIComponent(q)}${e ? `&${e.news}` : ''}`,
  // encodeURIComponent writes a ';' in the query as %3B: the only ';' in the path is the one added here.
  factcheck: (q, e) => `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(q)}${e ? `;hl=${e.factCheck}` : ''}`,
  site: (q, e) => `https://duckduckgo.com/?q=${encodeURIComponent(q)}${e ? `&kl=${e.region}` : ''}`,
};

/** A source name as a search phrase: quoted when it has several words. */
function phrase(name: string): string {
  const clean = name.replace(/["“”]/g, '').trim();
  return /\s/.test(clean) ? `"${clean}"` : clean;
}

/** At most this many key terms in a search. */
const MAX_TERMS = 6;

/**
 * The terms the searches use: the claim's key terms (the sentence's when the claim has too few).
 * A named source's words are left out (its name is searched as a phrase beside them). An unnamed
 * source is not searched, so only its vague words go ("sources", "local"); the names in it ("Local
 * sources in Mosul") stay in the claim's terms and are added when the claim lacks them.
 * `lang`: the article's language (the report's `lang`; English when unknown).
 */
export function checkTerms(a: Pick<Attribution, 'claim' | 'sentence' | 'source' | 'sourceKind'>, lang?: string | null): string[] {
  const names = a.sourceKind === 'anonymous' ? sourceNames(a.source, lang).slice(0, MAX_TERMS / 2) : [];
  const exclude = a.sourceKind === 'anonymous' ? vagueWords(a.source, names, lang) : a.source;
  // The claim's best terms, as many as leave room for the source's names it lacks.
  const termsWithNames = (text: string): string[] => {
    for (let room = MAX_TERMS; ; room--) {
      const terms = keyTerms(text, room, exclude, lang);
      const has = new Set(terms.map((t) => t.toLowerCase()));
      const missing = names.filter((n) => !has.has(n.toLowerCase()));
      if (terms.length + missing.length <= MAX_TERMS || room === 0) return [...terms, ...missing];
    }
  };
  return termsWithNames(keyTerms(a.claim, MAX_TERMS, exclude, lang).length >= 2 ? a.claim : a.sentence);
}

/**
 * `domains`: the web domains of the source and of the publication quoted from (from the content script).
 * `lang`: the article's language (the report's `lang`): the terms are read in it and the searches ask for it.
 */
export function searchLinks(a: Pick<Attribution, 'claim' | 'sentence' | 'source' | 'sourceKind'>, domains: SiteDomains, lang?: string | null): SearchLink[] {
  const language = searchLanguage(lang);
  const edition = language === 'en' ? undefined : EDITIONS[language];
  const terms = checkTerms(a, language).join(' ');
  // An unnamed source ("two sources") adds no phrase a search engine can match (its names are in the terms).
  const source = a.sourceKind === 'anonymous' ? '' : phrase(a.source);
  const links: SearchLink[] = [
    { kind: 'news', url: PROVIDERS.news([source, terms].filter(Boolean).join(' '), edition) },
    { kind: 'factcheck', url: PROVIDERS.factcheck(terms, edition) },
  ];
  // The source's own site when it is a known outlet or organization, else the site of the publication
  // the passage was quoted from.
  const named = a.sourceKind === 'outlet' || a.sourceKind === 'organization';
  const domain = (named ? domains.source : null) ?? domains.via;
  if (domain) links.push({ kind: 'site', domain, url: PROVIDERS.site(`site:${domain} ${terms}`, edition) });
  return links;
}
