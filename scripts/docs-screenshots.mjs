// The screenshots in docs/screenshots/: the popup in Chromium on one article per language it reads,
// each with the browser's UI in that language, and on an article in Czech (a language no pack
// reads, with the UI in English); and the side panel beside the seed article (headless Chromium
// draws no browser window: the article and the panel are captured apart and set side by side); and
// the Check panel's "Read the linked page" result (evidence.png), as tests/e2e/evidence.test.ts makes it.
// Regenerate after a visible change and review the images' diff.
//   node scripts/docs-screenshots.mjs [--no-build] [--only NAME,…]   (NAME: popup-en, side-panel, evidence, …)
// The UI languages need Chromium's locales/<lang>.pak (Debian: chromium-l10n); without one the
// script stops rather than save an English popup under another language's name.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { clickKeepOpen, extensionCopyGranting, extensionPage, launchWithExtension, openPopup, settledState, startServer } from './extension-browser.mjs';
import { repoRoot } from './shared-dir.mjs';

const OUT = path.join(repoRoot, 'docs', 'screenshots');
/** The article (as the test server serves it), the UI language, and the state the popup must reach. */
const SHOTS = [
  { name: 'popup-en', url: 'seed-mosul.html', ui: 'en', state: 'ready' },
  { name: 'popup-fr', url: 'fr/rd-lemonde-1.html', ui: 'fr', state: 'ready' },
  { name: 'popup-de', url: 'de/pl-www.abendblatt.de.html', ui: 'de', state: 'ready' },
  { name: 'popup-es', url: 'es/rd-la-nacion.html', ui: 'es', state: 'ready' },
  { name: 'popup-pt', url: 'pt/rd-folha.html', ui: 'pt', state: 'ready' },
  { name: 'popup-cs-unsupported', url: 'czech.html', ui: 'en', state: 'unsupported-language' },
];

/** --only a,b: just those images (the others are left as they are). */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]?.split(',')) : null;
const wanted = (name) => !only || only.has(name);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await mkdir(OUT, { recursive: true });
const server = await startServer();
try {
  for (const shot of SHOTS.filter((s) => wanted(s.name))) {
    const ext = await launchWithExtension(undefined, { language: shot.ui });
    try {
      const ui = await ext.worker.evaluate(() => chrome.i18n.getUILanguage());
      if (!ui.startsWith(shot.ui)) throw new Error(`Chromium's UI language is ${ui}, not ${shot.ui}: install its locales (Debian: chromium-l10n)`);
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1100, height: 700 });
      // Saved pages name their sites' scripts: fail them at once instead of waiting on a missing network.
      await page.route((u) => u.origin !== server.origin, (route) => route.abort());
      await page.goto(`${server.origin}/${shot.url}`);
      const { popup, close } = await openPopup(ext, page);
      const state = await settledState(popup);
      if (state !== shot.state) throw new Error(`${shot.url}: the popup shows "${state}", expected "${shot.state}"`);
      await popup.screenshot({ path: path.join(OUT, `${shot.name}.png`) });
      console.log(`${shot.name}.png: ${shot.url}, UI ${ui}`);
      await close();
    } finally {
      await ext.close();
    }
  }

  // The side panel beside the article, with one statement's Check panel open.
  if (wanted('side-panel')) await sidePanelShot(server);
  if (wanted('evidence')) await evidenceShot();
} finally {
  await server.close();
}

async function sidePanelShot(server) {
  const ext = await launchWithExtension();
  try {
    const article = await ext.context.newPage();
    await article.setViewportSize({ width: 820, height: 720 });
    await article.goto(`${server.origin}/seed-mosul.html`);
    const { popup } = await openPopup(ext, article);
    await settledState(popup);
    await clickKeepOpen(popup);
    const { page: panel, disconnect } = await extensionPage(ext, 'sidepanel.html');
    try {
      await panel.setViewportSize({ width: 400, height: 720 });
      if ((await settledState(panel)) !== 'ready') throw new Error('the side panel did not show the list');
      await panel.locator('.claim button.check').first().click();
      const shots = [await article.screenshot(), await panel.screenshot()].map((png) => `data:image/png;base64,${png.toString('base64')}`);
      const board = await ext.context.newPage();
      await board.setViewportSize({ width: 1222, height: 720 });
      await board.setContent(`<body style="margin:0;display:flex;gap:2px;background:#888"><img src="${shots[0]}"><img src="${shots[1]}"></body>`);
      await board.screenshot({ path: path.join(OUT, 'side-panel.png') });
      console.log('side-panel.png: seed-mosul.html with the side panel, UI en');
    } finally {
      await disconnect();
    }
  } finally {
    await ext.close();
  }
}

/**
 * The Check panel of the article in tests/fixtures/evidence after "Read the linked page" found the claim.
 * The browser's permission prompt is browser UI headless Chromium cannot click: as in the end-to-end
 * test, a copy of the extension starts with 127.0.0.1 granted, so the request resolves at once.
 */
async function evidenceShot() {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'evidence');
  const server = createServer(async (req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const body = await readFile(path.join(dir, name)).catch(() => null);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '<p>not found</p>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const copy = await extensionCopyGranting(['http://127.0.0.1/*']);
  const ext = await launchWithExtension(copy.dir);
  try {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto(`${origin}/evidence/article.html`);
    const { popup, close } = await openPopup(ext, page);
    if ((await settledState(popup)) !== 'ready') throw new Error('evidence: the popup did not show the list');
    const item = popup.locator('li.claim', { hasText: 'Riverside library' });
    await item.locator('button.check').click();
    const panel = item.locator('.check-panel');
    await panel.locator('button.read-linked:enabled').click();
    const status = panel.locator('.evidence-status:not([data-evidence="reading"]):not([data-evidence="none"])');
    await status.waitFor({ timeout: 15_000 });
    const outcome = await status.getAttribute('data-evidence');
    if (outcome !== 'found') throw new Error(`evidence: the linked page gave "${outcome}", expected "found"`);
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await popup.screenshot({ path: path.join(OUT, 'evidence.png') });
    console.log('evidence.png: tests/fixtures/evidence/article.html, Read the linked page, UI en');
    await close();
  } finally {
    await ext.close();
    await copy.remove();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
