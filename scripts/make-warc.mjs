// Writes WARC files (ISO 28500, WARC/1.0) by hand, for the tests and for measuring the CLI on a crawl.
//
//   node scripts/make-warc.mjs OUT.warc[.gz] N [PAGE.html…]
//
// writes N HTML pages as HTTP 200 response records (each with its request record), cycling through
// the PAGEs (default: corpus/pages/*.html), every one at its own URL; .gz compresses record by
// record, as crawlers do. Between the pages: an image response and a 404 page every 10 articles.
import { readdirSync, readFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const CRLF = '\r\n';

/** One WARC record: its header block, its content, and the two line breaks that end it. */
export function warcRecord(type, fields, content, { contentLength } = {}) {
  const body = Buffer.from(content);
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${crypto.randomUUID()}>`,
    'WARC-Date: 2024-05-01T12:00:00Z',
    ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${contentLength ?? body.length}`,
  ].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF), body, Buffer.from(CRLF + CRLF)]);
}

/** An HTTP response message (status line, headers, body), as a response record holds it. */
export function httpResponse(status, headers, body) {
  const reason = { 200: 'OK', 404: 'Not Found', 301: 'Moved Permanently', 500: 'Internal Server Error' }[status] ?? 'Status';
  const bytes = Buffer.from(body);
  const lines = [`HTTP/1.1 ${status} ${reason}`, ...Object.entries({ ...headers, 'Content-Length': bytes.length }).map(([k, v]) => `${k}: ${v}`)];
  return Buffer.concat([Buffer.from(lines.join(CRLF) + CRLF + CRLF), bytes]);
}

export const responseRecord = (url, status, headers, body, options) =>
  warcRecord('response', { 'WARC-Target-URI': url, 'Content-Type': 'application/http; msgtype=response' }, httpResponse(status, headers, body), options);

export const requestRecord = (url) => warcRecord('request', { 'WARC-Target-URI': url, 'Content-Type': 'application/http; msgtype=request' },
  `GET ${new URL(url).pathname} HTTP/1.1${CRLF}Host: ${new URL(url).host}${CRLF}${CRLF}`);

export const warcinfoRecord = () => warcRecord('warcinfo', { 'Content-Type': 'application/warc-fields' }, `software: attribution-lens make-warc${CRLF}format: WARC File Format 1.0${CRLF}`);

export const htmlResponse = (url, html, headers = {}) => responseRecord(url, 200, { 'Content-Type': 'text/html; charset=utf-8', ...headers }, html);

/** A WARC file's bytes from its records: gzip-compressed record by record when `gz`. */
export const warcFile = (records, gz = false) => Buffer.concat(gz ? records.map((r) => gzipSync(r)) : records);

// A 1×1 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

async function main([out, count, ...pages]) {
  if (!out || !/^\d+$/.test(count ?? '')) {
    console.error('Usage: node scripts/make-warc.mjs OUT.warc[.gz] N [PAGE.html…]');
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sources = pages.length ? pages : readdirSync(path.join(root, 'corpus', 'pages')).filter((f) => f.endsWith('.html')).map((f) => path.join(root, 'corpus', 'pages', f));
  const html = sources.map((f) => readFileSync(f));
  const gz = out.endsWith('.gz');
  const stream = createWriteStream(out);
  const write = (record) => new Promise((resolve) => (stream.write(gz ? gzipSync(record) : record) ? resolve() : stream.once('drain', resolve)));
  await write(warcinfoRecord());
  for (let i = 0; i < Number(count); i++) {
    const url = `https://news.example/${i}/${path.basename(sources[i % sources.length], '.html')}`;
    await write(requestRecord(url));
    await write(htmlResponse(url, html[i % html.length]));
    if (i % 10 === 9) {
      await write(responseRecord(`https://news.example/img/${i}.png`, 200, { 'Content-Type': 'image/png' }, PNG));
      await write(responseRecord(`https://news.example/gone/${i}`, 404, { 'Content-Type': 'text/html' }, '<html><body>Not found</body></html>'));
    }
  }
  await new Promise((resolve) => stream.end(resolve));
  console.log(`${out}: ${count} articles from ${sources.length} pages`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
