// --format profile: one CSV row per article, its sourcing profile (src/core/profile.ts) — the table a
// researcher sorts and filters over a crawl. Cells are neutralised as in the per-attribution CSV.
import { sourcingProfile } from '../core/profile';
import { csvCell } from '../report/csv';
import type { Report } from '../report/report';

export const PROFILE_COLUMNS = [
  'file', 'url', 'title', 'site', 'published', 'attributions', 'named', 'unnamedOrVague', 'secondHand',
  'linked', 'outletsCited', 'mostCitedSource', 'lang', 'error',
] as const;

/** The host name of a page's address ("www.example.com"), or "" when it has none. */
export function siteOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export const profileHeader = (): string => PROFILE_COLUMNS.join(',');

/** One article's row (without its line break). Counts are empty for an input with no article. */
export function profileRow(report: Report): string {
  const p = report.articleFound ? sourcingProfile(report.attributions) : null;
  const row: Record<(typeof PROFILE_COLUMNS)[number], unknown> = {
    file: report.file ?? '', url: report.url ?? '', title: report.title, site: siteOf(report.url),
    published: report.published ?? '',
    attributions: p?.total, named: p?.named, unnamedOrVague: p?.anonymous, secondHand: p?.secondHand,
    // Attributions whose sentence holds a link (to the source, or anything else).
    linked: p && report.attributions.filter((a) => a.links?.length).length,
    outletsCited: p?.outlets.join('; '), mostCitedSource: p?.sources[0]?.source,
    lang: report.lang ?? '', error: report.error ?? '',
  };
  return PROFILE_COLUMNS.map((c) => csvCell(row[c])).join(',');
}
