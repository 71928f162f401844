// The background of the test-only Firefox build (`node build.mjs --firefox-test` → dist/firefox-test,
// never shipped; tests/e2e/firefox.test.ts checks that dist/firefox lacks it): the shipped background
// plus one hook. WebDriver BiDi cannot click the toolbar button, and refuses to navigate to
// moz-extension:// pages, so a test loads OPEN_POPUP_PATH?url=<article> in a tab of its own and this
// hook navigates that tab to the popup page for the article's tab, where the test can drive it.
// FORGET_PLACES_PATH starts a test where a first-time reader would (nothing in storage.session).
import browser from 'webextension-polyfill';
import '../../src/background/index';
import { FORGET_PLACES_PATH, isTestRequest, requestedArticle } from './firefox-test-hook';

browser.tabs.onUpdated.addListener(async (tabId, change) => {
  if (!change.url) return;
  if (isTestRequest(change.url, FORGET_PLACES_PATH)) {
    await browser.storage.session.clear();
    await browser.tabs.remove(tabId);
    return;
  }
  const article = requestedArticle(change.url);
  if (article === null) return;
  const tabs = (await browser.tabs.query({})).filter((tab) => tab.url === article && tab.id !== undefined);
  if (tabs.length !== 1) {
    console.error(`Attribution Lens test hook: ${tabs.length} tabs show ${article}; the test needs exactly one`);
    return;
  }
  await browser.tabs.update(tabId, { url: browser.runtime.getURL(`popup.html?tabId=${tabs[0]!.id}`) });
});
