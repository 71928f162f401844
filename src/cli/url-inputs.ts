// http(s) addresses given as inputs: fetched on the main thread (where one limiter sees every request
// of the run) before a worker analyzes the page. Several are fetched at once, ahead of the pool, yet
// the inputs come out in their order: each waits for its own page only.
import type { FileTask } from './analyze-file';
import type { PageFetcher } from './fetch-page';
import { REQUESTS_IN_ALL } from './host-limit';
import type { PoolItem } from './pool';

const isRemote = (item: PoolItem): item is FileTask & { remote: true } => 'remote' in item && item.remote === true;

/** The task for a fetched input: its HTML and the address after redirects (the report's `url`). */
async function fetched(task: FileTask, fetchPage: PageFetcher): Promise<FileTask> {
  const { file, dom } = task;
  if (!/^https?:\/\//i.test(file)) return { file, url: task.url, dom, error: 'not fetched: only http:// and https:// addresses are' };
  const page = await fetchPage(file);
  return page.ok ? { file, url: page.url, dom, text: page.html, type: 'html' } : { file, url: task.url, dom, error: `cannot fetch: ${page.message}` };
}

/** `source` with its addresses fetched, up to `ahead` inputs ahead of the one handed on. */
export async function* fetchUrlInputs(source: AsyncIterable<PoolItem>, fetchPage: PageFetcher, ahead = REQUESTS_IN_ALL): AsyncGenerator<PoolItem> {
  const iterator = source[Symbol.asyncIterator]();
  const window: { item: Promise<PoolItem>; remote: boolean }[] = [];
  let remotes = 0; // addresses in the window
  let exhausted = false;
  for (;;) {
    // Reading ahead only while an address is in the window: plain files pass straight through.
    while (!exhausted && window.length < ahead && (window.length === 0 || remotes > 0)) {
      const next = await iterator.next();
      if (next.done) exhausted = true;
      else {
        const item = next.value;
        if (isRemote(item)) {
          remotes++;
          window.push({ item: fetched(item, fetchPage), remote: true });
        } else window.push({ item: Promise.resolve(item), remote: false });
      }
    }
    const first = window.shift();
    if (!first) return;
    if (first.remote) remotes--;
    yield await first.item;
  }
}
