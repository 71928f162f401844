// The CLI's one way of fetching a page (a URL given as input, or a page an attribution links to with
// --follow-links): the extension's rules for "Read the linked page" (src/background/linked-page.ts:
// no cookies, no referrer, HTML only, 5 MB read as a stream and stopped there, one deadline for the
// whole exchange), plus what a tool on the command line owes the sites it reads: a User-Agent that
// names it, at most a few redirects, and at most a few requests per host at once (host-limit.ts).
import { LINKED_PAGE_MAX_BYTES, LINKED_PAGE_TIMEOUT_MS, fetchLinkedPage } from '../background/linked-page';
import type { UnreachableReason } from '../shared/messages';
import { HostLimiter } from './host-limit';

/** Redirects followed before giving up (browsers allow 20; a page worth reading needs one or two). */
export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = LINKED_PAGE_TIMEOUT_MS;
export const FETCH_MAX_BYTES = LINKED_PAGE_MAX_BYTES;

/** What the CLI says in its requests: the tool and its version. */
export const userAgent = (version: string): string => `attribution-lens/${version} (Attribution Lens command-line tool)`;

export type PageResult =
  | { ok: true; html: string; /** After redirects. */ url: string; httpStatus: number }
  | { ok: false; reason: UnreachableReason; httpStatus?: number; /** In words, for stderr and the report. */ message: string };

export interface FetcherOptions {
  timeoutMs?: number;
  maxBytes?: number;
  userAgent: string;
  limiter?: HostLimiter;
  /** The fetch to use (a test's); Node's own by default. */
  fetch?: typeof fetch;
}

export type PageFetcher = (url: string) => Promise<PageResult>;

const isWeb = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';

/** What happened during one fetch that fetchLinkedPage's reasons do not tell. */
interface Exchange {
  status: number;
  contentType: string;
  redirects: number;
  failure: string | null;
}

/**
 * `fetch` with the User-Agent added and redirects followed by hand, so that they can be counted and
 * kept to http(s). Each hop is a fresh request under the same deadline (the caller's signal).
 */
function politeFetch(base: typeof fetch, ua: string, exchange: Exchange): typeof fetch {
  return async (input, init) => {
    let url = new URL(String(input));
    for (;;) {
      const headers = new Headers(init?.headers);
      headers.set('user-agent', ua);
      const response = await base(url, { ...init, headers, redirect: 'manual' });
      exchange.status = response.status;
      exchange.contentType = response.headers.get('content-type') ?? '';
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || location === null) return response;
      void response.body?.cancel().catch(() => undefined);
      const next = new URL(location, url);
      if (!isWeb(next)) exchange.failure = `redirected to a non-web address (${next.protocol})`;
      else if (++exchange.redirects > MAX_REDIRECTS) exchange.failure = `more than ${MAX_REDIRECTS} redirects`;
      if (exchange.failure) throw new Error(exchange.failure);
      url = next;
    }
  };
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

function describe(reason: UnreachableReason, exchange: Exchange, options: Required<Pick<FetcherOptions, 'timeoutMs' | 'maxBytes'>>): string {
  switch (reason) {
    case 'http-error': return `the server answered HTTP ${exchange.status}`;
    case 'timeout': return `no answer within ${seconds(options.timeoutMs)} (--fetch-timeout)`;
    case 'not-html': return `not an HTML page (Content-Type: ${exchange.contentType.split(';')[0]!.trim() || 'none'})`;
    case 'too-large': return `larger than ${Math.round(options.maxBytes / (1024 * 1024))} MB`;
    default: return exchange.failure ?? 'the server could not be reached';
  }
}

/** A fetcher with one set of rules, for a whole run (its limiter is shared by every fetch of the run). */
export function createPageFetcher(options: FetcherOptions): PageFetcher {
  const limits = { timeoutMs: options.timeoutMs ?? FETCH_TIMEOUT_MS, maxBytes: options.maxBytes ?? FETCH_MAX_BYTES };
  const limiter = options.limiter ?? new HostLimiter();
  const base = options.fetch ?? fetch;
  return async (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { ok: false, reason: 'network', message: 'not a valid address' };
    }
    if (!isWeb(parsed)) return { ok: false, reason: 'network', message: `not a web address (${parsed.protocol})` };
    const exchange: Exchange = { status: 0, contentType: '', redirects: 0, failure: null };
    const capture = (error: unknown): never => {
      // Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, a DNS failure) as its cause.
      const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
      exchange.failure ??= cause ? `the server could not be reached (${cause.code ?? cause.message})` : null;
      throw error;
    };
    const polite = politeFetch(base, options.userAgent, exchange);
    const page = await limiter.run(url, () => fetchLinkedPage(url, {
      ...limits, fetch: (input, init) => polite(input, init).catch(capture),
    }));
    if (page.ok) return { ok: true, html: page.html, url: page.url, httpStatus: exchange.status };
    return { ok: false, reason: page.reason, ...(page.httpStatus === undefined ? {} : { httpStatus: page.httpStatus }), message: describe(page.reason, exchange, limits) };
  };
}
