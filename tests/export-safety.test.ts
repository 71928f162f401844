// Exports are safe to open. Article text (and the reader's own check notes) is untrusted: a CSV cell must never run as a spreadsheet
// formula, and Markdown must never render a link, an image or HTML out of it. The Markdown is
// rendered by a real CommonMark renderer (markdown-it, with raw HTML and bare-URL linking on, the
// most permissive setting) to check.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../src/core/types';
import { CSV_COLUMNS, csvCell, toCsv } from '../src/report/csv';
import { stripControls } from '../src/report/controls';
import { mdText, reportToMarkdown, toMarkdown } from '../src/report/markdown';
import type { Report } from '../src/report/report';

const attribution = (over: Partial<Attribution> = {}): Attribution => ({
  block: 0, start: 0, end: 10, sentence: 'Reuters said so.', cue: 'said', source: 'Reuters', sourceMention: null,
  sourceKind: 'outlet', claim: 'so', when: null, whenDate: null, links: [], via: null, quote: 'indirect', continuation: [], rule: 'verb-after-subject', ...over,
});
const report = (over: Partial<Report> = {}, attributions: Attribution[] = [attribution()]): Report => ({
  file: 'a.html', url: null, title: 'T', articleFound: true, attributions, ...over,
});

/** RFC 4180: rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    cell += c;
    i++;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Characters a spreadsheet import may trim or ignore in front of a formula: white space and invisible characters. */
const IGNORABLE = /^[\s\p{Default_Ignorable_Code_Point}]+/u;
/** What a spreadsheet might run as a formula: after trimming, a cell that starts with = + - @ (or their full-width forms). */
const runsAsFormula = (cell: string): boolean => /^[\t\r\n]/.test(cell) || /^[=+\-@＝＋－＠]/u.test(cell.replace(IGNORABLE, ''));

const HOSTILE_CELLS = [
  '=1+1', '+1', '-1', '@SUM(A1:A2)', '=HYPERLINK("http://evil.example","click")', '=cmd|\' /C calc\'!A0',
  '\t=1', '\r=1', '\n=1', ' =1+1', '  @x', '\u00a0=1', '\u200b=1', '\ufeff=1', '＝1+1', '＋1', '－1', '＠x',
  '"=1+1"', '=1+1,=2+2', 'a\r\n=1', '=1\r\n=2', "'=1",
  // Invisible characters in front (a spreadsheet ignores them): marks, joiners, soft hyphen, selectors, fillers.
  '\u200e=1+1', '\u200f=1', '\u2060=HYPERLINK("http://evil.example")', '\u00ad=1', '\u034f+1', '\u061c-1', '\u180e@x',
  '\u202e=1', '\u2066=1', '\ufe0f=1', '\u3164=1', '\uffa0=1', '\u200d\u200c =1', '\u{e0001}=1',
];

describe('CSV export', () => {
  it.each(HOSTILE_CELLS)('neutralises %j in every column that holds article text', (value) => {
    const csv = toCsv([report({ title: value, checks: [{ status: 'disputed', note: value }] }, [attribution({ source: value, claim: value, sentence: value, cue: value, when: value, via: value, sourceMention: value })])], CSV_COLUMNS);
    const [header, row] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    for (const column of ['title', 'source', 'claim', 'sentence', 'cue', 'when', 'via', 'sourceMention', 'checkNote']) {
      const cell = row![CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])]!;
      expect(runsAsFormula(cell), `${column}: ${JSON.stringify(cell)}`).toBe(false);
      // Neutralised, not mangled: the value is still there after the apostrophe.
      expect(cell === value || cell === `'${value}`, `${column}: ${JSON.stringify(cell)}`).toBe(true);
    }
  });

  it('leaves ordinary cells alone, and numbers as numbers', () => {
    expect(csvCell('Reuters')).toBe('Reuters');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
  });

  it('terminal control characters are left out of every cell', () => {
    expect(csvCell('Reuters\u001b[2J said\u0007 it\u009b31m')).toBe('Reuters[2J said it31m');
    expect(csvCell('\u001b=1+1')).toBe('"\'=1+1"');
    const csv = toCsv([report({ title: '\u001b]0;pwned\u0007T' }, [attribution({ claim: 'a\u0000b\u007fc\u0085d' })])]);
    expect(csv).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });

  it('any text: the cell reads back as the same text (or with one leading apostrophe), without control characters, and never as a formula', () => {
    const invisible = fc.constantFrom('', '\u200e', '\u2060', '\u00ad', '\u200b\u200b', '\ufeff', '\u001b', ' \u200f');
    fc.assert(fc.property(invisible, fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', '=', '+', '-', '@', ' =', '\t', '＝', '"', ',', '\r\n'), (lead, s, prefix) => {
      const value = stripControls(lead + prefix + s);
      const rows = parseCsv(`${csvCell(value)},x\r\n`);
      expect(rows).toHaveLength(1);
      const [cell, next] = rows[0]!;
      expect(next).toBe('x');
      expect(cell === value || cell === `'${value}`).toBe(true);
      expect(runsAsFormula(cell!)).toBe(false);
    }), { numRuns: 1000 });
  });
});

const renderer = new MarkdownIt({ html: true, linkify: true });
/** HTML elements in rendered output other than the ones reportToMarkdown itself writes. */
const unexpectedElements = (html: string): string[] =>
  (html.match(/<\/?([a-z][a-z0-9-]*)/gi) ?? []).filter((t) => !/^<\/?(?:h1|h2|p|ol|li|blockquote|strong|em|code)$/i.test(t));

const HOSTILE_TEXT = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="http://evil.example">x</a>', '<!-- c -->',
  '[click](javascript:alert(1))', '![x](http://evil.example/x.png)', '[ref]: http://evil.example', '[x][ref]',
  'https://evil.example/path', 'http://evil.example', 'ftp://evil.example', 'www.evil.example', 'evil.example',
  'bob@evil.example', '<https://evil.example>', '<bob@evil.example>', '&lt;script&gt;', '&#60;script&#62;',
  '**bold** _it_ `code` ~~del~~', '| a | b |', 'x\n# heading', 'x\r\n\r\n<div>block</div>', '1. item', '- item', '> quote',
  '$x^2$', '\\<b>', '`` ` ``', 'a\n\n    code', '[x](<http://evil.example>)', 'javascript:alert(1)',
  // Real top-level domains: linkify ignores ".example", so these are what shows that bare domains stay text.
  'www.evil.com', 'evil.com', 'evil.co.uk/path?a=1', 'bob@evil.com', 'mailto:bob@evil', '//evil.com', '//www.a=b',
  'see Reuters.com.', 'http:/\/evil.com',
];

describe('Markdown export', () => {
  it.each(HOSTILE_TEXT)('%j renders as plain text: no link, image or HTML, on one line', (value) => {
    const md = toMarkdown([report(
      { title: value, url: value, file: value, checks: [{ status: 'corroborated', note: value }] },
      [attribution({ source: value, claim: value, sentence: value, cue: value, when: value, via: value, sourceMention: value })],
    ), report({ title: value, articleFound: false, error: value }, [])]);
    expect(md).toContain('   Checked: **corroborated** — ');
    const html = renderer.render(md);
    expect(unexpectedElements(html)).toEqual([]);
    expect(html).not.toMatch(/<a\s|<img\s/i);
    // The untrusted text never starts a line, so it cannot open a heading, list, table or block.
    for (const line of md.split('\n')) {
      expect(/^(?:#|## |File: |URL: |\*\*|No article|\d+\. |   > |   Checked: |$)/.test(line), JSON.stringify(line)).toBe(true);
    }
  });

  it('what is escaped still reads as the original text', () => {
    for (const value of ['a > b & c < d', 'Reuters: https://x.example/a?b=1&c=2', 'AT&T said "no" (twice) — 50% #1 $5 [sic] *really*', 'C:\\path\\to']) {
      const html = renderer.renderInline(mdText(value));
      const shown = html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(shown).toBe(value);
    }
  });

  it('any text: nothing but text comes out of mdText', () => {
    const piece = fc.constantFrom('<', '>', '&', '[', ']', '(', ')', '!', '`', '*', '_', '~', '|', '#', ':', '//', 'http', 'www.', '.', '@', 'x', ' ', '\n', '\\', '$', '"', "'", 'a=b', 'javascript:',
      'mailto:', 'ftp:', 'com', 'evil', 'co.uk', '.org', '/', '1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const html = renderer.render(`Claim: ${mdText(parts.join(''))}\n`);
      expect(unexpectedElements(html)).toEqual([]);
      expect(html).not.toMatch(/<a\s|<img\s/i);
    }), { numRuns: Number(process.env.MD_PROPERTY_RUNS ?? 2000) });
  });

  it('terminal control characters never reach the Markdown', () => {
    const esc = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u0000\u007f';
    const md = toMarkdown([report({ title: `T${esc}`, file: `a${esc}.html`, url: `https://x.example/${esc}` },
      [attribution({ source: `Reuters${esc}`, claim: `so${esc}`, cue: `said${esc}` })]), report({ articleFound: false, error: `bad${esc}` }, [])]);
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(md).toContain('pwned');
  });

  it('a file name cannot end the code span or start a new line', () => {
    const md = reportToMarkdown(report({ file: 'a`b\n<img src=x onerror=alert(1)>\n[x](http://evil.example).html' }));
    const html = renderer.render(md);
    expect(unexpectedElements(html)).toEqual([]);
    expect(md).toContain("File: `a'b <img src=x onerror=alert(1)> [x](http://evil.example).html`");
  });
});
