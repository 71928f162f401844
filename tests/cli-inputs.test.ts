// The CLI's other inputs through the built CLI: directories (recursively), --from lists, --input
// jsonl (the mapper contract, run by 4 processes at once), --format profile; and the pool's bounded
// queue, which reads no further ahead of the reports than it is allowed.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { htmlResponse, warcFile } from '../scripts/make-warc.mjs';
import type { FileTask } from '../src/cli/analyze-file';
import { PROFILE_COLUMNS, profileRow, siteOf } from '../src/cli/profile-csv';
import { runPool, type PoolItem } from '../src/cli/pool';
import { sourcingProfile } from '../src/core/profile';
import type { Report } from '../src/report/report';
import { assertCliBuilt, cliPath, fixtureDir, runCli } from './helpers/cli';

vi.setConfig({ testTimeout: 120_000 });

const para = (s: string): string => `${s} ${'The row had gone on for weeks before the vote was finally called in the chamber. '.repeat(2)}`;
const page = (title: string, paragraphs: string[]): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2024-05-01T09:30:00Z"></head>
<body><main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${para(p)}</p>`).join('\n')}</article></main></body></html>`;

const ARTICLES = [
  page('Vote delayed', ['According to <a href="https://www.reuters.com/world/vote">Reuters</a>, the vote was delayed until Thursday.', 'Officials said the count would take days.', '"It is a scandal," said Tom Reed, a local councillor.']),
  page('Budget cut', ['The Guardian reported that the budget would be cut by a tenth.', 'A source close to the minister said the figure was too low.', 'The treasury declined to comment.']),
  page('=HYPERLINK("http://evil.example") flood warning', ['Forecasters said the river would peak on Sunday.', 'Residents were told to leave, according to the BBC.', 'Critics reportedly called the warning late.']),
];
const TEXT = 'Reuters reported that the minister resigned on Monday.\n\nOfficials said the talks would resume next week.\n';

let dir: string;
const at = (...names: string[]): string => path.join(dir, ...names);
const jsonl = (stdout: string): Report[] => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Report);

beforeAll(() => {
  assertCliBuilt();
  dir = fixtureDir({});
  mkdirSync(at('tree', 'b-sub', 'deeper'), { recursive: true });
  mkdirSync(at('tree', '.hidden'));
  mkdirSync(at('empty'));
  writeFileSync(at('tree', 'a.html'), ARTICLES[0]!);
  writeFileSync(at('tree', 'b-sub', 'notes.txt'), TEXT);
  writeFileSync(at('tree', 'b-sub', 'deeper', 'crawl.warc.gz'), warcFile([htmlResponse('https://news.example/budget', ARTICLES[1]!)], true));
  writeFileSync(at('tree', 'b-sub', 'logo.png'), 'not read');
  writeFileSync(at('tree', 'c.htm'), ARTICLES[2]!);
  writeFileSync(at('tree', 'data.json'), '{}');
  writeFileSync(at('tree', '.hidden', 'x.html'), ARTICLES[0]!);
  ARTICLES.forEach((html, i) => writeFileSync(at(`article-${i}.html`), html));
});

describe('a directory: its inputs, recursively, in name order', () => {
  it('reads .html, .htm, .txt and .warc.gz files under it; others are counted, hidden ones left out', () => {
    const r = runCli(['analyze', '-f', 'jsonl', '-j', '2', at('tree')]);
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout).map((x) => [x.file, x.url])).toEqual([
      [at('tree', 'a.html'), null],
      [at('tree', 'b-sub', 'deeper', 'crawl.warc.gz#record-1'), 'https://news.example/budget'],
      [at('tree', 'b-sub', 'notes.txt'), null],
      [at('tree', 'c.htm'), null],
    ]);
    expect(r.stderr).toBe([
      `attribution-lens: ${at('tree', 'b-sub', 'deeper', 'crawl.warc.gz')}: 1 HTML page read as articles`,
      `attribution-lens: ${at('tree')}: skipped 2 files not named .html, .htm, .txt, .warc or .warc.gz`,
      '',
    ].join('\n'));
  });

  it('a directory with nothing to read is a failed input (exit 1); the other inputs still run', () => {
    const r = runCli(['analyze', '-f', 'jsonl', at('empty'), at('article-0.html')]);
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports.map((x) => [x.file, x.articleFound])).toEqual([[at('empty'), false], [at('article-0.html'), true]]);
    expect(r.stderr).toBe(`attribution-lens: ${at('empty')}: the directory holds no .html, .htm, .txt, .warc or .warc.gz file\n`);
  });
});

describe('--from LIST', () => {
  it('reads the inputs a list names, one a line, after the FILEs; blank lines skipped; an address of another scheme than http(s) is refused clearly', () => {
    writeFileSync(at('list.txt'), [at('article-1.html'), '', `  ${at('tree', 'b-sub')}  `, 'ftp://news.example/not-fetched', at('missing.html')].join('\r\n') + '\r\n');
    const r = runCli(['analyze', '-f', 'jsonl', at('article-0.html'), '--from', at('list.txt')]);
    expect(r.status).toBe(1);
    expect(jsonl(r.stdout).map((x) => [x.file, x.articleFound])).toEqual([
      [at('article-0.html'), true],
      [at('article-1.html'), true],
      [at('tree', 'b-sub', 'deeper', 'crawl.warc.gz#record-1'), true],
      [at('tree', 'b-sub', 'notes.txt'), true],
      ['ftp://news.example/not-fetched', false],
      [at('missing.html'), false],
    ]);
    expect(r.stderr).toContain('attribution-lens: ftp://news.example/not-fetched: not fetched: only http:// and https:// addresses are\n');
    expect(r.stderr).toContain(`attribution-lens: ${at('missing.html')}: cannot read: no such file\n`);
  });

  it('--from - reads the list from standard input, with the same reports as the files given directly', () => {
    const files = [at('article-2.html'), at('article-0.html')];
    const listed = runCli(['analyze', '-f', 'jsonl', '--from', '-'], { input: files.join('\n') });
    const direct = runCli(['analyze', '-f', 'jsonl', ...files]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toBe(direct.stdout);
  });

  it.each([
    [['--from', 'no-such-list.txt'], /^attribution-lens: --from no-such-list\.txt: no such file\n/],
    [['--from', '.'], /^attribution-lens: --from \.: is a directory/],
    [['--from', '-', '-'], /^attribution-lens: standard input can be read once/],
    [['--input', 'jsonl', 'x.html'], /^attribution-lens: --input jsonl reads standard input only/],
    [['--input', 'xml'], /^attribution-lens: unknown --input: xml/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = runCli(['analyze', ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

/** The lines of a JSONL input: pages, texts, and lines that are not articles. */
function jsonlLines(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 12; i++) {
    const html = ARTICLES[i % 3]!;
    lines.push(JSON.stringify(i % 4 === 3 ? { url: `https://text.example/${i}`, text: TEXT } : { url: `https://news.example/${i}`, html }));
  }
  lines.splice(5, 0, '{"url": "https://news.example/bad", "html": 42}', 'not json at all');
  return lines;
}

function runAsync(args: string[], input: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
    child.stdin.end(input);
  });
}

describe('--input jsonl: the mapper contract', () => {
  it('one report per line, in order; an html line equals the page analysed as a file with its --url', () => {
    const lines = jsonlLines();
    const r = runCli(['analyze', '--input', 'jsonl', '-f', 'jsonl'], { input: lines.join('\n') + '\n\n' });
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports).toHaveLength(lines.length);
    expect(reports.map((x) => x.url)).toEqual(lines.map((l) => { try { return (JSON.parse(l) as { url: string }).url; } catch { return null; } }));
    expect(reports[5]).toMatchObject({ file: '-', articleFound: false, error: 'not an article line: "html" is not a string' });
    expect(reports[6]).toMatchObject({ file: '-', url: null, articleFound: false, error: expect.stringMatching(/^not an article line: not JSON \(/) });
    expect(r.stderr).toContain('attribution-lens: -: not an article line: "html" is not a string\n');
    const asFile = jsonl(runCli(['analyze', '-f', 'jsonl', '--url', 'https://news.example/1', at('article-1.html')]).stdout)[0]!;
    expect({ ...reports[1], file: asFile.file }).toEqual(asFile);
    expect(reports[3]).toMatchObject({ file: '-', url: 'https://text.example/3', articleFound: true, title: TEXT.split('\n')[0] });
    expect(reports[3]!.attributions.some((a) => a.source === 'Reuters')).toBe(true);
  });

  it('four processes at once over the input split in four: their outputs, joined, are one run\'s output', async () => {
    const lines = jsonlLines();
    const whole = runCli(['analyze', '--input', 'jsonl', '-f', 'jsonl'], { input: lines.join('\n') });
    const quarter = Math.ceil(lines.length / 4);
    const parts = await Promise.all([0, 1, 2, 3].map((k) =>
      runAsync(['analyze', '--input', 'jsonl', '-f', 'jsonl'], lines.slice(k * quarter, (k + 1) * quarter).join('\n') + '\n')));
    expect(parts.map((p) => jsonl(p.stdout).length)).toEqual([0, 1, 2, 3].map((k) => lines.slice(k * quarter, (k + 1) * quarter).length));
    expect(parts.map((p) => p.stdout).join('')).toBe(whole.stdout);
    expect(new Set(parts.map((p) => p.stdout).join('').trimEnd().split('\n'))).toEqual(new Set(whole.stdout.trimEnd().split('\n')));
  });

  it('-j 2 gives the same output as -j 1', () => {
    const input = jsonlLines().join('\n');
    const one = runCli(['analyze', '--input', 'jsonl', '-f', 'jsonl'], { input });
    const two = runCli(['analyze', '--input', 'jsonl', '-f', 'jsonl', '-j', '2'], { input });
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });
});

describe('--format profile: one CSV row per article', () => {
  it('the header, then a row per input with the counts of its sourcing profile; formulas neutralised', () => {
    const files = [at('article-0.html'), at('article-2.html'), at('missing.html')];
    const reports = jsonl(runCli(['analyze', '-f', 'jsonl', '--url', 'https://www.news.example/x', ...files]).stdout);
    const r = runCli(['analyze', '-f', 'profile', '--url', 'https://www.news.example/x', ...files]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(PROFILE_COLUMNS.join(','));
    expect(lines.slice(1)).toEqual([...reports.map(profileRow), '']);
    // The counts are the profile's, by column.
    const p = sourcingProfile(reports[0]!.attributions);
    expect(p.total).toBeGreaterThan(0);
    const linked = reports[0]!.attributions.filter((a) => a.links.length).length;
    expect(linked).toBeGreaterThan(0);
    expect(reports[0]!.published).toMatch(/^2024-05-01/);
    expect(lines[1]).toContain(`,Vote delayed,www.news.example,${reports[0]!.published ?? ''},${p.total},${p.named},${p.anonymous},${p.secondHand},${linked},`);
    expect(lines[1]).toContain(`,${p.outlets.join('; ')},${p.sources[0]!.source},en,`);
    // A title that a spreadsheet would run as a formula gets a leading apostrophe.
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil.example"") flood warning",`);
    // An input with no article: its error, and no counts.
    expect(lines[3]).toBe(`${at('missing.html')},https://www.news.example/x,,www.news.example,,,,,,,,,,cannot read: no such file`);
  });

  it('site is the host name of the url', () => {
    expect(siteOf('https://www.bbc.co.uk/news/1')).toBe('www.bbc.co.uk');
    expect(siteOf(null)).toBe('');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('the pool reads its inputs through a bounded queue', () => {
  it.each([[1, 3], [2, 4]])('with %i worker(s) and room for %i, never more inputs are read than reported + room; all reported in order', async (workers, room) => {
    let read = 0;
    let reported = 0;
    let most = 0;
    const total = 30;
    const take = (): void => {
      read++;
      most = Math.max(most, read - reported);
    };
    async function* source(): AsyncGenerator<PoolItem> {
      for (let i = 0; i < total; i++) {
        take();
        yield { file: `t${i}.txt`, url: null, dom: 'linkedom', text: `Reuters said item ${i} was delayed.`, type: 'text' } satisfies FileTask;
        if (i % 10 === 9) {
          take();
          yield { note: `after ${i}` };
        }
      }
    }
    const order: string[] = [];
    await runPool(source(), {
      script: pathToFileURL(cliPath), workers, maxPending: room,
      onReport: (report) => { reported++; order.push(report.file!); },
      onNote: (note) => { reported++; order.push(note); },
    });
    expect(order).toEqual(Array.from({ length: total }, (_, i) => [`t${i}.txt`, ...(i % 10 === 9 ? [`after ${i}`] : [])]).flat());
    expect(most).toBeLessThanOrEqual(room);
    expect(most).toBeGreaterThan(1);
  });
});
