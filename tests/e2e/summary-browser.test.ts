// The corpus summary of the dev corpus (corpus/pages and the four language sets, analyzed by the built
// CLI) opened from disk in Debian's Chromium: it asks for nothing over the network, its charts are
// drawn (non-empty boxes, bars as long as their figures), it follows the dark scheme, and printing
// hides the navigation.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSummary, summarizeCorpus } from '../../scripts/summary-browser.mjs';
import type { Summary } from '../../src/summary/aggregate';
import { assertCliBuilt } from '../helpers/cli';

let dir: string;
let corpus: ReturnType<typeof summarizeCorpus>;
let summary: Summary;
let browser: Browser;
let page: Page;
let requests: string[];

beforeAll(async () => {
  assertCliBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'al-summary-e2e-'));
  corpus = summarizeCorpus(dir);
  summary = JSON.parse(readFileSync(corpus.json, 'utf8')) as Summary;
  ({ browser, page, requests } = await openSummary(corpus.html));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the corpus summary in Chromium', () => {
  it('summarizes every page of the corpus and needs nothing from the network', async () => {
    expect(summary.articles.total).toBe(corpus.pages.length);
    expect(summary.articles.found).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe('Attribution Lens: corpus summary');
  });

  it('draws every chart: non-empty boxes, one bar per figure, bar heights in proportion to the figures', async () => {
    const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const bars = [...svg.querySelectorAll('.bar rect')].map((r) => (r as SVGGraphicsElement).getBBox());
      return { width: box.width, height: box.height, bars: bars.map((b) => ({ width: b.width, height: b.height })) };
    }));
    expect(charts).toHaveLength(3);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(200);
      expect(c.height).toBeGreaterThan(100);
    }
    const histogram = charts[0]!;
    expect(histogram.bars).toHaveLength(10);
    const counts = summary.unnamedShare.histogram.map((b) => b.articles);
    const tallest = counts.indexOf(Math.max(...counts));
    for (const [i, bar] of histogram.bars.entries()) {
      if (counts[i] === 0) expect(bar.height).toBe(0);
      else expect(bar.height / histogram.bars[tallest]!.height).toBeCloseTo(counts[i]! / counts[tallest]!, 2);
    }
    const sites = charts[1]!;
    expect(sites.bars.length).toBe(Math.min(20, summary.sites.length));
    expect(sites.bars.some((b) => b.width > 0)).toBe(true);
    expect(charts[2]!.bars.filter((b) => b.width > 0).length).toBeGreaterThan(1);
  });

  it('links each ranked article to its section, which is on the page with its attributions', async () => {
    const first = summary.ranked[0]!;
    await page.click(`#ranking a[href="#article-${first.n}"]`);
    const rows = await page.$$eval(`#article-${first.n} tbody tr`, (trs) => trs.length);
    expect(rows).toBe(first.attributions);
    expect(await page.evaluate(() => location.hash)).toBe(`#article-${first.n}`);
  });

  it('follows the dark colour scheme, and printing hides the navigation', async () => {
    const background = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const barFill = (): Promise<string> => page.$eval('svg.chart .bar rect', (r) => getComputedStyle(r).fill);
    const light = [await background(), await barFill()];
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = [await background(), await barFill()];
    expect(light[0]).toBe('rgb(255, 255, 255)');
    expect(dark[0]).not.toBe(light[0]);
    expect(dark[1]).not.toBe(light[1]);
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    expect(await page.$eval('nav', (n) => getComputedStyle(n).display)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    const shot = await page.screenshot();
    expect(shot.length).toBeGreaterThan(10_000);
  });
});
