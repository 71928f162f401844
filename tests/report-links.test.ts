// Exports carry the article's metadata, each statement's resolved day and its links: JSON as data,
// CSV in columns, Markdown as text a person reads, where a link's address is shown, never rendered
// as a link (it comes from the page, as untrusted as its text).
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../src/core/types';
import { CSV_COLUMNS, toCsv } from '../src/report/csv';
import { toMarkdown } from '../src/report/markdown';
import type { Report } from '../src/report/report';

const attribution = (over: Partial<Attribution>): Attribution => ({
  block: 0, start: 0, end: 10, sentence: 'Reuters reported Thursday that talks failed.', cue: 'reported', source: 'Reuters', sourceMention: null,
  sourceKind: 'outlet', claim: 'talks failed', when: 'Thursday', whenDate: '2024-03-14', via: null, quote: 'indirect', continuation: [],
  rule: 'verb-after-subject', links: [], ...over,
});

const report: Report = {
  file: 'a.html', url: 'https://news.example.com/a', title: 'Talks', byline: 'Alex Writer', siteName: 'The Example Times',
  published: '2024-03-15T10:00:00-05:00', articleFound: true, lang: 'en', languageSupported: true,
  attributions: [
    attribution({ links: [{ href: 'https://www.reuters.com/world/talks', text: 'Reuters reported' }, { href: 'https://evil.example/x?a=`[b](javascript:1)`', text: '[click](javascript:alert(1))' }] }),
    attribution({ source: 'Critics', sourceKind: 'anonymous', when: null, whenDate: null, claim: 'too expensive' }),
  ],
};

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

describe('exports with links, dates and metadata', () => {
  it('CSV: metadata on every row, whenDate, and the links one address per line of the cell', () => {
    const [header, first, second] = parseCsv(toCsv([report], CSV_COLUMNS));
    const cell = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[header!.indexOf(column)];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(parseCsv(toCsv([report]))[0]).toEqual(expect.arrayContaining(['byline', 'siteName', 'published', 'whenDate', 'links']));
    for (const row of [first!, second!]) {
      expect([cell(row, 'byline'), cell(row, 'siteName'), cell(row, 'published')]).toEqual(['Alex Writer', 'The Example Times', '2024-03-15T10:00:00-05:00']);
    }
    expect(cell(first!, 'whenDate')).toBe('2024-03-14');
    expect(cell(first!, 'links')!.split('\n')).toEqual(['https://www.reuters.com/world/talks', 'https://evil.example/x?a=`[b](javascript:1)`']);
    expect([cell(second!, 'whenDate'), cell(second!, 'links')]).toEqual(['', '']);
  });

  it('JSON keeps them as data', () => {
    const back = JSON.parse(JSON.stringify(report)) as Report;
    expect(back.attributions[0]!.links[0]).toEqual({ href: 'https://www.reuters.com/world/talks', text: 'Reuters reported' });
    expect(back.published).toBe('2024-03-15T10:00:00-05:00');
  });

  it('Markdown: the metadata, the day beside the time, how many statements link, and the addresses as text, never as links', () => {
    const md = toMarkdown([report]);
    expect(md).toContain('By: Alex Writer');
    expect(md).toContain('Publication: The Example Times');
    expect(md).toContain('Published: 2024-03-15T10:00:00-05:00');
    expect(md).toContain('Thursday (2024-03-14)');
    expect(md).toContain('**Links:** 1 of 2 attributed statements link to a page.');
    expect(md).toContain('`https://www.reuters.com/world/talks`');
    const html = new MarkdownIt({ html: true, linkify: true }).render(md);
    expect(html).not.toMatch(/<a\s/);
    expect(html).toContain('https://www.reuters.com/world/talks');
  });
});
