// Article extraction shared by the content script and the CLI: Readability on a document the caller
// owns (Readability rewrites the document it is given, so the content script passes a clone).
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Block } from '../core/types';
import { blocksFromElement, normalizeSpace } from './blocks';
import { publishedFromPage } from './published';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** The publication date as the page writes it (Readability's, else the page's other metadata); normalizePublished reads it. */
  publishedTime: string | null;
  lang: string | null;
  blocks: Block[];
  /** Readability's own guess, before parsing, that the page holds an article. */
  readerable: boolean;
}

/** Readability gives up on documents with more elements than this (guards huge pages). */
export const MAX_ELEMENTS_TO_PARSE = 100_000;

/**
 * Runs Readability on `doc` (which it modifies) and cuts the article into blocks, with their links
 * resolved against `base` (the page's URL). Returns null when Readability finds no article.
 */
export function extractArticle(doc: Document, base: string | null = null): ExtractedArticle | null {
  const readerable = isProbablyReaderable(doc); // it only reads the page: before Readability changes it
  const article = readArticle(doc, base);
  return article && { ...article, readerable };
}

/**
 * extractArticle without Readability's guess that the page holds an article (isProbablyReaderable,
 * another walk of the page), for callers that do not show that guess (the CLI).
 */
export function readArticle(doc: Document, base: string | null = null): Omit<ExtractedArticle, 'readerable'> | null {
  // Read before Readability, which removes the page's scripts (JSON-LD among them).
  const pagePublished = publishedFromPage(doc);
  const fallbackTitle = normalizeSpace(doc.title ?? '');
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(doc, {
      serializer: (node) => node as Element,
      maxElemsToParse: MAX_ELEMENTS_TO_PARSE,
    }).parse();
  } catch {
    return null; // Readability throws on documents over maxElemsToParse.
  }
  const content = parsed?.content;
  if (!parsed || !content) return null;
  const blocks = blocksFromElement(content, base);
  if (blocks.length === 0) return null;
  return {
    title: normalizeSpace(parsed.title ?? '') || fallbackTitle,
    byline: parsed.byline ? normalizeSpace(parsed.byline) : null,
    siteName: parsed.siteName ? normalizeSpace(parsed.siteName) : null,
    publishedTime: parsed.publishedTime?.trim() || pagePublished,
    // Readability reads documentElement.lang, which not every DOM reflects (linkedom): the attribute as well.
    lang: parsed.lang || doc.documentElement?.getAttribute('lang') || null,
    blocks,
  };
}

/** The whole page's body as blocks, for pages Readability rejects ("analyze the whole page"). */
export function extractWholePage(doc: Document, base: string | null = null): ExtractedArticle | null {
  if (!doc.body) return null;
  const blocks = blocksFromElement(doc.body, base);
  if (blocks.length === 0) return null;
  return {
    title: normalizeSpace(doc.title ?? ''), byline: null, siteName: null, publishedTime: publishedFromPage(doc),
    lang: doc.documentElement?.getAttribute('lang') ?? null, blocks, readerable: false,
  };
}
