// The CLI's network options in one place: http(s) inputs are fetched, and with --follow-links the pages
// attributions link to. Nothing is fetched otherwise: a run on files makes no request at all.
import { escapeControls } from '../report/controls';
import { FETCH_TIMEOUT_MS, MAX_REDIRECTS, createPageFetcher, userAgent, type PageFetcher } from './fetch-page';
import { LinkFollower } from './follow-links';
import { REQUESTS_PER_HOST } from './host-limit';
import { PageCache, defaultCacheDir } from './page-cache';

export const NETWORK_OPTIONS = {
  'follow-links': { type: 'boolean' },
  cache: { type: 'string' },
  'fetch-timeout': { type: 'string' },
} as const;

export const NETWORK_USAGE = `  --follow-links  fetch every page an attribution's sentence links to and say whether it holds the
                claim: "evidence": [{url, status, excerpt}] on the attribution, status found, similar,
                not-found or unreachable (as "Read the linked page" in the extension)
  --cache DIR   where --follow-links keeps the pages it read, so a re-run fetches nothing twice
                (default: ${defaultCacheDir()})
  --fetch-timeout S  give up on a page after S seconds (default ${FETCH_TIMEOUT_MS / 1000})`;

export const NETWORK_NOTE = `Pages (http(s) inputs, and linked pages with --follow-links) are fetched with no cookies, up to
${MAX_REDIRECTS} redirects, HTML only, at most 5 MB, ${REQUESTS_PER_HOST} requests per site at a time, as "${userAgent('VERSION')}".
Nothing else is sent anywhere.`;

export interface NetworkValues {
  'follow-links'?: boolean;
  cache?: string;
  'fetch-timeout'?: string;
}

export interface Network {
  fetchPage: PageFetcher;
  /** With --follow-links only. */
  follower: LinkFollower | null;
}

/** --fetch-timeout: seconds (a decimal number above 0), in milliseconds; null when invalid. */
export function parseFetchTimeout(value: string | undefined): number | null {
  if (value === undefined) return FETCH_TIMEOUT_MS;
  const ms = /^\d{1,5}(?:\.\d{1,3})?$/.test(value) ? Math.round(Number(value) * 1000) : 0;
  return ms > 0 ? ms : null;
}

/** The run's fetcher and follower, or why the options are wrong (a usage error). */
export function setupNetwork(values: NetworkValues, version: string): Network | { error: string } {
  const timeoutMs = parseFetchTimeout(values['fetch-timeout']);
  if (timeoutMs === null) return { error: `--fetch-timeout takes a number of seconds above 0, not: ${escapeControls(values['fetch-timeout'] ?? '')}` };
  if (values.cache !== undefined && !values['follow-links']) return { error: '--cache keeps the pages --follow-links reads: give --follow-links too' };
  if (values.cache === '') return { error: '--cache takes a directory' };
  const fetchPage = createPageFetcher({ timeoutMs, userAgent: userAgent(version) });
  const follower = values['follow-links']
    ? new LinkFollower({ fetchPage, cache: new PageCache(values.cache ?? defaultCacheDir()) })
    : null;
  return { fetchPage, follower };
}
