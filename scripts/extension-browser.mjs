// Drives the built extension in Debian's Chromium (never a downloaded browser): a static server on
// 127.0.0.1 for the corpus pages and the test fixtures, a browser with the extension loaded, and the
// real toolbar popup. Used by the end-to-end tests and by scripts/measure-popup.mjs.
//
// The popup is opened with CDP's Extensions.triggerAction, which does what a click on the toolbar
// button does (including the activeTab grant). Playwright does not surface popup windows of a
// persistent context, so the popup is reached through a second CDP connection. That connection
// changes where the browser saves downloads: read exported files from the page, not the disk.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './shared-dir.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROME_DIST = path.join(repoRoot, 'dist', 'chrome');
const FIXTURES = path.join(repoRoot, 'tests', 'fixtures');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serves tests/fixtures/* and the corpus pages (corpus/pages/*) by file name. */
export async function startServer() {
  const corpus = path.join(repoRoot, 'corpus', 'pages');
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    // Client-side routes of the single-page fixture are all served by its page, as a real host would.
    const name = pathname.startsWith('/spa/') ? 'spa.html' : path.basename(pathname);
    // "/fr/page.html": a page of another language's corpus set (corpus/fr/pages).
    const set = /^\/([a-z]{2})\/[^/]+$/u.exec(pathname)?.[1];
    const dirs = set ? [path.join(repoRoot, 'corpus', set, 'pages')] : [FIXTURES, corpus];
    for (const dir of dirs) {
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
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The id Chromium gives an unpacked extension: its folder's absolute path, hashed (SHA-256, first 16 bytes, digits 0-f written a-p). */
export function unpackedExtensionId(extensionDir) {
  const hex = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Chromium with the extension in `extensionDir` loaded, its button pinned to the toolbar as a reader
 * who uses it keeps it (the profile's extensions.pinned_extensions): the popup then opens from the
 * button itself. An unpinned extension's action first pops its button out into the toolbar, an
 * animation of Chromium's own (100-270 ms here) before the popup even starts loading. `--remote-debugging-port=0` opens the second
 * CDP endpoint the popup is reached through (its port is written to DevToolsActivePort).
 * `language` sets the browser's UI language, which picks the extension's catalogue: on Linux Chromium
 * ignores --lang and reads LANGUAGE, and falls back to en-US unless its locales/<lang>.pak exists
 * (Debian's chromium-l10n package).
 */
export async function launchWithExtension(extensionDir = CHROME_DIST, { language } = {}) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'attribution-lens-browser-'));
  await mkdir(path.join(userDataDir, 'Default'));
  await writeFile(path.join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    ...(language ? { env: { ...process.env, LANGUAGE: language } } : {}),
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--remote-debugging-port=0',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();
  return {
    context, extensionId, worker, userDataDir, cdp,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A copy of the built extension whose manifest already grants `origins`. */
export async function extensionCopyGranting(origins) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'attribution-lens-granted-'));
  await cp(CHROME_DIST, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = origins;
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function popupTargetIds(ext) {
  const { targetInfos } = await ext.cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.url === `chrome-extension://${ext.extensionId}/popup.html`).map((t) => t.targetId);
}

/** Clicks the toolbar button for `page` (CDP's Extensions.triggerAction); resolves, when the popup exists, to the click's time (ms since the epoch). */
export async function clickToolbarButton(ext, page) {
  await page.bringToFront();
  const { targetInfos } = await ext.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  const clickedAt = Date.now();
  await ext.cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
  for (let i = 0; i < 200; i++) {
    if ((await popupTargetIds(ext)).length) return clickedAt;
    await sleep(25);
  }
  throw new Error('the popup did not open');
}

/**
 * An extension page the browser shows outside any tab (the popup, the side panel), reached over the
 * second CDP endpoint: Playwright's own context does not list them. `{ page, disconnect }`.
 */
export async function extensionPage(ext, file) {
  const port = (await readFile(path.join(ext.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  let page;
  for (let i = 0; i < 100 && !page; i++) {
    page = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith(`/${file}`));
    if (!page) await sleep(25);
  }
  if (!page) {
    await browser.close().catch(() => undefined);
    throw new Error(`${file} not found over CDP`);
  }
  return { page, disconnect: () => browser.close().catch(() => undefined) };
}

/**
 * Clicks the toolbar button for `page` and returns the popup (a Playwright Page) and how to close it.
 * `quietMs`: reach the popup only that long after it opened. Reaching it attaches a second DevTools
 * connection to every page of the browser (the article's too) while the popup loads, work a reader's
 * browser does not do; scripts/measure-popup.mjs waits so that its timings are the extension's own.
 */
export async function openPopup(ext, page, { quietMs = 0 } = {}) {
  const clickedAt = await clickToolbarButton(ext, page);
  if (quietMs) await sleep(quietMs);
  const { page: popup, disconnect } = await extensionPage(ext, 'popup.html');
  return {
    popup,
    clickedAt,
    close: async () => {
      await popup.close().catch(() => undefined);
      await disconnect();
      // The next openPopup must not find this popup still closing.
      for (let i = 0; i < 100 && (await popupTargetIds(ext)).length; i++) await sleep(25);
    },
  };
}

/**
 * Clicks the popup's "Keep open beside the article", which closes the popup as it opens the side
 * panel: when the popup closes under the click (Playwright then reports its target closed), the click
 * has done its work. Any other failure is thrown.
 */
export async function clickKeepOpen(popup) {
  try {
    await popup.click('[data-action="keep-open"]');
  } catch (error) {
    if (!popup.isClosed()) throw error;
  }
}

/** Waits until the popup has left its "analyzing" state; returns the state it shows. */
export async function settledState(popup) {
  const state = await popup.waitForFunction(() => {
    const value = document.querySelector('main')?.dataset.state;
    return value && value !== 'loading' ? value : false;
  }, undefined, { timeout: 15_000 });
  return state.jsonValue();
}
