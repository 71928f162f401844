// The requests the Firefox end-to-end tests make of the test-only build (dist/firefox-test), as a
// tab loading a path on the test server: OPEN_POPUP_PATH?url=<article URL> turns that tab into the
// popup page for the tab showing the article (popup.html?tabId=N, as "Open as a page" opens it);
// FORGET_PLACES_PATH empties storage.session (the reader's remembered places) and closes the tab.
// Shared by the hook (firefox-test-background.ts) and the tests (firefox-harness.ts).

export const OPEN_POPUP_PATH = '/__attribution-lens-test__/open-popup';
export const FORGET_PLACES_PATH = '/__attribution-lens-test__/forget-places';

/** Whether `url` is the test server's page at `pathname` (the host the test build is granted). */
export function isTestRequest(url: string, pathname: string): boolean {
  return testServerUrl(url)?.pathname === pathname;
}

/** The article URL a tab at `url` asks the popup for, or null when `url` is no such request. */
export function requestedArticle(url: string): string | null {
  const parsed = testServerUrl(url);
  return parsed?.pathname === OPEN_POPUP_PATH ? parsed.searchParams.get('url') : null;
}

function testServerUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1' ? parsed : null;
  } catch {
    return null;
  }
}
