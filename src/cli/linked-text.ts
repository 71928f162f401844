// A linked page's text for --follow-links: the extension's reading (src/evidence/page-text.ts:
// Readability's article, else the whole page) on the CLI's DOM, so that the CLI and "Read the linked
// page" match a claim against the same blocks. linkedom holds the page; a page it cannot parse as the
// HTML standard does goes to jsdom (the same rule as the CLI's own inputs, src/cli/load.ts).
import { createRequire } from 'node:module';
import { DOMParser as LinkedomParser } from 'linkedom';
import { pageText, type PageText } from '../evidence/page-text';
import { capSourceNesting } from '../extract/page-guards';
import { linkedomCanParse } from './load';

let jsdom: typeof import('jsdom') | undefined;
const loadJsdom = (): typeof import('jsdom') => (jsdom ??= createRequire(import.meta.url)('jsdom') as typeof import('jsdom'));

function withLinkedom(html: string, url: string): PageText | null {
  if (!linkedomCanParse(html)) return null;
  try {
    const doc = new LinkedomParser().parseFromString(html.includes('\0') ? html.replace(/\0/g, '') : html, 'text/html');
    if (!doc.body) return null;
    const text = pageText(doc as unknown as Document, url);
    return text.blocks.length ? text : null;
  } catch {
    return null;
  }
}

function withJsdom(html: string, url: string): PageText {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return pageText(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

/** The text of a fetched page (`url`: where it was fetched from, after redirects). */
export function readLinkedHtml(html: string, url: string): PageText {
  const capped = capSourceNesting(html);
  return withLinkedom(capped, url) ?? withJsdom(capped, url);
}
