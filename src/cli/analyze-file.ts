// One input file → one report, on a worker thread of the CLI's pool.
import { normalizePublished } from '../core/dates';
import { analyzeArticle, chooseLanguage } from '../core/node';
import type { Block } from '../core/types';
import type { Report } from '../report/report';
import { loadArticleBytes, loadHtml, loadText, readInput, type DomImplementation } from './load';

export interface FileTask {
  /** The path as given, or where the article came from: `crawl.warc.gz#record-7`, `-` (standard input). */
  file: string;
  url: string | null;
  dom: DomImplementation;
  /** The file's bytes when the caller has read them already (standard input, a WARC record). */
  bytes?: Uint8Array;
  /** The article's text when the caller has it as text already (a line of --input jsonl): HTML or plain text by `type`. */
  text?: string;
  /** Whether the input is a page or plain text, when the caller knows (a WARC record's content type, a JSONL field). */
  type?: 'html' | 'text';
  /** The charset the HTTP response declared (a WARC record). */
  charset?: string | null;
  /** Why the caller could not read the file (standard input). */
  readError?: string;
  /** The input is an http(s) address, fetched on the main thread (src/cli/url-inputs.ts) before a worker gets it. */
  remote?: true;
  /** Why the input is not an article, found while reading it (a broken WARC record, a bad JSONL line): its report's error, as it is. */
  error?: string;
}

/** The article's metadata as a report gives it (the publication date in ISO 8601). */
export interface ArticleMetadata {
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/** The report of an input that holds no article. */
export const failedReport = (task: Pick<FileTask, 'file' | 'url'>, error: string): Report =>
  ({ file: task.file, url: task.url, title: '', articleFound: false, error, attributions: [] });

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
  if (task.error !== undefined) return failedReport(task, task.error);
  if (task.remote) return failedReport(task, 'not fetched'); // the main thread fetches addresses; none should get here
  if (task.readError !== undefined) return failedReport(task, `cannot read: ${task.readError}`);
  let bytes: Uint8Array | undefined;
  try {
    bytes = task.text === undefined ? task.bytes ?? await readInput(file) : undefined;
  } catch (err) {
    return failedReport(task, `cannot read: ${readError(err)}`);
  }
  try {
    const loaded = bytes ? loadArticleBytes(file, bytes, url, task.dom, { type: task.type, charset: task.charset })
      : task.type === 'html' ? loadHtml(task.text!, url, task.dom) : { ...loadText(task.text!, file), url };
    return reportFor(file, loaded.title, loaded.url, loaded.blocks, loaded.error, loaded.lang, loaded);
  } catch (err) {
    return failedReport(task, `analysis failed: ${(err as Error)?.message ?? String(err)}`);
  }
}

export function analyzeFile(file: string, url: string | null, dom: DomImplementation = 'linkedom'): Promise<Report> {
  return analyzeTask({ file, url, dom });
}
