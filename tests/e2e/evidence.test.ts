// "Read the linked page" in Chromium: an article whose sentences link to local pages that hold the
// claim verbatim, paraphrased, not at all, and to a page that answers 404. The four outcomes come out
// right, the passage is shown with the shared words marked, nothing is fetched before the click, and
// the background's request carries no cookie. The browser's permission prompt is browser UI headless
// Chromium cannot click: this copy of the extension starts with 127.0.0.1 granted, so the popup's
// permissions.request resolves at once, as it does once a reader has allowed the site.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import messages from '../../_locales/en/messages.json';
import { repoRoot } from '../../scripts/shared-dir.mjs';
import { extensionCopyGranting, launchWithExtension, openPopup, saveScreenshot, settledState, type ExtensionBrowser } from './harness';

const PAGES = path.join(repoRoot, 'tests', 'fixtures', 'evidence');
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer(async (req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  requests.push({ path: pathname, headers: req.headers });
  try {
    const body = await readFile(path.join(PAGES, path.basename(pathname)));
    // The article sets a cookie: the linked pages' requests must not carry it.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'reader=secret; Path=/' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>not found</p>');
  }
});

let origin = '';
let ext: ExtensionBrowser;
let copy: Awaited<ReturnType<typeof extensionCopyGranting>>;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  copy = await extensionCopyGranting(['http://127.0.0.1/*']);
  ext = await launchWithExtension(copy.dir);
});

afterAll(async () => {
  await ext?.close();
  await copy?.remove();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The claim item of the popup whose text holds `words`. */
const claimItem = (popup: Page, words: string) => popup.locator('li.claim', { hasText: words });

async function readLinked(popup: Page, words: string): Promise<{ status: string | null; text: string; passage: string | null; marks: string[] }> {
  const item = claimItem(popup, words);
  await item.locator('button.check').click();
  const panel = item.locator('.check-panel');
  await expect.poll(() => panel.locator('button.read-linked').isEnabled()).toBe(true);
  await panel.locator('button.read-linked').click();
  const status = panel.locator('.evidence-status');
  await expect.poll(() => status.getAttribute('data-evidence'), { timeout: 15_000 }).not.toMatch(/^(reading|none)$/);
  const passage = panel.locator('.evidence-passage');
  return {
    status: await status.getAttribute('data-evidence'),
    text: (await status.textContent()) ?? '',
    passage: (await passage.count()) ? await passage.textContent() : null,
    marks: (await passage.count()) ? await passage.locator('mark').allTextContents() : [],
  };
}

describe('Read the linked page', () => {
  test('found, similar, not found, unreachable; the passage shown with the shared words marked', { timeout: 90_000 }, async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto(`${origin}/evidence/article.html`);
    const { popup, close } = await openPopup(ext, page);
    try {
      expect(await settledState(popup)).toBe('ready');
      const linkedPaths = ['/evidence/verbatim.html', '/evidence/paraphrase.html', '/evidence/unrelated.html', '/evidence/missing.html'];
      // Opening the popup and the Check panel fetches nothing.
      const item = claimItem(popup, 'Riverside library');
      await item.locator('button.check').click();
      const panel = item.locator('.check-panel');
      // What will be fetched and from where is said before the click.
      await expect.poll(() => panel.locator('.evidence-what').textContent()).toContain(`${origin}/evidence/verbatim.html`);
      expect(await panel.locator('.evidence-what').textContent()).toContain('127.0.0.1');
      expect(requests.filter((r) => linkedPaths.includes(r.path))).toEqual([]);
      await item.locator('button.check').click(); // closed again; readLinked opens it

      const found = await readLinked(popup, 'Riverside library');
      expect(found.status).toBe('found');
      expect(found.text).toBe(messages.evidenceFound.message);
      expect(found.passage).toContain('The council will close the Riverside library branch in September to save 1.2 million dollars.');
      expect(found.passage).not.toContain('Parks');
      expect(found.marks).toEqual(expect.arrayContaining(['council', 'close', 'Riverside', 'library', 'September', '1.2', 'million', 'dollars']));
      // The Check panel from its heading down, with the found passage (artifacts/evidence.png; docs/screenshots/evidence.png is a copy).
      await claimItem(popup, 'Riverside library').locator('.check-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await saveScreenshot(popup, 'evidence.png');

      const similar = await readLinked(popup, 'water prices');
      expect(similar.status).toBe('similar');
      expect(similar.passage).toContain('households will pay 8 percent more for their water');
      expect(similar.marks).toEqual(expect.arrayContaining(['January', 'water', '8', 'percent']));

      const notFound = await readLinked(popup, 'tram line');
      expect(notFound.status).toBe('not-found');
      expect(notFound.text).toBe(messages.evidenceNotFound.message);
      expect(notFound.passage).toBeNull();

      const missing = await readLinked(popup, '300 nurses');
      expect(missing.status).toBe('unreachable');
      expect(missing.text).toContain('404');

      // Each linked page was fetched once, on its click, without the article's cookie.
      const fetched = requests.filter((r) => linkedPaths.includes(r.path));
      expect(fetched.map((r) => r.path)).toEqual(linkedPaths);
      for (const r of fetched) expect(r.headers.cookie, r.path).toBeUndefined();
      for (const r of fetched) expect(r.headers.referer, r.path).toBeUndefined();

      // The outcome is kept with the reader's finding: reopened, the popup shows it without fetching again.
      await close();
      const reopened = await openPopup(ext, page);
      expect(await settledState(reopened.popup)).toBe('ready');
      const again = claimItem(reopened.popup, 'Riverside library');
      if (!(await again.locator('.check-panel').count())) await again.locator('button.check').click();
      await expect.poll(() => again.locator('.evidence-status').getAttribute('data-evidence')).toBe('found');
      expect(await again.locator('.evidence-passage mark').count()).toBeGreaterThan(0);
      expect(requests.filter((r) => linkedPaths.includes(r.path))).toHaveLength(4);
      await reopened.close();
    } finally {
      await page.close();
    }
  });
});
