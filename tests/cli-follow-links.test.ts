// --follow-links against a server on 127.0.0.1: an article whose sentences link to a page holding the
// claim as written, one paraphrasing it, one about something else and one that answers 404 gives
// found, similar, not-found and unreachable; a page linked twice is fetched once; a second run with the
// same cache makes no request at all; without the flag nothing is fetched. The CLI reads a linked
// page into the same blocks as the extension's reader (src/evidence/page-text.ts on a standard DOM).
// The sentences are our own.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readLinkedHtml } from '../src/cli/linked-text';
import { pageText } from '../src/evidence/page-text';
import type { Report } from '../src/report/report';
import { assertCliBuilt, fixtureDir } from './helpers/cli';
import { html, runCliAsync, startServer, type LocalServer } from './helpers/local-server';

vi.setConfig({ testTimeout: 120_000 });

const filler = (topic: string): string => `<p>This page is part of a series on ${topic} published by the county archive for readers and students.</p>`;
const page = (title: string, paragraphs: string[]): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav><main><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main><footer><a href="/contact">Contact</a></footer></body></html>`;

const LINKED: Record<string, string> = {
  '/verbatim': page('Water board review', [
    'Our engineers spent the winter measuring every inflow and outlet of the valley.',
    'The reservoir held enough water for three dry summers, the review concluded after a year of study. The dam was inspected in May.',
    'Further reports will follow in the autumn, once the new gauges are installed along the river.',
  ]) + filler('water'),
  '/paraphrase': page('Fisheries survey', [
    'The survey team sailed from the northern ports in March and returned in June with its samples.',
    'According to the Okafor survey, as the sea warmed the mackerel shoals moved roughly 200 kilometres northward over the decade.',
    'Crews also counted seabirds and logged the weather for each day of the voyage.',
  ]),
  '/unrelated': page('Spring gardening', [
    'Tulip bulbs planted in late autumn flower best when the soil drains well and the beds face south.',
    'Keep the young shoots away from slugs, and water them sparingly until the first leaves unfold.',
    'A layer of bark mulch keeps the weeds down through the whole season.',
  ]),
};

const ARTICLE = page('Summer outlook', [
  'The water board said that <a href="/verbatim">the reservoir held enough water for three dry summers</a>.',
  'Dr. Mina Okafor said <a href="/paraphrase">rising sea temperatures had pushed the mackerel shoals north by 200 kilometres</a>.',
  'The mayor’s office said <a href="/unrelated">the new tram line would cut commuting times by a quarter</a>.',
  'A spokesperson said <a href="/gone">the harvest festival would return to the square in August</a>.',
  'Engineers at the board said <a href="/verbatim">the dam was inspected in May</a>.',
  'The council said the library would stay open on Sundays.',
]);

let server: LocalServer;
let dir: string;
let cache: string;
const evidenceOf = (r: Report) => r.attributions.map((a) => ({ claim: a.claim, evidence: a.evidence }));

beforeAll(async () => {
  assertCliBuilt();
  server = await startServer(Object.fromEntries(Object.entries(LINKED).map(([p, body]) => [p, html(body)])));
  dir = fixtureDir({});
  cache = path.join(dir, 'cache');
  // The article is a file; its relative links point at the server once --url resolves them.
  writeFileSync(path.join(dir, 'article.html'), ARTICLE);
});

afterAll(() => server?.close());

const args = (...extra: string[]): string[] => ['analyze', '-f', 'json', '--url', `${server.origin}/news/summer`, ...extra, path.join(dir, 'article.html')];

describe('--follow-links', () => {
  it('without the flag nothing is fetched', async () => {
    const r = await runCliAsync(args());
    expect(r.status).toBe(0);
    expect(server.requests).toEqual([]);
    expect((JSON.parse(r.stdout) as Report[])[0]!.attributions.some((a) => 'evidence' in a)).toBe(false);
  });

  let first: Report;
  it('found, similar, not-found and unreachable, each linked page fetched once', async () => {
    const r = await runCliAsync(args('--follow-links', '--cache', cache));
    expect(r.status).toBe(0); // a linked page that cannot be read is a finding, not a failed input
    first = (JSON.parse(r.stdout) as Report[])[0]!;
    const byClaim = new Map(evidenceOf(first).map((e) => [e.claim.split(' ').slice(0, 3).join(' '), e.evidence]));
    const o = server.origin;
    expect(byClaim.get('the reservoir held')).toEqual([{ url: `${o}/verbatim`, status: 'found', excerpt: 'The reservoir held enough water for three dry summers, the review concluded after a year of study.' }]);
    expect(byClaim.get('rising sea temperatures')).toEqual([{ url: `${o}/paraphrase`, status: 'similar', excerpt: 'According to the Okafor survey, as the sea warmed the mackerel shoals moved roughly 200 kilometres northward over the decade.' }]);
    expect(byClaim.get('the new tram')).toEqual([{ url: `${o}/unrelated`, status: 'not-found', excerpt: '' }]);
    expect(byClaim.get('the harvest festival')).toEqual([{ url: `${o}/gone`, status: 'unreachable', excerpt: '', reason: 'the server answered HTTP 404' }]);
    expect(byClaim.get('the dam was')).toEqual([{ url: `${o}/verbatim`, status: 'found', excerpt: 'The dam was inspected in May.' }]);
    // An attribution with no link gets no evidence.
    expect(byClaim.get('the library would')).toBeUndefined();
    expect(byClaim.has('the library would')).toBe(true);
    expect(server.requests.map((q) => q.path).sort()).toEqual(['/gone', '/paraphrase', '/unrelated', '/verbatim']);
    expect(r.stderr).toBe('attribution-lens: --follow-links: 4 linked pages fetched, 0 read from the cache\n');
  });

  it('the cache holds one entry per URL, with its status code, final URL, fetch time and text', () => {
    const entries = readdirSync(cache).map((f) => JSON.parse(readFileSync(path.join(cache, f), 'utf8')) as { entry: Record<string, unknown> });
    expect(entries).toHaveLength(4);
    const verbatim = entries.find((e) => e.entry.url === `${server.origin}/verbatim`)!.entry;
    expect(verbatim).toMatchObject({ status: 'read', httpStatus: 200, finalUrl: `${server.origin}/verbatim`, fetchedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect((verbatim.page as { blocks: string[] }).blocks.join('\n')).toContain('The dam was inspected in May.');
    expect(entries.find((e) => e.entry.url === `${server.origin}/gone`)!.entry).toMatchObject({ status: 'unreachable', httpStatus: 404 });
  });

  it('a second run with the same cache makes no request, and reports the same', async () => {
    const before = server.requests.length;
    const r = await runCliAsync(args('--follow-links', '--cache', cache));
    expect(server.requests.length - before).toBe(0);
    expect((JSON.parse(r.stdout) as Report[])[0]).toEqual(first);
    expect(r.stderr).toBe('attribution-lens: --follow-links: 0 linked pages fetched, 4 read from the cache\n');
  });

  it('CSV gains the evidence columns after links; Markdown a line per linked page', async () => {
    const csv = await runCliAsync(args('--follow-links', '--cache', cache).map((a) => (a === 'json' ? 'csv' : a)));
    const header = csv.stdout.split('\r\n')[0]!.split(',');
    expect(header.slice(header.indexOf('links'), header.indexOf('links') + 3)).toEqual(['links', 'evidence', 'evidenceExcerpt']);
    expect(csv.stdout).toContain(`,found ${server.origin}/verbatim,"The reservoir held enough water for three dry summers, the review concluded after a year of study."`);
    const md = await runCliAsync(args('--follow-links', '--cache', cache).map((a) => (a === 'json' ? 'md' : a)));
    expect(md.stdout).toContain('   - Not found on the linked page: `' + server.origin + '/unrelated`\n');
    expect(md.stdout).toContain('   - Could not read the linked page: `' + server.origin + '/gone` (the server answered HTTP 404)\n');
    expect(md.stdout).toMatch(/ {3}- Similar wording on the linked page: `[^`]+\/paraphrase` — “According to the Okafor survey, as the sea warmed the mackerel shoals moved roughly 200 kilometres northward over the decade\.”\n/);
  });

  it('--cache without --follow-links, and a bad --fetch-timeout, are usage errors', async () => {
    expect((await runCliAsync(args('--cache', cache))).status).toBe(2);
    expect((await runCliAsync(args('--follow-links', '--fetch-timeout', '0'))).status).toBe(2);
  });
});

describe('a linked page read by the CLI (linkedom) and by the extension (a standard DOM)', () => {
  it.each(Object.keys(LINKED))('%s gives the same blocks', (route) => {
    const url = `https://site.example${route}`;
    const standard = pageText(new JSDOM(LINKED[route]!, { url }).window.document, url);
    expect(readLinkedHtml(LINKED[route]!, url)).toEqual(standard);
    expect(standard.blocks.length).toBeGreaterThan(0);
  });
});
