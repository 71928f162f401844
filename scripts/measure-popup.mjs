// The extension's figures, measured rather than asserted (timings vary by machine):
//   - time from clicking the toolbar button to the list shown, on the seed article, median of 5, in
//     Debian's Chromium (each run a fresh tab, so injecting the content script is included);
//   - bundle sizes gzipped, against their budgets;
//   - the Firefox lint result.
//   node scripts/measure-popup.mjs [--runs N] [--no-build] [--no-lint]
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, openPopup, settledState, startServer } from './extension-browser.mjs';
import { BUNDLE_BUDGETS } from './bundle-budgets.mjs';
import { repoRoot } from './shared-dir.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const LIST_SHOWN_MARK = 'attribution-lens:list-shown'; // set by src/popup/components/ReportView.tsx

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => `${Math.round(n)} ms`;

if (!args.includes('--no-build')) {
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

async function measureOpenToList() {
  const server = await startServer();
  const ext = await launchWithExtension();
  const wall = [];
  const inPopup = [];
  try {
    // A first popup warms the browser (disk caches), as a reader's second click would find it.
    const warm = await ext.context.newPage();
    await warm.goto(`${server.origin}/seed-mosul.html`);
    await (await openPopup(ext, warm)).close();
    await warm.close();
    for (let i = 0; i < runs; i++) {
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}/seed-mosul.html`);
      const clickedAt = Date.now();
      const { popup, close } = await openPopup(ext, page); // clicks the toolbar button
      const state = await settledState(popup);
      if (state !== 'ready') throw new Error(`the popup shows "${state}", not the list`);
      // The mark is set in an effect, which may run just after the state shows "ready".
      const mark = await (await popup.waitForFunction((name) => {
        const entry = performance.getEntriesByName(name)[0];
        return entry ? { at: performance.timeOrigin + entry.startTime, sincePopupStart: entry.startTime } : null;
      }, LIST_SHOWN_MARK, { timeout: 5_000 })).jsonValue();
      wall.push(mark.at - clickedAt);
      inPopup.push(mark.sincePopupStart);
      const count = await popup.textContent('[data-figure="total"]');
      console.log(`  run ${i + 1}: ${ms(mark.at - clickedAt)} from the click (${ms(mark.sincePopupStart)} after the popup document started), ${count} attributions`);
      await close();
      await page.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return { wall: median(wall), inPopup: median(inPopup) };
}

console.log(`Popup open to list, seed-mosul.html, ${runs} runs:`);
const timing = await measureOpenToList();
console.log(`  median: ${ms(timing.wall)} from the toolbar click; ${ms(timing.inPopup)} from the popup document's start`);

console.log('\nBundles (gzip -9, as tests/bundle-budget.test.ts measures):');
for (const budget of BUNDLE_BUDGETS) {
  let bytes = 0;
  for (const file of [...budget.files, ...budget.optional]) {
    bytes += gzipSync(await readFile(path.join(repoRoot, 'dist', 'chrome', file)), { level: 9 }).length;
  }
  const kib = bytes / 1024;
  console.log(`  ${budget.name.padEnd(22)} ${kib.toFixed(1).padStart(5)} KiB  (budget ${budget.limitKiB} KiB${kib > budget.limitKiB ? ', OVER' : ''})`);
}

if (!args.includes('--no-lint')) {
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--output=json'], { cwd: repoRoot, encoding: 'utf8' });
  try {
    const { summary, warnings } = JSON.parse(lint.stdout);
    console.log(`\nweb-ext lint (dist/firefox): ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
    for (const w of warnings) console.log(`  warning ${w.code} in ${w.file ?? 'manifest'}`);
  } catch {
    console.log('\nweb-ext lint: could not read its output');
    console.log(lint.stdout || lint.stderr);
  }
}
