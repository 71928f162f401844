// --resume OUT.jsonl through the built CLI: a run killed part way and resumed ends with the same
// reports as one run that was never stopped, none twice; a last line cut short by the kill is dropped
// and said so; a file that is not one of reports is refused before anything is written.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { htmlResponse, requestRecord, responseRecord, warcFile, warcinfoRecord } from '../scripts/make-warc.mjs';
import type { Report } from '../src/report/report';
import { assertCliBuilt, cliPath, fixtureDir, runCli } from './helpers/cli';

vi.setConfig({ testTimeout: 120_000 });

const SOURCES = ['Reuters', 'the ministry', 'a senior official', 'Jane Doe, a spokeswoman', 'the union'];
const page = (i: number): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Story ${i}</title></head>
<body><main><article><h1>Story ${i}</h1>
<p>According to ${SOURCES[i % SOURCES.length]}, the talks on case ${i} will resume next week in the capital.</p>
<p>"We will not give up on this," said Sam Lee, who has followed case ${i} since it was opened in the spring.</p>
<p>${'The dispute had dragged on for months before anyone in the capital noticed it at all. '.repeat(4)}</p>
</article></main></body></html>`;

const ARTICLES = 24;
const url = (i: number): string => `https://news.example/${i}`;

let dir: string;
const at = (name: string): string => path.join(dir, name);
const lines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean);

beforeAll(() => {
  assertCliBuilt();
  const records = [warcinfoRecord()];
  for (let i = 0; i < ARTICLES; i++) {
    records.push(requestRecord(url(i)), htmlResponse(url(i), page(i)));
    // The same URL captured twice: two inputs (two records), both reported.
    if (i === 5) records.push(htmlResponse(url(i), page(i)));
    if (i === 9) records.push(responseRecord(`${url(i)}.png`, 200, { 'Content-Type': 'image/png' }, 'png'));
  }
  dir = fixtureDir({ 'crawl.warc': warcFile(records), 'a.html': page(100), 'b.html': page(101), 'empty.html': '' });
});

/** Runs the CLI until `out` holds at least `reports` lines, then kills it (SIGKILL: no chance to finish a write). */
function runAndKill(args: string[], out: string, reports: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: 'ignore' });
    const poll = setInterval(() => {
      if (existsSync(out) && lines(out).length >= reports) child.kill('SIGKILL');
    }, 20);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve();
    });
  });
}

describe('--resume OUT.jsonl', () => {
  it('killed, then resumed with its last line cut short: the same reports as one whole run, none twice', async () => {
    const whole = runCli(['analyze', '-f', 'jsonl', '-j', '2', at('crawl.warc'), at('a.html')]);
    expect(whole.status).toBe(0);
    const expected = whole.stdout.trimEnd().split('\n');
    expect(expected).toHaveLength(ARTICLES + 2);

    const out = at('killed.jsonl');
    await runAndKill(['analyze', '-j', '2', '--resume', out, at('crawl.warc'), at('a.html')], out, 4);
    const before = lines(out);
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(before.length).toBeLessThan(expected.length);
    // What a kill in the middle of a write leaves: part of the next report, no line break.
    const next = expected[before.length]!;
    const cut = next.slice(0, Math.floor(next.length / 2));
    writeFileSync(out, before.join('\n') + '\n' + cut);

    const resumed = runCli(['analyze', '-j', '2', '--resume', out, at('crawl.warc'), at('a.html')]);
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toBe('');
    expect(resumed.stderr).toContain(`attribution-lens: --resume ${out}: its last line (line ${before.length + 1}, ${Buffer.byteLength(cut).toLocaleString('en')} bytes) was cut short, as when a run is stopped while writing: dropped; that input is analysed again\n`);
    expect(resumed.stderr).toContain(`attribution-lens: --resume ${out}: ${before.length} inputs already reported, skipped\n`);
    const after = lines(out);
    expect(new Set(after).size).toBe(after.length);
    expect(new Set(after)).toEqual(new Set(expected));
    expect(after).toEqual(expected); // and in input order, as the run writes them
    const reports = after.map((l) => JSON.parse(l) as Report);
    expect(reports.filter((r) => r.url === url(5)).map((r) => r.file)).toEqual([`${at('crawl.warc')}#record-13`, `${at('crawl.warc')}#record-14`]);

    // Once everything is reported, a resumed run analyses nothing and writes nothing.
    const size = statSync(out).size;
    const again = runCli(['analyze', '--resume', out, at('crawl.warc'), at('a.html')]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain(`${expected.length} inputs already reported, skipped`);
    expect(statSync(out).size).toBe(size);
  });

  it('a first run creates the file; a failed input counts as reported and keeps the exit status', () => {
    const out = at('first.jsonl');
    const first = runCli(['analyze', '--resume', out, at('a.html'), at('empty.html')]);
    expect(first.status).toBe(1);
    expect(lines(out).map((l) => (JSON.parse(l) as Report).file)).toEqual([at('a.html'), at('empty.html')]);
    const second = runCli(['analyze', '--resume', out, at('a.html'), at('empty.html'), at('b.html')]);
    expect(second.status).toBe(1);
    expect(lines(out).map((l) => (JSON.parse(l) as Report).file)).toEqual([at('a.html'), at('empty.html'), at('b.html')]);
  });

  it('a whole last line without its line break is kept, and the line ended', () => {
    const out = at('unended.jsonl');
    runCli(['analyze', '--resume', out, at('a.html')]);
    writeFileSync(out, readFileSync(out, 'utf8').trimEnd());
    const r = runCli(['analyze', '--resume', out, at('a.html'), at('b.html')]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('cut short');
    expect(lines(out).map((l) => (JSON.parse(l) as Report).file)).toEqual([at('a.html'), at('b.html')]);
  });

  it('--input jsonl: a url given on several lines is skipped as many times as it was reported', () => {
    const input = [0, 1, 2, 3].map((i) => JSON.stringify({ url: 'https://news.example/same', html: page(i) })).join('\n') + '\n';
    const whole = runCli(['analyze', '--input', 'jsonl', '-f', 'jsonl'], { input });
    const out = at('mapper.jsonl');
    writeFileSync(out, whole.stdout.split('\n').slice(0, 2).join('\n') + '\n');
    const r = runCli(['analyze', '--input', 'jsonl', '--resume', out], { input });
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(whole.stdout);
    expect(lines(out).map((l) => (JSON.parse(l) as Report).title)).toEqual(['Story 0', 'Story 1', 'Story 2', 'Story 3']);
  });

  it('a line in the middle that is not a report: refused (exit 2), the file left as it was', () => {
    const out = at('other.jsonl');
    const text = '{"file":"x.html","articleFound":true}\n{"not":"a report"}\n';
    writeFileSync(out, text);
    const r = runCli(['analyze', '--resume', out, at('a.html')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`attribution-lens: --resume ${out}: line 2 is not a report (no "file" and "articleFound"); --resume appends to a file of reports written by --format jsonl\n`);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('--resume with another format than jsonl is a usage error', () => {
    const r = runCli(['analyze', '-f', 'csv', '--resume', at('x.jsonl'), at('a.html')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^attribution-lens: --resume writes jsonl reports, not csv\n/);
    expect(existsSync(at('x.jsonl'))).toBe(false);
  });
});
