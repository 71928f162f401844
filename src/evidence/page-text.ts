// A linked page's text, for matching a claim against it: the article Readability finds in it (the
// same extraction as the analyzed page's), else the whole page's body, as plain text blocks.
// Needs a DOM: the offscreen document in Chrome, the background page in Firefox, jsdom in the tests.
import { extractArticle, extractWholePage } from '../extract/readability';

/** What is kept of a linked page (the popup shows its title and matches its blocks). */
export interface PageText {
  title: string;
  lang: string | null;
  blocks: string[];
}

/** At most this much text goes back to the popup (a longer page is cut, its first part kept). */
export const MAX_PAGE_TEXT_CHARS = 500_000;

/** The text of `doc` (which is modified: Readability rewrites the document it reads), its links resolved against `url`. */
export function pageText(doc: Document, url: string): PageText {
  // Readability rewrites the document: the whole page is read from a copy taken first.
  const copy = doc.cloneNode(true) as Document;
  const article = extractArticle(doc, url) ?? extractWholePage(copy, url);
  const blocks: string[] = [];
  let chars = 0;
  for (const block of article?.blocks ?? []) {
    if (chars + block.text.length > MAX_PAGE_TEXT_CHARS) break;
    blocks.push(block.text);
    chars += block.text.length;
  }
  return { title: article?.title ?? '', lang: article?.lang ?? null, blocks };
}

/** Parses `html` and reads its text (the browser's DOMParser: scripts are not run, nothing is loaded). */
export function readPageHtml(html: string, url: string): PageText {
  return pageText(new DOMParser().parseFromString(html, 'text/html'), url);
}
