// The publication date a page's metadata gives (src/extract/published.ts), on linkedom and jsdom:
// each kind of element that may hold it, in its order of precedence, and look-alikes that must not.
import { JSDOM, VirtualConsole } from 'jsdom';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { publishedFromPage } from '../src/extract/published';

const DOMS = {
  linkedom: (html: string): Document => new DOMParser().parseFromString(html, 'text/html') as unknown as Document,
  jsdom: (html: string): Document => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document,
};

const page = (head: string, body = ''): string => `<!doctype html><html><head>${head}</head><body><p>Text.</p>${body}</body></html>`;

const CASES: [string, string, string | null][] = [
  ['article:published_time', page('<meta property="article:published_time" content=" 2024-05-01 ">'), '2024-05-01'],
  ['itemprop on any element with content', page('', '<span itemprop="datePublished" content="2024-05-02"></span>'), '2024-05-02'],
  ['itemprop without content is passed over', page('', '<div itemprop="datePublished">May 3</div><time itemprop="datePublished" datetime="2024-05-03">May 3</time>'), '2024-05-03'],
  ['time pubdate', page('', '<time pubdate datetime="2024-05-04">x</time>'), '2024-05-04'],
  ['DC.date in any case', page('<meta name="dc.DATE" content="2024-05-05">'), '2024-05-05'],
  ['parsely', page('<meta name="parsely-pub-date" content="2024-05-06">'), '2024-05-06'],
  ['a name on an element that is not meta is not a date', page('', '<span name="date" content="2024-01-01"></span>'), null],
  ['precedence: Open Graph before Dublin Core, whatever the order', page('<meta name="DC.date" content="2020-01-01"><meta property="og:published_time" content="2024-05-07">'), '2024-05-07'],
  ['JSON-LD, nested', page('<script type="application/ld+json">{"@graph":[{"datePublished":"2024-05-08"}]}</script>'), '2024-05-08'],
  ['a script that is not JSON-LD is not read', page('<script>var x = {"datePublished":"2024-01-01"};</script>'), null],
  ['metadata before JSON-LD', page('<script type="application/ld+json">{"datePublished":"2020-01-01"}</script><meta name="date" content="2024-05-09">'), '2024-05-09'],
];

describe.each(Object.keys(DOMS) as (keyof typeof DOMS)[])('publishedFromPage on %s', (dom) => {
  it.each(CASES)('%s', (_, html, expected) => {
    expect(publishedFromPage(DOMS[dom](html))).toBe(expected);
  });
});
