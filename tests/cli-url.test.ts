// http(s) addresses as CLI inputs, against a server on 127.0.0.1: redirects followed (and the report's
// url the address after them), at most 5; HTTP errors, non-HTML, a timeout and an oversize page give
// a failed report with a clear message and exit status 1 while the run goes on; reports keep the input
// order; the User-Agent names the tool; no more than 2 requests to one host at a time.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../src/report/report';
import { assertCliBuilt, fixtureDir, runCli } from './helpers/cli';
import { endlessHtml, html, runCliAsync, startServer, type LocalServer } from './helpers/local-server';

vi.setConfig({ testTimeout: 120_000 });

const filler = 'The committee met twice in the old town hall before the summer recess began. ';
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge repairs</title></head><body><main><article>
<h1>Bridge repairs</h1><p>The county engineer said the bridge would reopen to lorries in October. ${filler.repeat(2)}</p>
<p>Residents told the committee that the detour added twenty minutes to every school run. ${filler.repeat(2)}</p></article></main></body></html>`;

let server: LocalServer;
let dir: string;
/** A page past the 5 MB cap, whose size only reading tells. */
const huge = endlessHtml();
const jsonl = (stdout: string): Report[] => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Report);

beforeAll(async () => {
  assertCliBuilt();
  dir = fixtureDir({ 'local.html': ARTICLE });
  server = await startServer({
    '/article': html(ARTICLE),
    '/moved': (res) => { res.writeHead(301, { location: '/article' }); res.end(); },
    '/hop': (res, req) => {
      // /hop?n=K redirects K more times, then to the article.
      const n = Number(new URL(req.url!, 'http://x').searchParams.get('n'));
      res.writeHead(302, { location: n > 0 ? `/hop?n=${n - 1}` : '/article' });
      res.end();
    },
    '/to-file': (res) => { res.writeHead(302, { location: 'file:///etc/passwd' }); res.end(); },
    '/pdf': (res) => { res.writeHead(200, { 'content-type': 'application/pdf' }); res.end('%PDF-1.4'); },
    '/server-error': html('<p>Down for maintenance.</p>', 503),
    '/never': () => undefined, // no answer at all
    '/huge': huge.route,
    '/slow': (res) => { setTimeout(() => html(ARTICLE)(res, undefined as never), 300); },
  });
});

afterAll(() => server?.close());

describe('http(s) inputs', () => {
  it('a page is fetched and analyzed as a file with --url is; a redirect is followed and the url is the address after it', async () => {
    const r = await runCliAsync(['analyze', '-f', 'jsonl', `${server.origin}/article`, `${server.origin}/moved`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [direct, moved] = jsonl(r.stdout);
    const asFile = jsonl(runCli(['analyze', '-f', 'jsonl', '--url', `${server.origin}/article`, path.join(dir, 'local.html')]).stdout)[0]!;
    expect(direct).toEqual({ ...asFile, file: `${server.origin}/article` });
    expect(direct!.attributions.length).toBeGreaterThan(0);
    expect(moved).toMatchObject({ file: `${server.origin}/moved`, url: `${server.origin}/article`, articleFound: true });
    expect(moved!.attributions).toEqual(direct!.attributions);
  });

  it('sends a User-Agent that names the tool and its version, no cookie and no referrer', async () => {
    const before = server.requests.length;
    await runCliAsync(['analyze', '-f', 'jsonl', `${server.origin}/article`]);
    const { headers } = server.requests[before]!;
    expect(headers['user-agent']).toMatch(/^attribution-lens\/\d+\.\d+\.\d+ \(Attribution Lens command-line tool\)$/);
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
  });

  it('follows 5 redirects and no more; never to a non-web address', async () => {
    const r = await runCliAsync(['analyze', '-f', 'jsonl', `${server.origin}/hop?n=4`, `${server.origin}/hop?n=5`, `${server.origin}/to-file`]);
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports[0]).toMatchObject({ url: `${server.origin}/article`, articleFound: true });
    expect(reports[1]).toMatchObject({ articleFound: false, url: `${server.origin}/hop?n=5`, error: 'cannot fetch: more than 5 redirects' });
    expect(reports[2]).toMatchObject({ articleFound: false, error: 'cannot fetch: redirected to a non-web address (file:)' });
  });

  it('errors, non-HTML, a timeout and an oversize page fail alone, with a clear message; the others are analyzed, in input order', async () => {
    const inputs = ['/missing', '/article', '/pdf', '/server-error', '/never', '/huge'].map((p) => server.origin + p);
    const local = path.join(dir, 'local.html');
    const r = await runCliAsync(['analyze', '-f', 'jsonl', '--fetch-timeout', '0.5', ...inputs.slice(0, 3), local, ...inputs.slice(3)]);
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports.map((x) => x.file)).toEqual([...inputs.slice(0, 3), local, ...inputs.slice(3)]);
    expect(reports.map((x) => x.articleFound)).toEqual([false, true, false, true, false, false, false]);
    const errors = reports.filter((x) => !x.articleFound).map((x) => x.error);
    expect(errors).toEqual([
      'cannot fetch: the server answered HTTP 404',
      'cannot fetch: not an HTML page (Content-Type: application/pdf)',
      'cannot fetch: the server answered HTTP 503',
      'cannot fetch: no answer within 0.5 s (--fetch-timeout)',
      'cannot fetch: larger than 5 MB',
    ]);
    for (const [i, input] of inputs.entries()) if (i !== 1) expect(r.stderr).toContain(`attribution-lens: ${input}: cannot fetch: `);
    // The download stopped soon after the cap instead of running to the 64 MB the server offered.
    expect(huge.written()).toBeGreaterThan(5 * 1024 * 1024);
    expect(huge.written()).toBeLessThan(32 * 1024 * 1024);
  });

  it('an address that cannot be reached, and a scheme that is not fetched, are named', async () => {
    // A port nothing listens on: one a server just had and gave back.
    const gone = await startServer({});
    const closed = gone.origin;
    await gone.close();
    const r = await runCliAsync(['analyze', '-f', 'jsonl', `${closed}/nothing`, 'ftp://files.example/a.html']);
    expect(r.status).toBe(1);
    const [refused, ftp] = jsonl(r.stdout);
    expect(refused!.error).toMatch(/^cannot fetch: the server could not be reached \(ECONNREFUSED\)$/);
    expect(ftp!.error).toBe('not fetched: only http:// and https:// addresses are');
  });

  it('reads addresses from a --from list, and opens no more than 2 requests to one host at a time', async () => {
    const list = path.join(dir, 'urls.txt');
    const urls = Array.from({ length: 6 }, (_, i) => `${server.origin}/slow?i=${i}`);
    writeFileSync(list, urls.join('\n') + '\n');
    const before = server.requests.length;
    const r = await runCliAsync(['analyze', '-f', 'jsonl', '--from', list]);
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout).map((x) => [x.file, x.articleFound])).toEqual(urls.map((u) => [u, true]));
    expect(server.requests.length - before).toBe(6);
    // Every request of this file goes to one host: never more than 2 open at once, and 2 were (six pages, 300 ms each).
    expect(server.maxOpen).toBe(2);
  });

  it('nothing is fetched for a run on files', () => {
    const before = server.requests.length;
    const r = runCli(['analyze', '-f', 'jsonl', path.join(dir, 'local.html')]);
    expect(r.status).toBe(0);
    expect(server.requests.length).toBe(before);
  });
});
