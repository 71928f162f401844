// The extension as a reader uses it, in Debian's Chromium: the toolbar popup on the seed article
// (expected sources, kinds and chains from corpus/gold/seed-mosul.json), Show in page,
// statuses across reopening, exports, hostile text, a page with no article, a browser page, keyboard
// use, dark mode, the badge and automatic analysis on an allowed site.
import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import messages from '../../_locales/en/messages.json';
import { READER_CSV_COLUMNS } from '../../src/report/csv';
import {
  activeTabId, badgeText, extensionCopyGranting, launchWithExtension, openPopup, saveScreenshot, settledState, sleep,
  startServer, tabIdFor, type ExtensionBrowser,
} from './harness';
import { HOSTILE_TITLE, pwned, renderedMarkup, TEXT_ONLY } from './hostile-checks';
import { goldFor, groupFor, KIND_LABELS, norm, readShownGroups, SEED_SOURCES, type ShownGroup } from './seed-gold';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
const foreignRequests: string[] = [];

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  ext.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !/^(chrome-extension|chrome|data|about|blob):/.test(url)) foreignRequests.push(url);
  });
});

// Each test starts where a reader opening the article for the first time in this browser session
// would: no remembered filter, search or open Check prompt (storage.session).
beforeEach(async () => {
  await ext.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear());
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openArticle(name: string, viewport = { width: 1100, height: 700 }): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${server.origin}/${name}`);
  return page;
}

/** The seed article with its popup open and analyzed. */
async function seedPopup(viewport?: { width: number; height: number }) {
  const page = await openArticle('seed-mosul.html', viewport);
  const opened = await openPopup(ext, page);
  expect(await settledState(opened.popup)).toBe('ready');
  return { page, ...opened };
}

async function shownGroups(popup: Page): Promise<ShownGroup[]> {
  return popup.$$eval('.group', readShownGroups);
}

function groupLocator(popup: Page, sourceText: string): Locator {
  return popup.locator('.group', { has: popup.locator('.group-source', { hasText: sourceText }) });
}

/** The text of the page's ranges under a highlight name (CSS Custom Highlight API). */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }, name);
}

describe('the seed article (corpus/pages/seed-mosul.html)', () => {
  test('the popup lists the sources with their kinds [waits for the engine]', async () => {
    const { popup, close } = await seedPopup();
    await saveScreenshot(popup, 'popup-seed.png');
    const groups = await shownGroups(popup);
    await close();
    for (const source of SEED_SOURCES) {
      const shown = groupFor(groups, source);
      expect(shown, `${source} is listed`).toBeDefined();
      const kinds = [goldFor(source).kind].flat().map((k) => KIND_LABELS[k]);
      expect(kinds, `${source}'s kind`).toContain(shown!.kind);
    }
  });

  test('second-hand statements show their chain: via the Free Beacon, via Reuters [waits for the engine]', async () => {
    const { popup, close } = await seedPopup();
    const groups = await shownGroups(popup);
    await close();
    for (const source of ['Daesh Daily', 'Sumaria', 'Major General Najm al-Jubbouri']) {
      const via = goldFor(source).via!;
      const claims = groupFor(groups, source)?.claims ?? [];
      expect(claims.some((text) => text.includes(`via ${via}`)), `${source} via ${via}`).toBe(true);
    }
    // A first-hand statement has no chain.
    expect(groupFor(groups, 'Reuters')?.claims.some((text) => text.includes('via '))).toBe(false);
  });

  test('the header shows the article title and a sourcing profile that matches the list', async () => {
    const { popup, close } = await seedPopup();
    expect(await popup.textContent('h1.title')).toBe("Has the 'caliphate' begun to crack?");
    const figure = async (name: string) => Number(await popup.textContent(`[data-figure="${name}"]`));
    const total = await figure('total');
    expect(total).toBe(await popup.locator('.claim').count());
    expect(await figure('people-organizations') + await figure('outlet-statements') + await figure('documents') + await figure('anonymous')).toBe(total);
    await close();
  });

  test('Show in page scrolls to the sentence and flashes it; highlights switch off [waits for the engine]', async () => {
    const { page, popup, close } = await seedPopup({ width: 900, height: 360 });
    const sentence = '“They are harsh, but they are not strong,” said Major General Najm al-Jubbouri';
    // Highlights by kind are on by default: the general's sentence is painted as a person's.
    await expect.poll(() => highlighted(page, 'attribution-lens-person')).toEqual(
      expect.arrayContaining([expect.stringContaining(sentence)]),
    );
    const inView = () => page.evaluate((text) => {
      const body = document.body.innerText;
      if (!body.includes(text)) return false;
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(text))!;
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }, 'They are harsh, but they are not strong');
    expect(await inView()).toBe(false);

    // Where the sentence is, frame by frame, when the flash first appears: in view, not where the scroll began.
    await page.evaluate((text) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(text))!;
      const w = window as unknown as { flashSeenAt: { top: number; bottom: number; height: number } | null };
      w.flashSeenAt = null;
      const tick = () => {
        if (!CSS.highlights.has('attribution-lens-flash')) return void requestAnimationFrame(tick);
        const r = p.getBoundingClientRect();
        w.flashSeenAt = { top: r.top, bottom: r.bottom, height: innerHeight };
      };
      requestAnimationFrame(tick);
    }, 'They are harsh, but they are not strong');
    await groupLocator(popup, 'Najm al-Jubbouri').locator('button.show').first().click();
    await expect.poll(() => highlighted(page, 'attribution-lens-flash'), { timeout: 5000 }).toEqual([expect.stringContaining(sentence)]);
    expect(await inView()).toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { flashSeenAt: { top: number; bottom: number; height: number } }).flashSeenAt);
    expect(seen, 'the flash started with the sentence in view').toMatchObject({ top: expect.any(Number) });
    expect(seen.bottom).toBeGreaterThan(0);
    expect(seen.top).toBeLessThan(seen.height);

    await popup.getByLabel(messages.highlightsToggle.message).uncheck();
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('attribution-lens-') && k !== 'attribution-lens-flash'))).toEqual([]);
    await popup.getByLabel(messages.highlightsToggle.message).check();
    await expect.poll(() => highlighted(page, 'attribution-lens-person')).not.toEqual([]);
    await close();
  });

  test('a status and note survive closing and reopening the popup [waits for the engine]', async () => {
    const page = await openArticle('seed-mosul.html');
    let { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    const reuters = groupLocator(popup, 'Reuters').locator('.claim').first();
    await reuters.locator('button.check').click();
    await reuters.getByLabel(messages.statusDisputed.message).check();
    const note = reuters.getByLabel(messages.noteLabel.message);
    await note.fill('Reuters says the resistance is not organized');
    await note.blur();
    await popup.waitForFunction((saved) => document.querySelector('.announcer')?.textContent === saved, messages.saved.message);
    await close();

    ({ popup, close } = await openPopup(ext, page));
    expect(await settledState(popup)).toBe('ready');
    const again = groupLocator(popup, 'Reuters').locator('.claim').first();
    expect(await again.locator('.status-chip').textContent()).toBe(`Status: ${messages.statusDisputed.message}`);
    // The reader's place came back too: the Check prompt is still open.
    expect(await again.locator('button.check').getAttribute('aria-expanded')).toBe('true');
    expect(await again.getByLabel(messages.statusDisputed.message).isChecked()).toBe(true);
    expect(await again.getByLabel(messages.noteLabel.message).inputValue()).toBe('Reuters says the resistance is not organized');
    await close();
  });

  test('the Check prompt links to news, fact-check and the outlet\'s own site, opening new tabs [waits for the engine]', async () => {
    const { popup, close } = await seedPopup();
    const claim = groupLocator(popup, 'Reuters').locator('.claim').first();
    await claim.locator('button.check').click();
    // The searches show once the article language's stop words have loaded (a chunk of their own).
    await claim.locator('.search-links a').first().waitFor();
    const links = await claim.locator('.search-links a').evaluateAll((as) => as.map((a) => ({
      kind: a.getAttribute('data-search'), href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'),
    })));
    expect(links.map((l) => l.kind)).toEqual(['news', 'factcheck', 'site']);
    expect(links.every((l) => l.target === '_blank')).toBe(true);
    expect(decodeURIComponent(links[0]!.href)).toContain('Reuters');
    expect(decodeURIComponent(links[2]!.href)).toContain('site:reuters.com');
    await claim.locator('.check-panel').scrollIntoViewIfNeeded();
    await saveScreenshot(popup, 'popup-check.png');
    await close();
  });

  test('Open as a page shows the report in a tab; the CSV export has one row per attribution', async () => {
    const page = await openArticle('seed-mosul.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    const tabId = await activeTabId(ext);
    const [reportPage] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.getByRole('button', { name: messages.openAsPage.message, exact: true }).click(),
    ]);
    await close();
    expect(reportPage.url()).toMatch(new RegExp(`/popup\\.html\\?tabId=${tabId}$`));
    expect(await settledState(reportPage)).toBe('ready');
    expect(await reportPage.title()).toBe(`Has the 'caliphate' begun to crack? — ${messages.extName.message}`);
    await saveScreenshot(reportPage, 'report-page-seed.png');
    const total = Number(await reportPage.textContent('[data-figure="total"]'));

    const { fileName, text } = await downloadExport(reportPage, 'csv');
    expect(fileName).toBe('attribution-lens-has-the-caliphate-begun-to-crack.csv');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...READER_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(total);
    await reportPage.close();
  });

  test('the CSV export\'s rows carry the sources, kinds and chains [waits for the engine]', async () => {
    const page = await openArticle('seed-mosul.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    const tabId = await activeTabId(ext);
    await close();
    const reportPage = await ext.context.newPage();
    await reportPage.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    expect(await settledState(reportPage)).toBe('ready');
    const [header, ...rows] = parseCsv((await downloadExport(reportPage, 'csv')).text);
    const col = (name: string) => header!.indexOf(name);
    const row = (source: string) => rows.find((r) => norm(r[col('source')]!) === norm(source));
    expect(row('Reuters')?.[col('sourceKind')]).toBe('outlet');
    expect(row('Daesh Daily')?.[col('via')]).toBe('the Free Beacon');
    expect(row('Major General Najm al-Jubbouri')?.[col('via')]).toBe('Reuters');
    expect(row('two sources')?.[col('sourceKind')]).toBe('anonymous');
    await reportPage.close();
  });
});

interface DomNode { nodeId: number; nodeName: string; nodeType: number; nodeValue: string; children?: DomNode[]; shadowRoots?: DomNode[] }
const within = (node: DomNode): DomNode[] => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
const findNode = (node: DomNode, name: string): DomNode | undefined => (node.nodeName === name ? node : within(node).map((n) => findNode(n, name)).find(Boolean));

/**
 * The page's legend through the DevTools protocol, which sees into closed shadow roots (the page's
 * scripts cannot): `use` gets its host node and the session; undefined when there is no legend.
 */
async function withLegend<T>(page: Page, use: (host: DomNode, cdp: CDPSession) => Promise<T>): Promise<T | undefined> {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as unknown as { root: DomNode };
    const host = findNode(root, 'ATTRIBUTION-LENS-LEGEND');
    return host ? await use(host, cdp) : undefined;
  } finally {
    await cdp.detach();
  }
}

/** The legend's text (null when there is none). */
async function legendText(page: Page): Promise<string | null> {
  const text = (node: DomNode): string => (node.nodeType === 3 ? node.nodeValue : '') + within(node).map(text).join(' ');
  return (await withLegend(page, async (host) => text(host).replace(/\s+/g, ' ').trim())) ?? null;
}

/** Gives the legend's button the keyboard focus. */
async function focusLegendButton(page: Page): Promise<void> {
  const done = await withLegend(page, async (host, cdp) => {
    const button = findNode(host, 'BUTTON');
    if (!button) throw new Error('no button in the legend');
    await cdp.send('DOM.focus', { nodeId: button.nodeId });
    return true;
  });
  if (!done) throw new Error('no legend');
}

const KIND_HIGHLIGHTS = ['outlet', 'person', 'organization', 'document', 'anonymous'].map((k) => `attribution-lens-${k}`);
const paintedKinds = (page: Page) => page.evaluate((names) => names.filter((n) => CSS.highlights.has(n)), KIND_HIGHLIGHTS);

describe('the page\'s highlights', () => {
  test('a legend names the painted kinds; the page can neither read nor restyle it; the keyboard hides it [waits for the engine]', async () => {
    const { page, popup, close } = await seedPopup();
    await expect.poll(() => legendText(page)).toContain(messages.legendTitle.message);
    const legend = (await legendText(page))!;
    for (const kind of ['kindOutlet', 'kindPerson', 'kindAnonymous'] as const) expect(legend).toContain(messages[kind].message);
    expect(legend).toContain(messages.legendHide.message);
    // Closed to the page's scripts, and its CSS cannot hide or restyle it.
    expect(await page.evaluate(() => {
      const host = document.querySelector('attribution-lens-legend')!;
      return { shadow: host.shadowRoot, text: host.textContent };
    })).toEqual({ shadow: null, text: '' });
    await page.addStyleTag({ content: 'attribution-lens-legend, attribution-lens-legend * { display: none !important; opacity: 0 !important; }' });
    const box = await page.evaluate(() => {
      const host = document.querySelector('attribution-lens-legend')!;
      const r = host.getBoundingClientRect();
      return { width: r.width, height: r.height, bottom: r.bottom, viewport: innerHeight, opacity: getComputedStyle(host).opacity };
    });
    expect(box.width).toBeGreaterThan(50);
    expect(box.height).toBeGreaterThan(20);
    expect(box.bottom).toBeLessThanOrEqual(box.viewport);
    expect(box.opacity).toBe('1');
    await saveScreenshot(page, 'page-legend.png');

    // Enter on its focused button hides it.
    await focusLegendButton(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => legendText(page)).toBeNull();
    // Highlights off and on again: the legend is back; Escape hides it too.
    await popup.getByLabel(messages.highlightsToggle.message).uncheck();
    await popup.getByLabel(messages.highlightsToggle.message).check();
    await expect.poll(() => legendText(page)).not.toBeNull();
    await focusLegendButton(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => legendText(page)).toBeNull();
    // It goes with the highlights.
    await popup.getByLabel(messages.highlightsToggle.message).uncheck();
    await popup.getByLabel(messages.highlightsToggle.message).check();
    await expect.poll(() => legendText(page)).not.toBeNull();
    await popup.getByLabel(messages.highlightsToggle.message).uncheck();
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('attribution-lens-legend').length)).toBe(0);
    await popup.getByLabel(messages.highlightsToggle.message).check();
    await close();
  });

  test('the popup\'s kind filter applies to the page\'s highlights and legend [waits for the engine]', async () => {
    const { page, popup, close } = await seedPopup();
    await expect.poll(() => paintedKinds(page)).toEqual(expect.arrayContaining(['attribution-lens-person', 'attribution-lens-outlet', 'attribution-lens-anonymous']));
    const allPerson = await highlighted(page, 'attribution-lens-person');
    await popup.locator('button.kind-toggle[data-kind="person"]').click();
    await expect.poll(() => paintedKinds(page)).toEqual(['attribution-lens-person']);
    expect(await highlighted(page, 'attribution-lens-person')).toEqual(allPerson);
    await expect.poll(() => legendText(page)).not.toContain(messages.kindOutlet.message);
    expect(await legendText(page)).toContain(messages.kindPerson.message);
    await popup.locator('button.kind-toggle[data-kind="anonymous"]').click();
    await expect.poll(() => paintedKinds(page)).toEqual(['attribution-lens-person', 'attribution-lens-anonymous']);
    await popup.locator('button.kind-toggle[data-kind="person"]').click();
    await popup.locator('button.kind-toggle[data-kind="anonymous"]').click();
    await expect.poll(() => paintedKinds(page)).toEqual(expect.arrayContaining(['attribution-lens-person', 'attribution-lens-outlet', 'attribution-lens-anonymous']));
    await close();
  });

  test('a sentence with two kinds of source is painted in one (overlapping highlights would blend their colours) [waits for the engine]', async () => {
    // tests/fixtures/shared-sentences.html: "…, officials said, according to the Harbour Gazette, …".
    const page = await openArticle('shared-sentences.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    const shared = 'Work on the northern pier will come first';
    expect(await popup.locator('.claim', { hasText: shared }).count()).toBe(2); // listed under both sources
    await expect.poll(() => highlighted(page, 'attribution-lens-anonymous')).toEqual(expect.arrayContaining([expect.stringContaining(shared)]));
    expect((await highlighted(page, 'attribution-lens-outlet')).filter((text) => text.includes(shared))).toEqual([]);
    // With unnamed sources filtered out, the sentence is painted as the outlet's.
    await popup.locator('button.kind-toggle[data-kind="outlet"]').click();
    await expect.poll(() => highlighted(page, 'attribution-lens-outlet')).toEqual([expect.stringContaining(shared)]);
    await popup.locator('button.kind-toggle[data-kind="outlet"]').click();
    await expect.poll(() => paintedKinds(page)).toContain('attribution-lens-anonymous');
    const overlaps = await page.evaluate((names) => {
      const ranges = names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => ({ name, range: r as Range })));
      const found: string[] = [];
      for (const a of ranges) {
        for (const b of ranges) {
          if (a === b) continue;
          const overlap = a.range.compareBoundaryPoints(Range.START_TO_END, b.range) > 0 && a.range.compareBoundaryPoints(Range.END_TO_START, b.range) < 0;
          if (overlap) found.push(`${a.name} / ${b.name}: ${a.range.toString().slice(0, 40)}`);
        }
      }
      return found;
    }, KIND_HIGHLIGHTS);
    expect(overlaps).toEqual([]);
    await close();
  });
});

describe('pages that are not a plain article', () => {
  test('hostile page: markup and script in the article stay text, nothing runs, the page DOM is untouched', async () => {
    const page = await openArticle('hostile.html');
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const before = await page.evaluate(() => document.body.innerHTML);
    const { popup, close } = await openPopup(ext, page);
    popup.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    expect(await settledState(popup)).toBe('ready');
    await saveScreenshot(popup, 'popup-hostile.png');
    expect(await popup.textContent('h1.title')).toBe(HOSTILE_TITLE);
    expect(await popup.evaluate(renderedMarkup)).toEqual(TEXT_ONLY);
    await sleep(300);
    expect(await page.evaluate(pwned)).toBeNull();
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    expect(dialogs).toEqual([]);
    await close();
  });

  test('hostile page: the claims show the markup literally [waits for the engine]', async () => {
    const page = await openArticle('hostile.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    const claims = (await popup.locator('.claim-text').allTextContents()).join('\n');
    expect(claims).toContain("<img src=x onerror=alert('img')>");
    expect(await popup.locator('.claim').count()).toBeGreaterThanOrEqual(3);
    await close();
  });

  test('hidden text: what the page hides by stylesheet, off-screen or at font-size 0 is not listed, and every listed statement can be shown [waits for the engine]', async () => {
    const page = await openArticle('hidden.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    await saveScreenshot(popup, 'popup-hidden.png');
    const listed = (await popup.locator('.group').allTextContents()).join('\n');
    // Each hidden statement names a source found nowhere else on the page (tests/fixtures/hidden.html).
    for (const hidden of ['Hidden Herald', 'Phantom Post', 'Invisible Ivan', 'Offscreen Observer', 'Zero Gazette', 'Attribute Argus',
      'Aria Advocate', 'Inline Inquirer', 'bribed', 'foreign government', 'resigned in secret']) {
      expect(listed, hidden).not.toContain(hidden.split(' ').at(-1));
    }
    for (const shown of ['Reuters', 'Jane Smith', 'Visible Voice', 'Kept Courier', 'Printed Pamphlet']) expect(listed, shown).toContain(shown.split(' ').at(-1));
    const total = Number(await popup.textContent('[data-figure="total"]'));
    expect(total).toBe(await popup.locator('.claim').count());
    expect(await popup.locator('button.show[disabled]').count()).toBe(0);
    // The page's highlights cover visible text only.
    const painted = (await Promise.all(['outlet', 'person', 'organization', 'document', 'anonymous']
      .map((kind) => highlighted(page, `attribution-lens-${kind}`)))).flat().join('\n');
    expect(painted).toContain('according to Reuters');
    expect(painted).not.toMatch(/Herald|Phantom|Observer|Gazette/);
    await close();
  });

  test('no article: the popup says so and offers to analyze the whole page', async () => {
    const page = await openArticle('no-article.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('no-article');
    await saveScreenshot(popup, 'popup-no-article.png');
    expect(await popup.textContent('h1')).toBe(messages.noArticleTitle.message);
    await popup.getByRole('button', { name: messages.analyzeWholePage.message }).click();
    await popup.waitForSelector('main[data-state="ready"]');
    expect(await popup.textContent('.notice')).toContain(messages.wholePageNotice.message);
    expect(await popup.textContent('.empty')).toBe(messages.emptyList.message);
    await close();
  });

  test('chrome://version: the popup explains that browsers do not let extensions read it', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('restricted');
    await saveScreenshot(popup, 'popup-restricted.png');
    expect(await popup.textContent('h1')).toBe(messages.restrictedTitle.message);
    expect(await popup.textContent('.state p')).toBe(messages.restrictedBrowser.message);
    await close();
  });
});

describe('a reader\'s use of the popup', () => {
  test('keyboard: every control is reachable with Tab, has a name, and shows focus', async () => {
    const { popup, close } = await seedPopup();
    await popup.waitForSelector('.auto input'); // the per-site toggle renders once the permission is known
    const expected = await popup.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('button:not([disabled]), input, textarea, a[href], summary')];
      const radioNames = new Set(all.filter((e) => (e as HTMLInputElement).type === 'radio').map((e) => (e as HTMLInputElement).name));
      return all.filter((e) => (e as HTMLInputElement).type !== 'radio').length + radioNames.size;
    });
    const reached = new Set<string>();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < expected + 2; i++) {
      await popup.keyboard.press('Tab');
      const info = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const input = el as HTMLInputElement;
        const name = el.getAttribute('aria-label') || input.labels?.[0]?.textContent || el.textContent || input.placeholder || '';
        // Visually hidden radios show focus on the segment next to them.
        const shown = input.type === 'radio' && getComputedStyle(el).opacity === '0' ? el.nextElementSibling! : el;
        return { id: `${[...document.querySelectorAll('*')].indexOf(el)}`, name: name.trim(), outline: getComputedStyle(shown).outlineStyle };
      });
      if (!info || reached.has(info.id)) break;
      reached.add(info.id);
      expect(info.name, `focus stop ${i} has an accessible name`).not.toBe('');
      expect(info.outline, `focus stop ${i} (${info.name}) shows focus`).not.toBe('none');
    }
    expect(reached.size).toBe(expected);
    await close();
  });

  test('dark mode follows prefers-color-scheme', async () => {
    const { popup, close } = await seedPopup();
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 24, 39)');
    await saveScreenshot(popup, 'popup-seed-dark.png');
    await close();
  });

  test('without the site allowed nothing runs until the popup opens; then the badge shows the count', async () => {
    const page = await openArticle('seed-mosul.html');
    await sleep(800);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    const tabId = await activeTabId(ext);
    const total = await popup.textContent('[data-figure="total"]');
    expect(await badgeText(ext, tabId)).toBe(total);
    await close();
  });

  test('the extension made no network request of its own', () => {
    expect(foreignRequests).toEqual([]);
  });
});

describe('automatic analysis on an allowed site', () => {
  // The permission prompt of "Analyze automatically on this site" is browser UI that headless
  // Chromium cannot click; this copy of the extension starts with 127.0.0.1 already allowed.
  test('the badge shows the count after a load and after a single-page navigation', { timeout: 40_000 }, async () => {
    const copy = await extensionCopyGranting(['http://127.0.0.1/*']);
    const granted = await launchWithExtension(copy.dir);
    try {
      const page = await granted.context.newPage();
      await page.goto(`${server.origin}/spa.html`);
      const tabId = await tabIdFor(granted, page.url());
      // A list of links: no article, no count.
      await sleep(1500);
      expect(await badgeText(granted, tabId)).toBe('');
      // The router renders an article in place: the badge follows without a reload or the popup.
      await page.evaluate(() => (window as unknown as { openArticle: () => void }).openArticle());
      await expect.poll(() => badgeText(granted, tabId), { timeout: 8000 }).toMatch(/^\d+$/);

      await page.goto(`${server.origin}/seed-mosul.html`);
      await expect.poll(() => badgeText(granted, tabId), { timeout: 8000 }).toMatch(/^\d+$/);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0); // highlights only come with the popup
      // The automatic count is the count the popup then lists.
      const automatic = await badgeText(granted, tabId);
      const { popup, close } = await openPopup(granted, page);
      expect(await settledState(popup)).toBe('ready');
      expect(await popup.textContent('[data-figure="total"]')).toBe(automatic);
      await close();
    } finally {
      await granted.close();
      await copy.remove();
    }
  });
});

/**
 * Clicks an export's Download button: the browser starts a download (its suggested file name is
 * returned) of the Blob the popup made (its text is returned; read from the Blob because the
 * popup's CDP connection moves where the browser saves files).
 */
async function downloadExport(page: Page, format: string): Promise<{ fileName: string; text: string }> {
  await page.evaluate(() => {
    const created = URL.createObjectURL.bind(URL);
    const blobs: Blob[] = [];
    (window as unknown as { exportedBlobs: Blob[] }).exportedBlobs = blobs;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return created(blob);
    };
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`button[data-export="${format}"][data-action="download"]`),
  ]);
  const text = await page.evaluate(() => (window as unknown as { exportedBlobs: Blob[] }).exportedBlobs.at(-1)!.text());
  return { fileName: download.suggestedFilename(), text };
}

/** RFC 4180 CSV (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') continue;
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
