// Links per attribution: the extraction records each block's links (offsets into its text), the
// engine gives each attribution exactly the links inside its sentence. The test page
// (tests/fixtures/links.html) links to cited outlets, a study, a post and an unrelated blog, and has
// navigation, share, caption and footer links that must never be attached. Also the article's
// metadata and the publication dates pages give.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { reportFor } from '../src/cli/analyze-file';
import { DOM_IMPLEMENTATIONS, loadHtml } from '../src/cli/load';
import type { Attribution } from '../src/core/types';
import { blocksFromElement } from '../src/extract/blocks';
import { publishedFromPage } from '../src/extract/published';
import { extractWholePage } from '../src/extract/readability';
import { isBackgroundRequest } from '../src/shared/messages';

const PAGE_URL = 'https://news.example.com/2024/03/15/talks.html';
const html = readFileSync(path.join(import.meta.dirname, 'fixtures', 'links.html'), 'utf8');

const WAPO = 'https://www.washingtonpost.com/world/2024/03/14/river-treaty-talks/';
const STUDY = 'https://doi.org/10.1000/river.2024.17';
const OWN_REPORT = 'https://news.example.com/2023/08/drought-river';
const POST = 'https://social.example.net/@minister/112233';
const BBC = 'https://www.bbc.co.uk/news/world-treaty';
const NYT = 'https://www.nytimes.com/2024/03/03/world/river-treaty.html';
const BLOG = 'https://gardening-notes.example.org/2024/03/tomatoes';
/** Navigation, share, caption and footer links, and relative ones resolved. */
const FURNITURE = ['https://news.example.com/', 'https://news.example.com/world/', 'https://www.reuters.com/',
  'https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.com%2Ftalks', 'https://photos.example.com/river',
  'https://www.reuters.com/terms', 'https://news.example.com/about'];

/** The links each attributed sentence holds, by the words it opens with (every other sentence holds none). */
const SENTENCE_LINKS: [string, { href: string; text: string }[]][] = [
  ['The Washington Post reported Thursday', [{ href: WAPO, text: 'The Washington Post reported Thursday' }]],
  ['According to a study', [{ href: STUDY, text: 'a study published in the journal Hydrology' }]],
  ['The authors said', [{ href: OWN_REPORT, text: 'as this newspaper reported last year' }]],
  ['The environment minister wrote', [{ href: POST, text: 'a post on Mastodon' }]],
  ['"We will not sign', [{ href: BBC, text: 'the BBC' }, { href: NYT, text: 'The New York Times' }]],
];

const expectedLinks = (a: Attribution): { href: string; text: string }[] =>
  SENTENCE_LINKS.find(([opening]) => a.sentence.startsWith(opening))?.[1] ?? [];

function report(dom: (typeof DOM_IMPLEMENTATIONS)[number], url: string | null) {
  const loaded = loadHtml(html, url, dom);
  return reportFor('links.html', loaded.title, loaded.url, loaded.blocks, loaded.error, loaded.lang, loaded);
}

describe.each(DOM_IMPLEMENTATIONS)('links per attribution (CLI, %s)', (dom) => {
  const r = report(dom, PAGE_URL);

  it('every attribution carries exactly its sentence\'s links, in order', () => {
    expect(r.attributions.length).toBeGreaterThanOrEqual(SENTENCE_LINKS.length + 3);
    for (const a of r.attributions) expect(a.links, a.sentence).toEqual(expectedLinks(a));
    // Each linked sentence was found (a table row that matched nothing would prove nothing).
    for (const [opening] of SENTENCE_LINKS) expect(r.attributions.some((a) => a.sentence.startsWith(opening)), opening).toBe(true);
    expect(r.attributions.filter((a) => a.links.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('attaches no navigation, share, caption or footer link, nor the blog of a sentence that attributes nothing', () => {
    const attached = r.attributions.flatMap((a) => a.links.map((l) => l.href));
    for (const href of [...FURNITURE, BLOG]) expect(attached).not.toContain(href);
    // The caption's attribution is there, without its caption's link.
    expect(r.attributions.find((a) => a.source === 'Photographers')?.links).toEqual([]);
  });

  it('gives the article\'s metadata and resolves times against its publication date', () => {
    expect(r).toMatchObject({ byline: 'Alex Writer', siteName: 'The Example Times', published: '2024-03-15T10:00:00-05:00' });
    const dated = Object.fromEntries(r.attributions.filter((a) => a.when).map((a) => [a.when, a.whenDate]));
    expect(dated).toMatchObject({ Thursday: '2024-03-14', 'on Wednesday': '2024-03-13', 'on March 3': '2024-03-03', yesterday: '2024-03-14', 'last year': null });
  });

  it('without --url, relative links are left out and absolute ones kept', () => {
    const bare = report(dom, null);
    const authors = bare.attributions.find((a) => a.sentence.startsWith('The authors said'))!;
    expect(authors.links).toEqual([]);
    expect(bare.attributions.find((a) => a.sentence.startsWith('According to a study'))!.links.map((l) => l.href)).toEqual([STUDY]);
  });
});

describe('link spans of blocks', () => {
  const body = (markup: string, url = PAGE_URL): HTMLElement => new JSDOM(`<body>${markup}</body>`, { url }).window.document.body;

  it('maps offsets through the collapsing of white space, and keeps a link\'s own spaces out', () => {
    const [block] = blocksFromElement(body('<p>  Officials\n said,\u00a0 <a href="/a"> in\n a  statement </a>, that <b><a href="https://x.org/b">it</a></b> failed.</p>'), PAGE_URL);
    expect(block!.text).toBe('Officials said, in a statement , that it failed.');
    expect(block!.links!.map((l) => [block!.text.slice(l.start, l.end), l.href])).toEqual([
      ['in a statement', 'https://news.example.com/a'], ['it', 'https://x.org/b'],
    ]);
  });

  it('records only web links outside page furniture', () => {
    const blocks = blocksFromElement(body(`<p>See <a href="javascript:alert(1)">this</a>, <a href="#note">the note</a>, <a href="mailto:a@b.c">mail</a>
      and <a href="ftp://x.org/f">a file</a>.</p><nav><p><a href="/x">Nav</a></p></nav><div class="social-share"><p><a href="/s">Share</a></p></div>
      <p role="navigation"><a href="/r">Next</a></p><figure><figcaption><a href="/c">Credit</a></figcaption></figure>
      <footer><p><a href="/f">Footer</a></p></footer><p><a href="https://ok.org/">Kept</a></p>`), PAGE_URL);
    expect(blocks.flatMap((b) => b.links ?? []).map((l) => l.href)).toEqual(['https://ok.org/']);
    expect(blocks.map((b) => b.text)).toContain('Nav'); // the text stays
  });

  it('whole-page analysis leaves the navigation, share widget, caption and footer links out', () => {
    const doc = new JSDOM(html, { url: PAGE_URL }).window.document;
    const page = extractWholePage(doc, PAGE_URL)!;
    const hrefs = page.blocks.flatMap((b) => b.links ?? []).map((l) => l.href);
    expect(hrefs).toEqual([WAPO, STUDY, OWN_REPORT, POST, BLOG, BBC, NYT]);
    expect(page.publishedTime).toBe('2024-03-15T10:00:00-05:00');
  });
});

describe('publication dates a page gives outside Readability\'s places', () => {
  const doc = (head: string, body = ''): Document => new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`).window.document;

  it.each([
    ['<meta itemprop="datePublished" content="2024-03-15">', '2024-03-15'],
    ['<meta name="DC.date.issued" content="2024-03-15T08:00:00Z">', '2024-03-15T08:00:00Z'],
    ['<meta name="pubdate" content="20240315">', '20240315'],
    ['<script type="application/ld+json">{"@type":["NewsArticle"],"datePublished":"2024-03-15T09:00:00+01:00"}</script>', '2024-03-15T09:00:00+01:00'],
  ])('%s', (head, expected) => expect(publishedFromPage(doc(head))).toBe(expected));

  it('reads a <time itemprop="datePublished">, and gives null when there is nothing', () => {
    expect(publishedFromPage(doc('', '<time itemprop="datePublished" datetime="2024-03-15">15 March</time>'))).toBe('2024-03-15');
    expect(publishedFromPage(doc('<meta name="description" content="x">'))).toBeNull();
  });
});

describe('blocks with links, as the background worker accepts them', () => {
  const request = (links: unknown, published: unknown = null) =>
    ({ type: 'analyze-blocks', blocks: [{ kind: 'paragraph', text: 'Reuters said so.', links }], declaredLang: null, published });

  it.each([
    [[{ start: 0, end: 7, href: 'https://www.reuters.com/' }], true],
    [[{ start: 0, end: 7, href: 'https://a.org/' }, { start: 8, end: 12, href: 'http://b.org/' }], true],
    [undefined, true],
    [[], false],
    [[{ start: 0, end: 7, href: 'javascript:alert(1)' }], false],
    [[{ start: 0, end: 99, href: 'https://a.org/' }], false],
    [[{ start: 5, end: 5, href: 'https://a.org/' }], false],
    [[{ start: -1, end: 3, href: 'https://a.org/' }], false],
    [[{ start: 8, end: 12, href: 'https://a.org/' }, { start: 0, end: 7, href: 'https://b.org/' }], false],
    [[{ start: 0, end: 7 }], false],
    ['https://a.org/', false],
  ])('links %j → %s', (links, ok) => expect(isBackgroundRequest(request(links))).toBe(ok));

  it('refuses an address too long to be real', () => {
    expect(isBackgroundRequest(request([{ start: 0, end: 7, href: `https://a.org/${'x'.repeat(5000)}` }]))).toBe(false);
  });

  it('needs the publication date as a short string or null', () => {
    expect(isBackgroundRequest(request(undefined, '2024-03-15'))).toBe(true);
    expect(isBackgroundRequest(request(undefined, 20240315))).toBe(false);
    expect(isBackgroundRequest(request(undefined, 'x'.repeat(300)))).toBe(false);
    const { published: _, ...without } = request(undefined);
    expect(isBackgroundRequest(without)).toBe(false);
  });
});
