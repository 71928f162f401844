// Hostile and heavy input through the built CLI: nothing hangs, nothing is cut silently, no exit 0
// on a failed file. The inputs are the review's (tests/helpers/hostile-pages.ts); `npm run bench`
// prints their times and peak memory.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../scripts/shared-dir.mjs';
import { parseJobs, parseTimeout } from '../src/cli/main';
import type { Report } from '../src/report/report';
import { assertCliBuilt, cliPath, fixtureDir, runCli } from './helpers/cli';
import { ATTRIBUTED_PARAGRAPH, deepChains, deepNesting, manyAttributions, manyParagraphs, page } from './helpers/hostile-pages';

const TEXT = 'According to Reuters, the minister resigned on Monday.\n\nOfficials said the talks would resume next week.\n';
const UTF16_PAGE = page(`<article><h1>Café “Zürich”</h1>${ATTRIBUTED_PARAGRAPH.repeat(3)}</article>`, 'Café “Zürich”').replace('utf-8', 'utf-16');
const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

// Every test spawns the CLI on heavy input, several times: generous limits for a loaded 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

let dir: string;
beforeAll(() => {
  assertCliBuilt();
  dir = fixtureDir({
    'utf16.html': utf16le(UTF16_PAGE),
    'many.txt': manyAttributions(25_000),
    'controls.txt': 'Reuters reported\u001b]0;pwned\u0007 that the \u001b[2Jvote\u009b31m was delayed.\n',
    'emoji.txt': `${'😀'.repeat(130)} Reuters reported that the vote was delayed.\n`,
    'latin1.html': Buffer.from(page(ATTRIBUTED_PARAGRAPH.repeat(3), 'Café').replace('utf-8', 'iso-8859-1'), 'latin1'),
    'latin1.txt': Buffer.from('Reuters said the café was closed.\n', 'latin1'),
    'program.bin': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
    'notes.txt': TEXT,
    // About 8 s of Readability on a quiet machine: far over a one-second limit.
    'slow.html': deepChains(1_000_000, 100),
    // 6.7 MB, 100,005 elements: over Readability's limit.
    'huge.html': manyParagraphs(100_000),
    // 13.6 MB: its DOM alone outgrows a 64 MB heap. (huge.html no longer did, once the CLI's linkedom
    // stopped giving every node an event-listener Map: scripts/linkedom-patches.mjs.)
    'oom.html': manyParagraphs(200_000),
    // 27.6 KB that took 713 s; 1.1 MB that took 327 s, then overflowed the stack.
    'deep-2500.html': deepNesting(2_500),
    'deep-100000.html': deepNesting(100_000),
  });
});

const at = (name: string): string => path.join(dir, name);
const jsonl = (stdout: string): Report[] => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Report);

describe('every file runs on a worker that can be stopped, with --jobs 1 as with --jobs 2', () => {
  it.each([['1'], ['2']])('--jobs %s: a file over --timeout fails with a clear error; the files after it still run', (jobs) => {
    const r = runCli(['analyze', '-f', 'jsonl', '-j', jobs, '--timeout', '1', at('slow.html'), at('notes.txt')]);
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports.map((x) => x.file)).toEqual([at('slow.html'), at('notes.txt')]);
    expect(reports[0]).toMatchObject({ articleFound: false, error: 'timed out after 1 s (--timeout)', attributions: [] });
    expect(reports[1]!.articleFound).toBe(true);
    expect(r.stderr).toBe(`attribution-lens: ${at('slow.html')}: timed out after 1 s (--timeout)\n`);
  });

  it.each([['1'], ['2']])('--jobs %s: a worker out of memory fails its file; the run goes on (it used to abort with -j1)', (jobs) => {
    // The heap limit applies to the worker threads too.
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', cliPath, 'analyze', '-f', 'jsonl', '-j', jobs, at('oom.html'), at('notes.txt')],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports[0]).toMatchObject({ file: at('oom.html'), articleFound: false, error: 'out of memory' });
    expect(reports[1]).toMatchObject({ file: at('notes.txt'), articleFound: true });
    expect(r.stderr).toBe(`attribution-lens: ${at('oom.html')}: out of memory\n`);
  });

  it('--timeout takes seconds (0: no limit) and refuses anything else', () => {
    expect(parseTimeout(undefined)).toBe(60_000);
    expect(parseTimeout('0')).toBe(0);
    expect(parseTimeout('2.5')).toBe(2_500);
    for (const bad of ['-1', 'soon', '1e3', '']) expect(parseTimeout(bad), bad).toBeNull();
    const r = runCli(['analyze', '--timeout', 'soon', at('notes.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^attribution-lens: --timeout takes a number of seconds/);
  });

  it('--jobs is never more than the cores (-j 100 on 2 cores started 100 workers: 2.97 GB)', () => {
    expect(parseJobs('100', 2)).toBe(2);
    expect(parseJobs('2', 8)).toBe(2);
    expect(parseJobs('auto', 4)).toBe(4);
    expect(parseJobs(undefined, 4)).toBe(1);
  });

  it('"- -" reads standard input once and gives both the same report, with --jobs 1 as with --jobs 2', () => {
    const one = runCli(['analyze', '-f', 'jsonl', '-', '-'], { input: TEXT });
    const two = runCli(['analyze', '-f', 'jsonl', '-j', '2', '-', '-'], { input: TEXT });
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const [a, b] = jsonl(one.stdout);
    expect(a!.attributions.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('a reader that stops early after a file failed: exit 1, not 0', async () => {
    const files = [at('missing.html'), ...Array.from({ length: 40 }, () => at('notes.txt'))];
    const child = spawn(process.execPath, [cliPath, 'analyze', '-f', 'jsonl', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toContain('missing.html: cannot read: no such file');
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(1);
  });
});

describe('deep nesting and huge pages: the same answer on linkedom and jsdom, in seconds', () => {
  it.each([['deep-2500.html'], ['deep-100000.html']])('%s: the paragraph inside is analyzed', (name) => {
    const linkedom = runCli(['analyze', '-f', 'jsonl', at(name)]);
    const jsdom = runCli(['analyze', '-f', 'jsonl', '--dom', 'jsdom', at(name)]);
    expect(linkedom.stderr).toBe('');
    expect(linkedom.status).toBe(0);
    const [report] = jsonl(linkedom.stdout);
    expect(report!.articleFound).toBe(true);
    expect(report!.attributions.map((a) => a.source)).toContain('Reuters');
    expect(jsdom.status).toBe(0);
    expect(jsdom.stdout).toBe(linkedom.stdout);
  });

  it('a page of more than 100,000 elements is refused by both DOMs with the same clear error (linkedom used to analyze it)', () => {
    const linkedom = runCli(['analyze', '-f', 'jsonl', at('huge.html')]);
    const jsdom = runCli(['analyze', '-f', 'jsonl', '--dom', 'jsdom', at('huge.html')]);
    for (const r of [linkedom, jsdom]) {
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`attribution-lens: ${at('huge.html')}: the page has more than 100,000 elements, too many to analyze\n`);
    }
    expect(jsdom.stdout).toBe(linkedom.stdout);
    expect(jsonl(linkedom.stdout)[0]).toMatchObject({ title: 'Many paragraphs', articleFound: false });
  });
});

describe('input decoding: byte-order marks and <meta charset> are honoured, what is not text is an error', () => {
  it.each([['linkedom'], ['jsdom']])('a UTF-16 page with a byte-order mark (--dom %s), from a file and from standard input', (dom) => {
    const fromFile = runCli(['analyze', '-f', 'jsonl', '--dom', dom, at('utf16.html'), '-'], { input: utf16le(UTF16_PAGE) });
    expect(fromFile.stderr).toBe('');
    expect(fromFile.status).toBe(0);
    for (const report of jsonl(fromFile.stdout)) {
      expect(report.title).toBe('Café “Zürich”');
      expect(report.attributions.length).toBeGreaterThan(0);
      for (const a of report.attributions) expect(a.sentence).not.toMatch(/[<>\0]/);
    }
  });

  it('a Latin-1 page that says so in its <meta> reads as Latin-1', () => {
    const r = runCli(['analyze', '-f', 'jsonl', at('latin1.html')]);
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout)[0]!.title).toBe('Café');
  });

  it('undeclared text that is not UTF-8, and binary data: a clear error each, exit 1, the other files still run', () => {
    const r = runCli(['analyze', '-f', 'jsonl', at('latin1.txt'), at('program.bin'), at('notes.txt')]);
    expect(r.status).toBe(1);
    expect(jsonl(r.stdout).map((x) => x.articleFound)).toEqual([false, false, true]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `attribution-lens: ${at('latin1.txt')}: not valid UTF-8 (byte 20 is 0xE9); save it as UTF-8, or declare its encoding with <meta charset> or a byte-order mark`,
      `attribution-lens: ${at('program.bin')}: not text: it holds NUL bytes (binary data, or UTF-16 without a byte-order mark)`,
    ]);
  });
});

describe('the limit of 20,000 attributions per article is said, not silent', () => {
  it('"truncated": true in the report, a message on stderr, a line in the Markdown report; exit 0 (the file was analyzed)', () => {
    const r = runCli(['analyze', '-f', 'jsonl', at('many.txt'), at('notes.txt')]);
    expect(r.status).toBe(0);
    const [many, notes] = jsonl(r.stdout);
    expect(many!.attributions).toHaveLength(20_000);
    expect(many!.truncated).toBe(true);
    expect(notes).not.toHaveProperty('truncated');
    expect(r.stderr).toBe(`attribution-lens: ${at('many.txt')}: the engine stops at 20,000 attributions; the report holds the first 20,000 ("truncated": true)\n`);
    const md = runCli(['analyze', at('many.txt')]);
    expect(md.stdout).toContain('**Cut short:** the engine stops at 20,000 attributed statements; the article has more.');
  });
});

describe('terminal control characters and cut titles', () => {
  it('never reach the Markdown or CSV output; on stderr they are escaped', () => {
    for (const format of ['md', 'csv']) {
      const r = runCli(['analyze', '-f', format, at('controls.txt')]);
      expect(r.status, format).toBe(0);
      expect(r.stdout, format).toContain('pwned');
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    }
    const name = at('no\u001b[2Jsuch\nfile.txt');
    const r = runCli(['analyze', '-f', 'jsonl', name]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`attribution-lens: ${at('no\\u001b[2Jsuch\\u000afile.txt')}: cannot read: no such file\n`);
  });

  it('a text file\'s title is cut at 120 code points, never inside a surrogate pair', () => {
    const r = runCli(['analyze', '-f', 'jsonl', at('emoji.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\\ud[89ab][0-9a-f]{2}"/i);
    const [report] = jsonl(r.stdout);
    expect([...report!.title]).toHaveLength(120);
    expect(report!.title).toBe('😀'.repeat(120));
  });
});
