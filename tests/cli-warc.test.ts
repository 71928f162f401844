// Web archives through the built CLI: the pages of a WARC (plain and gzip-compressed) are the same
// reports as the same pages analysed as files; what is not an HTML page is skipped and counted; a
// record cut short or with a wrong Content-Length is named and the rest of the crawl still read.
// The WARCs are written in the test (scripts/make-warc.mjs writes records by hand).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { htmlResponse, requestRecord, responseRecord, warcFile, warcinfoRecord, warcRecord } from '../scripts/make-warc.mjs';
import type { Report } from '../src/report/report';
import { assertCliBuilt, fixtureDir, runCli } from './helpers/cli';

vi.setConfig({ testTimeout: 120_000 });

const article = (title: string, paragraphs: string[]): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><nav><a href="/">Home</a></nav><main><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p} ${'The dispute had dragged on for months before anyone in the capital noticed it. '.repeat(2)}</p>`).join('\n')}
</article></main></body></html>`;

const PAGES = [
  { url: 'https://news.example/world/minister-resigns', html: article('Minister resigns after protests', [
    'According to Reuters, the minister resigned on Monday after weeks of protests in the capital.',
    '"We will not back down," said Jane Doe, a spokeswoman for the opposition alliance.',
    'Officials said the talks would resume next week, though no date has been set for them.',
  ]) },
  { url: 'https://news.example/business/port-strike?id=7', html: article('Port strike ends', [
    'The strike at the port ended on Friday, the union said in a statement.',
    'A senior official, who asked not to be named, said the deal had cost the company dearly.',
    'The Financial Times reported that shipping lines had diverted dozens of vessels.',
  ]) },
  { url: 'https://news.example/science/café-“study”', html: article('Café study questioned', [
    'Scientists at the university said the results could not be reproduced in a second trial.',
    '“The sample was far too small,” Dr Maria Lopez told the BBC on Tuesday evening.',
    'Critics have reportedly asked the journal to retract the paper, people familiar with the matter said.',
  ]) },
];

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** The test crawl: three pages, their requests, an image and a 404 page between them. */
function crawlRecords(): Buffer[] {
  const [a, b, c] = PAGES;
  return [
    warcinfoRecord(),
    requestRecord(a!.url),
    htmlResponse(a!.url, a!.html),
    responseRecord('https://news.example/logo.png', 200, { 'Content-Type': 'image/png' }, PNG),
    responseRecord('https://news.example/gone', 404, { 'Content-Type': 'text/html; charset=utf-8' }, '<!doctype html><html><body><p>Not found</p></body></html>'),
    requestRecord(b!.url),
    // As crawlers store it: gzip Content-Encoding, the charset in the HTTP header only.
    htmlResponse(b!.url, gzipSync(b!.html.replace('<meta charset="utf-8">', '')), { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Encoding': 'gzip' }),
    warcRecord('metadata', { 'WARC-Target-URI': b!.url, 'Content-Type': 'application/warc-fields' }, 'outlinks: https://news.example/\r\n'),
    htmlResponse(c!.url, c!.html, { 'Content-Type': 'application/xhtml+xml' }),
  ];
}

const SUMMARY = ': 3 HTML pages read as articles; skipped 6 records: 1 warcinfo record, 2 requests, 1 non-HTML response, 1 HTTP 404 response, 1 metadata record';

let dir: string;
const at = (name: string): string => path.join(dir, name);
const jsonl = (stdout: string): Report[] => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Report);
const withoutFile = ({ file: _, ...rest }: Report): Omit<Report, 'file'> => rest;

beforeAll(() => {
  assertCliBuilt();
  const records = crawlRecords();
  dir = fixtureDir({
    'crawl.warc': warcFile(records),
    'crawl.warc.gz': warcFile(records, true),
    ...Object.fromEntries(PAGES.map((p, i) => [`page-${i}.html`, p.html])),
  });
});

describe('a WARC: every HTTP 200 HTML response is an article', () => {
  it.each([['crawl.warc'], ['crawl.warc.gz']])('%s: three reports, with the right URLs, identical to the same pages as files', (name) => {
    const r = runCli(['analyze', '-f', 'jsonl', '-j', '2', at(name)]);
    expect(r.stderr).toBe(`attribution-lens: ${at(name)}${SUMMARY}\n`);
    expect(r.status).toBe(0);
    const reports = jsonl(r.stdout);
    expect(reports.map((x) => x.url)).toEqual(PAGES.map((p) => p.url));
    expect(reports.map((x) => x.file)).toEqual([3, 7, 9].map((n) => `${at(name)}#record-${n}`));
    expect(reports.map((x) => x.title)).toEqual(['Minister resigns after protests', 'Port strike ends', 'Café study questioned']);
    for (const [i, page] of PAGES.entries()) {
      const asFile = jsonl(runCli(['analyze', '-f', 'jsonl', '--url', page.url, at(`page-${i}.html`)]).stdout)[0]!;
      expect(asFile.attributions.length).toBeGreaterThan(0);
      expect(withoutFile(reports[i]!)).toEqual(withoutFile(asFile));
    }
  });

  it('--jobs 1 and --jobs 2 write the same reports, in the order of the records', () => {
    const one = runCli(['analyze', '-f', 'jsonl', at('crawl.warc.gz'), at('crawl.warc')]);
    const two = runCli(['analyze', '-f', 'jsonl', '-j', '2', at('crawl.warc.gz'), at('crawl.warc')]);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonl(one.stdout)).toHaveLength(6);
    expect(two.stderr).toBe(one.stderr);
  });
});

describe('how crawlers store a page: its encodings are undone', () => {
  it('brotli, deflate and chunked transfer: the same report as the page as a file', () => {
    const page = PAGES[0]!;
    const html = Buffer.from(page.html);
    const chunked = Buffer.concat([Buffer.from(`${(1000).toString(16)}\r\n`), html.subarray(0, 1000), Buffer.from(`\r\n${(html.length - 1000).toString(16)}\r\n`), html.subarray(1000), Buffer.from('\r\n0\r\n\r\n')]);
    const records = [
      htmlResponse(page.url, brotliCompressSync(html), { 'Content-Encoding': 'br' }),
      htmlResponse(page.url, deflateSync(html), { 'Content-Encoding': 'deflate' }),
      htmlResponse(page.url, chunked, { 'Transfer-Encoding': 'chunked' }),
    ];
    const files = fixtureDir({ 'enc.warc': warcFile(records) });
    const r = runCli(['analyze', '-f', 'jsonl', path.join(files, 'enc.warc')]);
    expect(r.status).toBe(0);
    const asFile = jsonl(runCli(['analyze', '-f', 'jsonl', '--url', page.url, at('page-0.html')]).stdout)[0]!;
    const reports = jsonl(r.stdout);
    expect(reports).toHaveLength(3);
    for (const report of reports) expect(withoutFile(report)).toEqual(withoutFile(asFile));
  });
});

/** The crawl's bytes with one record's declared Content-Length changed by `delta`. */
function withWrongLength(delta: number, which: number): Buffer {
  const records = crawlRecords();
  const record = records[which]!.toString('latin1');
  const declared = Number(/Content-Length: (\d+)/.exec(record)![1]);
  records[which] = Buffer.from(record.replace(`Content-Length: ${declared}`, `Content-Length: ${declared + delta}`), 'latin1');
  return warcFile(records);
}

describe('broken WARCs are named, and the rest is read', () => {
  it('a record cut short by the end of the file: the pages before it, then the cut record named; exit 1', () => {
    const records = crawlRecords();
    const whole = warcFile(records);
    // Cut inside the last page (record 9): uncompressed, and inside its gzip member.
    const cut = whole.subarray(0, whole.indexOf('Café study questioned') + 200);
    const members = records.map((r) => gzipSync(r));
    const gz = Buffer.concat([...members.slice(0, -1), members.at(-1)!.subarray(0, members.at(-1)!.length >> 1)]);
    const files = fixtureDir({ 'cut.warc': cut, 'cut.warc.gz': gz, 'ok.txt': 'Reuters said the vote was delayed.\n' });
    const r = runCli(['analyze', '-f', 'jsonl', path.join(files, 'cut.warc'), path.join(files, 'cut.warc.gz'), path.join(files, 'ok.txt')]);
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports.map((x) => [path.basename(x.file!), x.articleFound])).toEqual([
      ['cut.warc#record-3', true], ['cut.warc#record-7', true], ['cut.warc#record-9', false],
      ['cut.warc.gz#record-3', true], ['cut.warc.gz#record-7', true], ['cut.warc.gz#record-9', false], ['ok.txt', true],
    ]);
    expect(reports[2]!.error).toMatch(/^truncated: the file ends [\d,]+ bytes before the end of this record \(Content-Length \d+\)$/);
    expect(reports[5]!.error).toBe('truncated: the gzip stream ends early (the file is cut short)');
    expect(r.stderr).toContain(`attribution-lens: ${path.join(files, 'cut.warc')}#record-9: truncated: the file ends`);
  });

  it.each([[-30], [+50]])('a Content-Length off by %i: that record fails with a clear error, reading resumes at the next record header', (delta) => {
    const files = fixtureDir({ 'bad.warc': withWrongLength(delta, 2) });
    const r = runCli(['analyze', '-f', 'jsonl', path.join(files, 'bad.warc')]);
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    const bad = `${path.join(files, 'bad.warc')}#record-3`;
    expect(reports[0]).toMatchObject({ file: bad, url: PAGES[0]!.url, articleFound: false });
    expect(reports[0]!.error).toMatch(/^its Content-Length \(\d+\) is wrong: the record does not end there; reading resumes at the next record header$/);
    expect(r.stderr).toContain(`attribution-lens: ${bad}: its Content-Length`);
    // The other two pages are still read (a Content-Length too long swallows the start of the next
    // record, an image here, so the count of records after it is one less).
    expect(reports.slice(1).map((x) => [x.url, x.articleFound])).toEqual([[PAGES[1]!.url, true], [PAGES[2]!.url, true]]);
  });

  it('a file named .warc that is not one, and a .warc.gz that is not gzip', () => {
    const files = fixtureDir({ 'page.warc': PAGES[0]!.html, 'plain.warc.gz': warcFile(crawlRecords()), 'png.warc': PNG });
    const r = runCli(['analyze', '-f', 'jsonl', ...['page.warc', 'plain.warc.gz', 'png.warc'].map((f) => path.join(files, f))]);
    expect(r.status).toBe(1);
    expect(jsonl(r.stdout).map((x) => x.error)).toEqual([
      'not a WARC file: it does not start with a WARC/1.0 or WARC/1.1 record header',
      'not valid gzip data (incorrect header check); a .warc.gz must be gzip-compressed',
      'not a WARC file: it is a PNG image',
    ]);
  });
});

describe('files that are not text, under any name', () => {
  it('gzip, PNG, JPEG, GIF, PDF, ZIP, a WARC and NUL bytes: each named, never read as an article; the good file still runs', () => {
    const files: Record<string, Uint8Array | string> = {
      'crawl.html': gzipSync(PAGES[0]!.html),
      'image.txt': PNG,
      'photo.html': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
      'anim.htm': Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
      'paper.html': '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
      'doc.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]),
      'archive.html': warcFile(crawlRecords()),
      'nul.html': Buffer.concat([Buffer.from('<html><body>'), Buffer.alloc(200), Buffer.from('</body></html>')]),
      'good.html': PAGES[1]!.html,
    };
    const d = fixtureDir(files);
    const names = Object.keys(files);
    const r = runCli(['analyze', '-f', 'jsonl', '-j', '2', ...names.map((n) => path.join(d, n))]);
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports.map((x) => x.articleFound)).toEqual([false, false, false, false, false, false, false, false, true]);
    expect(reports.slice(0, -1).map((x) => x.error)).toEqual([
      'not text: gzip-compressed data (unpack it first; a compressed web archive is read when named .warc.gz)',
      'not text: a PNG image',
      'not text: a JPEG image',
      'not text: a GIF image',
      'not text: a PDF document (save its text as .txt)',
      'not text: a ZIP archive (or a document stored as one: .docx, .odt, .epub)',
      'not text: a web archive (WARC): name it .warc (or .warc.gz when compressed) to read its pages',
      'not text: it holds NUL bytes (binary data, or UTF-16 without a byte-order mark)',
    ]);
    for (const x of reports.slice(0, -1)) expect(x.title).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(8);
    expect(r.stderr).toContain(`attribution-lens: ${path.join(d, 'image.txt')}: not text: a PNG image\n`);
  });

  it('the same bytes on standard input are named too', () => {
    const r = runCli(['analyze', '-f', 'jsonl', '-'], { input: PNG });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('attribution-lens: -: not text: a PNG image\n');
  });
});

describe('a crawl in shards', () => {
  it('two gzip shards of 30 pages each, named in a --from list, read with -j 2: every page, in order', () => {
    const records = (from: number): Buffer[] => Array.from({ length: 30 }, (_, i) => {
      const page = PAGES[(from + i) % 3]!;
      return htmlResponse(`${page.url}/${from + i}`, page.html);
    });
    const d = fixtureDir({ 'a.warc.gz': warcFile(records(0), true), 'b.warc.gz': warcFile(records(30), true) });
    writeFileSync(path.join(d, 'list.txt'), `${path.join(d, 'a.warc.gz')}\n${path.join(d, 'b.warc.gz')}\n`);
    const r = runCli(['analyze', '-f', 'jsonl', '-j', '2', '--from', path.join(d, 'list.txt')]);
    expect(r.status).toBe(0);
    const urls = jsonl(r.stdout).map((x) => x.url);
    expect(urls).toEqual(Array.from({ length: 60 }, (_, i) => `${PAGES[i % 3]!.url}/${i}`));
  });
});
