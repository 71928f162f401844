// The summary's figures on small report sets whose answers are counted by hand, the reading of
// JSONL lines (what is refused and why), and the one escaping helper every report string goes through.
import { describe, expect, it } from 'vitest';
import { sourcingProfile } from '../src/core/profile';
import type { Attribution } from '../src/core/types';
import { articleRow, binOf, siteOf, summarize, TOP_SOURCES } from '../src/summary/aggregate';
import { escapeHtml, webUrl } from '../src/summary/escape';
import { parseReportLine } from '../src/summary/read-report';
import { ticks } from '../src/summary/charts';
import { textTable } from '../src/summary/text';
import { attribution as at, report, reportJson } from './helpers/summary-reports';

const A = report({
  url: 'https://news.example.com/a', title: 'A', siteName: 'Example News',
  attributions: [
    at('Officials', 'anonymous'), at('Officials', 'anonymous'), at('Jane Doe', 'person', { links: ['https://x.example/1'] }),
    at('Reuters', 'outlet'), // 2 of 4 unnamed: 50%
  ],
});
const B = report({
  url: 'https://news.example.com/b', title: 'B',
  attributions: [at('Jane Doe', 'person'), at('the ministry', 'organization', { via: 'Reuters' })], // 0%
});
const C = report({
  url: null, siteName: 'The Daily Planet', title: 'C',
  attributions: [at('sources', 'anonymous'), at('a report', 'document'), at('sources', 'anonymous'), at('JANE DOE', 'person')], // 50%
});
const D = report({ url: 'https://other.example.org/d', title: 'D', attributions: [at('a source', 'anonymous')] }); // 100%
const EMPTY = report({ url: 'https://other.example.org/e', title: 'E' });
const FAILED = report({ file: 'broken.html', articleFound: false, error: 'not text: it holds NUL bytes', title: '' });
const CZECH = report({ url: 'https://zpravy.example.cz/f', lang: 'cs', languageSupported: false, title: 'F' });

describe('the summary of a small report set', () => {
  const s = summarize([A, B, C, D, EMPTY, FAILED, CZECH]);

  it('counts articles (found, failed, not read) and attributions', () => {
    expect(s.articles).toEqual({ total: 7, found: 6, failed: 1, notRead: 1, withAttributions: 4 });
    expect(s.attributions.total).toBe(11);
    expect(s.attributions.unnamed).toBe(5);
    expect(s.attributions.secondHand).toBe(1);
    expect(s.attributions.linked).toBe(1);
    expect(s.attributions.byCategory).toEqual({ 'people-organizations': 4, outlets: 1, documents: 1, unnamed: 5 });
    expect(s.failures).toEqual([{ n: 6, file: 'broken.html', url: null, error: 'not text: it holds NUL bytes' }]);
  });

  it('spreads the articles over the unnamed-share histogram (articles without attributions are left out)', () => {
    const byBand = s.unnamedShare.histogram.map((b) => b.articles);
    expect(byBand).toEqual([1, 0, 0, 0, 0, 2, 0, 0, 0, 1]);
    expect(s.unnamedShare.histogram[0]).toMatchObject({ from: 0, to: 0.1 });
    expect(s.unnamedShare.histogram[9]).toMatchObject({ from: 0.9, to: 1 });
    expect(s.unnamedShare.pooled).toBeCloseTo(5 / 11);
    expect(s.unnamedShare.mean).toBeCloseTo((0.5 + 0 + 0.5 + 1) / 4);
    expect(s.unnamedShare.median).toBeCloseTo(0.5);
  });

  it('puts shares on a band edge in the band above, and 100% in the last band', () => {
    expect([0, 0.0999, 0.1, 0.3, 0.7, 0.9999, 1].map(binOf)).toEqual([0, 0, 1, 3, 7, 9, 9]);
  });

  it('groups articles by host name, else by the publication the page names', () => {
    expect(siteOf({ url: 'https://News.Example.com/x?y', siteName: 'Example' })).toBe('news.example.com');
    expect(siteOf({ url: 'javascript:alert(1)', siteName: 'Example' })).toBe('Example');
    expect(siteOf({ url: null, siteName: '  ' })).toBe('(unknown site)');
    const sites = Object.fromEntries(s.sites.map((r) => [r.site, r]));
    // Most articles first, then most attributions.
    expect(Object.keys(sites)).toEqual(['news.example.com', 'other.example.org', 'The Daily Planet', 'zpravy.example.cz']);
    expect(sites['news.example.com']).toEqual({
      site: 'news.example.com', articles: 2, attributions: 6, perArticle: 3,
      unnamedShare: 2 / 6, secondHandShare: 1 / 6, linkedShare: 1 / 6,
    });
    expect(sites['other.example.org']).toMatchObject({ articles: 2, attributions: 1, perArticle: 0.5, unnamedShare: 1 });
    expect(sites['zpravy.example.cz']).toMatchObject({ articles: 1, attributions: 0, unnamedShare: null, linkedShare: null });
  });

  it('lists the most-cited sources by name (spellings of one name together), with the articles citing them', () => {
    expect(s.cited.people).toEqual([{ source: 'Jane Doe', attributions: 3, articles: 3 }]);
    expect(s.cited.organizations).toEqual([{ source: 'the ministry', attributions: 1, articles: 1 }]);
    // Reuters is cited once as a source and once as the outlet a passage came from.
    expect(s.cited.outlets).toEqual([{ source: 'Reuters', attributions: 2, articles: 2 }]);
  });

  it('ranks the articles with attributions by unnamed share, then by unnamed count, then input order', () => {
    expect(s.ranked.map((a) => a.title)).toEqual(['D', 'A', 'C', 'B']);
    expect(s.ranked[1]).toMatchObject({ n: 1, attributions: 4, unnamed: 2, unnamedShare: 0.5 });
    expect(s.ranked[1]!.list).toHaveLength(4);
  });

  it('keeps only the best-ranked articles when there are more than the limit, in the same order', () => {
    const many = Array.from({ length: 50 }, (_, i) => report({
      title: `T${i}`, attributions: [...Array.from({ length: i % 7 }, () => at('x', 'anonymous')), at('y', 'person'), at('z', 'person')],
    }));
    const full = summarize(many).ranked.map((a) => a.title);
    const capped = summarize(many, { ranked: 8, failures: 1 }).ranked.map((a) => a.title);
    expect(capped).toEqual(full.slice(0, 8));
    expect(full).toHaveLength(50);
  });

  it('lists at most TOP_SOURCES sources per kind', () => {
    const r = report({ attributions: Array.from({ length: TOP_SOURCES + 5 }, (_, i) => at(`Person ${i}`, 'person')) });
    expect(summarize([r]).cited.people).toHaveLength(TOP_SOURCES);
  });

  it('counts an article as the sourcing profile does', () => {
    const attributions = C.attributions.map((a, i) => ({ ...a, block: i, start: 0, end: 1, sourceMention: null, claim: '', whenDate: null, quote: 'indirect', continuation: [], rule: 't', links: [] }) as Attribution);
    const profile = sourcingProfile(attributions);
    const row = articleRow(C, 1);
    expect(row.byCategory).toEqual(profile.byCategory);
    expect(row.unnamed).toBe(profile.anonymous);
    expect(row.secondHand).toBe(profile.secondHand);
  });

  it('is empty but well formed for no reports', () => {
    const empty = summarize([]);
    expect(empty.articles.total).toBe(0);
    expect(empty.unnamedShare).toMatchObject({ pooled: null, mean: null, median: null });
    expect(empty.sites).toEqual([]);
  });
});

describe('reading a JSONL line', () => {
  it('reads a report as the CLI writes it', () => {
    const read = parseReportLine(reportJson(A));
    expect(read).toEqual({ report: A });
  });

  it.each([
    ['{"title": "x"', /^not JSON/],
    ['[1, 2]', /not a report/],
    ['"text"', /not a report/],
    ['{"title": "x", "attributions": []}', /no articleFound/],
    ['{"articleFound": true}', /no attributions list/],
    ['{"articleFound": true, "attributions": [], "title": 7}', /title is not a string/],
    ['{"articleFound": true, "attributions": [{"source": "x"}]}', /attribution 1 has no known sourceKind/],
    ['{"articleFound": true, "attributions": [{"source": "x", "sourceKind": "alien"}]}', /no known sourceKind/],
    ['{"articleFound": true, "attributions": [{"sourceKind": "person"}]}', /attribution 1 has no source/],
    ['{"articleFound": true, "attributions": [{"source": "x", "sourceKind": "person", "links": [{"text": "a"}]}]}', /a link has no href/],
    ['{"articleFound": true, "attributions": [{"source": "x", "sourceKind": "person", "via": {"a": 1}}]}', /wrong type/],
  ])('refuses %s', (line, why) => {
    const read = parseReportLine(line);
    expect('error' in read && read.error).toMatch(why);
  });
});

describe('escapeHtml and webUrl', () => {
  it('escapes the characters that end text, tags and attributes', () => {
    expect(escapeHtml('</script><script>alert(1)</script>')).toBe('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`"onmouseover='x'`)).toBe('&quot;onmouseover=&#39;x&#39;');
    expect(escapeHtml('AT&T &amp;')).toBe('AT&amp;T &amp;amp;');
    expect(escapeHtml('<!-- a --> <![CDATA[ x ]]>')).toBe('&lt;!-- a --&gt; &lt;![CDATA[ x ]]&gt;');
  });

  it('leaves out control characters and replaces lone surrogates, keeping tabs, line breaks and real characters', () => {
    expect(escapeHtml('a\u0000b\u001b[31mc\u007fd\u009be')).toBe('ab[31mcde');
    expect(escapeHtml('tab\tline\nend')).toBe('tab\tline\nend');
    expect(escapeHtml('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(escapeHtml('Zoë 😀 — «»')).toBe('Zoë 😀 — «»');
  });

  it('writes non-strings as text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(3)).toBe('3');
  });

  it('accepts only http and https addresses as links', () => {
    expect(webUrl('https://example.com/a b?x="y"')).toBe('https://example.com/a%20b?x=%22y%22');
    expect(webUrl(' http://example.com ')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'vbscript:x', '/relative', '', null, 42]) {
      expect(webUrl(bad)).toBeNull();
    }
  });
});

describe('text tables', () => {
  it('pads columns, right-aligns numbers, cuts long names and drops control characters', () => {
    const t = textTable(['Name', 'N'], [['a\u001b[2Jb', '1'], ['x'.repeat(60), '100']], new Set([1])).split('\n');
    expect(t[0]).toBe(`Name${' '.repeat(44)}    N`);
    expect(t[2]).toBe(`a[2Jb${' '.repeat(43)}    1`);
    expect(t[3]).toBe(`${'x'.repeat(47)}…  100`);
  });
});

describe('chart axes', () => {
  it('ticks from 0 to a round maximum at or above the largest value', () => {
    expect(ticks(13)).toEqual([0, 5, 10, 15]);
    expect(ticks(3)).toEqual([0, 1, 2, 3]);
    expect(ticks(1, { whole: false })).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(468)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(ticks(0)).toEqual([0, 1]);
  });
});
