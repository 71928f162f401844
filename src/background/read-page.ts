// The background's side of "Read the linked page": checks the site is granted, fetches the page
// (src/background/linked-page.ts), gets its text from a DOM (src/background/page-dom.ts), and gives the
// site's permission back when it was granted for this read only.
import type { PageText } from '../evidence/page-text';
import type { LinkedPageAnswer } from '../shared/messages';
import { sitePattern } from '../shared/restricted';
import type { FetchedPage } from './linked-page';

export interface ReadDeps {
  allowed(pattern: string): Promise<boolean>;
  fetchPage(url: string): Promise<FetchedPage>;
  readHtml(html: string, url: string): Promise<PageText>;
  release(pattern: string): Promise<void>;
}

/** Reads `url` for the popup. `release`: give the site's permission back afterwards (it was granted for this read only). */
export async function readLinkedPage(url: string, release: boolean, deps: ReadDeps): Promise<LinkedPageAnswer> {
  const pattern = sitePattern(url);
  if (!pattern || !(await deps.allowed(pattern))) return { status: 'unreachable', reason: 'permission' };
  try {
    const page = await deps.fetchPage(url);
    if (!page.ok) return { status: 'unreachable', reason: page.reason, ...(page.httpStatus === undefined ? {} : { httpStatus: page.httpStatus }) };
    const text = await deps.readHtml(page.html, page.url).catch((error: unknown) => {
      console.warn('Attribution Lens: the linked page could not be read', error);
      return null;
    });
    return text ? { status: 'read', url: page.url, ...text } : { status: 'unreachable', reason: 'unreadable' };
  } finally {
    if (release) await deps.release(pattern).catch(() => undefined);
  }
}
