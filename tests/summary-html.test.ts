// The summary's HTML parsed with jsdom: its structure (charts with titles, descriptions, axes and a
// table beside each; the ranking linking to each article's section), and hostile reports: no script,
// no event handler, no link out but the articles' own http(s) addresses, every string as text.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/summary/aggregate';
import { summaryToHtml } from '../src/summary/html';
import { attribution as at, report } from './helpers/summary-reports';

const HOSTILE_TITLE = '</script><script>alert(1)</script>"\'><img src=x onerror=alert(2)> & &amp; \u001b[31m\u0000';
const HOSTILE_SOURCE = '<a href="javascript:alert(3)">Evil</a>';
const hostile = [
  report({
    url: 'https://news.example.com/story?a=1&b="2"', title: HOSTILE_TITLE,
    attributions: [
      at(HOSTILE_SOURCE, 'person', { cue: '<svg onload=alert(4)>', sentence: '"><iframe src="https://evil.example/">', via: '</style><style>*{}', links: ['javascript:alert(5)', 'https://evil.example/track'] }),
      at('Officials', 'anonymous', { when: '<i>Friday</i>' }),
    ],
  }),
  report({ url: 'javascript:alert(6)', title: 'Script address', siteName: '<b>site</b>', attributions: [at('sources', 'anonymous')] }),
  report({ url: ' data:text/html,<script>alert(7)</script>', title: 'Data address', attributions: [at('Reuters', 'outlet')] }),
  report({ url: 'http://plain.example.org/x', title: '', file: 'saved/<x>.html', attributions: [at('Ann Lee', 'person')] }),
  report({ file: '<img src=x onerror=alert(8)>.html', articleFound: false, error: '<b>bad</b> \u0007 file', title: '' }),
];
const summary = summarize(hostile);
const html = summaryToHtml(summary, ['reports/<crawl>.jsonl']);
const doc = new JSDOM(html).window.document;
const ARTICLE_URLS = new Set(['https://news.example.com/story?a=1&b=%222%22', 'http://plain.example.org/x']);

describe('the summary page of hostile reports', () => {
  it('has no script, no event handler and a policy that would block both', () => {
    expect(html).not.toMatch(/<script/i);
    expect(doc.querySelectorAll('script, iframe, object, embed, img, link, base, form').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
  });

  it('links out only to the articles\' own http(s) addresses, with rel=noopener; every other link is to the page itself', () => {
    const out: string[] = [];
    for (const el of doc.querySelectorAll('[href], [src], [xlink\\:href], [action], [srcset]')) {
      expect(el.hasAttribute('src')).toBe(false);
      const href = el.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
        continue;
      }
      expect(ARTICLE_URLS.has(href), href).toBe(true);
      expect(el.getAttribute('rel')).toContain('noopener');
      out.push(href);
    }
    expect(new Set(out)).toEqual(ARTICLE_URLS);
  });

  it('shows every report string as text, control characters left out', () => {
    const section = doc.getElementById('article-1')!;
    expect(section.querySelector('h3')!.textContent).toBe(HOSTILE_TITLE.replace(/[\u0000\u001b]/g, ''));
    const cells = [...section.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual(['1', HOSTILE_SOURCE, 'person', '<svg onload=alert(4)>', '"><iframe src="https://evil.example/">', 'via </style><style>*{}', 'javascript:alert(5)https://evil.example/track']);
    // Links of attributions are addresses shown as text, never links.
    expect(section.querySelectorAll('tbody a').length).toBe(0);
    // A site named by the page's metadata (the address is no web address): in the sites' table and chart, as text.
    expect(doc.querySelector('#sites tbody')!.textContent).toContain('<b>site</b>');
    expect(doc.querySelector('#sites svg')!.textContent).toContain('<b>site</b>');
    expect(doc.getElementById('failed')!.textContent).toContain('<img src=x onerror=alert(8)>.html');
    expect(doc.getElementById('failed')!.textContent).toContain('<b>bad</b>  file');
    expect(doc.querySelector('header')!.textContent).toContain('reports/<crawl>.jsonl');
    expect(doc.querySelectorAll('style').length).toBe(1);
  });

  it('shows an address that is not http(s) as text, not as a link', () => {
    for (const [n, url] of [[2, 'javascript:alert(6)'], [3, ' data:text/html,<script>alert(7)</script>']] as const) {
      const section = doc.getElementById(`article-${n}`)!;
      expect(section.querySelector('.url')!.textContent).toBe(url);
      expect(section.querySelector('a[href^="http"], a[href^="javascript"], a[href^="data"]')).toBeNull();
    }
  });
});

describe('the summary page\'s structure', () => {
  it('has a section per figure and the page\'s sections in the navigation', () => {
    for (const id of ['overview', 'unnamed', 'sites', 'kinds', 'cited', 'ranking', 'articles', 'failed']) expect(doc.getElementById(id), id).not.toBeNull();
    const nav = [...doc.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(nav).toContain('#ranking');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('gives each chart a title, a description, axes labelled, and a data table of the same figures beside it', () => {
    const charts = [...doc.querySelectorAll('svg.chart')];
    expect(charts.length).toBe(3);
    for (const svg of charts) {
      expect(svg.getAttribute('role')).toBe('img');
      const ids = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(ids.map((id) => doc.getElementById(id)?.tagName.toLowerCase())).toEqual(['title', 'desc']);
      expect(svg.querySelector('title')!.textContent!.length).toBeGreaterThan(10);
      expect(svg.querySelectorAll('.axis').length).toBe(2);
      expect(svg.querySelectorAll('.axis-label').length).toBe(2);
      expect(svg.querySelectorAll('.tick').length).toBeGreaterThan(2);
      const block = svg.closest('.chart-block')!;
      expect(block.querySelector('table')).not.toBeNull();
    }
    const histogram = doc.querySelector('#unnamed svg')!;
    expect(histogram.querySelectorAll('rect').length).toBe(10);
    // The histogram's table has the same counts as the chart's bars and description.
    const rows = [...doc.querySelectorAll('#unnamed tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual(summary.unnamedShare.histogram.map((b) => [`${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`, String(b.articles)]));
    expect(histogram.querySelector('desc')!.textContent).toContain('0–10%: 2; 10–20%: 0');
  });

  it('ranks the articles by unnamed share, each linking to its own section with its attributions', () => {
    const links = [...doc.querySelectorAll('#ranking tbody a')];
    expect(links.map((a) => a.textContent)).toEqual(['Script address', HOSTILE_TITLE.replace(/[\u0000\u001b]/g, ''), 'Data address', 'saved/<x>.html']);
    for (const [i, a] of links.entries()) {
      const section = doc.getElementById(a.getAttribute('href')!.slice(1))!;
      expect(section.classList.contains('article')).toBe(true);
      expect(section.querySelectorAll('tbody tr').length).toBe(summary.ranked[i]!.attributions);
    }
  });
});
