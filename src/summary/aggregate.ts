// The corpus at a glance: figures over many reports, gathered one report at a time so that a summary
// of a large crawl holds per article only a few numbers (and the attributions of the articles it shows).
import { nameKey } from '../core/lexicon';
import { CATEGORY_OF_KIND, PROFILE_CATEGORIES, type ProfileCategory } from '../core/profile';
import type { SourceKind } from '../core/types';
import { webUrl } from './escape';
import type { SummaryAttribution, SummaryReport } from './read-report';

/** The unnamed-share histogram's bars: ten, of ten percentage points each (the last one ends at 100% inclusive). */
export const HISTOGRAM_BINS = 10;
/** How many of the most-cited outlets, organizations and people the summary lists. */
export const TOP_SOURCES = 15;
/**
 * How many articles the ranking lists (each with a section holding its attributions): a page of
 * a million sections is no glance, and keeping them all would grow memory with the corpus.
 */
export const MAX_RANKED_ARTICLES = 500;
/** The failed inputs the summary names (all are counted). */
export const MAX_FAILURES_LISTED = 200;

/** An article's figures (its position in the input, 1-based, is `n`). */
export interface ArticleRow {
  n: number;
  file: string | null;
  url: string | null;
  title: string;
  site: string;
  published: string | null;
  lang: string | null;
  attributions: number;
  unnamed: number;
  secondHand: number;
  linked: number;
  /** unnamed / attributions; null when there are no attributions. */
  unnamedShare: number | null;
  byCategory: Record<ProfileCategory, number>;
}

/** An article of the ranking, with its attributions (for its section of the HTML). */
export interface RankedArticle extends ArticleRow {
  list: SummaryAttribution[];
}

export interface SiteRow {
  site: string;
  articles: number;
  attributions: number;
  perArticle: number;
  /** Pooled over the site's attributions; null when it has none. */
  unnamedShare: number | null;
  secondHandShare: number | null;
  linkedShare: number | null;
}

export interface SourceRow {
  source: string;
  attributions: number;
  articles: number;
}

export interface HistogramBin {
  /** Lower and upper bound of the share (0..1); `to` is exclusive but for the last bin. */
  from: number;
  to: number;
  articles: number;
}

export interface Failure {
  n: number;
  file: string | null;
  url: string | null;
  error: string;
}

export interface Summary {
  articles: {
    /** Reports read. */
    total: number;
    /** Reports with an article. */
    found: number;
    /** Reports without one (unreadable input, no article text). */
    failed: number;
    /** Articles in a language no pack reads (found, but no attributions looked for). */
    notRead: number;
    /** Articles with at least one attribution (those the unnamed share is defined for). */
    withAttributions: number;
  };
  attributions: {
    total: number;
    unnamed: number;
    secondHand: number;
    linked: number;
    byCategory: Record<ProfileCategory, number>;
  };
  unnamedShare: {
    /** Over all attributions of the corpus. */
    pooled: number | null;
    /** Over articles (each article's share weighs the same). */
    mean: number | null;
    median: number | null;
    histogram: HistogramBin[];
  };
  /** Most articles first. */
  sites: SiteRow[];
  cited: { outlets: SourceRow[]; organizations: SourceRow[]; people: SourceRow[] };
  /** Articles with attributions, highest unnamed share first (at most MAX_RANKED_ARTICLES). */
  ranked: RankedArticle[];
  /** Failed inputs (at most MAX_FAILURES_LISTED; `articles.failed` counts them all). */
  failures: Failure[];
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The site an article belongs to: its address's host name, else the publication its metadata names. */
export function siteOf(report: Pick<SummaryReport, 'url' | 'siteName'>): string {
  const url = webUrl(report.url);
  if (url) return new URL(url).hostname;
  const name = report.siteName?.trim();
  return name ? name : '(unknown site)';
}

/** The bin of the histogram a share falls in. */
export const binOf = (value: number): number => Math.min(HISTOGRAM_BINS - 1, Math.floor(value * HISTOGRAM_BINS + 1e-9));

/** Ranking order: higher unnamed share first, then more unnamed attributions, then input order. */
function before(a: ArticleRow, b: ArticleRow): number {
  return (b.unnamedShare ?? -1) - (a.unnamedShare ?? -1) || b.unnamed - a.unnamed || a.n - b.n;
}

interface SiteTally { articles: number; attributions: number; unnamed: number; secondHand: number; linked: number }
interface SourceTally { source: string; attributions: number; articles: number; lastArticle: number }

const CITED_KINDS: Readonly<Partial<Record<SourceKind, keyof Summary['cited']>>> = {
  outlet: 'outlets',
  organization: 'organizations',
  person: 'people',
};

function emptyCategories(): Record<ProfileCategory, number> {
  return Object.fromEntries(PROFILE_CATEGORIES.map((c) => [c, 0])) as Record<ProfileCategory, number>;
}

/** An article's figures, counted as the sourcing profile (src/core/profile.ts) counts them. */
export function articleRow(report: SummaryReport, n: number): ArticleRow {
  const byCategory = emptyCategories();
  let secondHand = 0;
  let linked = 0;
  for (const a of report.attributions) {
    byCategory[CATEGORY_OF_KIND[a.sourceKind]]++;
    if (a.via) secondHand++;
    if (a.links.length > 0) linked++;
  }
  const total = report.attributions.length;
  return {
    n,
    file: report.file,
    url: report.url,
    title: report.title,
    site: siteOf(report),
    published: report.published,
    lang: report.lang,
    attributions: total,
    unnamed: byCategory.unnamed,
    secondHand,
    linked,
    unnamedShare: share(byCategory.unnamed, total),
    byCategory,
  };
}

/** Gathers reports one at a time; `result()` gives the summary of those added so far. */
export class SummaryBuilder {
  private n = 0;
  private found = 0;
  private failed = 0;
  private notRead = 0;
  private readonly totals = { total: 0, unnamed: 0, secondHand: 0, linked: 0, byCategory: emptyCategories() };
  private readonly shares: number[] = [];
  private readonly histogram = new Array<number>(HISTOGRAM_BINS).fill(0);
  private readonly sites = new Map<string, SiteTally>();
  private readonly cited = { outlets: new Map<string, SourceTally>(), organizations: new Map<string, SourceTally>(), people: new Map<string, SourceTally>() };
  /** The best-ranked articles so far, in ranking order (at most MAX_RANKED_ARTICLES). */
  private readonly ranked: RankedArticle[] = [];
  private readonly failures: Failure[] = [];

  constructor(private readonly limits = { ranked: MAX_RANKED_ARTICLES, failures: MAX_FAILURES_LISTED }) {}

  add(report: SummaryReport): void {
    const n = ++this.n;
    if (!report.articleFound) {
      this.failed++;
      if (this.failures.length < this.limits.failures) {
        this.failures.push({ n, file: report.file, url: report.url, error: report.error ?? 'no article' });
      }
      return;
    }
    this.found++;
    if (!report.languageSupported) this.notRead++;
    const row = articleRow(report, n);
    this.totals.total += row.attributions;
    this.totals.unnamed += row.unnamed;
    this.totals.secondHand += row.secondHand;
    this.totals.linked += row.linked;
    for (const c of PROFILE_CATEGORIES) this.totals.byCategory[c] += row.byCategory[c];

    const site = this.sites.get(row.site) ?? { articles: 0, attributions: 0, unnamed: 0, secondHand: 0, linked: 0 };
    site.articles++;
    site.attributions += row.attributions;
    site.unnamed += row.unnamed;
    site.secondHand += row.secondHand;
    site.linked += row.linked;
    this.sites.set(row.site, site);

    for (const a of report.attributions) {
      const list = CITED_KINDS[a.sourceKind];
      if (list) this.cite(this.cited[list], a.source, n);
      // An outlet a passage was taken from is cited too (as the sourcing profile's outlets count it).
      if (a.via && !(a.sourceKind === 'outlet' && nameKey(a.source) === nameKey(a.via))) this.cite(this.cited.outlets, a.via, n);
    }

    if (row.unnamedShare !== null) {
      this.shares.push(row.unnamedShare);
      this.histogram[binOf(row.unnamedShare)]! += 1;
      this.rank({ ...row, list: report.attributions });
    }
  }

  private cite(tallies: Map<string, SourceTally>, source: string, article: number): void {
    const key = nameKey(source) || source;
    const tally = tallies.get(key);
    if (!tally) {
      tallies.set(key, { source, attributions: 1, articles: 1, lastArticle: article });
      return;
    }
    tally.attributions++;
    if (tally.lastArticle !== article) {
      tally.articles++;
      tally.lastArticle = article;
    }
  }

  /** Keeps the article if it is among the best-ranked so far (binary insertion; the worst falls off). */
  private rank(article: RankedArticle): void {
    const list = this.ranked;
    const last = list[list.length - 1];
    if (list.length >= this.limits.ranked && last && before(article, last) >= 0) return;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(list[mid]!, article) <= 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, article);
    if (list.length > this.limits.ranked) list.pop();
  }

  result(): Summary {
    const sorted = [...this.shares].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median = sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    const mean = sorted.length === 0 ? null : sorted.reduce((s, v) => s + v, 0) / sorted.length;
    const top = (tallies: Map<string, SourceTally>): SourceRow[] =>
      [...tallies.values()]
        .sort((a, b) => b.attributions - a.attributions || b.articles - a.articles || a.source.localeCompare(b.source))
        .slice(0, TOP_SOURCES)
        .map(({ source, attributions, articles }) => ({ source, attributions, articles }));
    return {
      articles: { total: this.n, found: this.found, failed: this.failed, notRead: this.notRead, withAttributions: this.shares.length },
      attributions: { ...this.totals, byCategory: { ...this.totals.byCategory } },
      unnamedShare: {
        pooled: share(this.totals.unnamed, this.totals.total),
        mean,
        median,
        histogram: this.histogram.map((articles, i) => ({ from: i / HISTOGRAM_BINS, to: (i + 1) / HISTOGRAM_BINS, articles })),
      },
      sites: [...this.sites.entries()]
        .map(([site, t]) => ({
          site,
          articles: t.articles,
          attributions: t.attributions,
          perArticle: t.attributions / t.articles,
          unnamedShare: share(t.unnamed, t.attributions),
          secondHandShare: share(t.secondHand, t.attributions),
          linkedShare: share(t.linked, t.attributions),
        }))
        .sort((a, b) => b.articles - a.articles || b.attributions - a.attributions || a.site.localeCompare(b.site)),
      cited: { outlets: top(this.cited.outlets), organizations: top(this.cited.organizations), people: top(this.cited.people) },
      ranked: [...this.ranked],
      failures: [...this.failures],
    };
  }
}

/** The summary of a list of reports (the tests' and small callers' entry point). */
export function summarize(reports: Iterable<SummaryReport>, limits?: { ranked: number; failures: number }): Summary {
  const builder = new SummaryBuilder(limits);
  for (const r of reports) builder.add(r);
  return builder.result();
}
