// axe-core (the accessibility engine, a devDependency) run inside the real toolbar popup in Debian's
// Chromium: no serious or critical violation in the states a reader meets (the list with a Check
// panel open, no article, a page browsers keep extensions out of; the side panel's list and its
// needs-access state), in the light and the dark scheme.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickKeepOpen, extensionPage, launchWithExtension, openPopup, settledState, startServer, type ExtensionBrowser } from './harness';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;
/** axe's impact levels that fail the test; "minor" and "moderate" findings are printed only. */
const FAILING = new Set(['serious', 'critical']);

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/**
 * axe's violations on `popup` in each colour scheme. The source is evaluated through the DevTools
 * protocol: the extension's CSP would refuse it as a <script> element.
 */
async function audit(popup: Page): Promise<Record<string, Finding[]>> {
  if (!(await popup.evaluate(() => 'axe' in window))) await popup.evaluate(AXE_SOURCE);
  const found: Record<string, Finding[]> = {};
  for (const colorScheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme });
    // The scheme really switched (the axe run must see the colours it is meant to check).
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    found[colorScheme] = await popup.evaluate(async () => {
      const { violations } = await (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: {
        id: string; impact: string | null; help: string; nodes: { target: unknown[] }[];
      }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
  }
  return found;
}

function expectNoSeriousViolations(state: string, found: Record<string, Finding[]>): void {
  for (const scheme of SCHEMES) {
    const all = found[scheme]!;
    const minor = all.filter((f) => !FAILING.has(f.impact ?? ''));
    if (minor.length) console.log(`axe, ${state}, ${scheme}: ${minor.map((f) => `${f.id} (${f.impact}) on ${f.targets.join(', ')}`).join('; ')}`);
    expect(all.filter((f) => FAILING.has(f.impact ?? '')), `${state}, ${scheme} scheme`).toEqual([]);
  }
}

describe('axe-core in the popup, light and dark', () => {
  test('the list, grouped by source, with a Check panel open [waits for the engine]', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/seed-mosul.html`);
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    await popup.waitForSelector('.auto input'); // the per-site toggle renders once the permission is known
    await popup.locator('.claim button.check').first().click();
    await popup.waitForSelector('.check-panel');
    // A status chosen too, so the coloured status chip is checked as well.
    await popup.locator('.check-panel input[type="radio"]').nth(1).check();
    expectNoSeriousViolations('list with Check panel', await audit(popup));
    // The same in reading order, where every statement shows its source and kind badge.
    await popup.locator('.segment', { hasText: /./ }).nth(1).click();
    await popup.waitForSelector('ol.claims');
    expectNoSeriousViolations('list in reading order', await audit(popup));
    await close();
    await page.close();
  });

  test('no article', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/no-article.html`);
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('no-article');
    expectNoSeriousViolations('no article', await audit(popup));
    await close();
    await page.close();
  });

  test('a page the browser keeps extensions out of (restricted)', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('restricted');
    expectNoSeriousViolations('restricted', await audit(popup));
    await close();
    await page.close();
  });

  test('the side panel: the list, then a tab it may not read (needs-access) [waits for the engine]', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/seed-mosul.html`);
    const { popup } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    await clickKeepOpen(popup);
    const { page: panel, disconnect } = await extensionPage(ext, 'sidepanel.html');
    try {
      expect(await settledState(panel)).toBe('ready');
      await panel.locator('.claim button.check').first().click();
      expectNoSeriousViolations('side panel list', await audit(panel));
      const other = await ext.context.newPage(); // a tab the extension was given no access to
      await other.goto(`${server.origin}/no-article.html`);
      await expect.poll(() => panel.locator('main').getAttribute('data-state')).toBe('needs-access');
      expectNoSeriousViolations('side panel, needs access', await audit(panel));
      await other.close();
    } finally {
      await disconnect();
      await page.close();
    }
  });

  test('axe is live here: a planted violation is reported (so a clean run means something)', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/no-article.html`);
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('no-article');
    await popup.evaluate(() => {
      document.querySelector('button')!.textContent = '';
      document.querySelector<HTMLElement>('.state p')!.style.color = '#eeeeee';
    });
    const found = await audit(popup);
    expect(found.light!.map((f) => f.id)).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    expect(found.dark!.map((f) => f.id)).not.toContain('color-contrast'); // light grey on the dark background is readable
    await close();
    await page.close();
  });
});
