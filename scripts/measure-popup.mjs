// The extension's figures, measured rather than asserted (timings vary by machine):
//   - time from clicking the toolbar button (pinned, as scripts/extension-browser.mjs launches it) to
//     the list shown, on the seed article and on the largest corpus page, median of 5, in Debian's
//     Chromium (each run a fresh tab, so injecting the content script is included), with the median
//     of each step (budget: 300 ms);
//   - bundle sizes gzipped, against their budgets;
//   - the Firefox lint result.
//   node scripts/measure-popup.mjs [--runs N] [--no-build] [--no-lint]
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, openPopup, settledState, startServer } from './extension-browser.mjs';
import { BUNDLE_BUDGETS, budgetFiles } from './bundle-budgets.mjs';
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

const ANALYSIS_SENT_MARK = 'attribution-lens:analysis-sent'; // src/popup/load.ts
const ANALYSIS_RECEIVED_MARK = 'attribution-lens:analysis-received';
/** The pages timed: the seed article, and the largest page of the corpus (1.6 MB). */
const PAGES = ['seed-mosul.html', 'rd-yahoo-2.html'];
/** Click to list, the budget. */
const BUDGET_MS = 300;
/** How long after the click the harness leaves the browser alone before reading the popup's marks. */
const QUIET_MS = 2_500;

/**
 * Where the time from the click to the list goes, per run: the popup's start (the browser opening it,
 * up to its page's navigation), loading popup.html and popup.js and running it up to the request to the page, injecting the content script and
 * messaging (the request's round trip less the content script's own time), the content script's
 * steps (visible copy, Readability, the worker's answer: lexicon and pack install, engine, and the
 * message hand-over), finding the sentences in the page, and rendering the list.
 */
async function measureOpenToList(ext, server, name) {
  const measured = [];
  // A first popup warms the browser (disk caches, the worker's lexicons), as a reader's second click would find it.
  const warm = await ext.context.newPage();
  await warm.goto(`${server.origin}/${name}`);
  await (await openPopup(ext, warm)).close();
  await warm.close();
  for (let i = 0; i < runs; i++) {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/${name}`);
    // Clicks the toolbar button; the popup is reached over DevTools only once it has had time to show its list.
    const { popup, close, clickedAt } = await openPopup(ext, page, { quietMs: QUIET_MS });
    const state = await settledState(popup);
    if (state !== 'ready') throw new Error(`${name}: the popup shows "${state}", not the list`);
    // The mark is set in an effect, which may run just after the state shows "ready".
    const marks = await (await popup.waitForFunction(([shown, sent, received]) => {
      const at = (n) => performance.getEntriesByName(n)[0];
      const list = at(shown);
      if (!list) return null;
      return { origin: performance.timeOrigin, sent: at(sent)?.startTime, received: at(received)?.startTime, shown: list.startTime, timings: list.detail };
    }, [LIST_SHOWN_MARK, ANALYSIS_SENT_MARK, ANALYSIS_RECEIVED_MARK], { timeout: 5_000 })).jsonValue();
    const t = marks.timings ?? {};
    const worker = t.worker ?? { installMs: NaN, engineMs: NaN };
    const run = {
      total: marks.origin + marks.shown - clickedAt,
      popupStart: marks.origin - clickedAt,
      popupScript: marks.sent,
      injectAndMessaging: marks.received - marks.sent - t.totalMs,
      visible: t.visibleMs,
      readability: t.readabilityMs,
      handOver: t.workerMs - worker.installMs - worker.engineMs,
      install: worker.installMs,
      engine: worker.engineMs,
      locate: t.locateMs,
      render: marks.shown - marks.received,
    };
    measured.push(run);
    console.log(`  run ${i + 1}: ${ms(run.total)} from the click`);
    await close();
    await page.close();
  }
  const out = {};
  for (const key of Object.keys(measured[0])) out[key] = median(measured.map((r) => r[key]));
  return out;
}

const STEPS = [
  ['popupStart', 'popup opens (the browser, until popup.html)'],
  ['popupScript', 'popup.html and popup.js, until the request'],
  ['injectAndMessaging', 'content script injection and messaging'],
  ['visible', 'copy of the page without hidden text'],
  ['readability', 'Readability'],
  ['handOver', 'blocks to the worker and the answer back'],
  ['install', 'worker: lexicons and language pack'],
  ['engine', 'worker: language and engine'],
  ['locate', 'sentences found in the page'],
  ['render', 'list rendered'],
];

const server = await startServer();
const ext = await launchWithExtension();
try {
  for (const name of PAGES) {
    console.log(`Popup open to list, ${name}, ${runs} runs:`);
    const timing = await measureOpenToList(ext, server, name);
    console.log(`  median: ${ms(timing.total)} from the toolbar click (budget ${BUDGET_MS} ms${timing.total > BUDGET_MS ? ', OVER' : ''}); medians by step:`);
    for (const [key, label] of STEPS) console.log(`    ${label.padEnd(46)} ${ms(timing[key]).padStart(7)}`);
    console.log('');
  }
} finally {
  await ext.close();
  await server.close();
}

console.log('\nBundles (gzip -9, as tests/bundle-budget.test.ts measures):');
for (const budget of BUNDLE_BUDGETS) {
  let bytes = 0;
  for (const file of budgetFiles(budget, path.join(repoRoot, 'dist', 'chrome'))) {
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
