// Article extraction shared by the content script and the CLI: Readability on a document the caller
// owns (Readability rewrites the document it is given, so the content script passes a clone).
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Block } from '../core/types';
import { blocksFromElement, normalizeSpace } from './blocks';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  blocks: Block[];
  /** Readability's own guess, before parsing, that the page holds an article. */
  readerable: boolean;
}

/** Readability gives up on documents with more elements than this (guards huge pages). */
export const MAX_ELEMENTS_TO_PARSE = 100_000;

/**
 * Runs Readability on `doc` (which it modifies) and cuts the article into blocks.
 * Returns null when Readability finds no article.
 */
export function extractArticle(doc: Document): ExtractedArticle | null {
  const readerable = isProbablyReaderable(doc);
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
  const blocks = blocksFromElement(content);
  if (blocks.length === 0) return null;
  return {
    title: normalizeSpace(parsed.title ?? '') || fallbackTitle,
    byline: parsed.byline ? normalizeSpace(parsed.byline) : null,
    siteName: parsed.siteName ? normalizeSpace(parsed.siteName) : null,
    publishedTime: parsed.publishedTime ?? null,
    // Readability reads documentElement.lang, which not every DOM reflects (linkedom): the attribute as well.
    lang: parsed.lang || doc.documentElement?.getAttribute('lang') || null,
    blocks,
    readerable,
  };
}

/** The whole page's body as blocks, for pages Readability rejects ("analyze the whole page"). */
export function extractWholePage(doc: Document): ExtractedArticle | null {
  if (!doc.body) return null;
  const blocks = blocksFromElement(doc.body);
  if (blocks.length === 0) return null;
  return {
    title: normalizeSpace(doc.title ?? ''), byline: null, siteName: null, publishedTime: null,
    lang: doc.documentElement?.getAttribute('lang') ?? null, blocks, readerable: false,
  };
}
