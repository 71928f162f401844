// The parts of the CLI's fetching on their own: the per-host limiter, the ordered stage between the
// pool and the writer, the cache's entries and what it keeps, and the evidence of a linked page in the
// exports (its passage is untrusted text like the claim).
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../src/cli/host-limit';
import { OrderedStage } from '../src/cli/ordered-stage';
import { CACHE_FORMAT, PageCache, defaultCacheDir, lastingFailure, type CachedPage } from '../src/cli/page-cache';
import type { Attribution } from '../src/core/types';
import { CLI_CSV_COLUMNS, toCsv, withEvidenceColumns } from '../src/report/csv';
import { reportToMarkdown } from '../src/report/markdown';
import type { Report } from '../src/report/report';

const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('HostLimiter', () => {
  it('keeps to its limit per host and in all, and lets another host pass a busy one', async () => {
    const limiter = new HostLimiter(2, 3);
    const open = new Map<string, number>();
    let most = 0;
    const order: string[] = [];
    const task = (url: string) => limiter.run(url, async () => {
      const host = new URL(url).host;
      open.set(host, (open.get(host) ?? 0) + 1);
      most = Math.max(most, [...open.values()].reduce((a, b) => a + b, 0));
      expect(open.get(host)).toBeLessThanOrEqual(2);
      order.push(url);
      await tick();
      open.set(host, open.get(host)! - 1);
    });
    await Promise.all([...['1', '2', '3', '4'].map((n) => task(`http://a.example/${n}`)), task('http://b.example/1')]);
    expect(most).toBe(3);
    // b.example started before a.example's third page, which waited for a slot of its own host.
    expect(order.indexOf('http://b.example/1')).toBeLessThan(order.indexOf('http://a.example/3'));
  });

  it('gives the slot back when the task fails', async () => {
    const limiter = new HostLimiter(1, 1);
    await expect(limiter.run('http://a.example/', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(limiter.run('http://a.example/', async () => 'next')).resolves.toBe('next');
  });
});

describe('OrderedStage', () => {
  it('hands items on in the order pushed, whatever order their work ends in; room() waits while it is full', async () => {
    const out: number[] = [];
    const stage = new OrderedStage<number>(async (n) => { await tick(n % 2 ? 20 : 1); return n * 10; }, (n) => out.push(n), 2);
    stage.push(1);
    stage.push(2);
    let roomy = false;
    const room = stage.room().then(() => { roomy = true; });
    await tick(1);
    expect(roomy).toBe(false);
    await room;
    stage.push(3);
    stage.push(4);
    await stage.drain();
    expect(out).toEqual([10, 20, 30, 40]);
  });

  it('a failed work hands the item on as it came', async () => {
    const out: string[] = [];
    const stage = new OrderedStage<string>(async (s) => { if (s === 'b') throw new Error('x'); return s.toUpperCase(); }, (s) => out.push(s));
    for (const s of ['a', 'b', 'c']) stage.push(s);
    await stage.drain();
    expect(out).toEqual(['A', 'b', 'C']);
  });
});

describe('PageCache', () => {
  const entry: CachedPage = { url: 'https://a.example/x', fetchedAt: '2024-05-01T00:00:00.000Z', httpStatus: 200, status: 'read', finalUrl: 'https://a.example/y', page: { title: 'T', lang: 'en', blocks: ['One.', 'Two.'] } };

  it('gives back what it kept, by URL; nothing for another URL, another format or a broken file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'al-cache-'));
    const cache = new PageCache(path.join(dir, 'sub'));
    expect(await cache.get(entry.url)).toBeNull();
    await cache.put(entry);
    expect(await cache.get(entry.url)).toEqual(entry);
    expect(await cache.get('https://a.example/y')).toBeNull();
    const [file] = readdirSync(path.join(dir, 'sub'));
    expect(file).toMatch(/^[0-9a-f]{64}\.json$/);
    writeFileSync(path.join(dir, 'sub', file!), JSON.stringify({ format: CACHE_FORMAT + 1, entry }));
    expect(await cache.get(entry.url)).toBeNull();
    writeFileSync(path.join(dir, 'sub', file!), '{"format": 1, "entry": ');
    expect(await cache.get(entry.url)).toBeNull();
    writeFileSync(path.join(dir, 'sub', file!), JSON.stringify({ format: CACHE_FORMAT, entry: { ...entry, page: { title: 'T', blocks: [1] } } }));
    expect(await cache.get(entry.url)).toBeNull();
  });

  it('keeps lasting failures only (4xx, not HTML, too large), not a timeout, a network failure or a 5xx', () => {
    expect([lastingFailure('http-error', 404), lastingFailure('http-error', 410), lastingFailure('not-html'), lastingFailure('too-large')]).toEqual([true, true, true, true]);
    expect([lastingFailure('http-error', 503), lastingFailure('timeout'), lastingFailure('network')]).toEqual([false, false, false]);
  });

  it('lives in the OS cache directory by default', () => {
    expect(defaultCacheDir('linux', { XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe(path.join('/xdg', 'attribution-lens', 'linked-pages'));
    expect(defaultCacheDir('linux', {}, '/home/u')).toBe(path.join('/home/u', '.cache', 'attribution-lens', 'linked-pages'));
    expect(defaultCacheDir('darwin', {}, '/Users/u')).toBe(path.join('/Users/u', 'Library', 'Caches', 'attribution-lens', 'linked-pages'));
  });
});

describe('evidence in the exports', () => {
  const hostile = '=HYPERLINK("http://evil.example") <img src=x onerror=alert(1)> [link](http://evil.example)';
  const a = { block: 0, start: 0, end: 10, sentence: 'S said x.', cue: 'said', source: 'S', sourceMention: null, sourceKind: 'person', claim: 'x', when: null, whenDate: null,
    links: [{ href: 'https://a.example/1', text: 'x' }, { href: 'https://b.example/2', text: 'y' }], via: null, quote: 'indirect', continuation: [], rule: 'r' } satisfies Attribution;
  const report: Report = { url: 'https://news.example/', title: 'T', articleFound: true, lang: 'en', languageSupported: true, attributions: [{ ...a,
    evidence: [{ url: 'https://a.example/1', status: 'not-found', excerpt: '' }, { url: 'https://b.example/2', status: 'similar', excerpt: hostile }] }] };

  it('CSV: the statuses one a line in link order, the best passage, neutralised', () => {
    const [header, row] = toCsv([report], withEvidenceColumns(CLI_CSV_COLUMNS)).split('\r\n');
    expect(header).toContain(',links,evidence,evidenceExcerpt,');
    expect(row).toContain(`,"not-found https://a.example/1\nsimilar https://b.example/2","'=HYPERLINK(""http://evil.example"")`);
  });

  it('Markdown: one item per page, the passage escaped', () => {
    const md = reportToMarkdown(report);
    expect(md).toContain('   - Not found on the linked page: `https://a.example/1`\n');
    expect(md).toContain('   - Similar wording on the linked page: `https://b.example/2` — “=HYPERLINK(\"http\\:/&#47;evil\\.example\") &lt;img src=x onerror=alert(1)&gt; \\[link\\](http\\:/&#47;evil\\.example)”');
  });
});
