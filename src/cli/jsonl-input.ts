// --input jsonl: one article a line on standard input, `{"url": …, "html": …}` or `{"url": …,
// "text": …}` (an optional "file" names it in the report; "-" otherwise), one report a line out, in
// the same order. This is the contract that lets a distributed engine run the CLI as a mapper
// (Spark's RDD.pipe, Hadoop Streaming, Beam, Dask): a report depends only on its own line.
// A line that is not such an object gets a failed report in its place, so reports and lines stay
// one to one (blank lines are skipped); its error does not give the line's number, which depends on
// how the input was split: report k is non-blank line k.
import { createInterface } from 'node:readline';
import type { FileTask } from './analyze-file';
import type { DomImplementation } from './load';

const FIELDS = new Set(['url', 'html', 'text', 'file']);

/** The task of one line, or a failed task saying what is wrong with it. */
export function jsonlTask(line: string, dom: DomImplementation): FileTask {
  const fail = (why: string, url: string | null = null): FileTask => ({ file: '-', url, dom, error: `not an article line: ${why}` });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(`not JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a JSON object');
  const o = value as Record<string, unknown>;
  const url = typeof o.url === 'string' ? o.url : null;
  if (o.url !== undefined && o.url !== null && typeof o.url !== 'string') return fail('"url" is not a string');
  if (o.file !== undefined && typeof o.file !== 'string') return fail('"file" is not a string', url);
  const unknown = Object.keys(o).filter((k) => !FIELDS.has(k));
  if (unknown.length) return fail(`unknown field ${unknown.map((k) => JSON.stringify(k)).join(', ')} (expected "url", "html" or "text", and "file")`, url);
  const hasHtml = o.html !== undefined;
  const hasText = o.text !== undefined;
  if (hasHtml === hasText) return fail(hasHtml ? 'both "html" and "text": give one' : 'no "html" or "text" field', url);
  const content = hasHtml ? o.html : o.text;
  if (typeof content !== 'string') return fail(`"${hasHtml ? 'html' : 'text'}" is not a string`, url);
  return { file: typeof o.file === 'string' ? o.file : '-', url, dom, text: content, type: hasHtml ? 'html' : 'text' };
}

export async function* jsonlTasks(input: NodeJS.ReadableStream, dom: DomImplementation): AsyncGenerator<FileTask> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim()) yield jsonlTask(line, dom);
  }
}
