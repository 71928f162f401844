// The popup in each UI language, for a person to look at: screenshots under artifacts/ and a list of
// the controls whose label takes more lines than in English (where a translation is too long for the
// popup's width). Renders the seed article (the list, then everything with a Check panel open) and
// the no-article state.
//   node scripts/popup-locales.mjs [--no-build] [fr de ...]
// Chromium picks its UI language from LANGUAGE on Linux and needs its locales/<lang>.pak for it
// (Debian: chromium-l10n); CHROMIUM=/path/to/chromium points at another build.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { launchWithExtension, openPopup, settledState, startServer } from './extension-browser.mjs';
import { repoRoot } from './shared-dir.mjs';

const args = process.argv.slice(2);
const ARTIFACTS = path.join(repoRoot, 'artifacts', 'locales');
/** Labels that should stay on one line as in English: buttons, legends, headings, badges, links. */
const LABELS = [
  'button', 'legend', 'h2', 'h4', '.segment span', '.switch span', '.kind-badge', '.status-option',
  '.search-links a', '.check-panel .label', '.note span', '.status-chip',
].join(', ');
/** Boxes laid out in rows (flex-wrap, grid): a translation should not add a row. (Prose may run longer.) */
const ROWS = [
  '.report-head', '.profile-figures', '.profile-outlets', '.controls-row', '.kind-filter', '.claim-actions', '.search-links',
  '.status-choice', '.export-buttons',
].join(', ');

if (!args.includes('--no-build')) {
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const asked = args.filter((a) => !a.startsWith('--'));
const all = (await readdir(path.join(repoRoot, '_locales'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
const languages = ['en', ...(asked.length ? asked : all).filter((l) => l !== 'en')];

/** Lines each label takes, by a stable name ("button#3"), and whether any overflows its box. */
function measure({ labels, rows }) {
  const seen = {};
  const out = [];
  for (const el of document.querySelectorAll(rows)) {
    const name = `${el.className}#${(seen[el.className] = (seen[el.className] ?? 0) + 1)}`;
    out.push({ name, text: el.textContent.trim().slice(0, 60), height: Math.round(el.getBoundingClientRect().height) });
  }
  for (const el of document.querySelectorAll(labels)) {
    if (el.closest('.visually-hidden')) continue;
    const tag = el.matches('button') ? 'button' : el.className || el.tagName.toLowerCase();
    seen[tag] = (seen[tag] ?? 0) + 1;
    const style = getComputedStyle(el);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.45;
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size || 1;
    out.push({
      name: `${tag}#${seen[tag]}`, text: el.textContent.trim(), lines,
      overflow: el.scrollWidth > el.clientWidth + 1 && style.overflow !== 'visible' ? true : el.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
      lineHeight,
    });
  }
  return out;
}

async function render(language, server) {
  const ext = await launchWithExtension(undefined, { language });
  try {
    const ui = await ext.worker.evaluate(() => chrome.i18n.getUILanguage());
    if (language !== 'en' && !ui.startsWith(language)) {
      throw new Error(`Chromium's UI language is ${ui}, not ${language}: it has no locales/${language}*.pak (Debian: chromium-l10n; or CHROMIUM=…)`);
    }
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto(`${server.origin}/seed-mosul.html`);
    const { popup, close } = await openPopup(ext, page);
    if ((await settledState(popup)) !== 'ready') throw new Error(`${language}: the popup did not show the list`);
    await popup.waitForSelector('.auto input');
    await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${language}.png`) });
    // The first statement with its Check panel open, and the export and per-site sections.
    await popup.locator('button.check').first().click();
    await popup.locator('.claim').first().screenshot({ path: path.join(ARTIFACTS, `popup-${language}-check.png`) });
    await popup.locator('.export').scrollIntoViewIfNeeded();
    const box = await popup.evaluate(() => {
      const top = document.querySelector('.export').getBoundingClientRect().top;
      const bottom = document.querySelector('.announcer').getBoundingClientRect().bottom;
      return { x: 0, y: top - 4, width: document.documentElement.clientWidth, height: bottom - top + 8 };
    });
    await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${language}-export.png`), clip: box });
    const labels = await popup.evaluate(measure, { labels: LABELS, rows: ROWS });
    await close();

    const bare = await ext.context.newPage();
    await bare.goto(`${server.origin}/no-article.html`);
    const noArticle = await openPopup(ext, bare);
    await settledState(noArticle.popup);
    await noArticle.popup.screenshot({ path: path.join(ARTIFACTS, `popup-${language}-no-article.png`) });
    await noArticle.close();
    return { ui, labels };
  } finally {
    await ext.close();
  }
}

await mkdir(ARTIFACTS, { recursive: true });
const server = await startServer();
const results = {};
try {
  for (const language of languages) {
    results[language] = await render(language, server);
    console.log(`${language}: UI language ${results[language].ui}, screenshots in ${path.relative(repoRoot, ARTIFACTS)}/popup-${language}*.png`);
  }
} finally {
  await server.close();
}

const english = new Map(results.en.labels.map((l) => [l.name, l]));
let problems = 0;
for (const language of languages.filter((l) => l !== 'en')) {
  for (const label of results[language].labels) {
    const en = english.get(label.name);
    if (label.height !== undefined) {
      if (en && label.height > en.height + 2) {
        problems++;
        console.log(`  ${language} ${label.name}: ${label.height}px high, English ${en.height}px ("${label.text}")`);
      }
    } else if (label.overflow || (en && label.lines > en.lines)) {
      problems++;
      console.log(`  ${language} ${label.name}: "${label.text}" ${label.overflow ? 'overflows' : `${label.lines} lines (English "${en.text}": ${en.lines})`}`);
    }
  }
}
console.log(problems ? `${problems} label(s) or row(s) longer than in English` : 'every label and row takes as many lines as in English');
