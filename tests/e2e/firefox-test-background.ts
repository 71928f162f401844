// The background of the test-only Firefox build (`node build.mjs --firefox-test` → dist/firefox-test,
// never shipped; tests/e2e/firefox.test.ts checks that dist/firefox lacks it): the shipped background
// plus one hook. WebDriver BiDi cannot click the toolbar button, and refuses to navigate to
// moz-extension:// pages, so a test loads OPEN_POPUP_PATH?url=<article> in a tab of its own and this
// hook navigates that tab to the popup page for the article's tab, where the test can drive it.
import browser from 'webextension-polyfill';
import '../../src/background/index';
import { requestedArticle } from './firefox-test-hook';

browser.tabs.onUpdated.addListener(async (tabId, change) => {
  const article = change.url ? requestedArticle(change.url) : null;
  if (article === null) return;
  const tabs = (await browser.tabs.query({})).filter((tab) => tab.url === article && tab.id !== undefined);
  if (tabs.length !== 1) {
    console.error(`Attribution Lens test hook: ${tabs.length} tabs show ${article}; the test needs exactly one`);
    return;
  }
  await browser.tabs.update(tabId, { url: browser.runtime.getURL(`popup.html?tabId=${tabs[0]!.id}`) });
});
