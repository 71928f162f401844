// End-to-end helpers: the browser driving lives in scripts/extension-browser.mjs (shared with
// scripts/measure-popup.mjs); here are the test-only pieces.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/extension-browser.mjs';
import { repoRoot } from '../../scripts/shared-dir.mjs';

export * from '../../scripts/extension-browser.mjs';

export const ARTIFACTS = path.join(repoRoot, 'artifacts');

/** The extension APIs, as seen inside the service worker (evaluated there, not here). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** The tab id of the active tab (the one openPopup just acted on). */
export async function activeTabId(ext: ExtensionBrowser): Promise<number> {
  return ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** The tab showing `url` (needs access to the tab: activeTab after a click, or a granted site). */
export async function tabIdFor(ext: ExtensionBrowser, url: string): Promise<number> {
  return ext.worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return tab!.id!;
  }, url);
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Saves a screenshot under artifacts/ (a test artifact, never committed). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file }); // what the reader sees: the popup's own viewport
  return file;
}
