// --follow-links: each page an attribution's sentence links to is fetched (once per run, and never
// again while the cache holds it), read as the extension reads it, and matched against the claim with
// the extension's matcher and stop words, so the CLI and "Read the linked page" give the same status
// for the same page. The evidence goes onto the attribution, one entry per web link, in link order.
import type { PageText } from '../evidence/page-text';
import { matchEvidence } from '../evidence/match';
import { PASSAGE_MAX_LENGTH } from '../popup/checks';
import { evidenceLanguage, installStopwords } from '../popup/key-terms';
import de from '../popup/stopwords/de.json';
import en from '../popup/stopwords/en.json';
import es from '../popup/stopwords/es.json';
import fr from '../popup/stopwords/fr.json';
import pt from '../popup/stopwords/pt.json';
import type { LinkEvidence, Report, ReportAttribution } from '../report/report';
import type { PageFetcher } from './fetch-page';
import { readLinkedHtml } from './linked-text';
import { lastingFailure, type CachedPage, type PageCache } from './page-cache';

// The popup loads one list when a Check panel needs it; the CLI may read articles of all five languages.
for (const [code, words] of [['en', en], ['fr', fr], ['de', de], ['es', es], ['pt', pt]] as const) installStopwords(code, words);

export interface FollowOptions {
  fetchPage: PageFetcher;
  /** Null: no cache (every run fetches again). */
  cache: PageCache | null;
  /** Read a fetched page's HTML (readLinkedHtml by default). */
  read?: (html: string, url: string) => PageText;
  now?: () => Date;
}

const isWebLink = (href: string): boolean => /^https?:\/\//i.test(href);

export class LinkFollower {
  /** This run's pages, by URL: an article linking twice to a page, or two articles to one, fetch it once. */
  private readonly pages = new Map<string, Promise<CachedPage>>();
  /** Requests made by this run (for the summary on stderr). */
  fetched = 0;
  fromCache = 0;
  /** Why the cache could not be written, the first time it could not (the run goes on without it). */
  cacheError: string | null = null;

  constructor(private readonly options: FollowOptions) {}

  /** `report` with evidence on every attribution that links to a web page. */
  async follow(report: Report): Promise<Report> {
    if (!report.attributions.some((a) => a.links?.some((l) => isWebLink(l.href)))) return report;
    const language = evidenceLanguage(report.lang);
    const attributions = await Promise.all(report.attributions.map(async (a): Promise<ReportAttribution> => {
      const hrefs = (a.links ?? []).map((l) => l.href).filter(isWebLink);
      if (!hrefs.length) return a;
      const evidence = await Promise.all(hrefs.map(async (href): Promise<LinkEvidence> => {
        const page = await this.page(href);
        if (page.status === 'unreachable') return { url: href, status: 'unreachable', excerpt: '', reason: page.message };
        const match = matchEvidence(a, page.page.blocks, language);
        const excerpt = match.status === 'not-found' ? '' : (match.passage ?? '').slice(0, PASSAGE_MAX_LENGTH);
        return { url: href, ...(page.finalUrl !== href && { finalUrl: page.finalUrl }), status: match.status, excerpt };
      }));
      return { ...a, evidence };
    }));
    return { ...report, attributions };
  }

  private page(url: string): Promise<CachedPage> {
    let page = this.pages.get(url);
    if (!page) {
      page = this.load(url);
      this.pages.set(url, page);
    }
    return page;
  }

  private async load(url: string): Promise<CachedPage> {
    const cached = await this.options.cache?.get(url);
    if (cached) {
      this.fromCache++;
      return cached;
    }
    this.fetched++;
    const fetchedAt = (this.options.now?.() ?? new Date()).toISOString();
    const result = await this.options.fetchPage(url);
    let entry: CachedPage;
    if (!result.ok) {
      entry = { url, fetchedAt, httpStatus: result.httpStatus ?? 0, status: 'unreachable', reason: result.reason, message: result.message };
    } else {
      let page: PageText | null = null;
      try {
        page = (this.options.read ?? readLinkedHtml)(result.html, result.url);
      } catch {
        page = null; // reported as unreadable below
      }
      // A page with no text is read all the same (and holds nothing of the claim), as in the extension.
      entry = page
        ? { url, fetchedAt, httpStatus: result.httpStatus, status: 'read', finalUrl: result.url, page }
        : { url, fetchedAt, httpStatus: result.httpStatus, status: 'unreachable', reason: 'unreadable', message: 'no text could be read from the page' };
    }
    const keep = entry.status === 'read' || lastingFailure(entry.reason, entry.httpStatus);
    // A cache that cannot be written costs a re-fetch next time, not this run.
    if (keep) await this.options.cache?.put(entry).catch((error: Error) => { this.cacheError ??= error.message; });
    return entry;
  }
}
