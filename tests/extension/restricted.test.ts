import { describe, expect, test } from 'vitest';
import { restrictionOf, sitePattern } from '../../src/shared/restricted';

describe('restrictionOf: pages no extension may read', () => {
  test.each([
    ['chrome://version/', 'browser'],
    ['chrome://newtab/', 'browser'],
    ['about:blank', 'browser'],
    ['about:addons', 'browser'],
    ['edge://settings', 'browser'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser'],
    ['moz-extension://1234/popup.html', 'browser'],
    ['view-source:https://example.com/', 'browser'],
    ['devtools://devtools/bundled/inspector.html', 'browser'],
    ['data:text/html,<p>hi</p>', 'browser'],
    ['not a url', 'browser'],
    ['https://chromewebstore.google.com/detail/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://example.com/report.pdf', 'pdf'],
    ['https://example.com/REPORT.PDF?download=1', 'pdf'],
  ])('%s → %s', (url, expected) => {
    expect(restrictionOf(url)).toBe(expected);
  });

  test.each([
    'https://www.reuters.com/world/middle-east/article',
    'http://127.0.0.1:8080/seed-mosul.html',
    'https://chrome.google.com/search', // not the store's path
    'https://example.com/pdf-guide',
    'file:///home/reader/article.html',
  ])('%s may be read', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });

  test('no URL (no access to the tab yet) is not judged', () => {
    expect(restrictionOf(undefined)).toBeNull();
    expect(restrictionOf(null)).toBeNull();
  });
});

describe('sitePattern: the one site "Analyze automatically" asks for', () => {
  test.each([
    ['https://www.example.com/news/1?x=2#top', 'https://www.example.com/*'],
    ['http://127.0.0.1:8080/seed-mosul.html', 'http://127.0.0.1/*'],
    ['https://chromewebstore.google.com/detail/x', null],
    ['chrome://version', null],
    ['file:///tmp/a.html', null],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(sitePattern(url)).toBe(expected);
  });
});
