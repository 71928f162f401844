// Pages no extension may read: the browser's own pages, the extension stores, other extensions and
// the PDF viewer. Detecting them from the URL lets the popup say so instead of failing to inject.

export type Restriction = 'browser' | 'store' | 'pdf';

/** Schemes that only the browser itself may script. */
const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:', 'jar:', 'javascript:', 'data:',
  'blob:', 'filesystem:',
]);

/** Extension stores: hosts (and path prefixes) where browsers block content scripts. */
const STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

/** Why no extension may read `url`, or null when it may (or when there is no URL to judge). */
export function restrictionOf(url: string | undefined | null): Restriction | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return 'browser';
  const host = parsed.hostname.toLowerCase();
  if (STORES.some((s) => host === s.host && (!s.path || parsed.pathname === s.path || parsed.pathname.startsWith(`${s.path}/`)))) {
    return 'store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** The match pattern that grants one site (any port, this scheme) for "Analyze automatically on this site". */
export function sitePattern(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'http:' && protocol !== 'https:') || !hostname || restrictionOf(url)) return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}
