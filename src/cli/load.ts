// Reads one CLI input (an .html/.htm page, a .txt file, or standard input) into article blocks.
// HTML goes through the same Readability path as the extension's content script, after the page
// guards (src/extract/page-guards.ts) and without what the page's own CSS hides (hidden-css.ts).
//
// Two DOM implementations can hold the page while Readability runs:
// - linkedom (the default): about ten times faster than jsdom, and on every page of the dev corpus
//   Readability's output (title, byline, blocks…) is identical to jsdom's (`npm run bench` checks this).
//   Its parser does not follow the HTML standard, though: a page without explicit <html> and <body>
//   tags, or with content after </html>, comes out wrong. Such pages go to jsdom instead, and so does
//   any page in which linkedom finds no article.
// - jsdom (`--dom jsdom`): the HTML standard's parser, as in a browser; slower.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DOMParser as LinkedomParser } from 'linkedom';
import { blocksFromText } from '../core/text-blocks';
import { decodeInput } from './decode';
import type { Block } from '../core/types';
import { removeHiddenContent } from '../extract/hidden-css';
import { capSourceNesting, guardPage } from '../extract/page-guards';
import { MAX_ELEMENTS_TO_PARSE, readArticle, type ExtractedArticle } from '../extract/readability';

export const DOM_IMPLEMENTATIONS = ['linkedom', 'jsdom'] as const;
export type DomImplementation = (typeof DOM_IMPLEMENTATIONS)[number];

export interface LoadedArticle {
  title: string;
  url: string | null;
  blocks: Block[] | null;
  /** The language the page declares (Readability's `lang`, from <html lang>), if any. */
  lang?: string | null;
  /** The article's metadata, as the page gives it (the publication date as written). */
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  /** Why `blocks` is null. */
  error?: string;
}

/**
 * The URL given to pages without --url: Readability resolves relative links against it (a reserved
 * name, so the links it makes are known for what they are and left out: src/extract/blocks.ts).
 */
const DEFAULT_URL = 'https://example.invalid/';

const looksLikeHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)/i.test(text);

/** The bytes of an input (`-`: standard input); decodeInput makes them text. */
export async function readInput(file: string): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  return readFile(file);
}

/** Whether `tail` holds only white space and comments (a loop, not a regular expression: no backtracking). */
function onlyCommentsAndSpace(tail: string): boolean {
  for (let i = 0; i < tail.length;) {
    if (/\s/.test(tail[i]!)) i++;
    else if (tail.startsWith('<!--', i)) {
      const close = tail.indexOf('-->', i + 4);
      if (close < 0) return false;
      i = close + 3;
    } else return false;
  }
  return true;
}

/** Where the last `</name` (any case) starts in `html`, or -1; searched from the end, without a lower-cased copy of the page. */
function lastCloseTag(html: string, name: string): number {
  for (let at = html.lastIndexOf('</'); at >= 0; at = at > 0 ? html.lastIndexOf('</', at - 1) : -1) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}

/**
 * Whether linkedom parses this page as the HTML standard does, as far as a cheap look can tell:
 * explicit <html> and <body> start tags, and nothing but comments after </html>.
 */
export function linkedomCanParse(html: string): boolean {
  if (!/<html[\s>]/i.test(html) || !/<body[\s>]/i.test(html)) return false;
  const end = lastCloseTag(html, 'html');
  if (end < 0) return true;
  const close = html.indexOf('>', end);
  return close < 0 || onlyCommentsAndSpace(html.slice(close + 1));
}

/**
 * Whether the linkedom in use keeps compiled selectors (the CLI's bundle: scripts/linkedom-patches.mjs,
 * which build.mjs applies and marks with this define; false where linkedom is loaded as npm installed
 * it, as in the tests). Then hidden-CSS tests every element that carries a selector's key, however many.
 */
const LINKEDOM_KEEPS_SELECTORS = process.env.AL_LINKEDOM_PATCHED === 'true';
export const linkedomHiddenOptions = LINKEDOM_KEEPS_SELECTORS ? { maxKeyedCandidates: Infinity } : {};

/** jsdom takes half a second to load: only runs that need it pay for it. */
let jsdom: typeof import('jsdom') | undefined;
const loadJsdom = (): typeof import('jsdom') => (jsdom ??= createRequire(import.meta.url)('jsdom') as typeof import('jsdom'));

/** What the CLI keeps of an extracted article; its links are resolved against `url` (without one, only absolute links stay). */
const loaded = (article: Omit<ExtractedArticle, 'readerable'>, url: string | null): LoadedArticle => ({
  title: article.title, url, blocks: article.blocks, lang: article.lang,
  byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime,
});

/** Could the page hold more elements than the guard allows? Not with fewer "<" than that. */
function mayHaveTooManyElements(html: string): boolean {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) if (++count > MAX_ELEMENTS_TO_PARSE) return true;
  return false;
}

function loadWithJsdom(html: string, url: string | null): LoadedArticle {
  // Such a page is counted on linkedom's DOM first: jsdom's DOM of 100,000 elements comes close to a
  // worker's heap limit, and the page must be refused by the guard, not by running out of memory.
  if (mayHaveTooManyElements(html) && linkedomCanParse(html)) {
    const doc = new LinkedomParser().parseFromString(html, 'text/html');
    const refused = guardPage(doc as unknown as Document);
    if (refused) return { title: String(doc.title ?? '').trim(), url, blocks: null, error: refused };
  }
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM(html, { url: url ?? DEFAULT_URL, virtualConsole: new VirtualConsole() });
  try {
    const refused = guardPage(dom.window.document);
    if (refused) return { title: dom.window.document.title.trim(), url, blocks: null, error: refused };
    removeHiddenContent(dom.window.document);
    const article = readArticle(dom.window.document, url);
    if (!article) return { title: dom.window.document.title.trim(), url, blocks: null, error: 'no article text found' };
    return loaded(article, url);
  } finally {
    dom.window.close();
  }
}

/** linkedom's result, or null when the page must go to jsdom. */
function loadWithLinkedom(html: string, url: string | null): LoadedArticle | null {
  if (!linkedomCanParse(html)) return null;
  try {
    // The standard's parser drops U+0000 from text; linkedom keeps it.
    const doc = new LinkedomParser().parseFromString(html.includes('\0') ? html.replace(/\0/g, '') : html, 'text/html');
    if (doc.documentElement?.tagName.toUpperCase() !== 'HTML' || !doc.body) return null;
    const refused = guardPage(doc as unknown as Document);
    if (refused) return { title: String(doc.title ?? '').trim(), url, blocks: null, error: refused };
    removeHiddenContent(doc as unknown as Document, linkedomHiddenOptions);
    const article = readArticle(doc as unknown as Document, url);
    return article ? loaded(article, url) : null;
  } catch {
    return null;
  }
}

export function loadHtml(html: string, url: string | null, dom: DomImplementation = 'linkedom'): LoadedArticle {
  const capped = capSourceNesting(html);
  return (dom === 'linkedom' ? loadWithLinkedom(capped, url) : null) ?? loadWithJsdom(capped, url);
}

/** How much of a text file's first paragraph is its title (in code points, so no surrogate pair is cut). */
export const TEXT_TITLE_CODE_POINTS = 120;

/** The first `n` code points of `text`. */
function firstCodePoints(text: string, n: number): string {
  let end = 0;
  for (const c of text) {
    if (n-- === 0) break;
    end += c.length;
  }
  return text.slice(0, end);
}

export function loadText(text: string, name: string): LoadedArticle {
  const blocks = blocksFromText(text);
  const title = blocks[0] ? firstCodePoints(blocks[0].text, TEXT_TITLE_CODE_POINTS) : name;
  return blocks.length ? { title, url: null, blocks } : { title: name, url: null, blocks: null, error: 'the file is empty' };
}

/** Whether an input is a page: by its name (.html, .htm, .txt), else by how its text starts. */
const isHtmlInput = (file: string, start: string): boolean => /\.html?$/i.test(file) || (!/\.txt$/i.test(file) && looksLikeHtml(start));

/** An input's blocks, from its text. */
export function loadArticleText(file: string, text: string, url: string | null, dom: DomImplementation = 'linkedom'): LoadedArticle {
  return isHtmlInput(file, text) ? loadHtml(text, url, dom) : loadText(text, file);
}

/** What the transport says about an input (a page from a WARC): its type and the charset of its Content-Type. */
export interface InputHints {
  type?: 'html' | 'text';
  charset?: string | null;
}

/** An input's blocks, from its bytes (see decodeInput: byte-order marks, <meta charset>). */
export function loadArticleBytes(file: string, bytes: Uint8Array, url: string | null, dom: DomImplementation = 'linkedom', hints: InputHints = {}): LoadedArticle {
  const decoded = decodeInput(bytes, (start) => (hints.type ? hints.type === 'html' : isHtmlInput(file, start)), hints.charset);
  if ('error' in decoded) return { title: '', url, blocks: null, error: decoded.error };
  return decoded.isHtml ? loadHtml(decoded.text, url, dom) : loadText(decoded.text, file);
}

export async function loadArticle(file: string, url: string | null, dom: DomImplementation = 'linkedom'): Promise<LoadedArticle> {
  return loadArticleBytes(file, await readInput(file), url, dom);
}
