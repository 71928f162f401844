// The request the Firefox end-to-end tests make of the test-only build (dist/firefox-test): a tab
// loading OPEN_POPUP_PATH?url=<article URL> on the test server is turned into the popup page for
// the tab showing that article (popup.html?tabId=N, as "Open as a page" opens it). Shared by the
// hook (firefox-test-background.ts) and the tests (firefox-harness.ts).

export const OPEN_POPUP_PATH = '/__attribution-lens-test__/open-popup';

/** The article URL a tab at `url` asks the popup for, or null when `url` is no such request. */
export function requestedArticle(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' || parsed.hostname !== '127.0.0.1' || parsed.pathname !== OPEN_POPUP_PATH) return null;
  return parsed.searchParams.get('url');
}
