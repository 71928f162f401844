// The background's fetch of a linked page, against an HTTP server on 127.0.0.1: no credentials,
// redirects followed, HTML only, the 5 MB cap (streamed, stopped there), the timeout; then the read as
// a whole (permission, and the permission given back), and the page's text through a DOM (jsdom).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LINKED_PAGE_INIT, fetchLinkedPage } from '../../src/background/linked-page';
import { readLinkedPage, type ReadDeps } from '../../src/background/read-page';
import { pageText } from '../../src/evidence/page-text';
import { endlessHtml, type Route } from '../helpers/local-server';

const ARTICLE = '<!doctype html><html lang="en"><head><title>Council minutes</title></head><body><main><article><h1>Council minutes</h1>'
  + '<p>After a long debate, the city council will close the Riverside library branch in September to save 1.2 million dollars.</p>'
  + '<p>Residents objected. The vote was seven to two, and the branch will be sold next year.</p></article></main>'
  + '<footer><a href="/about">About us</a></footer></body></html>';

const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
/** Bytes the /huge route managed to write before the client stopped reading. */
/** The endless body of /huge, and how much of it the server has written. */
const endless = endlessHtml();
let origin = '';

const routes: Record<string, Route> = {
  '/article': (res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(ARTICLE); },
  '/latin1': (res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Préfecture</p></body></html>', 'latin1')); },
  '/moved': (res) => { res.writeHead(302, { location: '/article' }); res.end(); },
  '/missing': (res) => { res.writeHead(404, { 'content-type': 'text/html' }); res.end('<p>not here</p>'); },
  '/json': (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"claim": true}'); },
  '/pdf': (res) => { res.writeHead(200, { 'content-type': 'application/pdf' }); res.end('%PDF-1.4'); },
  '/declared-huge': (res) => { res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) }); res.end(); },
  // No content-length: the size is known only by reading, chunk after chunk, for as long as the client reads.
  '/huge': endless.route,
  '/slow': (res) => { setTimeout(() => { if (!res.destroyed) { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p>late</p>'); } }, 3000); },
  '/slow-body': (res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<p>begun'); setTimeout(() => res.end('</p>'), 3000); },
};

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  seen.push({ path, headers: req.headers });
  const route = routes[path];
  if (route) route(res, req);
  else { res.writeHead(404); res.end(); }
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchLinkedPage', () => {
  test('an HTML page: its text, with no cookie, no referrer and no credentials asked for', async () => {
    let init: RequestInit | undefined;
    const watched: typeof fetch = (input, i) => { init = i; return fetch(input, i); };
    const page = await fetchLinkedPage(`${origin}/article`, { fetch: watched });
    expect(page).toEqual({ ok: true, html: ARTICLE, url: `${origin}/article` });
    expect(init).toMatchObject({ credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
    expect(init!.signal).toBeInstanceOf(AbortSignal);
    expect(LINKED_PAGE_INIT.credentials).toBe('omit');
    const request = seen.filter((s) => s.path === '/article').at(-1)!;
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.referer).toBeUndefined();
    expect(request.headers.accept).toMatch(/^text\/html/);
  });

  test('a redirect is followed, and the page read is the one it leads to', async () => {
    const page = await fetchLinkedPage(`${origin}/moved`);
    expect(page).toEqual({ ok: true, html: ARTICLE, url: `${origin}/article` });
  });

  test('a page in another charset, named in its <meta>, is decoded with it', async () => {
    const page = await fetchLinkedPage(`${origin}/latin1`);
    expect(page.ok && page.html).toContain('<p>Préfecture</p>');
  });

  test('an HTTP error is unreachable, with its status', async () => {
    expect(await fetchLinkedPage(`${origin}/missing`)).toEqual({ ok: false, reason: 'http-error', httpStatus: 404 });
  });

  test.each(['/json', '/pdf'])('%s is not HTML', async (path) => {
    expect(await fetchLinkedPage(`${origin}${path}`)).toEqual({ ok: false, reason: 'not-html' });
  });

  test('a declared length over the cap is too large, unread', async () => {
    expect(await fetchLinkedPage(`${origin}/declared-huge`)).toEqual({ ok: false, reason: 'too-large' });
  });

  test('an undeclared body is read as a stream and stopped past the cap', async () => {
    const before = endless.written();
    const maxBytes = 1024 * 1024;
    expect(await fetchLinkedPage(`${origin}/huge`, { maxBytes })).toEqual({ ok: false, reason: 'too-large' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The server could write its 64 MB only if the client kept reading: it stopped near the cap (socket buffers aside).
    expect(endless.written() - before).toBeLessThan(16 * 1024 * 1024);
  });

  test('no answer within the timeout: timeout (headers, and a body that stalls)', async () => {
    expect(await fetchLinkedPage(`${origin}/slow`, { timeoutMs: 300 })).toEqual({ ok: false, reason: 'timeout' });
    expect(await fetchLinkedPage(`${origin}/slow-body`, { timeoutMs: 300 })).toEqual({ ok: false, reason: 'timeout' });
  });

  test('a host that refuses the connection: network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await fetchLinkedPage(`http://127.0.0.1:${port}/`)).toEqual({ ok: false, reason: 'network' });
  });
});

describe('pageText: a linked page as text blocks', () => {
  test('the article Readability finds, without the page furniture', () => {
    const text = pageText(new JSDOM(ARTICLE).window.document, `${origin}/article`);
    expect(text.title).toBe('Council minutes');
    expect(text.lang).toBe('en');
    expect(text.blocks).toContain('After a long debate, the city council will close the Riverside library branch in September to save 1.2 million dollars.');
    expect(text.blocks.join(' ')).not.toContain('About us');
  });

  test('a page with no article: its whole body', () => {
    const text = pageText(new JSDOM('<html><body><p>Short note: rates rise.</p></body></html>').window.document, `${origin}/note`);
    expect(text.blocks).toEqual(['Short note: rates rise.']);
  });
});

describe('readLinkedPage: the background\'s answer to the popup', () => {
  const deps = (over: Partial<ReadDeps> = {}): ReadDeps & { released: string[]; fetched: string[] } => {
    const released: string[] = [];
    const fetched: string[] = [];
    return {
      released, fetched,
      allowed: async () => true,
      fetchPage: (url) => { fetched.push(url); return fetchLinkedPage(url); },
      readHtml: async (html, url) => pageText(new JSDOM(html).window.document, url),
      release: async (pattern) => { released.push(pattern); },
      ...over,
    };
  };

  test('a granted site: the page\'s text; the permission given back when it was granted for this read', async () => {
    const d = deps();
    const answer = await readLinkedPage(`${origin}/moved`, true, d);
    expect(answer).toMatchObject({ status: 'read', url: `${origin}/article`, title: 'Council minutes', lang: 'en' });
    expect(d.released).toEqual(['http://127.0.0.1/*']);
  });

  test('a site the reader had allowed before keeps its permission', async () => {
    const d = deps();
    await readLinkedPage(`${origin}/article`, false, d);
    expect(d.released).toEqual([]);
  });

  test('no permission for the site: unreachable, nothing fetched', async () => {
    const d = deps({ allowed: async () => false });
    expect(await readLinkedPage(`${origin}/article`, true, d)).toEqual({ status: 'unreachable', reason: 'permission' });
    expect(d.fetched).toEqual([]);
  });

  test('an unreachable page: its reason and status, and the permission still given back', async () => {
    const d = deps();
    expect(await readLinkedPage(`${origin}/missing`, true, d)).toEqual({ status: 'unreachable', reason: 'http-error', httpStatus: 404 });
    expect(d.released).toEqual(['http://127.0.0.1/*']);
  });

  test('HTML no DOM could read: unreadable', async () => {
    const d = deps({ readHtml: async () => { throw new Error('offscreen closed'); } });
    expect(await readLinkedPage(`${origin}/article`, false, d)).toEqual({ status: 'unreachable', reason: 'unreadable' });
  });
});
