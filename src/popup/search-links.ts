// The "Check" searches for one attribution: ready-made queries that a reader opens in new tabs (the
// extension itself never fetches anything). News and site searches pair the claim's key terms with
// its source; the fact-check search uses the claim alone, as fact-check indexes are keyed by claim.
import type { Attribution } from '../core/types';
import type { SiteDomains } from '../shared/messages';
import { keyTerms } from './key-terms';

export type SearchKind = 'news' | 'factcheck' | 'site';

export interface SearchLink {
  kind: SearchKind;
  url: string;
  /** The outlet's domain, for kind 'site'. */
  domain?: string;
}

const PROVIDERS: Record<SearchKind, (query: string) => string> = {
  news: (q) => `https://news.google.com/search?q=${encodeURIComponent(q)}`,
  factcheck: (q) => `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(q)}`,
  site: (q) => `https://duckduckgo.com/?q=${encodeURIComponent(q)}`,
};

/** A source name as a search phrase: quoted when it has several words. */
function phrase(name: string): string {
  const clean = name.replace(/["“”]/g, '').trim();
  return /\s/.test(clean) ? `"${clean}"` : clean;
}

/** The terms the searches use: the claim's key terms (the sentence's when the claim has too few). */
export function checkTerms(a: Pick<Attribution, 'claim' | 'sentence' | 'source'>): string[] {
  const terms = keyTerms(a.claim, 6, a.source);
  return terms.length >= 2 ? terms : keyTerms(a.sentence, 6, a.source);
}

/** `domains`: the web domains of the source and of the publication quoted from (from the content script). */
export function searchLinks(a: Pick<Attribution, 'claim' | 'sentence' | 'source' | 'sourceKind'>, domains: SiteDomains): SearchLink[] {
  const terms = checkTerms(a).join(' ');
  // An unnamed source ("two sources") adds nothing a search engine can match.
  const source = a.sourceKind === 'anonymous' ? '' : phrase(a.source);
  const links: SearchLink[] = [
    { kind: 'news', url: PROVIDERS.news([source, terms].filter(Boolean).join(' ')) },
    { kind: 'factcheck', url: PROVIDERS.factcheck(terms) },
  ];
  // The source's own site when it is a known outlet or organization, else the site of the publication
  // the passage was quoted from.
  const named = a.sourceKind === 'outlet' || a.sourceKind === 'organization';
  const domain = (named ? domains.source : null) ?? domains.via;
  if (domain) links.push({ kind: 'site', domain, url: PROVIDERS.site(`site:${domain} ${terms}`) });
  return links;
}
