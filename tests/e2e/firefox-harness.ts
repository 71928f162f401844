// Drives the extension in Debian's Firefox ESR (/usr/bin/firefox-esr; never a downloaded browser),
// headless under puppeteer-core over WebDriver BiDi. BiDi installs the extension
// (webExtension.install) but can neither click the toolbar button nor navigate to moz-extension://
// pages, so the tests install the test-only build dist/firefox-test (`node build.mjs --firefox-test`):
// a tab that loads OPEN_POPUP_PATH?url=<article> is turned by its background into the popup page for
// the article's tab (popup.html?tabId=N, the page "Open as a page" opens), which the test then drives.
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot } from '../../scripts/shared-dir.mjs';
import { sleep } from '../../scripts/extension-browser.mjs';
import { FORGET_PLACES_PATH, OPEN_POPUP_PATH } from './firefox-test-hook';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_TEST_DIST = path.join(repoRoot, 'dist', 'firefox-test');
/** How long the test build may take to turn a request tab into the popup page. */
const POPUP_OPEN_TIMEOUT_MS = 10_000;

export interface FirefoxExtension {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/** Writes dist/firefox-test from the current sources (it is never written by the default build). */
export async function buildFirefoxTest(): Promise<void> {
  await promisify(execFile)(process.execPath, ['build.mjs', '--firefox-test'], { cwd: repoRoot });
}

/** Firefox ESR, headless, with dist/firefox-test installed as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxExtension> {
  await access(FIREFOX).catch(() => {
    throw new Error(`Firefox not found at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX`);
  });
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    const extensionId = await browser.installExtension(FIREFOX_TEST_DIST);
    return { browser, extensionId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * The popup page for the tab showing `article` (which must be the only tab showing its URL), in a
 * tab of its own; `close` closes that tab, as closing the toolbar popup would unload it.
 */
export async function openPopup(ext: FirefoxExtension, article: Page): Promise<{ popup: Page; close: () => Promise<void> }> {
  const popup = await ext.browser.newPage();
  const url = new URL(OPEN_POPUP_PATH, article.url());
  url.searchParams.set('url', article.url());
  // Not popup.goto(): the hook replaces the request with a moz-extension:// page, and goto then
  // waits for a load it is never told about.
  await popup.evaluate((href) => { location.href = href; }, url.href);
  // popup.url() keeps the request's URL: BiDi does not report a navigation to moz-extension://.
  // The document itself says where it is.
  const at = () => popup.evaluate(() => location.href).catch(() => '');
  const deadline = Date.now() + POPUP_OPEN_TIMEOUT_MS;
  while (!/^moz-extension:\/\/[^/]+\/popup\.html\?tabId=\d+$/.test(await at())) {
    if (Date.now() > deadline) {
      const where = await at();
      await popup.close().catch(() => undefined);
      throw new Error(`the test build did not open the popup page for ${article.url()} (still at ${where})`);
    }
    await sleep(25);
  }
  return { popup, close: () => popup.close() };
}

/** Empties storage.session (the places the popup remembers per article): a first-time reader's start. */
export async function forgetPlaces(ext: FirefoxExtension, origin: string): Promise<void> {
  const page = await ext.browser.newPage();
  const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
  await page.evaluate((href) => { location.href = href; }, new URL(FORGET_PLACES_PATH, origin).href);
  const timeout = sleep(POPUP_OPEN_TIMEOUT_MS).then(() => { throw new Error('the test build did not forget the remembered places'); });
  await Promise.race([closed, timeout]);
}

/** Waits until the popup has left its "analyzing" state; returns the state it shows. */
export async function settledState(popup: Page): Promise<string> {
  const state = await popup.waitForFunction(() => {
    const value = document.querySelector('main')?.dataset.state;
    return value && value !== 'loading' ? value : false;
  }, { timeout: 15_000 });
  return (await state.jsonValue()) as string;
}
