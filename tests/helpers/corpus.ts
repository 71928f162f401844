// The dev corpus in ../shared, read the way the CLI reads pages (Readability via jsdom, then blocks).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findSharedDir } from '../../scripts/shared-dir.mjs';
import type { Block } from '../../src/core/types';
import { extractArticle } from '../../src/extract/readability';

export const sharedDir = findSharedDir();
export const pagesDir = path.join(sharedDir, 'corpus', 'pages');
export const goldDir = path.join(sharedDir, 'corpus', 'gold');
export const scorer = path.join(sharedDir, 'tools', 'score.mjs');

export interface GoldRecord {
  anchor: string;
  source: string;
  alt?: string[];
  kind: string | string[];
  cue: string;
  when: string | null;
  via: string | null;
  optional: boolean;
}
export interface Gold { page: string; attributions: GoldRecord[] }

export const goldFiles = (): Gold[] =>
  readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as Gold);

export function pageBlocks(page: string): { title: string; blocks: Block[] } {
  const html = readFileSync(path.join(pagesDir, page), 'utf8');
  const dom = new JSDOM(html, { url: 'https://example.invalid/', virtualConsole: new VirtualConsole() });
  const article = extractArticle(dom.window.document);
  dom.window.close();
  if (!article) throw new Error(`no article in ${page}`);
  return { title: article.title, blocks: article.blocks };
}

/** Lowercase words, curly quotes straightened: for comparing anchors and sentences. */
export const words = (s: string): string =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
