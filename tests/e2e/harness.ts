// End-to-end harness: Debian's Chromium (never a downloaded browser) with the built extension,
// a static server on 127.0.0.1 for the corpus pages and the fixtures, and the real toolbar popup.
//
// The popup is opened with CDP's Extensions.triggerAction, which does what a click on the toolbar
// button does (including the activeTab grant); Playwright does not surface popup windows of a
// persistent context, so the popup is reached through a second CDP connection.
import { createServer, type Server } from 'node:http';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { findSharedDir, repoRoot } from '../../scripts/shared-dir.mjs';

/** The extension APIs, as seen inside the service worker (evaluated there, not here). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROME_DIST = path.join(repoRoot, 'dist', 'chrome');
export const ARTIFACTS = path.join(repoRoot, 'artifacts');
const FIXTURES = path.join(repoRoot, 'tests', 'fixtures');

/** Serves tests/fixtures/* and the corpus pages (../shared/corpus/pages/*) by file name. */
export async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const corpus = path.join(findSharedDir(), 'corpus', 'pages');
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    // Client-side routes of the single-page fixture are all served by its page, as a real host would.
    const name = pathname.startsWith('/spa/') ? 'spa.html' : path.basename(pathname);
    for (const dir of [FIXTURES, corpus]) {
      try {
        const body = await readFile(path.join(dir, name));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(body);
        return;
      } catch {
        // try the next folder
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  cdp: CDPSession;
  close: () => Promise<void>;
}

/**
 * Chromium with the extension in `extensionDir` loaded. `--remote-debugging-port=0` opens the second
 * CDP endpoint the popup is reached through (its port is written to DevToolsActivePort).
 */
export async function launchWithExtension(extensionDir = CHROME_DIST): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'attribution-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--remote-debugging-port=0',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  return {
    context, extensionId, worker, userDataDir, cdp,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A copy of the built extension whose manifest already grants `origins` (see the auto-analysis test). */
export async function extensionCopyGranting(origins: string[]): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'attribution-lens-granted-'));
  await cp(CHROME_DIST, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = origins;
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tabTargetId(cdp: CDPSession, url: string): Promise<string> {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((t) => t.url === url);
  if (!target) throw new Error(`no tab target for ${url}`);
  return target.targetId;
}

async function waitForPopupTarget(cdp: CDPSession, extensionId: string): Promise<void> {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  for (let i = 0; i < 200; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    if (targetInfos.some((t) => t.url === popupUrl)) return;
    await sleep(25);
  }
  throw new Error('the popup did not open');
}

export interface OpenPopup {
  popup: Page;
  /** Closes the popup window and the CDP connection to it. */
  close: () => Promise<void>;
}

async function popupTargetIds(cdp: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.url === `chrome-extension://${extensionId}/popup.html`).map((t) => t.targetId);
}

/**
 * Clicks the toolbar button for `page` (as a reader would) and returns the popup that opens.
 *
 * Note: the second CDP connection changes where the browser saves downloads, so tests that check a
 * download's content read the exported Blob instead (see exportedText in the tests).
 */
export async function openPopup(ext: ExtensionBrowser, page: Page): Promise<OpenPopup> {
  await page.bringToFront();
  await ext.cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: await tabTargetId(ext.cdp, page.url()) });
  await waitForPopupTarget(ext.cdp, ext.extensionId);
  const port = (await readFile(path.join(ext.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  let popup: Page | undefined;
  for (let i = 0; i < 100 && !popup; i++) {
    popup = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/popup.html'));
    if (!popup) await sleep(25);
  }
  if (!popup) throw new Error('popup page not found over CDP');
  const opened = popup;
  return {
    popup: opened,
    close: async () => {
      await opened.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      // The next openPopup must not find this popup still closing.
      for (let i = 0; i < 100 && (await popupTargetIds(ext.cdp, ext.extensionId)).length; i++) await sleep(25);
    },
  };
}

/** Waits until the popup has left its "analyzing" state; returns the state it shows. */
export async function settledState(popup: Page): Promise<string> {
  const state = await popup.waitForFunction(() => {
    const value = document.querySelector('main')?.dataset.state;
    return value && value !== 'loading' ? value : false;
  }, undefined, { timeout: 15_000 });
  return (await state.jsonValue()) as string;
}

/** The tab id of the active tab (the one openPopup just acted on). */
export async function activeTabId(ext: ExtensionBrowser): Promise<number> {
  return ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export { sleep };
