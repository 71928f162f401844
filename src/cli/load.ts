// Reads one CLI input (an .html/.htm page, a .txt file, or standard input) into article blocks.
// HTML goes through the same Readability path as the extension's content script.
import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { blocksFromText } from '../core/text-blocks';
import type { Block } from '../core/types';
import { extractArticle } from '../extract/readability';

export interface LoadedArticle {
  title: string;
  url: string | null;
  blocks: Block[] | null;
  /** Why `blocks` is null. */
  error?: string;
}

/** The URL given to pages without --url: Readability resolves relative links against it. */
const DEFAULT_URL = 'https://example.invalid/';

const looksLikeHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)/i.test(text);

export async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  return readFile(file, 'utf8');
}

export function loadHtml(html: string, url: string | null): LoadedArticle {
  const dom = new JSDOM(html, { url: url ?? DEFAULT_URL, virtualConsole: new VirtualConsole() });
  try {
    const article = extractArticle(dom.window.document);
    if (!article) return { title: dom.window.document.title.trim(), url, blocks: null, error: 'no article text found' };
    return { title: article.title, url, blocks: article.blocks };
  } finally {
    dom.window.close();
  }
}

export function loadText(text: string, name: string): LoadedArticle {
  const blocks = blocksFromText(text);
  const title = blocks[0]?.text.slice(0, 120) ?? name;
  return blocks.length ? { title, url: null, blocks } : { title: name, url: null, blocks: null, error: 'the file is empty' };
}

export async function loadArticle(file: string, url: string | null): Promise<LoadedArticle> {
  const text = await readInput(file);
  const isHtml = /\.html?$/i.test(file) || (!/\.txt$/i.test(file) && looksLikeHtml(text));
  return isHtml ? loadHtml(text, url) : loadText(text, file);
}
