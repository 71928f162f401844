// The corpus summary of the dev corpus in Chromium, for its end-to-end test and its screenshot
// (docs/screenshots/summary.png): the built CLI analyzes corpus/pages and the four language sets,
// summarizes the reports, and the page is opened from disk with the network cut off.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './extension-browser.mjs';
import { repoRoot } from './shared-dir.mjs';

const CLI = path.join(repoRoot, 'dist', 'cli', 'attribution-lens.mjs');
const CORPUS_SETS = ['pages', 'fr/pages', 'de/pages', 'es/pages', 'pt/pages'];

function run(args, cwd = repoRoot) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
  if (r.error) throw r.error;
  return r;
}

/** Analyzes the dev corpus into dir/reports.jsonl and summarizes it into dir/summary.html and .json. */
export function summarizeCorpus(dir) {
  const pages = CORPUS_SETS.flatMap((set) => readdirSync(path.join(repoRoot, 'corpus', set))
    .filter((f) => f.endsWith('.html')).sort().map((f) => path.join('corpus', set, f)));
  const analyzed = run(['analyze', '-f', 'jsonl', '--jobs', '2', ...pages]);
  if (analyzed.status !== 0) throw new Error(`analyze exited with ${analyzed.status}: ${analyzed.stderr}`);
  const reports = path.join(dir, 'reports.jsonl');
  writeFileSync(reports, analyzed.stdout);
  const html = path.join(dir, 'summary.html');
  const json = path.join(dir, 'summary.json');
  // Run in dir, so that the page names its input as reports.jsonl (not a temporary folder).
  const summarized = run(['summarize', 'reports.jsonl', '--html', html, '--json', json], dir);
  if (summarized.status !== 0) throw new Error(`summarize exited with ${summarized.status}: ${summarized.stderr}`);
  return { pages, reports, html, json, text: summarized.stdout };
}

/**
 * Chromium with the page open. Every request but the page itself is recorded and failed (the page
 * must need nothing from anywhere). `colorScheme`: "light" or "dark".
 */
export async function openSummary(htmlPath, { colorScheme = 'light', width = 1100, height = 900 } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  const pageUrl = new URL(`file://${htmlPath}`).href;
  const requests = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pageUrl);
  return { browser, page, requests };
}
