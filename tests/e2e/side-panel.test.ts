// The side panel in Debian's Chromium: opened from the popup ("Keep open beside the article"), it
// stays open while the reader opens and closes search tabs, keeps the reader's place, and records
// findings without reopening anything.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storageKey } from '../../src/popup/checks';
import { clickKeepOpen, extensionPage, launchWithExtension, openPopup, saveScreenshot, settledState, startServer, type ExtensionBrowser } from './harness';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  // Search links lead off this machine, which has no network: fail them at once.
  await ext.context.route((url) => /^https?:/.test(url.protocol) && url.origin !== server.origin, (route) => route.abort());
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The statuses stored for `url`, read in the service worker. */
function storedStatuses(url: string): Promise<string[]> {
  return ext.worker.evaluate(async (key) => {
    const items = await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { checks: Record<string, { status: string }> }>> } } } })
      .chrome.storage.local.get(key);
    return Object.values(items[key]?.checks ?? {}).map((c) => c.status);
  }, storageKey(url));
}

test('the side panel stays open while three search tabs open and close; the findings are recorded without reopening anything [waits for the engine]', { timeout: 60_000 }, async () => {
  const article = await ext.context.newPage();
  await article.setViewportSize({ width: 1100, height: 700 });
  const url = `${server.origin}/seed-mosul.html`;
  await article.goto(url);
  const { popup } = await openPopup(ext, article);
  expect(await settledState(popup)).toBe('ready');
  await clickKeepOpen(popup);
  const { page: panel, disconnect } = await extensionPage(ext, 'sidepanel.html');
  try {
    expect(await settledState(panel)).toBe('ready');
    expect(await panel.getAttribute('main', 'class')).toBe('panel');
    await expect.poll(() => popup.isClosed(), { message: 'the popup closed when the panel opened' }).toBe(true);
    const search = panel.locator('input.search');
    await search.fill('Mosul');

    for (let i = 0; i < 3; i++) {
      const claim = panel.locator('.claim').nth(i);
      await claim.locator('button.check').click();
      const opened = ext.context.waitForEvent('page');
      await claim.locator('.search-links a[data-search="news"]').click();
      const searchTab: Page = await opened;
      // The panel follows the active tab: the search results are a page it was given no access to.
      await expect.poll(() => panel.locator('main').getAttribute('data-state'), { message: 'the panel follows the search tab' }).toBe('needs-access');
      await searchTab.close();
      // The reader is back on the article: the panel is still there, with its search and the open panel.
      await article.bringToFront();
      await expect.poll(() => panel.locator('main').getAttribute('data-state'), { message: 'the panel shows the article again' }).toBe('ready');
      expect(await search.inputValue()).toBe('Mosul');
      await claim.locator('input[type="radio"][value="corroborated"]').check();
    }
    await expect.poll(() => storedStatuses(url), { message: 'three findings stored' }).toEqual(['corroborated', 'corroborated', 'corroborated']);
    expect(panel.isClosed()).toBe(false);
    expect(await panel.locator('.check-panel').count()).toBe(3);
    await saveScreenshot(panel, 'side-panel.png');
  } finally {
    await disconnect();
  }
});
