// Pages from a web archive (.warc, .warc.gz): every HTTP 200 response record with an HTML content
// type is one article, named `crawl.warc.gz#record-N` (N: the record's place in the file, counting
// every record from 1) with its url from WARC-Target-URI. Other records are skipped and counted.
//
// Streaming, one record at a time: warcio (Webrecorder's reader) parses each record's WARC header and
// bounds its block by Content-Length; Node's zlib decompresses a .warc.gz (record-per-member or whole).
// warcio is lenient where an audit must not be: it warns on the console and carries on when a
// Content-Length is wrong, and waits forever on a record cut short. So the record boundaries are
// checked here (the block must be followed by CRLF CRLF, then the next "WARC/1.x" line), a record
// cut short by the end of the file is named, and after a wrong Content-Length reading resumes at the
// next record header.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Transform } from 'node:stream';
import { brotliDecompressSync, createGunzip } from 'node:zlib';
import { AsyncIterReader, LimitReader, StatusAndHeadersParser, WARCParser, type WARCRecord } from 'warcio';
import type { FileTask } from './analyze-file';
import { binaryFormat } from './decode';
import type { DomImplementation } from './load';

/** A record whose HTML page is larger than this (before or after Content-Encoding) is not read. */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;

export const isWarcName = (file: string): boolean => /\.warc(?:\.gz)?$/i.test(file);

/** Something the reader hands on, in order: an article (or a failed one), or a line for stderr. */
export type WarcItem = FileTask | { note: string };

const CRLF2 = [13, 10, 13, 10];
const RECORD_START = /^WARC\/1\.[01]\r?\n$/;
const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

/** warcio's parser, with the record boundary left to the caller: it starts each record at the next line. */
class BoundaryParser extends WARCParser {
  /** The first line of the next record, when the caller found it while resyncing. */
  pending: Uint8Array | null = null;
  override async readToNextRecord(): Promise<Uint8Array> {
    const line = this.pending ?? new Uint8Array(0);
    this.pending = null;
    return line;
  }
}

/** The first bytes of a file (to name what it is when it is not a WARC). */
async function firstBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The record's WARC-Target-URI. warcio keeps a header value that is not Latin-1 (an IRI written in
 * UTF-8) as its UTF-8 bytes read as Latin-1; they are read back as UTF-8 here.
 */
function targetUri(record: WARCRecord): string | null {
  const value = record.warcTargetURI;
  if (!value) return null;
  const reencoded = (record.warcHeaders as { reencodeHeaders?: Set<string> }).reencodeHeaders?.has('warc-target-uri');
  return reencoded ? Buffer.from(value, 'latin1').toString('utf8') : value;
}

/** The charset parameter of a Content-Type, or null. */
export function contentTypeCharset(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? m[1]! : null;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Why reading stopped, from a stream error (zlib's, fs'). */
function streamError(err: unknown, gz: boolean): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'cannot read: no such file';
  if (e?.code === 'EACCES') return 'cannot read: permission denied';
  if (e?.code === 'EISDIR') return 'cannot read: is a directory';
  if (gz && e?.code === 'Z_BUF_ERROR') return 'truncated: the gzip stream ends early (the file is cut short)';
  if (gz && e?.code === 'Z_DATA_ERROR') return `not valid gzip data (${e.message}); a .warc.gz must be gzip-compressed`;
  return `cannot read: ${e?.message ?? String(err)}`;
}

/** Reads a whole stream of at most `max` bytes; null when longer. */
async function readAtMost(source: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

async function drain(source: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const _ of source) void _;
}

/** The payload of an HTTP response with its Content-Encoding and Transfer-Encoding undone, or why not. */
async function decodePayload(raw: Uint8Array, headers: Headers): Promise<Uint8Array | string> {
  const contentEncoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  const chunked = (headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked');
  let body = raw;
  if (chunked) {
    const dechunked = await readAtMost(new AsyncIterReader([raw], null, true), MAX_PAGE_BYTES);
    if (!dechunked) return 'too large';
    body = dechunked;
  }
  if (contentEncoding === 'br') {
    try {
      return brotliDecompressSync(body, { maxOutputLength: MAX_PAGE_BYTES });
    } catch {
      return 'its brotli Content-Encoding does not decode';
    }
  }
  if (contentEncoding === 'gzip' || contentEncoding === 'x-gzip' || contentEncoding === 'deflate') {
    const decoded = await readAtMost(new AsyncIterReader([body], contentEncoding === 'deflate' ? 'deflate' : 'gzip'), MAX_PAGE_BYTES);
    return decoded ?? 'too large';
  }
  return body;
}

interface Tally {
  articles: number;
  skipped: Map<string, number>;
}

function skip(tally: Tally, what: string): void {
  tally.skipped.set(what, (tally.skipped.get(what) ?? 0) + 1);
}

/** The stderr line that closes a WARC: how many pages it held and what was skipped. */
function summary(file: string, tally: Tally): string {
  const skipped = [...tally.skipped].map(([what, n]) => plural(n, what));
  const total = [...tally.skipped.values()].reduce((a, b) => a + b, 0);
  return `${file}: ${plural(tally.articles, 'HTML page')} read as articles`
    + (total ? `; skipped ${plural(total, 'record')}: ${skipped.join(', ')}` : '');
}

/** Which counter a skipped record goes to (null: it is an article). */
function skipReason(record: WARCRecord, http: { statusCode: number; contentType: string } | null): string | null {
  const type = record.warcType ?? '(no WARC-Type)';
  if (type !== 'response') return type === 'request' ? 'request' : `${type} record`;
  if (!http) return 'non-HTTP response';
  if (http.statusCode !== 200) return `HTTP ${http.statusCode} response`;
  if (!HTML_TYPES.test(http.contentType)) return 'non-HTML response';
  return null;
}

export interface WarcOptions {
  dom: DomImplementation;
  /** Called with the number of bytes of the file read so far, as reading goes (for progress). */
  onBytes?: (n: number) => void;
}

/**
 * The articles of a WARC file, one task per HTML page, as the file is read; a failed task for each
 * broken record (cut short, wrong Content-Length) and for a file that is not a WARC; then a note.
 */
export async function* warcArticles(file: string, options: WarcOptions): AsyncGenerator<WarcItem> {
  const gz = /\.gz$/i.test(file);
  const raw = createReadStream(file, { highWaterMark: 1 << 18 });
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      options.onBytes?.((read += chunk.length));
      done(null, chunk);
    },
  });
  // pipeline() destroys every stream when one fails: the error reaches the loop below.
  const stream = gz ? pipeline(raw, counter, createGunzip(), () => undefined) : pipeline(raw, counter, () => undefined);
  const tally: Tally = { articles: 0, skipped: new Map() };
  const reader = new AsyncIterReader(stream, null);
  const parser = new BoundaryParser(reader, { parseHttp: false });
  let n = 0;
  let current = file; // what a read error is reported as: the file, or the record being read
  const failed = (error: string, at: string, url: string | null = null): FileTask => ({ file: at, url, dom: options.dom, error });
  try {
    // The file must start as a WARC does.
    const first = await reader.readlineRaw(16);
    if (!first) {
      yield failed('the file is empty', file);
      return;
    }
    if (!RECORD_START.test(Buffer.from(first).toString('latin1'))) {
      const what = binaryFormat(gz ? first : await firstBytes(file));
      yield failed(`not a WARC file: ${what ? `it is ${what.replace(/ \(.*/, '')}` : 'it does not start with a WARC/1.0 or WARC/1.1 record header'}`, file);
      return;
    }
    parser.pending = first;
    for (;;) {
      const name = (current = `${file}#record-${n + 1}`);
      const record = await parser.parse();
      if (!record) break;
      n++;
      const url = targetUri(record);
      if (!/^WARC\/1\.[01]$/.test(record.warcHeaders.statusline)) {
        yield failed('not a WARC record header where one should start', name);
        break;
      }
      const declared = record.warcHeaders.headers.get('content-length')?.trim();
      if (declared === undefined || !/^\d+$/.test(declared)) {
        yield failed(declared === undefined ? 'the record header has no Content-Length (cut short, or not a WARC record)' : `its Content-Length is not a number: ${declared}`, name, url);
        break;
      }
      const block = record.reader as LimitReader;
      const result = await readRecord(record, block, url, options.dom, name);
      if (block.limit > 0) {
        yield failed(`truncated: the file ends ${plural(block.limit, 'byte')} before the end of this record (Content-Length ${declared})`, name, url);
        break;
      }
      // A block is followed by CRLF CRLF (or by the end of the file).
      const tail = await reader.readSize(CRLF2.length);
      if (!tail.every((b, i) => b === CRLF2[i])) {
        yield failed(`its Content-Length (${declared}) is wrong: the record does not end there; reading resumes at the next record header`, name, url);
        for (let line = await reader.readlineRaw(); line; line = await reader.readlineRaw()) {
          if (RECORD_START.test(Buffer.from(line).toString('latin1'))) {
            parser.pending = line;
            break;
          }
        }
        if (!parser.pending) break;
        continue;
      }
      if ('skip' in result) skip(tally, result.skip);
      else {
        if (result.error === undefined) tally.articles++;
        yield result;
      }
    }
  } catch (err) {
    yield failed(streamError(err, gz), current);
  } finally {
    stream.destroy();
  }
  if (n) yield { note: summary(file, tally) };
}

/** Reads one record's block: an article task, a failed task (a page too large), or what to count it as. */
async function readRecord(record: WARCRecord, block: LimitReader, url: string | null, dom: DomImplementation, name: string): Promise<FileTask | { skip: string }> {
  const isHttp = record.warcType === 'response' && /^application\/http/i.test(record.warcContentType ?? '');
  if (!isHttp) {
    await drain(block);
    return { skip: skipReason(record, null)! };
  }
  const body = new AsyncIterReader(block, null);
  const http = await new StatusAndHeadersParser().parse(body, { headersClass: Headers });
  const statusCode = Number(http?.statusCode);
  const headers = (http?.headers ?? new Headers()) as Headers;
  const contentType = headers.get('content-type') ?? '';
  const reason = http && /^HTTP\/\d/.test(http.statusline) ? skipReason(record, { statusCode, contentType }) : 'non-HTTP response';
  if (reason) {
    await drain(body);
    return { skip: reason };
  }
  const payload = await readAtMost(body, MAX_PAGE_BYTES);
  await drain(body);
  const tooLarge = `the page is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB, too large to analyze`;
  if (!payload) return { file: name, url, dom, error: tooLarge };
  const decoded = await decodePayload(payload, headers);
  if (typeof decoded === 'string') return { file: name, url, dom, error: decoded === 'too large' ? tooLarge : decoded };
  return { file: name, url, dom, bytes: decoded, type: 'html', charset: contentTypeCharset(contentType) };
}
