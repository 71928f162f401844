// Fetches the page a claim's sentence links to, when the reader asks for it ("Read the linked page")
// and only then. The rules: no cookies or other credentials, no referrer, redirects followed, HTML only,
// at most 5 MB (read as a stream and stopped there), 10 s in all. Any failure is one of a few reasons
// the popup can name ("unreachable"). Takes `fetch` as a parameter so a test can watch what it is given.
import type { UnreachableReason } from '../shared/messages';

export const LINKED_PAGE_TIMEOUT_MS = 10_000;
export const LINKED_PAGE_MAX_BYTES = 5 * 1024 * 1024;
/** The bytes of the page looked at for a <meta charset> when the response names none. */
const CHARSET_SNIFF_BYTES = 1024;
/** The content types read as HTML. */
const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);


export type FetchedPage =
  | { ok: true; html: string; /** After redirects. */ url: string }
  | { ok: false; reason: UnreachableReason; /** The HTTP status, for 'http-error'. */ httpStatus?: number };

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

/** The request: nothing of the reader's goes with it. */
export const LINKED_PAGE_INIT: RequestInit = {
  credentials: 'omit',
  redirect: 'follow',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
  headers: { accept: 'text/html,application/xhtml+xml;q=0.9' },
};

function charsetOf(contentType: string, head: Uint8Array): string {
  const declared = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (declared) return declared;
  const start = new TextDecoder('latin1').decode(head.subarray(0, CHARSET_SNIFF_BYTES));
  // Each <meta> tag's own text, read on its own (one regex over the whole head would backtrack).
  for (const tag of start.split(/<meta\b/i).slice(1)) {
    const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(tag.split('>', 1)[0]!)?.[1];
    if (charset) return charset;
  }
  return 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // a label TextDecoder does not know
  }
}

/** Reads `body` to its end, or answers null as soon as it passes `maxBytes` (and stops the download). */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

export async function fetchLinkedPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const { fetch: fetchFn = fetch, timeoutMs = LINKED_PAGE_TIMEOUT_MS, maxBytes = LINKED_PAGE_MAX_BYTES } = options;
  const controller = new AbortController();
  // One deadline for the headers and the body together.
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { ...LINKED_PAGE_INIT, signal: controller.signal });
    const cancel = () => response.body?.cancel().catch(() => undefined);
    if (!response.ok) {
      void cancel();
      return { ok: false, reason: 'http-error', httpStatus: response.status };
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mime = contentType.split(';')[0]!.trim().toLowerCase();
    if (!HTML_TYPES.has(mime)) {
      void cancel();
      return { ok: false, reason: 'not-html' };
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > maxBytes) {
      void cancel();
      return { ok: false, reason: 'too-large' };
    }
    const bytes = response.body ? await readCapped(response.body, maxBytes) : new Uint8Array();
    if (!bytes) return { ok: false, reason: 'too-large' };
    return { ok: true, html: decode(bytes, charsetOf(contentType, bytes)), url: response.url || url };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
