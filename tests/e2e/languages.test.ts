// Articles in other languages, in Debian's Chromium: one corpus page per language the engine reads
// (the popup lists what the CLI finds on the same page, in that language, and the Check searches ask
// in it), and an article in Czech, which no pack reads (said in the popup, no badge count).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import messages from '../../_locales/en/messages.json';
import { analyzeFile } from '../../src/cli/analyze-file';
import { repoRoot } from '../../scripts/shared-dir.mjs';
import { activeTabId, badgeText, launchWithExtension, openPopup, saveScreenshot, settledState, startServer, type ExtensionBrowser } from './harness';

/** One article per language, from its corpus set: the newspapers a reader reported finding nothing on. */
const ARTICLES = [
  { lang: 'fr', page: 'rd-lemonde-1.html', news: 'hl=fr' },
  { lang: 'de', page: 'pl-www.abendblatt.de.html', news: 'hl=de' },
  { lang: 'es', page: 'rd-la-nacion.html', news: 'hl=es' },
  { lang: 'pt', page: 'rd-folha.html', news: 'hl=pt-BR' },
];

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

async function openArticle(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 700 });
  // The saved pages still name their sites' scripts and images: fail those at once rather than wait
  // for a network this machine does not have (a blocking script held Folha's page for 11 s).
  await page.route((u) => u.origin !== server.origin, (route) => route.abort());
  await page.goto(`${server.origin}/${url}`);
  return page;
}

describe('articles in French, German, Spanish and Portuguese', () => {
  for (const { lang, page: name, news } of ARTICLES) {
    test(`${lang}/${name}: the popup lists what the CLI finds, and the searches ask in ${lang} [waits for the engine]`, async () => {
      const cli = await analyzeFile(path.join(repoRoot, 'corpus', lang, 'pages', name), null);
      expect(cli.lang).toBe(lang);
      expect(cli.attributions.length, 'the CLI finds attributions on the page').toBeGreaterThan(0);

      const page = await openArticle(`${lang}/${name}`);
      const { popup, close } = await openPopup(ext, page);
      expect(await settledState(popup)).toBe('ready');
      await saveScreenshot(popup, `popup-${lang}.png`);
      const claims = await popup.locator('.claim').count();
      const sources = await popup.locator('.group-source').allTextContents();
      expect(claims).toBe(cli.attributions.length);
      expect(new Set(sources)).toEqual(new Set(cli.attributions.map((a) => a.source)));
      expect(await badgeText(ext, await activeTabId(ext))).toBe(String(claims));

      const claim = popup.locator('.claim').first();
      await claim.locator('button.check').click();
      const newsLink = await claim.locator('.search-links a[data-search="news"]').getAttribute('href');
      expect(newsLink).toContain(news);
      await close();
      await page.close();
    });
  }
});

describe('an article in a language no pack reads', () => {
  test('Czech: the popup names the language and the languages it reads; nothing is listed, no badge count', async () => {
    const page = await openArticle('czech.html');
    const { popup, close } = await openPopup(ext, page);
    expect(await settledState(popup)).toBe('unsupported-language');
    await saveScreenshot(popup, 'popup-czech.png');
    expect(await popup.textContent('h1')).toBe(messages.unsupportedTitle.message.replace('$LANGUAGE$', 'Czech'));
    const body = await popup.textContent('.state p');
    for (const language of ['English', 'French', 'German', 'Spanish', 'Portuguese']) expect(body).toContain(language);
    expect(await popup.locator('.claim').count()).toBe(0);
    expect(await badgeText(ext, await activeTabId(ext))).toBe('');
    await close();
    await page.close();
  });
});
