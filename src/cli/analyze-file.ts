// One input file → one report, on a worker thread of the CLI's pool.
import { normalizePublished } from '../core/dates';
import { analyzeArticle, chooseLanguage } from '../core/node';
import type { Block } from '../core/types';
import type { Report } from '../report/report';
import { loadArticleBytes, readInput, type DomImplementation } from './load';

export interface FileTask {
  file: string;
  url: string | null;
  dom: DomImplementation;
  /** The file's bytes when the caller has read them already (standard input). */
  bytes?: Uint8Array;
  /** Why the caller could not read the file (standard input). */
  readError?: string;
}

/** The article's metadata as a report gives it (the publication date in ISO 8601). */
export interface ArticleMetadata {
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

export function reportFor(file: string, title: string, url: string | null, blocks: readonly Block[] | null, error?: string,
  declaredLang?: string | null, meta: ArticleMetadata = {}): Report {
  if (!blocks) return { file, url, title, articleFound: false, error: error ?? 'no article text found', attributions: [] };
  const published = normalizePublished(meta.publishedTime);
  const head = { file, url, title, byline: meta.byline ?? null, siteName: meta.siteName ?? null, published, articleFound: true };
  const language = chooseLanguage(blocks, declaredLang);
  if (!language.supported) return { ...head, lang: language.lang, languageSupported: false, attributions: [] };
  const { attributions, truncated } = analyzeArticle(blocks, { lang: language.lang, published });
  return { ...head, lang: language.lang, languageSupported: true, attributions, ...(truncated && { truncated }) };
}

function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory'
    : code === 'EACCES' ? 'permission denied' : (err as Error)?.message ?? String(err);
}

/** Never throws: a file that cannot be read, or whose analysis fails, gives a report with an error. */
export async function analyzeTask(task: FileTask): Promise<Report> {
  const { file, url } = task;
  if (task.readError !== undefined) {
    return { file, url, title: '', articleFound: false, error: `cannot read: ${task.readError}`, attributions: [] };
  }
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? await readInput(file);
  } catch (err) {
    return { file, url, title: '', articleFound: false, error: `cannot read: ${readError(err)}`, attributions: [] };
  }
  try {
    const loaded = loadArticleBytes(file, bytes, url, task.dom);
    return reportFor(file, loaded.title, loaded.url, loaded.blocks, loaded.error, loaded.lang, loaded);
  } catch (err) {
    return { file, url, title: '', articleFound: false, error: `analysis failed: ${(err as Error)?.message ?? String(err)}`, attributions: [] };
  }
}

export function analyzeFile(file: string, url: string | null, dom: DomImplementation = 'linkedom'): Promise<Report> {
  return analyzeTask({ file, url, dom });
}
