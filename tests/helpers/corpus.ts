// The dev corpus in corpus/ (corpus/README.md), read the way the CLI reads pages: Readability on the
// CLI's default loader (linkedom, with its jsdom fallback; tests/cli-load.test.ts checks that it
// gives what jsdom gives on every corpus page), then blocks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/shared-dir.mjs';
import { reportFor } from '../../src/cli/analyze-file';
import { loadArticleText } from '../../src/cli/load';
import type { Attribution, Block } from '../../src/core/types';
import { corpusSets, TOP_SET, type CorpusSet } from '../../src/eval/corpus';
import { readGoldFolder } from '../../src/eval/gold';
import type { Gold } from '../../src/eval/score';

export type { Gold, GoldRecord } from '../../src/eval/score';

export const corpusDir = path.join(repoRoot, 'corpus');
/** Every language set of the corpus, English first. */
export const corpusSetList: CorpusSet[] = corpusSets(corpusDir);
export const englishSet: CorpusSet = corpusSetList.find((s) => s.name === TOP_SET)!;
export const pagesDir = englishSet.pagesDir;
export const goldDir = englishSet.goldDir;

/** The gold files of a set (English by default), in file-name order. Throws on an invalid file. */
export function goldFiles(set: CorpusSet = englishSet): Gold[] {
  const { golds, problems } = readGoldFolder(set.goldDir);
  if (problems.length) throw new Error(`invalid gold in ${set.goldDir}:\n${problems.join('\n')}`);
  return golds;
}

export interface LoadedPage {
  title: string;
  blocks: Block[];
  /** The language the page declares (<html lang>), which the CLI checks against its text. */
  lang: string | null;
}

/** A page of a set (English by default) as the CLI reads it. */
export function pageBlocks(page: string, set: CorpusSet = englishSet): LoadedPage {
  const file = path.join(set.pagesDir, page);
  const loaded = loadArticleText(file, readFileSync(file, 'utf8'), null);
  if (!loaded.blocks) throw new Error(`no article in ${file}: ${loaded.error}`);
  return { title: loaded.title, blocks: loaded.blocks, lang: loaded.lang ?? null };
}

export interface EngineReport {
  file: string;
  title: string;
  articleFound: boolean;
  lang?: string;
  attributions: Attribution[];
}

/**
 * The engine's report on every page of a set that has gold (or on the pages named), as the CLI
 * writes it: in the language the CLI chooses for the page.
 */
export const engineReports = (set: CorpusSet = englishSet, pages?: readonly string[]): EngineReport[] =>
  goldFiles(set).filter((g) => !pages || pages.includes(g.page)).map((g) => {
    const file = path.join(set.pagesDir, g.page);
    const { title, blocks, lang } = pageBlocks(g.page, set);
    return reportFor(file, title, null, blocks, undefined, lang) as EngineReport;
  });

/** Lowercase words, curly quotes straightened: for comparing anchors and sentences. */
export const words = (s: string): string =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
