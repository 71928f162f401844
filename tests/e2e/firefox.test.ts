// The extension at run time in Firefox (Debian's firefox-esr, headless, WebDriver BiDi through
// puppeteer-core): the core cases of the Chromium end-to-end tests (tests/e2e/extension.test.ts) —
// the seed article's sources, hostile text shown as text, the no-article state, a finding saved and
// shown again. The popup page is reached through the test-only build dist/firefox-test
// (tests/e2e/firefox-harness.ts explains why); the last test checks the shipped build lacks its hook.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import messages from '../../_locales/en/messages.json';
import { repoRoot } from '../../scripts/shared-dir.mjs';
import { sleep, startServer } from './harness';
import { buildFirefoxTest, FIREFOX_TEST_DIST, forgetPlaces, launchFirefox, openPopup, settledState, type FirefoxExtension } from './firefox-harness';
import { OPEN_POPUP_PATH } from './firefox-test-hook';
import { HOSTILE_TITLE, pwned, renderedMarkup, TEXT_ONLY } from './hostile-checks';
import { goldFor, groupFor, KIND_LABELS, readShownGroups, SEED_SOURCES, type ShownGroup } from './seed-gold';

let ext: FirefoxExtension;
let server: Awaited<ReturnType<typeof startServer>>;
/** The article tabs a test opened (closed after it: the test build wants one tab per article URL). */
let opened: Page[] = [];

beforeAll(async () => {
  await buildFirefoxTest();
  server = await startServer();
  ext = await launchFirefox();
});

// Each test starts where a reader opening the article for the first time in this browser session
// would: no remembered filter, search or open Check prompt.
beforeEach(() => forgetPlaces(ext, server.origin));

afterEach(async () => {
  await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
  opened = [];
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openArticle(name: string): Promise<Page> {
  const page = await ext.browser.newPage();
  opened.push(page);
  await page.goto(`${server.origin}/${name}`);
  return page;
}

const shownGroups = (popup: Page): Promise<ShownGroup[]> => popup.$$eval('.group', readShownGroups);

/** The first claim of the group whose source contains `source`. */
async function firstClaimOf(popup: Page, source: string): Promise<ElementHandle<Element>> {
  const handle = await popup.evaluateHandle((text) => [...document.querySelectorAll('.group')]
    .find((g) => g.querySelector('.group-source')?.textContent?.includes(text))?.querySelector('.claim') ?? null, source);
  const claim = handle.asElement() as ElementHandle<Element> | null;
  if (!claim) throw new Error(`no claim of ${source} is shown`);
  return claim;
}

/** The form control inside the <label> of `root` whose text is `label`. */
async function controlLabelled(root: ElementHandle<Element>, label: string): Promise<ElementHandle<HTMLInputElement | HTMLTextAreaElement>> {
  const handle = await root.evaluateHandle((el, text) => [...el.querySelectorAll('label')]
    .find((l) => l.textContent?.trim() === text)?.querySelector('input, textarea') ?? null, label);
  const control = handle.asElement() as ElementHandle<HTMLInputElement | HTMLTextAreaElement> | null;
  if (!control) throw new Error(`no control labelled ${label}`);
  return control;
}

/** The button whose text or aria-label is `name`. */
async function buttonNamed(popup: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await popup.evaluateHandle((text) => [...document.querySelectorAll('button')]
    .find((b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text) ?? null, name);
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`no button named ${name}`);
  return button;
}

const statusChip = (status: string) => messages.statusChip.message.replace('$STATUS$', status);

describe('Firefox: the seed article (corpus/pages/seed-mosul.html)', () => {
  test('the popup lists the sources with their kinds and chains [waits for the engine]', async () => {
    const page = await openArticle('seed-mosul.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    expect(await popup.$eval('h1.title', (h) => h.textContent)).toBe("Has the 'caliphate' begun to crack?");
    const groups = await shownGroups(popup);
    const total = Number(await popup.$eval('[data-figure="total"]', (el) => el.textContent));
    expect(total).toBe(groups.reduce((n, g) => n + g.claims.length, 0));
    await close();
    for (const source of SEED_SOURCES) {
      const shown = groupFor(groups, source);
      expect(shown, `${source} is listed`).toBeDefined();
      const kinds = [goldFor(source).kind].flat().map((k) => KIND_LABELS[k]);
      expect(kinds, `${source}'s kind`).toContain(shown!.kind);
    }
    for (const source of ['Daesh Daily', 'Sumaria', 'Major General Najm al-Jubbouri']) {
      const via = goldFor(source).via!;
      expect(groupFor(groups, source)?.claims.some((text) => text.includes(`via ${via}`)), `${source} via ${via}`).toBe(true);
    }
  });

  test('a status and note are saved and shown again after reopening [waits for the engine]', async () => {
    const note = 'Reuters says the resistance is not organized';
    const page = await openArticle('seed-mosul.html');
    let { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('ready');
    let claim = await firstClaimOf(popup, 'Reuters');
    await (await claim.$('button.check'))!.click();
    // The search links appear once the stop words have loaded and push the status choices down: a click
    // aimed before that lands beside the radio (the saved note then carried no status). Aim after it.
    await claim.waitForSelector('.search-links a');
    const disputed = await controlLabelled(claim, messages.statusDisputed.message);
    await disputed.click();
    await popup.waitForFunction((input) => (input as HTMLInputElement).checked, {}, disputed);
    await (await controlLabelled(claim, messages.noteLabel.message)).type(note);
    await popup.keyboard.press('Tab'); // leaves the note: it is saved
    await popup.waitForFunction((saved) => document.querySelector('.announcer')?.textContent === saved, {}, messages.saved.message);
    // The announcer already said "saved" for the status: close only once storage holds the note too.
    await popup.waitForFunction(async (text) => {
      const storage = (globalThis as unknown as { browser: { storage: { local: { get(): Promise<unknown> } } } }).browser.storage.local;
      return JSON.stringify(await storage.get()).includes(text);
    }, { timeout: 10_000 }, note);
    await close();

    ({ popup, close } = await openPopup(ext, page));
    expect(await settledState(popup)).toBe('ready');
    claim = await firstClaimOf(popup, 'Reuters');
    // The saved review is read from storage after the report shows: on a loaded machine it may land a moment later.
    const chip = statusChip(messages.statusDisputed.message);
    await popup.waitForFunction((el, expected) => el.querySelector('.status-chip')?.textContent === expected, { timeout: 10_000 }, claim, chip).catch(() => undefined);
    expect(await claim.$eval('.status-chip', (el) => el.textContent)).toBe(chip);
    // The reader's place came back too: the Check prompt is still open.
    expect(await claim.$eval('button.check', (b) => b.getAttribute('aria-expanded'))).toBe('true');
    expect(await (await controlLabelled(claim, messages.statusDisputed.message)).evaluate((input) => (input as HTMLInputElement).checked)).toBe(true);
    expect(await (await controlLabelled(claim, messages.noteLabel.message)).evaluate((area) => area.value)).toBe(note);
    await close();
  });
});

describe('Firefox: pages that are not a plain article', () => {
  test('hostile page: markup and script in the article stay text, nothing runs, the page DOM is untouched', async () => {
    const page = await openArticle('hostile.html');
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const before = await page.evaluate(() => document.body.innerHTML);
    const { popup, close } = await openPopup(ext, page);
    popup.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    expect(await settledState(popup)).toBe('ready');
    expect(await popup.$eval('h1.title', (h) => h.textContent)).toBe(HOSTILE_TITLE);
    const claims = await popup.$$eval('.claim-text', (els) => els.map((el) => el.textContent).join('\n'));
    expect(claims).toContain("<img src=x onerror=alert('img')>");
    expect(await popup.$$eval('.claim', (els) => els.length)).toBeGreaterThanOrEqual(3);
    expect(await popup.evaluate(renderedMarkup)).toEqual(TEXT_ONLY);
    await sleep(300);
    expect(await page.evaluate(pwned)).toBeNull();
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    expect(dialogs).toEqual([]);
    await close();
  });

  test('no article: the popup says so and offers to analyze the whole page', async () => {
    const page = await openArticle('no-article.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('no-article');
    expect(await popup.$eval('h1', (h) => h.textContent)).toBe(messages.noArticleTitle.message);
    await (await buttonNamed(popup, messages.analyzeWholePage.message)).click();
    await popup.waitForSelector('main[data-state="ready"]');
    expect(await popup.$eval('.notice', (el) => el.textContent)).toContain(messages.wholePageNotice.message);
    expect(await popup.$eval('.empty', (el) => el.textContent)).toBe(messages.emptyList.message);
    await close();
  });
});

describe('the test hook stays out of the shipped build', () => {
  const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');
  const shipped = path.join(repoRoot, 'dist', 'firefox');

  test('dist/firefox has neither the hook nor the test host grant; dist/firefox-test has both and is otherwise the same', async () => {
    expect(await read(FIREFOX_TEST_DIST, 'background.js')).toContain(OPEN_POPUP_PATH);
    for (const browser of ['firefox', 'chrome']) {
      expect(await read(path.join(repoRoot, 'dist', browser), 'background.js'), browser).not.toContain(OPEN_POPUP_PATH);
    }
    const { host_permissions: granted, ...testManifest } = JSON.parse(await read(FIREFOX_TEST_DIST, 'manifest.json'));
    const shippedManifest = JSON.parse(await read(shipped, 'manifest.json'));
    expect(granted).toEqual(['http://127.0.0.1/*']);
    expect(shippedManifest.host_permissions).toBeUndefined();
    expect(testManifest).toEqual(shippedManifest);
    // Compared as booleans: a difference in a minified bundle prints nothing a reader can use.
    for (const file of ['popup.js', 'content.js']) {
      const same = await read(FIREFOX_TEST_DIST, file) === await read(shipped, file);
      expect(same, `${file} is the shipped one (dist/firefox built from other sources? npm run build)`).toBe(true);
    }
  });
});
