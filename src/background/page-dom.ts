// Where the background reads a linked page's HTML: Chrome's offscreen document (the service worker has
// no DOM), or Firefox's background page with page-reader.js loaded into it. Readability lives in
// page-reader.js, never in background.js.
import browser from 'webextension-polyfill';
import type { PageText } from '../evidence/page-text';
import type { OffscreenRequest } from '../shared/messages';
import { fetchLinkedPage } from './linked-page';
import type { ReadDeps } from './read-page';

interface ChromeOffscreen {
  runtime: { getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>; sendMessage(message: unknown): Promise<unknown> };
  offscreen?: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
}

const chromeApi = (globalThis as { chrome?: ChromeOffscreen }).chrome;
const OFFSCREEN_URL = 'offscreen.html';
const PAGE_READER_SCRIPT = 'page-reader.js';
const PAGE_READER_GLOBAL = 'attributionLensReadPage';

let creating: Promise<void> | null = null;
let reading = 0;

async function ensureOffscreen(offscreen: NonNullable<ChromeOffscreen['offscreen']>): Promise<void> {
  const open = await chromeApi!.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open?.length) return;
  creating ??= offscreen.createDocument({
    url: OFFSCREEN_URL, reasons: ['DOM_PARSER'], justification: 'Read the text of a page the reader asked to compare a claim with.',
  }).finally(() => { creating = null; });
  await creating;
}

/** Chrome: the offscreen document parses the HTML; it is closed when no read is left. */
async function readInOffscreen(offscreen: NonNullable<ChromeOffscreen['offscreen']>, html: string, url: string): Promise<PageText> {
  reading++;
  try {
    await ensureOffscreen(offscreen);
    const request: OffscreenRequest = { type: 'offscreen-read-page', html, url };
    const answer = await chromeApi!.runtime.sendMessage(request) as PageText | { error: string } | undefined;
    if (!answer || 'error' in answer) throw new Error(answer?.error ?? 'the offscreen document did not answer');
    return answer;
  } finally {
    if (--reading === 0) await offscreen.closeDocument().catch(() => undefined);
  }
}

let readerScript: Promise<void> | null = null;

/** Firefox: page-reader.js, loaded once into the background page, parses the HTML here. */
async function readInPage(html: string, url: string): Promise<PageText> {
  readerScript ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = browser.runtime.getURL(PAGE_READER_SCRIPT);
    script.onload = () => resolve();
    script.onerror = () => {
      readerScript = null;
      reject(new Error('page-reader.js could not be loaded'));
    };
    document.head.append(script);
  });
  await readerScript;
  const read = (globalThis as Record<string, unknown>)[PAGE_READER_GLOBAL] as (h: string, u: string) => PageText;
  return read(html, url);
}

export const browserReadDeps: ReadDeps = {
  allowed: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  fetchPage: (url) => fetchLinkedPage(url),
  readHtml: (html, url) => (chromeApi?.offscreen ? readInOffscreen(chromeApi.offscreen, html, url) : readInPage(html, url)),
  release: async (pattern) => { await browser.permissions.remove({ origins: [pattern] }); },
};
