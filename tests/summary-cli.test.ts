// `attribution-lens summarize` as a user runs it: report files read line by line, bad lines named
// with their file and line number and skipped (exit status 1), the text table, --json and --html.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../src/summary/aggregate';
import { assertCliBuilt, fixtureDir, runCli } from './helpers/cli';
import { attribution as at, report, reportJson } from './helpers/summary-reports';

const GOOD = [
  report({ url: 'https://a.example.com/1', title: 'One', attributions: [at('Officials', 'anonymous'), at('Ann Lee', 'person')] }),
  report({ url: 'https://a.example.com/2', title: 'Two', attributions: [at('Ann Lee', 'person', { links: ['https://x.example/'] })] }),
  report({ url: 'https://b.example.org/3', title: 'Three', attributions: [at('sources', 'anonymous'), at('Reuters', 'outlet'), at('sources', 'anonymous')] }),
  report({ file: 'gone.html', articleFound: false, error: 'no article text', title: '' }),
];

beforeAll(() => assertCliBuilt());

describe('attribution-lens summarize', () => {
  const dir = fixtureDir({
    'a.jsonl': [reportJson(GOOD[0]!), '', '{"title": "cut', reportJson(GOOD[1]!)].join('\n') + '\n',
    'b.jsonl': [reportJson(GOOD[2]!), '[1,2,3]', reportJson(GOOD[3]!), '{"articleFound": true, "attributions": [{"source": "x", "sourceKind": "\\u001b[2J"}]}'].join('\r\n'),
  });
  const a = path.join(dir, 'a.jsonl');
  const b = path.join(dir, 'b.jsonl');

  it('names each bad line with its file and line number, skips it, and exits with 1; the figures are those of the good reports', () => {
    const html = path.join(dir, 'out.html');
    const json = path.join(dir, 'out.json');
    const r = runCli(['summarize', a, b, '--html', html, '--json', json]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    // JSON.parse's own words vary with the Node version.
    expect(lines[0]!.startsWith(`attribution-lens summarize: ${a}:3: not JSON (`)).toBe(true);
    expect(lines[0]).toMatch(/\); line skipped$/);
    expect(lines[1]).toBe(`attribution-lens summarize: ${b}:2: not a report (a JSON object); line skipped`);
    expect(lines[2]).toBe(`attribution-lens summarize: ${b}:4: attribution 1 has no known sourceKind; line skipped`);
    expect(lines[3]).toMatch(/3 line\(s\) or file\(s\) could not be read/);
    expect(lines).toHaveLength(4);
    const expected = JSON.parse(JSON.stringify(summarize(GOOD)));
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(expected);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('prints the figures as text tables', () => {
    const r = runCli(['summarize', a]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Reports\s+2$/m);
    expect(r.stdout).toMatch(/^Attributions\s+3$/m);
    expect(r.stdout).toMatch(/^Unnamed share \(all attributions\)\s+33%$/m);
    expect(r.stdout).toMatch(/^a\.example\.com\s+2\s+3\s+1\.5\s+33%\s+0%\s+33%$/m);
    expect(r.stdout).toMatch(/^Ann Lee\s+2\s+2$/m);
    expect(r.stdout).toMatch(/^\s+1\s+One\s+a\.example\.com\s+2\s+50%$/m);
  });

  it('exits with 0 when every line is a report, and reads standard input for -', () => {
    const input = GOOD.map(reportJson).join('\n');
    const r = runCli(['summarize', '-'], { input });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Failed \(no article\)\s+1$/m);
    expect(r.stdout).toMatch(/^Attributions\s+6$/m);
  });

  it('names a file it cannot read, goes on with the others, and exits with 1', () => {
    const missing = path.join(dir, 'missing.jsonl');
    const r = runCli(['summarize', missing, b, '--json', path.join(dir, 'partial.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${missing}: ENOENT`);
    expect(JSON.parse(readFileSync(path.join(dir, 'partial.json'), 'utf8')).articles.total).toBe(2);
  });

  it('is a usage error without a report file or with an unknown option', () => {
    const none = runCli(['summarize', '--html', path.join(dir, 'x.html')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no REPORTS file given');
    expect(existsSync(path.join(dir, 'x.html'))).toBe(false);
    const unknown = runCli(['summarize', '--format', 'csv', a]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--format'");
  });

  it('has its own help, and the main usage points to it', () => {
    const help = runCli(['summarize', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: attribution-lens summarize/);
    expect(runCli(['--help']).stdout).toContain('attribution-lens summarize --help');
  });
});
