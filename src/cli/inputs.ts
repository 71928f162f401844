// The CLI's inputs as one stream of tasks, read as the run goes (never all at once): files, the
// files of a directory (recursively), the paths of a --from list, the pages of a WARC, and the
// lines of --input jsonl.
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { FileTask } from './analyze-file';
import { readInput, type DomImplementation } from './load';
import type { PoolItem } from './pool';
import { isWarcName, warcArticles } from './warc';

/** What a directory is searched for. */
export const DIRECTORY_INPUT = /\.(?:html?|txt|warc|warc\.gz)$/i;
const DIRECTORY_INPUT_NAMES = '.html, .htm, .txt, .warc or .warc.gz';

/** An address rather than a path: fetched before the analysis (src/cli/url-inputs.ts). */
const URL_INPUT = /^[a-z][a-z\d+.-]*:\/\//i;

export interface InputOptions {
  url: string | null;
  dom: DomImplementation;
  /** Bytes of WARC files read so far, over the whole run (for progress). */
  onWarcBytes?: (delta: number) => void;
}

/** Standard input, read once whatever the number of `-`. */
function stdinOnce(): () => Promise<{ bytes: Uint8Array } | { readError: string }> {
  let read: Promise<{ bytes: Uint8Array } | { readError: string }> | undefined;
  return () => (read ??= readInput('-').then((bytes) => ({ bytes }), (err: unknown) => ({ readError: (err as Error)?.message ?? String(err) })));
}

export class InputReader {
  private readonly stdin = stdinOnce();
  constructor(private readonly options: InputOptions) {}

  private task(file: string, extra: Partial<FileTask> = {}): FileTask {
    return { file, url: this.options.url, dom: this.options.dom, ...extra };
  }

  /** One input as given (a path, a directory, `-`), as tasks and notes. */
  async *expand(input: string): AsyncGenerator<PoolItem> {
    if (input === '-') {
      yield this.task('-', await this.stdin());
      return;
    }
    if (URL_INPUT.test(input)) {
      yield this.task(input, { url: input, remote: true });
      return;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) yield* this.directory(input);
    else if (isWarcName(input)) yield* this.warc(input);
    else yield this.task(input); // a worker reads it (and names what is wrong with it)
  }

  private warc(file: string): AsyncGenerator<PoolItem> {
    let last = 0;
    const onBytes = (n: number): void => {
      this.options.onWarcBytes?.(n - last);
      last = n;
    };
    return warcArticles(file, { dom: this.options.dom, onBytes });
  }

  /** The inputs of a directory and its subdirectories, in name order; hidden entries are left out. */
  private async *directory(dir: string): AsyncGenerator<PoolItem> {
    const seen = new Set<string>();
    let found = 0;
    let skipped = 0;
    const self = this;
    async function* walk(at: string): AsyncGenerator<PoolItem> {
      const real = await realpath(at).catch(() => at);
      if (seen.has(real)) return; // a link back up the tree
      seen.add(real);
      let entries;
      try {
        entries = await readdir(at, { withFileTypes: true });
      } catch (err) {
        yield self.task(at, { error: `cannot read the directory: ${(err as Error).message}` });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const full = path.join(at, entry.name);
        const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isDirectory());
        if (isDir) yield* walk(full);
        else if (DIRECTORY_INPUT.test(entry.name)) {
          found++;
          yield* isWarcName(full) ? self.warc(full) : [self.task(full)];
        } else skipped++;
      }
    }
    yield* walk(dir);
    if (!found) yield this.task(dir, { error: `the directory holds no ${DIRECTORY_INPUT_NAMES} file` });
    else if (skipped) yield { note: `${dir}: skipped ${skipped.toLocaleString('en')} ${skipped === 1 ? 'file' : 'files'} not named ${DIRECTORY_INPUT_NAMES}` };
  }

  /** The inputs a --from list names, one a line (`-`: the list is standard input). */
  async *list(list: string): AsyncGenerator<PoolItem> {
    const lines = createInterface({ input: list === '-' ? process.stdin : createReadStream(list), crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        const input = line.trim();
        if (!input) continue;
        if (input === '-' && list === '-') {
          yield this.task('-', { error: 'standard input is the list itself (--from -)' });
          continue;
        }
        yield* this.expand(input);
      }
    } catch (err) {
      yield this.task(list, { error: `cannot read the --from list: ${(err as Error).message}` });
    }
  }
}
